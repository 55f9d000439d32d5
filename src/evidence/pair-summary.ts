// A pair's answer from its studies' votes (study-vote.ts): comparator classes, secondary evidence set aside, one
// synthesis per class, the primary class's as the pair's headline (docs/evidence.md §1b, §9b). A study's vote
// depends on its own findings and badges only, so it is computed once at import and stored
// ((:Study)-[:VOTES {vote}]->(:PairEvidence)); the default answer then reads the votes instead of the findings, and
// both paths run this same function on the same numbers.
import crypto from 'node:crypto';
import { RELATIONS, SIGNS } from '../ingest/record.ts';
import { stableStringify } from '../ingest/stable-json.ts';
import { synthesizeClass } from './class-synthesis.ts';
import { compareClasses } from './comparators.ts';
import { findingDirection } from './direction.ts';
import { compareText, directionalWeight } from './study-contributions.ts';
import type { ClassMember, ClassVote, CountArrays, StudyVote } from './study-vote.ts';
import type { ComparatorClass, ComparatorSynthesis, Direction, PairSummary, RelationCounts } from './types.ts';
import { defaultEvidenceWeights, type EvidenceWeights } from './weights.ts';

export const DIRECTIONS = ['UP', 'DOWN', 'NONE', 'UNDIRECTED'] as const satisfies readonly Direction[];

/** Bump when what a vote holds or how it is computed changes (study-vote.ts, aggregateStudy, countFindings…), or what
 *  the view keeps beside them (3: each pair's answer; 4: its consensus and edges only; 5: and its headline; 6: and
 *  its ends' finding counts; 7: and edge counts without slugs, src/ingest/pair-votes.ts; 8: headlines whose certainty
 *  reasons name at most five studies, src/evidence/certainty.ts):
 *  votes stored under another layout then count as outdated, like votes of other weights, and the view is rebuilt at
 *  migrate. */
const VOTE_LAYOUT = 8;

let defaultVersion: string | undefined;

/**
 * Fingerprint of the default weights (data/evidence-weights.json) and of the vote layout: stored with every vote and
 * pair (weightsVersion), so votes computed under other defaults (someone edited the weights file) are never served
 * as the default answer.
 */
export function pairViewVersion(): string {
  defaultVersion ??= crypto
    .createHash('sha256')
    .update(
      stableStringify({ layout: VOTE_LAYOUT, weights: defaultEvidenceWeights(), relations: RELATIONS, signs: SIGNS }),
    )
    .digest('hex')
    .slice(0, 16);
  return defaultVersion;
}

/** The counts a PairEvidence node holds, summed in Cypher from its votes (cypher/ingest/sum-pair-votes.cypher). */
export interface PairVoteSums extends CountArrays {
  studyCount: number;
  findingCount: number;
}

/** RelationCounts from the arrays: per direction by findingDirection of each relation (and sign, for
 *  CORRELATES_WITH), as countFindings counts them finding by finding. */
export function countsFromArrays(arrays: CountArrays): RelationCounts {
  const at = (list: readonly number[], i: number) => list[i] ?? 0;
  const byRelation = Object.fromEntries(
    RELATIONS.map((r, i) => [r, at(arrays.relations, i)]),
  ) as RelationCounts['byRelation'];
  const correlationBySign = Object.fromEntries(
    SIGNS.map((s, i) => [s, at(arrays.signs, i)]),
  ) as RelationCounts['correlationBySign'];
  const byDirection = Object.fromEntries(DIRECTIONS.map((d) => [d, 0])) as RelationCounts['byDirection'];
  for (const relation of RELATIONS) {
    if (relation !== 'CORRELATES_WITH') byDirection[findingDirection({ relation })] += byRelation[relation];
  }
  for (const sign of SIGNS)
    byDirection[findingDirection({ relation: 'CORRELATES_WITH', sign })] += correlationBySign[sign];
  return { byRelation, correlationBySign, byDirection };
}

const addArrays = (a: number[], b: readonly number[]) => a.map((x, i) => x + (b[i] ?? 0));

/** The counts of a pair's votes (the JS twin of cypher/ingest/sum-pair-votes.cypher, which the tests hold to it). */
export function sumVotes(votes: readonly CountArrays[]): PairVoteSums {
  const sums: PairVoteSums = {
    studyCount: votes.length,
    findingCount: 0,
    relations: RELATIONS.map(() => 0),
    signs: SIGNS.map(() => 0),
  };
  for (const v of votes) {
    sums.findingCount += v.relations.reduce((a, b) => a + b, 0);
    sums.relations = addArrays(sums.relations, v.relations);
    sums.signs = addArrays(sums.signs, v.signs);
  }
  return sums;
}

const KIND_TEXT: Record<ComparatorClass['kind'], string> = {
  HEALTHY_CONTROLS: 'healthy controls',
  UNSTATED: 'an unstated comparator',
  DISEASE_CONTROLS: 'disease controls',
  TIME_POINT: 'time points',
  TREATMENT_ARM: 'treatment arms',
};

/** The class whose answer heads the pair: healthy controls when present, else unstated, else the most studies. */
function primaryClass(classes: readonly ComparatorSynthesis[]): ComparatorSynthesis | undefined {
  return (
    classes.find((c) => c.comparator.kind === 'HEALTHY_CONTROLS') ??
    classes.find((c) => c.comparator.kind === 'UNSTATED') ??
    [...classes].sort((a, b) => b.studyCount - a.studyCount || compareClasses(a.comparator, b.comparator))[0]
  );
}

/**
 * A study as it stands in one class. Built field by field, not by rest and spread: a rest-destructured object is a
 * slow dictionary in V8, and every read of its members by class synthesis (moderators, certainty, pooling) then
 * went through a hash lookup; that copy was the largest single cost of summarizing a pair with 2,000 votes.
 */
function classMember(study: StudyVote, vote: ClassVote): ClassMember {
  return {
    studySlug: study.studySlug,
    evidenceLevel: study.evidenceLevel,
    pemCriterion: study.pemCriterion,
    design: study.design,
    secondary: study.secondary,
    methodFlags: study.methodFlags,
    comparator: vote.comparator,
    labels: vote.labels,
    findingIds: vote.findingIds,
    support: vote.support,
    credibleNone: vote.credibleNone,
    nullPower: vote.nullPower,
    participants: vote.participants,
    effects: vote.effects,
  };
}

/**
 * The pair's answer from its studies' votes. Reviews and meta-analyses (secondary) are set aside when a primary
 * study with weight speaks on the pair, and used like primary studies when none does.
 */
export function summarizeVotes(votes: readonly StudyVote[], weights: EvidenceWeights): PairSummary {
  const sorted = [...votes].sort((a, b) => compareText(a.studySlug, b.studySlug));
  const weighs = (v: StudyVote) => v.classes.some((c) => directionalWeight(c.support) + c.support.undirected > 0);
  const hasPrimary = sorted.some((v) => !v.secondary && weighs(v));
  const counted = hasPrimary ? sorted.filter((v) => !v.secondary) : sorted;
  const secondaryStudies = hasPrimary ? sorted.filter((v) => v.secondary).map((v) => v.studySlug) : [];

  const byClass = new Map<string, { comparator: ComparatorClass; members: ClassMember[] }>();
  for (const study of counted) {
    for (const vote of study.classes) {
      const entry =
        byClass.get(vote.comparator.key) ??
        byClass.set(vote.comparator.key, { comparator: vote.comparator, members: [] }).get(vote.comparator.key)!;
      entry.members.push(classMember(study, vote));
    }
  }
  const comparators = [...byClass.values()]
    .sort((a, b) => compareClasses(a.comparator, b.comparator))
    .map(({ comparator, members }) => synthesizeClass(comparator, members, weights));
  const sums = sumVotes(sorted);
  const primary =
    primaryClass(comparators) ?? synthesizeClass({ key: 'UNSTATED', kind: 'UNSTATED', name: null }, [], weights);
  let consensusReason = primary.consensusReason;
  if (comparators.length > 1) {
    const others = comparators
      .filter((c) => c !== primary)
      .map(
        (c) => `${KIND_TEXT[c.comparator.kind]}${c.comparator.name ? ` (${c.comparator.name})` : ''} ${c.consensus}`,
      );
    consensusReason = `against ${KIND_TEXT[primary.comparator.kind]}: ${consensusReason}; other comparators, answered apart: ${others.join(', ')}`;
  }
  if (secondaryStudies.length > 0) {
    consensusReason += `; ${secondaryStudies.length} secondary ${secondaryStudies.length === 1 ? 'study' : 'studies'} (review, meta-analysis) shown but not counted`;
  }
  const { studyCount: _c, studySlugs: _s, labels: _l, ...headline } = primary;
  return {
    ...headline,
    consensusReason,
    studyCount: sums.studyCount,
    findingCount: sums.findingCount,
    counts: countsFromArrays(sums),
    comparators,
    secondaryStudies,
  };
}
