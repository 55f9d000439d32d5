// Random-effects meta-analysis of k effects y_i with sampling variances v_i (docs/evidence.md §6), as Cochrane's
// RevMan does it since 2025: REML for the between-study variance τ² (Viechtbauer 2005), a Q-profile confidence
// interval for τ² (Viechtbauer 2007), the Hartung–Knapp–Sidik–Jonkman interval for the summary effect with the
// ad hoc variance correction of Röver et al. 2015 (never narrower than the Wald interval), and a prediction interval
// on t with k − 2 degrees of freedom (Higgins et al. 2009; IntHout et al. 2016). DerSimonian–Laird is kept as the
// starting value of REML and its fallback. Checked against metafor (tests/unit/evidence-random-effects.test.ts).
import { chiSquareQuantile, chiSquareUpperTail, normalQuantile, tQuantile } from './distributions.ts';

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

function checkInput(effects: readonly number[], variances: readonly number[], what: string): void {
  if (effects.length < 2 || variances.length !== effects.length) {
    throw new RangeError(`${what} needs ≥ 2 effects, each with a variance`);
  }
  if (effects.some((y) => !Number.isFinite(y))) throw new RangeError(`${what}: effects must be finite numbers`);
  if (variances.some((v) => !(v > 0 && Number.isFinite(v))))
    throw new RangeError(`${what}: variances must be positive`);
}

/** Fixed-effect weights, Q and the DL moment estimate shared by every method. */
function fixedEffect(effects: readonly number[], variances: readonly number[]) {
  const w = variances.map((v) => 1 / v);
  const sumW = sum(w);
  const fixedEstimate = sum(w.map((wi, i) => wi * (effects[i] as number))) / sumW;
  const q = sum(w.map((wi, i) => wi * ((effects[i] as number) - fixedEstimate) ** 2));
  return { w, sumW, fixedEstimate, q, df: effects.length - 1 };
}

export function derSimonianLaird(
  effects: readonly number[],
  variances: readonly number[],
  confidenceLevel = 0.95,
): RandomEffectsResult {
  checkInput(effects, variances, 'derSimonianLaird');
  const k = effects.length;
  const { w, sumW, fixedEstimate, q, df } = fixedEffect(effects, variances);
  const c = sumW - sum(w.map((wi) => wi * wi)) / sumW;
  const tau2 = Math.max(0, (q - df) / c);
  const { estimate, se, weights } = weightedMean(effects, variances, tau2);
  const z = normalQuantile(1 - (1 - confidenceLevel) / 2);
  const i2 = q > 0 ? Math.max(0, (q - df) / q) * 100 : 0;
  return { estimate, se, ci: [estimate - z * se, estimate + z * se], tau2, q, df, i2, k, fixedEstimate, weights };
}

/**
 * Σ 1/(v_i + τ²) and the weighted mean at τ², without allocating: REML and the Q-profile bisection call it hundreds
 * of times per pair. Sums run in index order from 0, as `sum` does, so every figure is the same to the last bit.
 */
function sumWeights(effects: readonly number[], variances: readonly number[], tau2: number) {
  let sumW = 0;
  let sumWY = 0;
  for (let i = 0; i < effects.length; i++) {
    const wi = 1 / ((variances[i] as number) + tau2);
    sumW += wi;
    sumWY += wi * (effects[i] as number);
  }
  return { sumW, estimate: sumWY / sumW };
}

/** The inverse-variance weighted mean at a given τ², its standard error and weights. */
function weightedMean(effects: readonly number[], variances: readonly number[], tau2: number) {
  const { sumW, estimate } = sumWeights(effects, variances, tau2);
  return { estimate, se: Math.sqrt(1 / sumW), weights: variances.map((v) => 1 / (v + tau2)) };
}

/** Generalized Q at τ²: Σ (y_i − μ̂(τ²))² / (v_i + τ²); decreasing in τ², equal to Cochran's Q at 0. */
export function generalizedQ(effects: readonly number[], variances: readonly number[], tau2: number): number {
  const { estimate } = sumWeights(effects, variances, tau2);
  let q = 0;
  for (let i = 0; i < effects.length; i++) {
    q += (1 / ((variances[i] as number) + tau2)) * ((effects[i] as number) - estimate) ** 2;
  }
  return q;
}

export interface RemlResult {
  tau2: number;
  iterations: number;
  converged: boolean;
}

const REML_MAX_ITERATIONS = 500;
const REML_TOLERANCE = 1e-12;

/**
 * REML τ² by Fisher scoring (the iteration metafor's rma.uni uses), from the DL estimate, with step halving to
 * keep τ² ≥ 0 and at most REML_MAX_ITERATIONS steps. For an intercept-only model, with w_i = 1/(v_i + τ²) and
 * P = W − w wᵀ/Σw: step = (Σ w_i² (y_i − μ̂)² − tr P) / Σ_ij P_ij².
 */
export function remlTau2(effects: readonly number[], variances: readonly number[]): RemlResult {
  checkInput(effects, variances, 'remlTau2');
  let tau2 = derSimonianLaird(effects, variances).tau2;
  for (let iteration = 1; iteration <= REML_MAX_ITERATIONS; iteration++) {
    const { sumW, estimate } = sumWeights(effects, variances, tau2);
    let sumW2 = 0;
    let sumW3 = 0;
    let yPPy = 0;
    for (let i = 0; i < effects.length; i++) {
      const wi = 1 / ((variances[i] as number) + tau2);
      sumW2 += wi * wi;
      sumW3 += wi * wi * wi;
      yPPy += wi * wi * ((effects[i] as number) - estimate) ** 2;
    }
    const traceP = sumW - sumW2 / sumW;
    const sumP2 = sumW2 - (2 * sumW3) / sumW + (sumW2 * sumW2) / (sumW * sumW);
    let step = (yPPy - traceP) / sumP2;
    if (tau2 === 0 && step <= 0) return { tau2: 0, iterations: iteration, converged: true };
    while (tau2 + step < 0) step /= 2;
    if (Math.abs(step) < 1e-300) return { tau2, iterations: iteration, converged: true };
    tau2 += step;
    if (Math.abs(step) <= REML_TOLERANCE * Math.max(1, tau2)) return { tau2, iterations: iteration, converged: true };
  }
  return { tau2, iterations: REML_MAX_ITERATIONS, converged: false };
}

/**
 * Q-profile confidence interval of τ² (Viechtbauer 2007): the τ² values at which the generalized Q equals the
 * χ²_{k−1} quantiles 1 − α/2 (lower bound) and α/2 (upper bound); a bound is 0 when Q(0) is already below its
 * quantile. Solved by bisection on the monotone Q(τ²).
 */
export function qProfileTau2Ci(
  effects: readonly number[],
  variances: readonly number[],
  confidenceLevel = 0.95,
): [number, number] {
  checkInput(effects, variances, 'qProfileTau2Ci');
  const df = effects.length - 1;
  const alpha = 1 - confidenceLevel;
  const q = (tau2: number) => generalizedQ(effects, variances, tau2);
  const solve = (target: number): number => {
    if (!(q(0) > target)) return 0;
    let low = 0;
    let high = Math.max(1, ...variances);
    while (q(high) > target) high *= 2;
    for (let i = 0; i < 200 && high - low > 1e-15 * Math.max(1, high); i++) {
      const mid = (low + high) / 2;
      if (q(mid) > target) low = mid;
      else high = mid;
    }
    return (low + high) / 2;
  };
  return [solve(chiSquareQuantile(1 - alpha / 2, df)), solve(chiSquareQuantile(alpha / 2, df))];
}

export type SummaryCiMethod = 'HKSJ' | 'WALD';

export interface RandomEffectsModel {
  k: number;
  /** REML summary effect μ̂. */
  estimate: number;
  /** Its standard error under the model (Wald): √(1 / Σ 1/(v_i + τ²)). */
  seWald: number;
  /** The standard error the CI uses: the HKSJ one (× √max(1, q_HK)) for k ≥ 3, the Wald one for k = 2. */
  se: number;
  ci: [number, number];
  ciMethod: SummaryCiMethod;
  /** Degrees of freedom of the t the CI uses (k − 1), null for the normal (Wald) interval. */
  ciDf: number | null;
  tau2: number;
  tau2Method: 'REML' | 'DL';
  tau2Ci: [number, number];
  /** Cochran's Q (fixed-effect weights), its df (k − 1) and p-value. */
  q: number;
  df: number;
  qPValue: number;
  /** I² in percent from τ²: 100 τ² / (τ² + s²), s² the typical within-study variance (Higgins & Thompson 2002). */
  i2: number;
  /** μ̂ ± t_{k−2} √(τ² + seWald²); null when k < 3. */
  predictionInterval: [number, number] | null;
  weights: number[];
  notes: string[];
}

/** The random-effects model of docs/evidence.md §6 at the given confidence level (also used for the τ² CI and PI). */
export function randomEffects(
  effects: readonly number[],
  variances: readonly number[],
  confidenceLevel = 0.95,
): RandomEffectsModel {
  checkInput(effects, variances, 'randomEffects');
  const k = effects.length;
  const notes: string[] = [];
  const { w, sumW, q, df } = fixedEffect(effects, variances);
  const reml = remlTau2(effects, variances);
  let tau2 = reml.tau2;
  let tau2Method: 'REML' | 'DL' = 'REML';
  if (!reml.converged) {
    tau2 = derSimonianLaird(effects, variances).tau2;
    tau2Method = 'DL';
    notes.push(`REML did not converge in ${reml.iterations} steps; τ² is the DerSimonian–Laird estimate`);
  }
  const { estimate, se: seWald, weights } = weightedMean(effects, variances, tau2);
  const upper = 1 - (1 - confidenceLevel) / 2;
  let se = seWald;
  let ci: [number, number];
  let ciMethod: SummaryCiMethod;
  let ciDf: number | null;
  if (k >= 3) {
    const qHk = sum(weights.map((wi, i) => wi * ((effects[i] as number) - estimate) ** 2)) / (k - 1);
    se = seWald * Math.sqrt(Math.max(1, qHk));
    const t = tQuantile(upper, k - 1);
    ci = [estimate - t * se, estimate + t * se];
    ciMethod = 'HKSJ';
    ciDf = k - 1;
    notes.push(`CI: Hartung–Knapp–Sidik–Jonkman on t with ${k - 1} df (variance factor max(1, ${round(qHk)}))`);
  } else {
    const z = normalQuantile(upper);
    ci = [estimate - z * se, estimate + z * se];
    ciMethod = 'WALD';
    ciDf = null;
    notes.push(
      'CI: Wald (normal) interval, as only 2 studies pool: HKSJ on t with 1 df is uninformative; no prediction interval',
    );
  }
  const s2 = ((k - 1) * sumW) / (sumW * sumW - sum(w.map((x) => x * x)));
  const i2 = (100 * tau2) / (tau2 + s2);
  let predictionInterval: [number, number] | null = null;
  if (k >= 3) {
    const half = tQuantile(upper, k - 2) * Math.sqrt(tau2 + seWald * seWald);
    predictionInterval = [estimate - half, estimate + half];
  }
  return {
    k,
    estimate,
    seWald,
    se,
    ci,
    ciMethod,
    ciDf,
    tau2,
    tau2Method,
    tau2Ci: qProfileTau2Ci(effects, variances, confidenceLevel),
    q,
    df,
    qPValue: chiSquareUpperTail(q, df),
    i2,
    predictionInterval,
    weights,
    notes,
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((acc, x) => acc + x, 0);
}

const round = (x: number): string => String(Math.round(x * 1000) / 1000);
