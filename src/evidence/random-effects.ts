// DerSimonian–Laird random-effects meta-analysis (DerSimonian & Laird 1986; Borenstein et al. 2009, ch. 12, 16).
import { normalQuantile } from './normal-quantile.ts';

export interface RandomEffectsResult {
  estimate: number;
  se: number;
  ci: [number, number];
  /** Between-study variance, method-of-moments: max(0, (Q − df) / C), C = Σw − Σw²/Σw. */
  tau2: number;
  /** Cochran's Q = Σ w_i (y_i − ȳ_FE)² with fixed-effect weights w_i = 1/v_i. */
  q: number;
  df: number;
  /** Higgins' I² in percent: max(0, (Q − df) / Q) · 100; 0 when Q = 0. */
  i2: number;
  k: number;
  fixedEstimate: number;
  /** Random-effects weights 1/(v_i + τ²), in input order. */
  weights: number[];
}

export function derSimonianLaird(
  effects: readonly number[],
  variances: readonly number[],
  confidenceLevel = 0.95,
): RandomEffectsResult {
  const k = effects.length;
  if (k < 2 || variances.length !== k) throw new RangeError('derSimonianLaird needs ≥ 2 effects with variances');
  if (variances.some((v) => !(v > 0 && Number.isFinite(v)))) throw new RangeError('variances must be positive');
  const w = variances.map((v) => 1 / v);
  const sumW = sum(w);
  const fixedEstimate = sum(w.map((wi, i) => wi * (effects[i] as number))) / sumW;
  const q = sum(w.map((wi, i) => wi * ((effects[i] as number) - fixedEstimate) ** 2));
  const df = k - 1;
  const c = sumW - sum(w.map((wi) => wi * wi)) / sumW;
  const tau2 = Math.max(0, (q - df) / c);
  const wStar = variances.map((v) => 1 / (v + tau2));
  const sumWStar = sum(wStar);
  const estimate = sum(wStar.map((wi, i) => wi * (effects[i] as number))) / sumWStar;
  const se = Math.sqrt(1 / sumWStar);
  const z = normalQuantile(1 - (1 - confidenceLevel) / 2);
  const i2 = q > 0 ? Math.max(0, (q - df) / q) * 100 : 0;
  return { estimate, se, ci: [estimate - z * se, estimate + z * se], tau2, q, df, i2, k, fixedEstimate, weights: wStar };
}

function sum(values: readonly number[]): number {
  return values.reduce((acc, x) => acc + x, 0);
}
