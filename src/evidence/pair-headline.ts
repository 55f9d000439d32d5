// The part of a pair's answer whose size does not grow with its studies (docs/evidence.md §9b): counts, consensus,
// agreement, weighted support, contradictions, method, certainty. The import keeps it beside the pair's votes
// (src/ingest/pair-votes.ts), so a request that selects only these fields reads one small row per pair instead of
// every vote and the synthesis they need (issue 19: Q4 at 573 ms p99). The growing parts (every comparator class,
// the moderators' groups, the pooled estimate's studies, the secondary studies) are computed from the votes at request.
import type { PairSummary } from './types.ts';

/** The fields of PairSummary, named as PairEvidence's GraphQL fields are, whose size grows with the pair's studies. */
export const GROWING_SUMMARY_FIELDS = ['comparators', 'moderators', 'pooled', 'secondaryStudies'] as const;

export type PairHeadline = Omit<PairSummary, (typeof GROWING_SUMMARY_FIELDS)[number]>;

export function pairHeadline(summary: PairSummary): PairHeadline {
  const { comparators: _c, moderators: _m, pooled: _p, secondaryStudies: _s, ...headline } = summary;
  return headline;
}
