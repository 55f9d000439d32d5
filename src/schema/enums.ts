// The enums of SPEC §4, from the same constants the canonical record uses.
import { builder } from '../builder.ts';
import {
  CONFIDENCES,
  ENTITY_TYPES,
  EVIDENCE_LEVELS,
  PEM_CRITERIA,
  RELATIONS,
  REVIEW_STATUSES,
  SIGNS,
  STUDY_DESIGNS,
} from '../ingest/record.ts';

export const EvidenceLevelEnum = builder.enumType('EvidenceLevel', {
  description: 'Strength of the evidence behind a study: E0 (consensus, strongest) to E3 (preliminary).',
  values: EVIDENCE_LEVELS,
});
export const ConfidenceEnum = builder.enumType('Confidence', { values: CONFIDENCES });
export const PemCriterionEnum = builder.enumType('PemCriterion', {
  description: 'Whether post-exertional malaise was a required inclusion criterion of the case definition used.',
  values: PEM_CRITERIA,
});
export const StudyDesignEnum = builder.enumType('StudyDesign', { values: STUDY_DESIGNS });
export const ReviewStatusEnum = builder.enumType('ReviewStatus', { values: REVIEW_STATUSES });
export const RelationEnum = builder.enumType('Relation', { values: RELATIONS });
export const SignEnum = builder.enumType('Sign', { values: SIGNS });
export const EntityTypeEnum = builder.enumType('EntityType', {
  // GraphQL spells enum values in capitals; internally they are the Neo4j labels.
  values: Object.fromEntries(ENTITY_TYPES.map((label) => [label.toUpperCase(), { value: label }])) as Record<
    Uppercase<(typeof ENTITY_TYPES)[number]>,
    { value: (typeof ENTITY_TYPES)[number] }
  >,
});
