// The summary of a pair (counts, weighted support, consensus, agreement, contradictions) as sums over its studies
// of per-study quantities (docs/evidence.md, "The materialized default view"). A study's share depends on its own
// findings and badges only, so it can be computed once at import and stored ((:Study)-[:VOTES]->(:PairEvidence));
// the pair's sums are then added up in study slug order, the order studyContributions and totalSupport use, so the
// floats come out bit for bit as the live synthesis computes them.
import crypto from 'node:crypto';
import { RELATIONS, SIGNS } from '../ingest/record.ts';
import { stableStringify } from '../ingest/stable-json.ts';
import { consensusFromSums, credibleNoneOf, type ConsensusResult } from './consensus.ts';
import { countFindings } from './counts.ts';
import { findingDirection } from './direction.ts';
import { aggregateStudy, compareText, directionalWeight } from './study-contributions.ts';
import type { Direction, EvidenceFindingInput, RelationCounts } from './types.ts';
import { defaultEvidenceWeights, type EvidenceWeights } from './weights.ts';

export const DIRECTIONS = ['UP', 'DOWN', 'NONE', 'UNDIRECTED'] as const satisfies readonly Direction[];

/** Bump when what a vote holds or how it is computed changes (this file, aggregateStudy, countFindings…): votes
 *  stored under another layout then count as outdated, like votes of other weights. */
const VOTE_LAYOUT = 1;

let defaultVersion: string | undefined;

/**
 * Fingerprint of the default weights (data/evidence-weights.json) and of the vote layout: stored with every vote and
 * pair sum (weightsVersion), so sums computed under other defaults (someone edited the weights file) are never
 * served as the default answer.
 */
export function pairViewVersion(): string {
  defaultVersion ??= crypto
    .createHash('sha256')
    .update(stableStringify({ layout: VOTE_LAYOUT, weights: defaultEvidenceWeights(), relations: RELATIONS, signs: SIGNS }))
    .digest('hex')
    .slice(0, 16);
  return defaultVersion;
}

/** Finding counts per relation (RELATIONS order) and of CORRELATES_WITH per sign (SIGNS order); the counts per
 *  direction follow from these two. */
export interface CountArrays {
  relations: number[];
  signs: number[];
}

/** One study's share of one pair's figures under given weights. Whether the vote has directional weight is
 *  up + down + none > 0, and its number of findings the sum of `relations`: neither is stored. */
export interface StudyVote extends CountArrays {
  studySlug: string;
  /** The study's support (one study, one vote). */
  up: number;
  down: number;
  none: number;
  undirected: number;
  /** support.none unless the study's null is UNDERPOWERED (then 0). */
  credibleNone: number;
}

/** The sums of a pair's study votes (what a PairEvidence node holds). */
export interface PairVoteSums extends CountArrays {
  studyCount: number;
  findingCount: number;
  up: number;
  down: number;
  none: number;
  undirected: number;
  credibleNone: number;
  directionalStudies: number;
}

/** The findings-free part of PairSynthesis. */
export interface PairSummary extends ConsensusResult {
  studyCount: number;
  findingCount: number;
  counts: RelationCounts;
}

function countArrays(counts: RelationCounts): CountArrays {
  return {
    relations: RELATIONS.map((r) => counts.byRelation[r]),
    signs: SIGNS.map((s) => counts.correlationBySign[s]),
  };
}

/** RelationCounts from the arrays: per direction by findingDirection of each relation (and sign, for
 *  CORRELATES_WITH), as countFindings counts them finding by finding. */
export function countsFromArrays(arrays: CountArrays): RelationCounts {
  const at = (list: readonly number[], i: number) => list[i] ?? 0;
  const byRelation = Object.fromEntries(RELATIONS.map((r, i) => [r, at(arrays.relations, i)])) as RelationCounts['byRelation'];
  const correlationBySign = Object.fromEntries(SIGNS.map((s, i) => [s, at(arrays.signs, i)])) as RelationCounts['correlationBySign'];
  const byDirection = Object.fromEntries(DIRECTIONS.map((d) => [d, 0])) as RelationCounts['byDirection'];
  for (const relation of RELATIONS) {
    if (relation !== 'CORRELATES_WITH') byDirection[findingDirection({ relation })] += byRelation[relation];
  }
  for (const sign of SIGNS) byDirection[findingDirection({ relation: 'CORRELATES_WITH', sign })] += correlationBySign[sign];
  return { byRelation, correlationBySign, byDirection };
}

/** The vote of one study on one pair: `findings` are that study's findings on the pair (at least one). */
export function studyVote(findings: EvidenceFindingInput[], weights: EvidenceWeights): StudyVote {
  const study = aggregateStudy(findings, weights);
  return {
    studySlug: study.studySlug,
    up: study.support.up,
    down: study.support.down,
    none: study.support.none,
    undirected: study.support.undirected,
    credibleNone: credibleNoneOf(study),
    ...countArrays(countFindings(findings)),
  };
}

const addArrays = (a: number[], b: readonly number[]) => a.map((x, i) => x + (b[i] ?? 0));

/**
 * The sums of a pair's votes, folded left in slug order from 0 (the JS twin of cypher/ingest/sum-pair-votes.cypher,
 * which the tests hold to it).
 */
export function sumVotes(votes: readonly StudyVote[]): PairVoteSums {
  const sorted = [...votes].sort((a, b) => compareText(a.studySlug, b.studySlug));
  const sums: PairVoteSums = {
    studyCount: sorted.length,
    findingCount: 0,
    up: 0,
    down: 0,
    none: 0,
    undirected: 0,
    credibleNone: 0,
    directionalStudies: 0,
    relations: RELATIONS.map(() => 0),
    signs: SIGNS.map(() => 0),
  };
  for (const v of sorted) {
    sums.findingCount += v.relations.reduce((a, b) => a + b, 0);
    sums.up += v.up;
    sums.down += v.down;
    sums.none += v.none;
    sums.undirected += v.undirected;
    sums.credibleNone += v.credibleNone;
    sums.directionalStudies += directionalWeight(v) > 0 ? 1 : 0;
    sums.relations = addArrays(sums.relations, v.relations);
    sums.signs = addArrays(sums.signs, v.signs);
  }
  return sums;
}

/** The summary of a pair from its sums, by the same functions synthesizePair uses. */
export function pairSummary(sums: PairVoteSums, weights: EvidenceWeights): PairSummary {
  const consensus = consensusFromSums(
    {
      studyCount: sums.studyCount,
      weightedSupport: { up: sums.up, down: sums.down, none: sums.none, undirected: sums.undirected },
      credibleNone: sums.credibleNone,
      directionalStudies: sums.directionalStudies,
    },
    weights,
  );
  return { studyCount: sums.studyCount, findingCount: sums.findingCount, counts: countsFromArrays(sums), ...consensus };
}
