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
