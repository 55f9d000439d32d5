// The cross-study answer for one subject–object pair (SPEC §4 PairEvidence): every piece, from the same findings.
import { summarizeVotes } from './pair-summary.ts';
import { findingsByStudy } from './study-contributions.ts';
import { studyVoteWithContributions } from './study-vote.ts';
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
  const perStudy = findingsByStudy(findings).map((ofStudy) => studyVoteWithContributions(ofStudy, weightsUsed));
  const summary = summarizeVotes(
    perStudy.map((s) => s.vote),
    weightsUsed,
  );
  const setAside = new Set(summary.secondaryStudies);
  const studies = perStudy.flatMap((s) => s.contributions.map((c) => ({ ...c, counted: !setAside.has(c.studySlug) })));
  return { ...summary, studies, weightsUsed };
}
