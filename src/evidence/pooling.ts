// The pooled estimate of a pair: one comparable statistic per study, one effect family, DerSimonian–Laird.
// Evidence weights do not enter: pooling weighs by precision, as meta-analysis does (docs/evidence.md).
import { comparableEffect } from './effect-sizes.ts';
import { derSimonianLaird } from './random-effects.ts';
import { compareText } from './study-contributions.ts';
import type { EffectEstimate, EffectFamily, EvidenceFindingInput, PooledEstimate } from './types.ts';
import type { EvidenceWeights } from './weights.ts';

export interface PoolingResult {
  pooled: PooledEstimate | null;
  pooledUnavailableReason: string | null;
}

const FAMILY_LABEL: Record<EffectFamily, string> = { SMD: 'standardized mean difference', CORRELATION: 'correlation' };

/** Per study, its most precise comparable statistic of each family (ties: lowest finding id). */
export function comparableEffectsByFamily(
  findings: readonly EvidenceFindingInput[],
): Record<EffectFamily, EffectEstimate[]> {
  const best = new Map<string, EffectEstimate>();
  const ordered = [...findings].sort((a, b) => compareText(a.findingId, b.findingId));
  for (const finding of ordered) {
    if (finding.study.retracted) continue; // a retracted paper's numbers are not evidence
    const effect = comparableEffect(finding);
    if ('reason' in effect) continue;
    const key = `${effect.family}\u001f${effect.studySlug}`;
    const current = best.get(key);
    if (!current || effect.vi < current.vi) best.set(key, effect);
  }
  const byFamily: Record<EffectFamily, EffectEstimate[]> = { SMD: [], CORRELATION: [] };
  for (const effect of best.values()) byFamily[effect.family].push(effect);
  for (const list of Object.values(byFamily)) list.sort((a, b) => compareText(a.studySlug, b.studySlug));
  return byFamily;
}

export function poolPair(findings: readonly EvidenceFindingInput[], weights: EvidenceWeights): PoolingResult {
  const needed = weights.pooling.minStudies;
  const byFamily = comparableEffectsByFamily(findings);
  // The family with the most studies; SMD first on a tie (case–control comparisons dominate the atlas).
  const family: EffectFamily = byFamily.CORRELATION.length > byFamily.SMD.length ? 'CORRELATION' : 'SMD';
  const effects = byFamily[family];
  const other: EffectFamily = family === 'SMD' ? 'CORRELATION' : 'SMD';

  if (effects.length < needed) {
    const found = effects.length + byFamily[other].length;
    let reason =
      found === 0
        ? 'no finding carries comparable statistics (mean ± SD with n, a Hedges g/SMD with CI or n, or r with n)'
        : `only ${effects.length} ${effects.length === 1 ? 'study' : 'studies'} with a comparable ${FAMILY_LABEL[family]} (need ${needed})`;
    if (byFamily[other].length > 0) {
      reason += `; ${byFamily[other].length} with a ${FAMILY_LABEL[other]}, which is not pooled with it`;
    }
    return { pooled: null, pooledUnavailableReason: reason };
  }

  const confidenceLevel = weights.pooling.confidenceLevel;
  const result = derSimonianLaird(
    effects.map((e) => e.yi),
    effects.map((e) => e.vi),
    confidenceLevel,
  );
  const notes: string[] = [
    family === 'SMD'
      ? 'positive g = subject higher in the object group than in the comparator'
      : 'pooled on Fisher z (tau², Q and se on that scale); estimate and CI back-transformed to r; positive = positive correlation',
    'one statistic per study (its most precise)',
  ];
  const assumptions = [...new Set(effects.flatMap((e) => e.assumptions.map((a) => `${e.studySlug}: ${a}`)))];
  if (assumptions.length > 0) notes.push(`assumptions: ${assumptions.join('; ')}`);
  if (byFamily[other].length > 0) notes.push(`${byFamily[other].length} ${FAMILY_LABEL[other]}(s) left out`);
  if (effects.length < 5) notes.push(`τ² from ${effects.length} studies is imprecise`);
  const back = family === 'CORRELATION' ? Math.tanh : (x: number) => x;

  return {
    pooled: {
      method: 'DerSimonian-Laird random effects',
      family,
      effectType: family === 'SMD' ? 'Hedges g' : 'r',
      estimate: back(result.estimate),
      ci: [back(result.ci[0]), back(result.ci[1])],
      confidenceLevel,
      se: result.se,
      tau2: result.tau2,
      i2: result.i2,
      q: result.q,
      df: result.df,
      k: result.k,
      studies: effects,
      note: notes.join('. '),
    },
    pooledUnavailableReason: null,
  };
}
