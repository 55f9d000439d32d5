// Evidence synthesis: pure functions from a pair's findings to PairEvidence and heatmap cells (docs/evidence.md).
export { synthesizePair } from './synthesize-pair.ts';
export { buildMatrix, pairEnds, pairKey, type FindingsByPair } from './matrix.ts';
export {
  defaultEvidenceWeights,
  resolveEvidenceWeights,
  normalizeFlag,
  type EvidenceWeights,
  type EvidenceWeightsOverride,
} from './weights.ts';
export { findingDirection, findingSignificance } from './direction.ts';
export {
  hedgesG,
  hedgesCorrection,
  cohensDVariance,
  fisherZ,
  comparableEffect,
  effectFamilyOf,
  withinStudyComposite,
} from './effect-sizes.ts';
export {
  derSimonianLaird,
  generalizedQ,
  qProfileTau2Ci,
  randomEffects,
  remlTau2,
  type RandomEffectsModel,
  type RandomEffectsResult,
} from './random-effects.ts';
export { comparatorClass } from './comparators.ts';
export { correlationPower, twoGroupPower, twoGroupTotalNFor } from './power.ts';
export type * from './types.ts';
export { consensusFromSums, pairSums, type PairSums } from './consensus.ts';
export {
  countsFromArrays,
  pairViewVersion,
  summarizeVotes,
  sumVotes,
  DIRECTIONS,
  type PairVoteSums,
} from './pair-summary.ts';
export { studyVote, type ClassVote, type StudyVote } from './study-vote.ts';
export { relationEdgeCounts, relationEdges, type RelationEdge, type RelationEdgeCount } from './relation-edges.ts';
export {
  storedEvidenceInput,
  storedStatistics,
  type StoredEvidenceRow,
  type StoredFinding,
  type StoredStudy,
} from './stored-input.ts';
export { defaultFilterParams, isDefaultFilter, type EvidenceFilterParams } from './filter.ts';
export { GROWING_SUMMARY_FIELDS, pairHeadline, type PairHeadline } from './pair-headline.ts';
