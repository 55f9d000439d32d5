// The cross-study answer for one subject–object pair (SPEC §4 PairEvidence): every piece, from the same findings.
import { synthesizeConsensus } from './consensus.ts';
import { countFindings } from './counts.ts';
import { analyzeModerators } from './moderators.ts';
import { poolPair } from './pooling.ts';
import { studyContributions } from './study-contributions.ts';
import type { EvidenceFindingInput, PairSynthesis } from './types.ts';
import { resolveEvidenceWeights, type EvidenceWeights, type EvidenceWeightsOverride } from './weights.ts';

/**
 * Synthesize the findings of one pair. `weights` is a partial override of data/evidence-weights.json (or an
 * already resolved EvidenceWeights); the merged weights come back as weightsUsed. Throws RangeError on invalid
 * weights. Numbers are not rounded.
 */
export function synthesizePair(
  findings: readonly EvidenceFindingInput[],
  weights?: EvidenceWeightsOverride | null,
): PairSynthesis {
  const weightsUsed: EvidenceWeights = resolveEvidenceWeights(weights);
  const studies = studyContributions(findings, weightsUsed);
  const consensus = synthesizeConsensus(studies, weightsUsed);
  const { pooled, pooledUnavailableReason } = poolPair(findings, weightsUsed);
  return {
    studyCount: studies.length,
    findingCount: findings.length,
    counts: countFindings(findings),
    studies,
    ...consensus,
    moderators: analyzeModerators(studies, weightsUsed),
    pooled,
    pooledUnavailableReason,
    weightsUsed,
  };
}
