// Evidence synthesis: pure functions from a pair's findings to PairEvidence and heatmap cells (docs/evidence.md).
export { synthesizePair } from './synthesize-pair.ts';
export { buildMatrix, pairKey, type FindingsByPair } from './matrix.ts';
export {
  defaultEvidenceWeights,
  resolveEvidenceWeights,
  normalizeFlag,
  type EvidenceWeights,
  type EvidenceWeightsOverride,
} from './weights.ts';
export { findingDirection, findingSignificance } from './direction.ts';
export { hedgesG, fisherZ, comparableEffect, effectFamilyOf } from './effect-sizes.ts';
export { derSimonianLaird, type RandomEffectsResult } from './random-effects.ts';
export type * from './types.ts';
export { consensusFromSums, pairSums, type PairSums } from './consensus.ts';
export {
  countsFromArrays,
  pairSummary,
  pairViewVersion,
  studyVote,
  sumVotes,
  DIRECTIONS,
  type PairSummary,
  type PairVoteSums,
  type StudyVote,
} from './pair-summary.ts';
export {
  storedEvidenceInput,
  storedStatistics,
  type StoredEvidenceRow,
  type StoredFinding,
  type StoredStudy,
} from './stored-input.ts';
export { defaultFilterParams, isDefaultFilter, type EvidenceFilterParams } from './filter.ts';
