// Comparable statistics from a finding: a standardized mean difference (Hedges g) or a correlation on Fisher's z
// scale, each with its sampling variance (docs/evidence.md, "Pooled estimate"). Formulas: Borenstein, Hedges,
// Higgins & Rothstein, Introduction to Meta-Analysis (2009), ch. 4 and 6; Cochrane Handbook §6.5.2.
import { findingDirection } from './direction.ts';
import type { EffectEstimate, EffectFamily, EvidenceFindingInput } from './types.ts';

/** A 95% CI spans 2 × 1.96 standard errors (Cochrane Handbook §6.5.2.2). */
export const CI95_WIDTH_IN_SE = 3.92;

function checkGroupSizes(n1: number, n2: number, what: string): void {
  if (!(n1 > 0 && n2 > 0 && Number.isFinite(n1) && Number.isFinite(n2))) {
    throw new RangeError(`${what}: group sizes must be positive, got ${n1} and ${n2}`);
  }
  if (!(n1 + n2 > 2))
    throw new RangeError(`${what}: needs n1 + n2 > 2 (at least one degree of freedom), got ${n1 + n2}`);
}

/** Hedges' small-sample correction J = 1 − 3 / (4·df − 1), df = n1 + n2 − 2. Throws RangeError without a df. */
export function hedgesCorrection(n1: number, n2: number): number {
  checkGroupSizes(n1, n2, 'hedgesCorrection');
  return 1 - 3 / (4 * (n1 + n2 - 2) - 1);
}

/** Variance of Cohen's d: (n1 + n2)/(n1·n2) + d² / (2(n1 + n2)). Throws RangeError on non-positive sizes. */
export function cohensDVariance(d: number, n1: number, n2: number): number {
  checkGroupSizes(n1, n2, 'cohensDVariance');
  if (!Number.isFinite(d)) throw new RangeError(`cohensDVariance: d must be finite, got ${d}`);
  return (n1 + n2) / (n1 * n2) + (d * d) / (2 * (n1 + n2));
}

export interface StandardizedMeanDifference {
  d: number;
  g: number;
  /** Variance of g: J² · Var(d). */
  variance: number;
  pooledSd: number;
  correction: number;
}

/** Hedges g of group 1 against group 2 from means, SDs and sizes. */
export function hedgesG(
  group1: { mean: number; sd: number; n: number },
  group2: { mean: number; sd: number; n: number },
): StandardizedMeanDifference {
  const { n: n1, sd: s1 } = group1;
  const { n: n2, sd: s2 } = group2;
  checkGroupSizes(n1, n2, 'hedgesG');
  if (!(s1 >= 0 && s2 >= 0)) throw new RangeError(`hedgesG: SDs must be ≥ 0, got ${s1} and ${s2}`);
  const pooledSd = Math.sqrt(((n1 - 1) * s1 * s1 + (n2 - 1) * s2 * s2) / (n1 + n2 - 2));
  const d = (group1.mean - group2.mean) / pooledSd;
  if (!(pooledSd > 0)) throw new RangeError('hedgesG: the pooled SD is 0 (no spread): no standardized difference');
  const correction = hedgesCorrection(n1, n2);
  return { d, g: correction * d, variance: correction * correction * cohensDVariance(d, n1, n2), pooledSd, correction };
}

/** Fisher's z = atanh(r) with variance 1 / (n − 3). Throws RangeError for |r| ≥ 1 or n ≤ 3. */
export function fisherZ(r: number, n: number): { z: number; variance: number } {
  if (!(Math.abs(r) < 1)) throw new RangeError(`fisherZ: r must be in (−1, 1), got ${r}`);
  if (!(n > 3)) throw new RangeError(`fisherZ: n must be > 3, got ${n}`);
  return { z: Math.atanh(r), variance: 1 / (n - 3) };
}

export function effectFamilyOf(effectType: string | null | undefined): EffectFamily | null {
  if (!effectType) return null;
  const type = effectType.trim().toLowerCase();
  if (/hedges|cohen|\bsmd\b|standardi[sz]ed mean diff|^[gd]$/.test(type)) return 'SMD';
  if (/^(r|rho|ρ|r_s|rs)$|pearson|spearman|correlation/.test(type)) return 'CORRELATION';
  return null;
}

/** Sign convention: positive = UP. A directed finding's prose often prints the magnitude only ("g 0.96" for a
 *  reduction), so its direction decides the sign; nulls and undirected findings keep the sign as given. */
function orient(value: number, finding: EvidenceFindingInput): { value: number; assumption: string | null } {
  const direction = findingDirection(finding);
  if (direction === 'UP' || direction === 'DOWN') {
    const oriented = direction === 'UP' ? Math.abs(value) : -Math.abs(value);
    return {
      value: oriented,
      assumption:
        oriented !== value ? `sign set from the relation (${direction}), the statistic as printed was ${value}` : null,
    };
  }
  return { value, assumption: null };
}

function positive(x: number | null | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x > 0;
}

/** Group sizes: each group's n, else the finding's or study's total n split evenly (an assumption, flagged). */
function groupSizes(finding: EvidenceFindingInput): { n1: number; n2: number; assumption: string | null } | null {
  const [a, b] = finding.groups ?? [];
  if (a && b && positive(a.n) && positive(b.n)) return { n1: a.n, n2: b.n, assumption: null };
  const fromFinding = positive(finding.sampleSize);
  const total = fromFinding ? finding.sampleSize : finding.study.sampleSize;
  if (!positive(total)) return null;
  return {
    n1: total / 2,
    n2: total / 2,
    assumption: `group sizes unknown: ${fromFinding ? 'the finding' : "the study's"} total n=${total} split evenly (${total / 2} + ${total / 2})`,
  };
}

function usableCi(ci: EvidenceFindingInput['ci']): [number, number] | null {
  if (!Array.isArray(ci) || ci.length !== 2) return null;
  const [lo, hi] = ci;
  return Number.isFinite(lo) && Number.isFinite(hi) && hi > lo ? [lo, hi] : null;
}

export type ComparableEffect = EffectEstimate | { reason: string };

/**
 * The finding's comparable statistic, in order of preference: a reported SMD or r with a CI (the authors' own
 * precision), a reported SMD or r with n, group mean ± SD with n. Otherwise the reason it has none.
 */
export function comparableEffect(finding: EvidenceFindingInput): ComparableEffect {
  const base = { findingId: finding.findingId, findingIds: [finding.findingId], studySlug: finding.studySlug };
  const family = effectFamilyOf(finding.effectType);
  const effect = finding.effectSize;
  let reportedReason: string | null = null;
  if (family && typeof effect === 'number' && Number.isFinite(effect)) {
    const reported = reportedEffect(finding, family, effect);
    if (!('reason' in reported)) return { ...base, ...reported };
    reportedReason = reported.reason;
  }
  const fromGroups = groupEffect(finding);
  if (!('reason' in fromGroups)) return { ...base, ...fromGroups };
  // The reported statistic's own reason (r = 1, no n…) says more than the groups' "no comparable statistic".
  return reportedReason !== null ? { reason: reportedReason } : fromGroups;
}

type EffectBody = Omit<EffectEstimate, 'findingId' | 'findingIds' | 'studySlug'>;

function reportedEffect(
  finding: EvidenceFindingInput,
  family: EffectFamily,
  effect: number,
): EffectBody | { reason: string } {
  const ci = usableCi(finding.ci);
  const oriented = orient(effect, finding);
  const assumptions = oriented.assumption ? [oriented.assumption] : [];
  const isCohensD = /cohen|^d$/i.test((finding.effectType ?? '').trim());

  if (family === 'CORRELATION') {
    if (!(Math.abs(effect) < 1)) return { reason: `r=${effect} is not in (−1, 1): no Fisher z` };
    const fromFinding = positive(finding.sampleSize);
    const n = fromFinding ? finding.sampleSize : finding.study.sampleSize;
    if (positive(n) && n > 3) {
      const { z, variance } = fisherZ(oriented.value, n);
      if (!fromFinding) assumptions.push(`n=${n} is the study's (the finding prints none)`);
      if (!/pearson|^r$/i.test((finding.effectType ?? '').trim())) {
        assumptions.push(`${finding.effectType} treated as Pearson r`);
      }
      return { family, yi: z, vi: variance, source: 'reported r with n', assumptions };
    }
    if (ci && Math.abs(ci[0]) < 1 && Math.abs(ci[1]) < 1) {
      const se = (Math.atanh(ci[1]) - Math.atanh(ci[0])) / CI95_WIDTH_IN_SE;
      assumptions.push('SE from the Fisher-z width of the 95% CI');
      return { family, yi: Math.atanh(oriented.value), vi: se * se, source: 'reported effect with CI', assumptions };
    }
    return { reason: 'r without n or CI' };
  }

  if (ci) {
    const se = (ci[1] - ci[0]) / CI95_WIDTH_IN_SE;
    assumptions.push('SE = CI width / 3.92 (95% CI assumed)');
    if (isCohensD) assumptions.push("Cohen's d with CI used as g (no small-sample correction)");
    return { family, yi: oriented.value, vi: se * se, source: 'reported effect with CI', assumptions };
  }
  const sizes = groupSizes(finding);
  if (sizes && sizes.n1 + sizes.n2 > 3) {
    if (sizes.assumption) assumptions.push(sizes.assumption);
    const { n1, n2 } = sizes;
    if (isCohensD) {
      const j = hedgesCorrection(n1, n2);
      assumptions.push(`Cohen's d converted to g with J=${j.toFixed(4)}`);
      return {
        family,
        yi: j * oriented.value,
        vi: j * j * cohensDVariance(oriented.value, n1, n2),
        source: 'reported effect with n',
        assumptions,
      };
    }
    // A reported g is already corrected; its variance is J²·Var(d) with d = g/J.
    const j = hedgesCorrection(n1, n2);
    return {
      family,
      yi: oriented.value,
      vi: j * j * cohensDVariance(oriented.value / j, n1, n2),
      source: 'reported effect with n',
      assumptions,
    };
  }
  return { reason: `${finding.effectType} without a CI or n` };
}

function groupEffect(finding: EvidenceFindingInput): EffectBody | { reason: string } {
  const groups = finding.groups ?? [];
  const [a, b] = groups;
  if (!a || !b) return { reason: 'no comparable statistic (needs mean ± SD with n, SMD/g with CI or n, or r with n)' };
  if (!positive(a.sd) || !positive(b.sd)) return { reason: 'group means without SDs' };
  const sizes = groupSizes(finding);
  if (!sizes || !(sizes.n1 >= 2 && sizes.n2 >= 2)) return { reason: 'group means without group sizes or a total n' };
  const smd = hedgesG({ mean: a.mean, sd: a.sd, n: sizes.n1 }, { mean: b.mean, sd: b.sd, n: sizes.n2 });
  const oriented = orient(smd.g, finding);
  const assumptions = ['Hedges g of the first group against the second (first = subject in the object group)'];
  if (sizes.assumption) assumptions.push(sizes.assumption);
  if (groups.length > 2) assumptions.push(`${groups.length} groups printed; the first two used`);
  if (oriented.assumption) assumptions.push(oriented.assumption);
  return { family: 'SMD', yi: oriented.value, vi: smd.variance, source: 'group summaries', assumptions };
}

/**
 * One study's several effects of one family on one question combined into one (Borenstein et al. 2009, ch. 24):
 * their mean, with variance (1/m²)(Σ v_j + Σ_{j≠l} ρ √(v_j v_l)) for an assumed correlation ρ between them. Picking
 * one effect instead (say the most precise) biases toward 0, since Var(g) grows with g².
 */
export function withinStudyComposite(effects: readonly EffectEstimate[], rho: number): EffectEstimate {
  const first = effects[0];
  if (!first) throw new RangeError('withinStudyComposite needs at least one effect');
  if (effects.length === 1) return first;
  if (effects.some((e) => e.family !== first.family || e.studySlug !== first.studySlug)) {
    throw new RangeError('withinStudyComposite combines effects of one study and one family');
  }
  const m = effects.length;
  const yi = effects.reduce((acc, e) => acc + e.yi, 0) / m;
  let variance = 0;
  for (let j = 0; j < m; j++) {
    for (let l = 0; l < m; l++) {
      const vj = (effects[j] as EffectEstimate).vi;
      const vl = (effects[l] as EffectEstimate).vi;
      variance += j === l ? vj : rho * Math.sqrt(vj * vl);
    }
  }
  const findingIds = effects.flatMap((e) => e.findingIds);
  return {
    findingId: first.findingId,
    findingIds,
    studySlug: first.studySlug,
    family: first.family,
    yi,
    vi: variance / (m * m),
    source: 'within-study composite',
    assumptions: [
      `mean of ${m} effects (${effects.map((e) => e.source).join(', ')}), correlation ${rho} assumed between them`,
      ...new Set(effects.flatMap((e) => e.assumptions)),
    ],
  };
}
