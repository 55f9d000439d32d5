// What the export accepts, without the modules that run it: `evidence-graph export` registers its options from this
// at start-up of every command, so it must stay light (record.ts only); filter.ts turns the values into parameters.
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

export const FORMATS = ['csv', 'jsonl', 'kgx'] as const;
export type ExportFormat = (typeof FORMATS)[number];
/** metadata: one JSON line of attribution (sources, versions, licences of the ontologies behind node ids). */
export const KGX_PARTS = ['all', 'nodes', 'edges', 'metadata'] as const;
export type KgxPart = (typeof KGX_PARTS)[number];
export const isFormat = (value: unknown): value is ExportFormat => (FORMATS as readonly unknown[]).includes(value);
export const isKgxPart = (value: unknown): value is KgxPart => (KGX_PARTS as readonly unknown[]).includes(value);
export const DEFAULT_PAGE_SIZE = 500;

export class ExportFilterError extends Error {}

export type Kind =
  | { list: readonly string[] } // enum list
  | { one: readonly string[] } // one enum value
  | 'strings'
  | 'string'
  | 'boolean'
  | 'year'
  | 'fraction';

/** Every filter the export accepts: option/parameter name → kind and help. */
export const EXPORT_FILTERS: Record<string, { kind: Kind; help: string }> = {
  relation: { kind: { list: RELATIONS }, help: `finding relation(s): ${RELATIONS.join(', ')}` },
  sign: { kind: { one: SIGNS }, help: `sign of a correlation: ${SIGNS.join(', ')}` },
  significant: { kind: 'boolean', help: 'true: reported significant; false: reported not significant' },
  subject: { kind: 'string', help: "the findings' subject, by any name or synonym (case-insensitive)" },
  object: { kind: 'string', help: "the findings' object, by any name or synonym (case-insensitive)" },
  'subject-type': { kind: { list: ENTITY_TYPES }, help: `subject type(s): ${ENTITY_TYPES.join(', ')}` },
  'object-type': { kind: { list: ENTITY_TYPES }, help: `object type(s): ${ENTITY_TYPES.join(', ')}` },
  'min-confidence': { kind: 'fraction', help: 'extraction confidence at least this (0–1)' },
  curated: { kind: 'boolean', help: 'true: stated by a curator; false: machine-extracted' },
  'evidence-level': { kind: { list: EVIDENCE_LEVELS }, help: `study evidence level(s): ${EVIDENCE_LEVELS.join(', ')}` },
  confidence: { kind: { list: CONFIDENCES }, help: `study confidence(s): ${CONFIDENCES.join(', ')}` },
  pem: { kind: { list: PEM_CRITERIA }, help: `PEM criterion/criteria: ${PEM_CRITERIA.join(', ')}` },
  design: { kind: { list: STUDY_DESIGNS }, help: 'study design(s), e.g. CASE_CONTROL, RCT' },
  'year-from': { kind: 'year', help: 'studies published in or after this year' },
  'year-to': { kind: 'year', help: 'studies published in or before this year' },
  tag: { kind: 'strings', help: 'studies tagged with any of these symptom / biomarker-class / method-flag tags' },
  text: { kind: 'string', help: 'words that must all occur in the study title or summary' },
  'peer-reviewed': { kind: 'boolean', help: 'true / false' },
  'review-status': { kind: { one: REVIEW_STATUSES }, help: `${REVIEW_STATUSES.join(', ')}` },
  retracted: { kind: 'boolean', help: 'true: only retracted studies; false: none (default: both)' },
};
