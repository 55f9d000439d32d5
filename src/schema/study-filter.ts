// StudyFilter and StudyOrder: the GraphQL inputs of `studies`, `facets` and `findings(filter: {study})`. What they
// become in a statement is src/query/'s: study-filter.ts (the `$filter` map), cursors.ts (the keyset cursor of an
// ordered study list), search-terms.ts (the Lucene query of the text condition).
import { builder } from '../builder.ts';
import type { OrderDirection, StudyOrderField } from '../query/cursors.ts';
import { ConfidenceEnum, EvidenceLevelEnum, PemCriterionEnum, ReviewStatusEnum, StudyDesignEnum } from './enums.ts';

// ---------------------------------------------------------------------------------------------------------------
// StudyFilter

export const StudyFilter = builder.inputType('StudyFilter', {
  description:
    'Which studies: every condition given must hold (lists match any of their values). A study without the property ' +
    'asked about (no evidence-level badge, no year…) does not match a condition on it. Retracted studies are ' +
    'included unless `retracted: false` is given: a listing shows them, flagged by Study.retracted.',
  fields: (t) => ({
    evidenceLevels: t.field({ type: [EvidenceLevelEnum], required: false }),
    confidences: t.field({ type: [ConfidenceEnum], required: false }),
    pemCriteria: t.field({ type: [PemCriterionEnum], required: false }),
    designs: t.field({ type: [StudyDesignEnum], required: false }),
    yearFrom: t.int({ required: false, description: 'Published in or after this year.' }),
    yearTo: t.int({ required: false, description: 'Published in or before this year.' }),
    tags: t.stringList({
      required: false,
      description:
        'Tagged with any of these Symptom, Biomarker-class or Method-flag tags, by name (case-insensitive; a ' +
        'symptom also by any synonym).',
    }),
    text: t.string({
      required: false,
      description:
        'Words that must all occur (as words or word beginnings, case-insensitive) in the title or summary, ' +
        'through the full-text index. Punctuation separates words; it has no query meaning.',
    }),
    peerReviewed: t.boolean({ required: false }),
    reviewStatus: t.field({ type: ReviewStatusEnum, required: false }),
    retracted: t.boolean({
      required: false,
      description: 'true: only retracted studies; false: none of them; absent (default): both.',
    }),
  }),
});

// ---------------------------------------------------------------------------------------------------------------
// StudyOrder

export const StudyOrderFieldEnum = builder.enumType('StudyOrderField', {
  values: {
    SLUG: { value: 'SLUG' },
    YEAR: { value: 'YEAR' },
    EVIDENCE_LEVEL: { value: 'EVIDENCE_LEVEL', description: 'E0 (strongest) first when ascending.' },
    TITLE: { value: 'TITLE', description: 'Case-insensitive.' },
  } as const,
});

export const OrderDirectionEnum = builder.enumType('OrderDirection', {
  values: { ASC: { value: 'ASC' }, DESC: { value: 'DESC' } } as const,
});

export const StudyOrder = builder.inputType('StudyOrder', {
  description:
    'Sort order of a study list. Studies without the sort value (no year, no title…) come last in either ' +
    'direction; ties are broken by slug in the same direction, so pages never skip or repeat a study.',
  fields: (t) => ({
    field: t.field({ type: StudyOrderFieldEnum, required: true }),
    direction: t.field({ type: OrderDirectionEnum, required: false, defaultValue: 'ASC' }),
  }),
});

export interface StudyOrderArg {
  field: StudyOrderField;
  direction?: OrderDirection | null;
}
