// The pooled estimate of one comparator class of a pair: one comparable statistic per study (its within-study
// composite), one effect family, the random-effects model of random-effects.ts. Evidence weights do not enter:
// pooling weighs by precision, as meta-analysis does (docs/evidence.md §6).
import { comparableEffect, withinStudyComposite } from './effect-sizes.ts';
import { concatMap } from './lists.ts';
import { randomEffects } from './random-effects.ts';
import type { EffectEstimate, EffectFamily, EvidenceFindingInput, PooledEstimate } from './types.ts';
import type { EvidenceWeights } from './weights.ts';

export interface PoolingResult {
  pooled: PooledEstimate | null;
  pooledUnavailableReason: string | null;
}

const FAMILY_LABEL: Record<EffectFamily, string> = { SMD: 'standardized mean difference', CORRELATION: 'correlation' };
const FAMILIES: readonly EffectFamily[] = ['SMD', 'CORRELATION'];

/** One study's comparable effects on one question: per family, the composite of all its effects of that family. */
export function studyEffects(findings: readonly EvidenceFindingInput[], weights: EvidenceWeights): EffectEstimate[] {
  if (findings.some((f) => f.study.retracted)) return []; // a retracted paper's numbers are not evidence
  const ordered = [...findings].sort((a, b) => (a.findingId < b.findingId ? -1 : a.findingId > b.findingId ? 1 : 0));
  const byFamily = new Map<EffectFamily, EffectEstimate[]>();
  for (const finding of ordered) {
    const effect = comparableEffect(finding);
    if ('reason' in effect) continue;
    const list = byFamily.get(effect.family) ?? byFamily.set(effect.family, []).get(effect.family)!;
    list.push(effect);
  }
  return FAMILIES.filter((family) => byFamily.has(family)).map((family) =>
    withinStudyComposite(byFamily.get(family)!, weights.pooling.withinStudyCorrelation),
  );
}

/** The pooled estimate over the studies' effects (each study's list from studyEffects), in study order. */
export function poolEffects(perStudy: readonly (readonly EffectEstimate[])[], weights: EvidenceWeights): PoolingResult {
  const needed = weights.pooling.minStudies;
  const byFamily: Record<EffectFamily, EffectEstimate[]> = { SMD: [], CORRELATION: [] };
  for (const effects of perStudy) for (const e of effects) byFamily[e.family].push(e);
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
  const model = randomEffects(
    effects.map((e) => e.yi),
    effects.map((e) => e.vi),
    confidenceLevel,
  );
  const notes: string[] = [
    family === 'SMD'
      ? 'positive g = subject higher in the object group than in the comparator'
      : 'pooled on Fisher z (tau², Q and se on that scale); estimate, CI and prediction interval back-transformed to r; positive = positive correlation',
    'one statistic per study (the mean of its effects when it reports several)',
    ...model.notes,
  ];
  const assumptions = [...new Set(concatMap(effects, (e) => e.assumptions.map((a) => `${e.studySlug}: ${a}`)))];
  if (assumptions.length > 0) notes.push(`assumptions: ${assumptions.join('; ')}`);
  if (byFamily[other].length > 0) notes.push(`${byFamily[other].length} ${FAMILY_LABEL[other]}(s) left out`);
  if (effects.length < 5) notes.push(`τ² from ${effects.length} studies is imprecise`);
  const back = family === 'CORRELATION' ? Math.tanh : (x: number) => x;
  const interval = (ci: [number, number]): [number, number] => [back(ci[0]), back(ci[1])];

  return {
    pooled: {
      method: `${model.tau2Method} random effects`,
      family,
      effectType: family === 'SMD' ? 'Hedges g' : 'r',
      estimate: back(model.estimate),
      ci: interval(model.ci),
      ciMethod: model.ciMethod,
      ciDf: model.ciDf,
      confidenceLevel,
      predictionInterval: model.predictionInterval ? interval(model.predictionInterval) : null,
      se: model.se,
      seWald: model.seWald,
      tau2: model.tau2,
      tau2Method: model.tau2Method,
      tau2Ci: model.tau2Ci,
      i2: model.i2,
      q: model.q,
      df: model.df,
      qPValue: model.qPValue,
      k: model.k,
      studies: effects,
      note: notes.join('. '),
    },
    pooledUnavailableReason: null,
  };
}
