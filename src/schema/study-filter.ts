// StudyFilter and StudyOrder: the inputs of `studies`, `facets` and `findings(filter: {study})`, their conversion to
// the `$filter` map that cypher/study/page.cypher, cypher/facets/studies.cypher and cypher/finding/list.cypher read
// (one predicate, the same conditions in each), the keyset cursor of an ordered study list, and the Lucene query built
// from user text (shared with `search`). Bad values are BAD_USER_INPUT errors.
import { builder } from '../builder.ts';
import type { StudyNode } from './projection.ts';
import { ConfidenceEnum, EvidenceLevelEnum, PemCriterionEnum, ReviewStatusEnum, StudyDesignEnum } from './enums.ts';
import { badInput } from '../errors.ts';
import { decodeCursor } from './pagination.ts';

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

export interface StudyFilterArg {
  evidenceLevels?: readonly string[] | null;
  confidences?: readonly string[] | null;
  pemCriteria?: readonly string[] | null;
  designs?: readonly string[] | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  tags?: readonly string[] | null;
  text?: string | null;
  peerReviewed?: boolean | null;
  reviewStatus?: string | null;
  retracted?: boolean | null;
}

/** The `$filter` map of the study predicate. Every key is present; null means "no condition". */
export interface StudyFilterParams {
  evidenceLevels: string[] | null;
  confidences: string[] | null;
  pemCriteria: string[] | null;
  designs: string[] | null;
  yearFrom: number | null;
  yearTo: number | null;
  tags: string[] | null;
  /** A Lucene query over the search_text index (never user text as given), or null. */
  textQuery: string | null;
  peerReviewed: boolean | null;
  reviewStatus: string | null;
  retracted: boolean | null;
}

export function studyFilterParams(filter: StudyFilterArg | null | undefined, argument = 'filter'): StudyFilterParams {
  const f = filter ?? {};
  if (f.yearFrom != null && f.yearTo != null && f.yearFrom > f.yearTo) {
    throw badInput(`${argument}: yearFrom (${f.yearFrom}) is after yearTo (${f.yearTo})`, argument);
  }
  let textQuery: string | null = null;
  if (f.text != null) {
    const terms = searchTerms(f.text, `${argument}.text`);
    if (terms.length === 0) throw badInput(`${argument}.text has no words to search for: "${f.text}"`, argument);
    textQuery = allTermsQuery(terms);
  }
  return {
    evidenceLevels: f.evidenceLevels ? [...f.evidenceLevels] : null,
    confidences: f.confidences ? [...f.confidences] : null,
    pemCriteria: f.pemCriteria ? [...f.pemCriteria] : null,
    designs: f.designs ? [...f.designs] : null,
    yearFrom: f.yearFrom ?? null,
    yearTo: f.yearTo ?? null,
    tags: f.tags ? f.tags.map((tag) => tag.trim().replace(/\s+/g, ' ').toLowerCase()) : null,
    textQuery,
    peerReviewed: f.peerReviewed ?? null,
    reviewStatus: f.reviewStatus ?? null,
    retracted: f.retracted ?? null,
  };
}

/** Where a filtered study list finds its candidates ($source of cypher/study/page.cypher and facets/studies.cypher):
 *  the full-text index, the year range index, or every study. */
export type StudySource = 'TEXT' | 'YEARS' | 'ALL';

export function studySource(filter: StudyFilterParams): StudySource {
  if (filter.textQuery !== null) return 'TEXT';
  return filter.yearFrom !== null || filter.yearTo !== null ? 'YEARS' : 'ALL';
}

// ---------------------------------------------------------------------------------------------------------------
// StudyOrder and its keyset cursor

export const STUDY_ORDER_FIELDS = ['SLUG', 'YEAR', 'EVIDENCE_LEVEL', 'TITLE'] as const;
export type StudyOrderField = (typeof STUDY_ORDER_FIELDS)[number];
export type OrderDirection = 'ASC' | 'DESC';

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

/** What a study-list cursor holds: the order it was issued for, the row's sort value and its slug. */
interface StudyCursor {
  field: StudyOrderField;
  direction: OrderDirection;
  value: string | number | null;
  slug: string;
}

/** The sort value of a study as cypher/study/list.cypher computes it (keep the two in step). */
export function studySortValue(study: StudyNode, field: StudyOrderField): string | number | null {
  switch (field) {
    case 'SLUG':
      return study.slug;
    case 'YEAR':
      return study.year ?? null;
    case 'EVIDENCE_LEVEL':
      return study.evidenceLevel ?? null;
    case 'TITLE':
      return study.title != null ? study.title.toLowerCase() : null;
  }
}

/** The key a study-list cursor encodes (pagination.ts wraps it): JSON of the order, sort value and slug. */
export function studyCursorKey(study: StudyNode, field: StudyOrderField, direction: OrderDirection): string {
  const cursor: StudyCursor = { field, direction, value: studySortValue(study, field), slug: study.slug };
  return JSON.stringify(cursor);
}

/** The `after` cursor as statement parameters; a cursor of another order (or not ours) is BAD_USER_INPUT. */
export function decodeStudyCursor(
  after: string | null | undefined,
  field: StudyOrderField,
  direction: OrderDirection,
): { afterSlug: string | null; afterValue: string | number | null } {
  const raw = decodeCursor(after);
  if (raw === null) return { afterSlug: null, afterValue: null };
  let cursor: Partial<StudyCursor>;
  try {
    cursor = JSON.parse(raw) as Partial<StudyCursor>;
  } catch {
    throw badInput(`"after" is not a cursor of a study list: "${after}"`, 'after');
  }
  if (typeof cursor.slug !== 'string') throw badInput(`"after" is not a cursor of a study list: "${after}"`, 'after');
  if (cursor.field !== field || cursor.direction !== direction) {
    throw badInput(
      `"after" was issued for orderBy {field: ${cursor.field}, direction: ${cursor.direction}}, not {field: ${field}, direction: ${direction}}`,
      'after',
    );
  }
  return { afterSlug: cursor.slug, afterValue: cursor.value ?? null };
}

// ---------------------------------------------------------------------------------------------------------------
// Lucene queries from user text

/** Longest search text, and longest word in it (the longest words of biomedical prose are under 50 letters). */
export const MAX_SEARCH_TEXT = 1_000;
export const MAX_SEARCH_WORD = 100;

/**
 * The words of user text, lower-cased, split the way the index's standard analyzer splits (on anything that is
 * not a letter or digit). No Lucene syntax survives: `fibro*`, `title:x`, `AND OR NOT (` and `\` become plain words
 * or nothing, so user text can never change the query's structure.
 */
export function searchTerms(text: string, argument = 'text'): string[] {
  // Lucene builds an automaton per fuzzy or prefix term; a term of thousands of characters makes one too large to
  // build ("input automaton is too large"), which the database reports as a failure of its own.
  if (text.length > MAX_SEARCH_TEXT) {
    throw badInput(`${argument} is ${text.length} characters long; search text may hold at most ${MAX_SEARCH_TEXT}`, argument);
  }
  const long = text.split(/[^\p{L}\p{N}]+/u).find((word) => word.length > MAX_SEARCH_WORD);
  if (long !== undefined) {
    throw badInput(`${argument} holds a word of ${long.length} characters; a search word may hold at most ${MAX_SEARCH_WORD}`, argument);
  }
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0)
    .slice(0, 16);
}

/** Backslash-escape Lucene's special characters (defence in depth: searchTerms already leaves none). */
export function escapeLucene(term: string): string {
  return term.replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, '\\$&');
}

/** Every term must occur, as a word or a word's beginning: the StudyFilter.text query. */
export function allTermsQuery(terms: string[]): string {
  return terms.map((term) => `+(${escapeLucene(term)} OR ${escapeLucene(term)}*)`).join(' ');
}

/**
 * The ranked, typo-tolerant `search` query: per term an exact match (boosted most), a prefix match, and for terms of
 * 4+ characters a fuzzy match (1 edit up to 5 characters, 2 beyond); several terms add a boosted phrase. Terms are
 * optional (OR), so hits that match more of them rank higher.
 */
export function rankedQuery(terms: string[]): string {
  const clauses = terms.map((term) => {
    const t = escapeLucene(term);
    const parts = [`${t}^4`, `${t}*^2`];
    if (term.length >= 4) parts.push(`${t}~${term.length >= 6 ? 2 : 1}`);
    return `(${parts.join(' OR ')})`;
  });
  if (terms.length > 1) clauses.push(`"${terms.map(escapeLucene).join(' ')}"^6`);
  return clauses.join(' OR ');
}
