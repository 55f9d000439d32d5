// From study votes to consensus, agreement and contradiction by vote counting (docs/evidence.md §3, §4): the
// fallback when fewer than two studies of a comparator class carry comparable statistics (class-synthesis.ts).
import { addSupport, directionalWeight, emptySupport } from './study-contributions.ts';
import type { Consensus, ContradictionKind, NullPower, WeightedSupport } from './types.ts';
import type { EvidenceWeights } from './weights.ts';

// Comparisons with thresholds tolerate float noise (0.4 + 0.4 must reach 0.8).
const EPSILON = 1e-9;

export interface ConsensusResult {
  weightedSupport: WeightedSupport;
  consensus: Consensus;
  consensusReason: string;
  agreement: number | null;
  contradictory: boolean;
  contradictions: ContradictionKind[];
}

export function totalSupport(studies: readonly { support: WeightedSupport }[]): WeightedSupport {
  return studies.reduce((acc, s) => addSupport(acc, s.support), emptySupport());
}

/** The direction holding the most directional weight (ties: UP, DOWN, NONE), and its share. */
export function leadingDirection(
  support: WeightedSupport,
): { direction: 'UP' | 'DOWN' | 'NONE'; share: number } | null {
  const total = directionalWeight(support);
  if (!(total > 0)) return null;
  const ranked: ['UP' | 'DOWN' | 'NONE', number][] = [
    ['UP', support.up],
    ['DOWN', support.down],
    ['NONE', support.none],
  ];
  let best = ranked[0] as ['UP' | 'DOWN' | 'NONE', number];
  for (const entry of ranked) if (entry[1] > best[1]) best = entry;
  return { direction: best[0], share: best[1] / total };
}

/** The leading direction when it holds ≥ `agreementNeeded` of directional weight, else MIXED; INSUFFICIENT when
 *  there is no directional weight at all. No sufficiency threshold (used for moderator groups). */
export function directionOf(support: WeightedSupport, agreementNeeded: number): Consensus {
  const lead = leadingDirection(support);
  if (!lead) return 'INSUFFICIENT';
  return lead.share >= agreementNeeded - EPSILON ? lead.direction : 'MIXED';
}

const fmt = (x: number): string => String(Math.round(x * 1000) / 1000);

/**
 * What consensus, agreement and contradiction need from a pair's studies: each figure is a sum over studies of a
 * quantity of one study alone, so a pair's sums can be kept up to date at import (src/ingest/pair-votes.ts) and the
 * answer computed here without reading a single finding.
 */
export interface PairSums {
  /** Studies with findings on the pair. */
  studyCount: number;
  /** Σ study support (one study, one vote), added up in study slug order. */
  weightedSupport: WeightedSupport;
  /** Σ support.none of the studies whose null is not UNDERPOWERED (the credible null weight), in slug order. */
  credibleNone: number;
  /** Studies whose vote has directional weight (up + down + none > 0). */
  directionalStudies: number;
}

/** A study's null weight that counts against a direction: none unless its null is known to be underpowered. */
export function credibleNoneOf(study: { nullPower: NullPower | null; support: WeightedSupport }): number {
  return study.nullPower !== 'UNDERPOWERED' ? study.support.none : 0;
}

/** The sums of studies given in slug order. */
export function pairSums(studies: readonly { support: WeightedSupport; credibleNone: number }[]): PairSums {
  return {
    studyCount: studies.length,
    weightedSupport: totalSupport(studies),
    credibleNone: studies.reduce((sum, s) => sum + s.credibleNone, 0),
    directionalStudies: studies.filter((s) => directionalWeight(s.support) > 0).length,
  };
}

/** Consensus, agreement and contradictions by vote counting from the sums (docs/evidence.md §3, §4). */
export function consensusFromSums(sums: PairSums, weights: EvidenceWeights): ConsensusResult {
  const t = weights.thresholds;
  const { weightedSupport, directionalStudies } = sums;
  const directional = directionalWeight(weightedSupport);
  const lead = leadingDirection(weightedSupport);
  const agreement = lead ? lead.share : null;

  let consensus: Consensus;
  let consensusReason: string;
  if (sums.studyCount === 0) {
    consensus = 'INSUFFICIENT';
    consensusReason = 'no findings on this pair';
  } else if (!lead) {
    consensus = 'INSUFFICIENT';
    consensusReason =
      weightedSupport.undirected > 0
        ? 'only undirected findings (a link without a direction)'
        : 'every study has weight 0 (retracted or weighted out)';
  } else if (directionalStudies < t.minStudies) {
    consensus = 'INSUFFICIENT';
    consensusReason = `${directionalStudies} ${directionalStudies === 1 ? 'study' : 'studies'} with a direction or null result (need ${t.minStudies})`;
  } else if (directional < t.minDirectionalWeight - EPSILON) {
    consensus = 'INSUFFICIENT';
    consensusReason = `directional weight ${fmt(directional)} is below ${t.minDirectionalWeight}`;
  } else if (lead.share >= t.consensusAgreement - EPSILON) {
    consensus = lead.direction;
    consensusReason = `${lead.direction} holds ${fmt(lead.share)} of directional weight ${fmt(directional)} (need ${t.consensusAgreement})`;
  } else {
    consensus = 'MIXED';
    consensusReason = `no direction holds ${t.consensusAgreement} of directional weight ${fmt(directional)} (best: ${lead.direction} ${fmt(lead.share)})`;
  }

  const contradictions = findContradictions(weightedSupport, sums.credibleNone, weights);
  return {
    weightedSupport,
    consensus,
    consensusReason,
    agreement,
    contradictory: contradictions.length > 0,
    contradictions,
  };
}

/**
 * A side is substantial when it holds ≥ contradictionMinShare of directional weight and ≥ contradictionMinWeight.
 * UP_VS_DOWN: both directions substantial. DIRECTION_VS_NULL: a direction and the null weight of studies whose
 * null is not known to be underpowered are both substantial (a small study's null is expected, not contradiction).
 */
function findContradictions(
  support: WeightedSupport,
  credibleNull: number,
  weights: EvidenceWeights,
): ContradictionKind[] {
  const t = weights.thresholds;
  const directional = directionalWeight(support);
  if (!(directional > 0)) return [];
  const substantial = (w: number): boolean =>
    w >= t.contradictionMinShare * directional - EPSILON && w >= t.contradictionMinWeight - EPSILON;
  const kinds: ContradictionKind[] = [];
  if (substantial(support.up) && substantial(support.down)) kinds.push('UP_VS_DOWN');
  if ((substantial(support.up) || substantial(support.down)) && substantial(credibleNull)) {
    kinds.push('DIRECTION_VS_NULL');
  }
  return kinds;
}
