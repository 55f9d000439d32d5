// The `$filter` map every evidence statement reads (see the predicate in cypher/evidence/pairs.cypher), and the
// default one: what `evidence` uses without a `filter`, and what the materialized default view covers.

export interface EvidenceFilterParams {
  evidenceLevels: string[] | null;
  pemCriteria: string[] | null;
  designs: string[] | null;
  yearFrom: number | null;
  yearTo: number | null;
  excludeRetracted: boolean;
  significantOnly: boolean;
  confidences: string[] | null;
}

/** Every study that is not retracted, every finding of it. */
export function defaultFilterParams(): EvidenceFilterParams {
  return {
    evidenceLevels: null,
    pemCriteria: null,
    designs: null,
    yearFrom: null,
    yearTo: null,
    excludeRetracted: true,
    significantOnly: false,
    confidences: null,
  };
}

export function isDefaultFilter(filter: EvidenceFilterParams): boolean {
  const d = defaultFilterParams();
  return (Object.keys(d) as (keyof EvidenceFilterParams)[]).every((key) => filter[key] === d[key]);
}
