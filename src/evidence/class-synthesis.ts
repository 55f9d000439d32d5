// The answer for one comparator class of a pair (docs/evidence.md §3–§7): when at least pooling.minStudies studies
// carry comparable effects the pooled estimate decides direction and contradiction (method POOLED); otherwise the
// weighted votes do (method VOTES). Moderators and certainty follow either way.
import { certaintyOf } from './certainty.ts';
import { consensusFromSums, leadingDirection, pairSums } from './consensus.ts';
import { normalQuantile } from './distributions.ts';
import { concatMap } from './lists.ts';
import { analyzeModerators } from './moderators.ts';
import { poolEffects } from './pooling.ts';
import type { ClassMember } from './study-vote.ts';
import type { ComparatorClass, ComparatorSynthesis, Consensus, ContradictionKind, PooledEstimate } from './types.ts';
import type { EvidenceWeights } from './weights.ts';

const fmt = (x: number): string => String(Math.round(x * 1000) / 1000);

interface Verdict {
  consensus: Consensus;
  consensusReason: string;
  agreement: number | null;
  contradictions: ContradictionKind[];
}

/**
 * The pooled verdict. Direction: the summary CI excludes 0 → UP or DOWN; it lies within ±trivial → NONE (no
 * meaningful difference); else MIXED when the studies contradict each other, INSUFFICIENT when they do not.
 * Contradiction: only with substantial heterogeneity (I² ≥ heterogeneityI2 and Q p < heterogeneityP): UP_VS_DOWN
 * when study CIs exclude 0 on both sides, DIRECTION_VS_NULL when one excludes 0 and another includes it.
 * Agreement: the share of random-effects weight of studies whose estimate points the way of the verdict (the pooled
 * estimate's sign for MIXED and INSUFFICIENT; within ±trivial for NONE).
 */
export function pooledVerdict(pooled: PooledEstimate, weights: EvidenceWeights): Verdict {
  const t = weights.thresholds;
  const trivial = pooled.family === 'SMD' ? weights.pooling.trivialSmd : weights.pooling.trivialR;
  const trivialOnScale = pooled.family === 'SMD' ? trivial : Math.atanh(trivial);
  const z = normalQuantile(1 - (1 - pooled.confidenceLevel) / 2);
  const studyCis = pooled.studies.map((e) => [e.yi - z * Math.sqrt(e.vi), e.yi + z * Math.sqrt(e.vi)] as const);
  const heterogeneous = pooled.i2 >= t.heterogeneityI2 && pooled.qPValue < t.heterogeneityP;
  const contradictions: ContradictionKind[] = [];
  if (heterogeneous) {
    const above = studyCis.some(([lo]) => lo > 0);
    const below = studyCis.some(([, hi]) => hi < 0);
    const spanning = studyCis.some(([lo, hi]) => lo <= 0 && hi >= 0);
    if (above && below) contradictions.push('UP_VS_DOWN');
    if ((above || below) && spanning) contradictions.push('DIRECTION_VS_NULL');
  }
  const [low, high] = pooled.ci;
  const where = `pooled ${pooled.effectType} ${fmt(pooled.estimate)}, ${Math.round(pooled.confidenceLevel * 100)}% CI ${fmt(low)} to ${fmt(high)} (${pooled.ciMethod}, k=${pooled.k}, I²=${fmt(pooled.i2)}%)`;
  let consensus: Consensus;
  let consensusReason: string;
  if (low > 0 || high < 0) {
    consensus = low > 0 ? 'UP' : 'DOWN';
    consensusReason = `${where} excludes no effect`;
  } else if (low >= -trivial && high <= trivial) {
    consensus = 'NONE';
    consensusReason = `${where} lies within ±${trivial} (no meaningful difference)`;
  } else if (contradictions.length > 0) {
    consensus = 'MIXED';
    consensusReason = `${where} includes no effect and the studies contradict each other`;
  } else {
    consensus = 'INSUFFICIENT';
    consensusReason = `${where} includes both no effect and a meaningful one (beyond ±${trivial})`;
  }
  const estimate = pooled.family === 'SMD' ? pooled.estimate : Math.atanh(pooled.estimate);
  const agrees = (yi: number): boolean =>
    consensus === 'NONE'
      ? Math.abs(yi) <= trivialOnScale
      : consensus === 'UP'
        ? yi > 0
        : consensus === 'DOWN'
          ? yi < 0
          : yi * estimate > 0;
  const w = pooled.studies.map((e) => 1 / (e.vi + pooled.tau2));
  const total = w.reduce((a, b) => a + b, 0);
  const agreement = pooled.studies.reduce((acc, e, i) => acc + (agrees(e.yi) ? (w[i] as number) : 0), 0) / total;
  return { consensus, consensusReason, agreement, contradictions };
}

/** The synthesis of one class; `members` are its counted studies in slug order. */
export function synthesizeClass(
  comparator: ComparatorClass,
  members: readonly ClassMember[],
  weights: EvidenceWeights,
): ComparatorSynthesis {
  const sums = pairSums(members);
  const votes = consensusFromSums(sums, weights);
  const { pooled, pooledUnavailableReason } = poolEffects(
    members.map((m) => m.effects),
    weights,
  );
  let verdict: Verdict;
  if (pooled) {
    verdict = pooledVerdict(pooled, weights);
    const lead = leadingDirection(sums.weightedSupport);
    const unpooled = members.length - pooled.k;
    verdict.consensusReason +=
      unpooled > 0 ? `; ${unpooled} more ${unpooled === 1 ? 'study' : 'studies'} without comparable statistics` : '';
    if (lead && lead.direction !== verdict.consensus) {
      verdict.consensusReason += `; the votes alone would lean ${lead.direction} (${fmt(lead.share)} of directional weight)`;
    }
  } else {
    verdict = {
      consensus: votes.consensus,
      consensusReason: `${votes.consensusReason} (vote counting: ${pooledUnavailableReason})`,
      agreement: votes.agreement,
      contradictions: votes.contradictions,
    };
  }
  const method = pooled ? 'POOLED' : 'VOTES';
  const labels = [...new Set(concatMap(members, (m) => m.labels))].sort();
  return {
    comparator,
    labels,
    studyCount: members.length,
    studySlugs: members.map((m) => m.studySlug),
    weightedSupport: sums.weightedSupport,
    consensus: verdict.consensus,
    consensusReason: verdict.consensusReason,
    method,
    agreement: verdict.agreement,
    contradictory: verdict.contradictions.length > 0,
    contradictions: verdict.contradictions,
    moderators: analyzeModerators(members, weights),
    pooled,
    pooledUnavailableReason,
    certainty: certaintyOf({
      comparator,
      members,
      consensus: verdict.consensus,
      method,
      pooled,
      contradictions: verdict.contradictions,
      weights,
    }),
  };
}
