// One study's whole say on one pair, per comparator class: its vote, its null's power, its participants and its
// comparable effects (docs/evidence.md §9b). Everything a pair's answer needs from a study, and nothing from any
// other study: computed once at import for the materialized view (src/ingest/pair-votes.ts) and on the fly by the
// live synthesis, so both answer from the same numbers.
import { countFindings } from './counts.ts';
import { credibleNoneOf } from './consensus.ts';
import { studyEffects } from './pooling.ts';
import { aggregateStudy, compareText, findingsByClass, findingSampleSize, isSecondary } from './study-contributions.ts';
import { RELATIONS, SIGNS } from '../ingest/record.ts';
import type {
  ComparatorClass,
  EffectEstimate,
  EvidenceFindingInput,
  NullPower,
  RelationCounts,
  StudyContribution,
  WeightedSupport,
} from './types.ts';
import { normalizeFlag, type EvidenceWeights } from './weights.ts';

/** Finding counts per relation (RELATIONS order) and of CORRELATES_WITH per sign (SIGNS order). */
export interface CountArrays {
  relations: number[];
  signs: number[];
}

/** A study's say against one comparator class. */
export interface ClassVote {
  comparator: ComparatorClass;
  /** Comparators as printed (distinct, sorted; "" for none). */
  labels: string[];
  findingIds: string[];
  /** The study's vote in this class (one study, one vote). */
  support: WeightedSupport;
  /** support.none unless the study's null is UNDERPOWERED (then 0). */
  credibleNone: number;
  nullPower: NullPower | null;
  /** Most participants behind one of its findings in the class; null when none prints an n. */
  participants: number | null;
  /** At most one per effect family: the within-study composite. */
  effects: EffectEstimate[];
}

/** A study's say on one pair: its badges and one ClassVote per comparator class it reports against. */
export interface StudyVote extends CountArrays {
  studySlug: string;
  evidenceLevel: string | null;
  pemCriterion: string | null;
  design: string | null;
  secondary: boolean;
  /** Normalized method flags, sorted. */
  methodFlags: string[];
  classes: ClassVote[];
}

/** A study as it stands in one class: what class synthesis, moderators and certainty read. */
export type ClassMember = Omit<StudyVote, 'classes' | 'relations' | 'signs'> & ClassVote;

export function countArrays(counts: RelationCounts): CountArrays {
  return {
    relations: RELATIONS.map((r) => counts.byRelation[r]),
    signs: SIGNS.map((s) => counts.correlationBySign[s]),
  };
}

/** The study's say and its per-class contributions (the latter with finding weights, for `studies`). */
export function studyVoteWithContributions(
  findings: EvidenceFindingInput[],
  weights: EvidenceWeights,
): { vote: StudyVote; contributions: StudyContribution[] } {
  const first = [...findings].sort((a, b) => compareText(a.findingId, b.findingId))[0];
  if (!first) throw new Error('studyVote needs at least one finding');
  const contributions: StudyContribution[] = [];
  const classes: ClassVote[] = findingsByClass(findings).map(([comparator, inClass]) => {
    const contribution = aggregateStudy(inClass, weights, comparator);
    contributions.push(contribution);
    const sizes = inClass.map(findingSampleSize).filter((n): n is number => n !== null);
    return {
      comparator,
      labels: [...new Set(inClass.map((f) => (f.comparator ?? '').trim()))].sort(compareText),
      findingIds: contribution.findings.map((f) => f.findingId),
      support: contribution.support,
      credibleNone: credibleNoneOf(contribution),
      nullPower: contribution.nullPower,
      participants: sizes.length > 0 ? Math.max(...sizes) : null,
      effects: studyEffects(inClass, weights),
    };
  });
  return {
    vote: {
      studySlug: first.studySlug,
      evidenceLevel: first.study.evidenceLevel ?? null,
      pemCriterion: first.study.pemCriterion ?? null,
      design: first.study.design ?? null,
      secondary: isSecondary(first.study),
      methodFlags: [...new Set(first.study.methodFlags.map(normalizeFlag))].sort(compareText),
      classes,
      ...countArrays(countFindings(findings)),
    },
    contributions,
  };
}

/** The vote of one study on one pair: `findings` are that study's findings on the pair (at least one). */
export function studyVote(findings: EvidenceFindingInput[], weights: EvidenceWeights): StudyVote {
  return studyVoteWithContributions(findings, weights).vote;
}
