// A pair's findings per relation (and correlation sign) from its studies' votes: each vote holds its study's finding
// counts by relation and by sign (study-vote.ts), so the neighbourhood's edges need no finding read.
import { RELATIONS, SIGNS, type Relation, type Sign } from '../ingest/record.ts';
import type { StudyVote } from './study-vote.ts';

export interface RelationEdge {
  relation: Relation;
  /** For CORRELATES_WITH; null otherwise. */
  sign: Sign | null;
  findingCount: number;
  /** The studies with a finding of this relation (and sign) on the pair, sorted. */
  studySlugs: string[];
}

/** A RelationEdge without its studies' slugs: what a neighbourhood needs unless it lists them (a size bounded
 *  whatever the number of studies; il-6 × ME/CFS has 2,046 at 1x). */
export type RelationEdgeCount = Omit<RelationEdge, 'studySlugs'> & { studyCount: number };

export function relationEdgeCounts(edges: readonly RelationEdge[]): RelationEdgeCount[] {
  return edges.map(({ relation, sign, findingCount, studySlugs }) => ({
    relation,
    sign,
    findingCount,
    studyCount: studySlugs.length,
  }));
}

/** One entry per relation (CORRELATES_WITH: per sign) that some vote counts a finding of, in RELATIONS order. */
export function relationEdges(votes: readonly StudyVote[]): RelationEdge[] {
  const edges: RelationEdge[] = [];
  const add = (relation: Relation, sign: Sign | null, countOf: (vote: StudyVote) => number) => {
    const counted = votes.filter((vote) => countOf(vote) > 0);
    if (counted.length === 0) return;
    edges.push({
      relation,
      sign,
      findingCount: counted.reduce((sum, vote) => sum + countOf(vote), 0),
      studySlugs: counted.map((vote) => vote.studySlug).sort(),
    });
  };
  RELATIONS.forEach((relation, i) => {
    if (relation === 'CORRELATES_WITH') SIGNS.forEach((sign, j) => add(relation, sign, (vote) => vote.signs[j] ?? 0));
    else add(relation, null, (vote) => vote.relations[i] ?? 0);
  });
  return edges;
}
