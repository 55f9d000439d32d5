// The StudyFilter argument (of `studies`, `facets`, `findings(filter: {study})` and exports) as the `$filter` map
// that cypher/fragments/study-filter.cypher reads, and where a filtered study list finds its candidates. Bad values
// are BAD_USER_INPUT errors.
import { normalizeKey } from '../ingest/entity-key.ts';
import { badInput } from '../errors.ts';
import { allTermsQuery, searchTerms } from './search-terms.ts';

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
    tags: f.tags ? f.tags.map((tag) => normalizeKey(tag)) : null,
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

/**
 * Whether the filter conditions only the properties the study counts are kept by (StudyFacetCell: year, evidence
 * level, design, PEM criterion, confidence), so counts under it are sums of those cells (cypher/facets/cells.cypher).
 */
export function onFacetCells(filter: StudyFilterParams): boolean {
  return (
    filter.textQuery === null &&
    filter.tags === null &&
    filter.peerReviewed === null &&
    filter.reviewStatus === null &&
    filter.retracted === null
  );
}

/**
 * Whether a study page under this filter and order can be read in index order (cypher/study/page-ordered.cypher):
 * a filter on the facet properties alone, ordered by slug, or by year under a year bound (no study lacks the value).
 */
export function readsInIndexOrder(filter: StudyFilterParams, orderField: string): boolean {
  if (!onFacetCells(filter)) return false;
  return orderField === 'SLUG' || (orderField === 'YEAR' && studySource(filter) === 'YEARS');
}
