// Weights and thresholds of evidence synthesis. The defaults are data (data/evidence-weights.json), read once; a
// query's `weights` is a partial override merged onto them, and the merged object is reported as weightsUsed.
import { readFileSync } from 'node:fs';

export interface EvidenceWeights {
  version: number;
  /** Base weight of a study by evidence level; UNKNOWN when the page shows no level. */
  evidenceLevel: Record<string, number>;
  /** Multiplicative factor per method flag, keyed by normalized flag (see normalizeFlag); unlisted flags: 1. */
  methodFlags: Record<string, number>;
  /** Multiplicative factor per design; UNKNOWN when absent. */
  design: Record<string, number>;
  /** Factor for retracted studies (0 removes them from every sum). */
  retracted: number;
  finding: {
    /** Factor for a directed finding reported as not significant (a trend). */
    nonSignificantDirected: number;
    /** Factor for a null finding whose power against the reference effect is below thresholds.nullPowerTarget. */
    underpoweredNull: number;
  };
  sampleSize: {
    /** When true, a study with n participants gets factor clamp(sqrt(n / referenceN), floor, 1). */
    enabled: boolean;
    referenceN: number;
    floor: number;
  };
  thresholds: {
    /** Significance level used when only a p-value says whether a finding is significant. */
    alpha: number;
    /** Fewest studies with directional weight for a consensus other than INSUFFICIENT. */
    minStudies: number;
    /** Least total directional weight (up + down + none) for a consensus other than INSUFFICIENT. */
    minDirectionalWeight: number;
    /** Least share of directional weight the leading direction needs; below it the consensus is MIXED. */
    consensusAgreement: number;
    /** A direction's weight is "substantial" at ≥ this share of directional weight… */
    contradictionMinShare: number;
    /** …and at ≥ this absolute weight. */
    contradictionMinWeight: number;
    /** Reference effects a null result is judged against: Cohen's d between two groups, r for a correlation… */
    nullPowerReferenceD: number;
    nullPowerReferenceR: number;
    /** …and the power (two-sided, at alpha) from which the null is WELL_POWERED. */
    nullPowerTarget: number;
    /** Fewest studies of known value before a moderator may be said to explain the disagreement. */
    moderatorMinStudies: number;
    /** Fewest studies with a direction or null in a group for the group to enter the moderator measure. */
    moderatorMinGroupStudies: number;
    /** Pooled heterogeneity is substantial at I² ≥ this (percent) and Cochran's Q p-value < heterogeneityP. */
    heterogeneityI2: number;
    heterogeneityP: number;
    /** Least explained share for `explains: true`. */
    moderatorExplains: number;
  };
  pooling: {
    /** Fewest studies with comparable statistics of one effect family for a pooled estimate. */
    minStudies: number;
    confidenceLevel: number;
    /** Assumed correlation between several effects of one study in a within-study composite (Borenstein ch. 24). */
    withinStudyCorrelation: number;
    /** Largest effect taken as no meaningful difference: a pooled CI inside ±this (g, or r) gives NONE. */
    trivialSmd: number;
    trivialR: number;
  };
  certainty: {
    /** Fewer participants than this in a class is imprecise (GRADE's optimal information size rule of thumb). */
    minParticipants: number;
  };
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
export type EvidenceWeightsOverride = DeepPartial<EvidenceWeights>;

const DEFAULTS_URL = new URL('../../data/evidence-weights.json', import.meta.url);
let defaults: EvidenceWeights | undefined;

/** Method flags are tagged both as labels ("Small Sample") and as codes ("SMALL_SAMPLE"): one key for both. */
export function normalizeFlag(flag: string): string {
  return flag
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** The defaults from the data file (a fresh copy each call, so callers cannot alter the cached one). */
export function defaultEvidenceWeights(): EvidenceWeights {
  if (!defaults) {
    const raw = JSON.parse(readFileSync(DEFAULTS_URL, 'utf8')) as Record<string, unknown>;
    delete raw.$comment;
    defaults = validateWeights(normalizeFlagKeys(raw as unknown as EvidenceWeights), 'data/evidence-weights.json');
  }
  return structuredClone(defaults);
}

// Weights this module resolved (and validated): passed back in, as every pair of a request does, they are used as
// they are instead of being merged onto the defaults and validated again.
const resolved = new WeakSet<object>();

/** Defaults with `override` merged on: maps merge key by key, scalars replace. Throws RangeError on bad values. */
export function resolveEvidenceWeights(override?: EvidenceWeightsOverride | null): EvidenceWeights {
  if (override && resolved.has(override)) return override as EvidenceWeights;
  const base = defaultEvidenceWeights();
  const weights = override
    ? validateWeights(normalizeFlagKeys(mergeDeep(base, override) as EvidenceWeights), 'weights')
    : base;
  resolved.add(weights);
  return weights;
}

function normalizeFlagKeys(weights: EvidenceWeights): EvidenceWeights {
  const methodFlags: Record<string, number> = {};
  for (const [flag, factor] of Object.entries(weights.methodFlags ?? {})) methodFlags[normalizeFlag(flag)] = factor;
  return { ...weights, methodFlags };
}

function mergeDeep(base: unknown, override: unknown): unknown {
  if (override === undefined || override === null) return base;
  if (typeof override !== 'object' || Array.isArray(override)) return override;
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override as Record<string, unknown>)) {
    const current = result[key];
    result[key] = current && typeof current === 'object' && !Array.isArray(current) ? mergeDeep(current, value) : value;
  }
  return result;
}

function validateWeights(weights: EvidenceWeights, source: string): EvidenceWeights {
  const fail = (path: string, why: string): never => {
    throw new RangeError(`${source}: ${path} ${why}`);
  };
  const nonNegative = (path: string, value: unknown): void => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(path, 'must be a number ≥ 0');
  };
  const share = (path: string, value: unknown): void => {
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) fail(path, 'must be a number in [0, 1]');
  };
  for (const group of ['evidenceLevel', 'methodFlags', 'design'] as const) {
    for (const [key, value] of Object.entries(weights[group])) nonNegative(`${group}.${key}`, value);
  }
  if (weights.evidenceLevel.UNKNOWN === undefined) fail('evidenceLevel.UNKNOWN', 'is required');
  // A study without a badge must not outweigh one with the lowest badge.
  const badged = Object.entries(weights.evidenceLevel)
    .filter(([key]) => key !== 'UNKNOWN')
    .map(([, value]) => value);
  if (badged.length > 0 && (weights.evidenceLevel.UNKNOWN ?? 0) > Math.min(...badged)) {
    fail('evidenceLevel.UNKNOWN', `must not exceed the lowest badged level's weight (${Math.min(...badged)})`);
  }
  nonNegative('retracted', weights.retracted);
  share('finding.nonSignificantDirected', weights.finding.nonSignificantDirected);
  share('finding.underpoweredNull', weights.finding.underpoweredNull);
  if (typeof weights.sampleSize.enabled !== 'boolean') fail('sampleSize.enabled', 'must be true or false');
  if (!(weights.sampleSize.referenceN > 0)) fail('sampleSize.referenceN', 'must be > 0');
  share('sampleSize.floor', weights.sampleSize.floor);
  const t = weights.thresholds;
  if (!(t.alpha > 0 && t.alpha < 1)) fail('thresholds.alpha', 'must be in (0, 1)');
  nonNegative('thresholds.minStudies', t.minStudies);
  nonNegative('thresholds.minDirectionalWeight', t.minDirectionalWeight);
  if (!(t.consensusAgreement > 0.5 && t.consensusAgreement <= 1)) {
    fail('thresholds.consensusAgreement', 'must be in (0.5, 1] so that only one direction can lead');
  }
  share('thresholds.contradictionMinShare', t.contradictionMinShare);
  nonNegative('thresholds.contradictionMinWeight', t.contradictionMinWeight);
  if (!(t.nullPowerReferenceD > 0)) fail('thresholds.nullPowerReferenceD', 'must be > 0');
  if (!(t.nullPowerReferenceR > 0 && t.nullPowerReferenceR < 1))
    fail('thresholds.nullPowerReferenceR', 'must be in (0, 1)');
  if (!(t.nullPowerTarget > 0 && t.nullPowerTarget < 1)) fail('thresholds.nullPowerTarget', 'must be in (0, 1)');
  nonNegative('thresholds.moderatorMinStudies', t.moderatorMinStudies);
  if (!(Number.isInteger(t.moderatorMinGroupStudies) && t.moderatorMinGroupStudies >= 2)) {
    fail('thresholds.moderatorMinGroupStudies', 'must be an integer ≥ 2 (a moderator needs replication within groups)');
  }
  if (!(t.heterogeneityI2 >= 0 && t.heterogeneityI2 <= 100))
    fail('thresholds.heterogeneityI2', 'must be a percentage in [0, 100]');
  share('thresholds.heterogeneityP', t.heterogeneityP);
  share('thresholds.moderatorExplains', t.moderatorExplains);
  if (!(Number.isInteger(weights.pooling.minStudies) && weights.pooling.minStudies >= 2)) {
    fail('pooling.minStudies', 'must be an integer ≥ 2');
  }
  const level = weights.pooling.confidenceLevel;
  if (!(level > 0 && level < 1)) fail('pooling.confidenceLevel', 'must be in (0, 1)');
  const rho = weights.pooling.withinStudyCorrelation;
  if (!(rho >= 0 && rho <= 1)) fail('pooling.withinStudyCorrelation', 'must be in [0, 1]');
  nonNegative('pooling.trivialSmd', weights.pooling.trivialSmd);
  if (!(weights.pooling.trivialR >= 0 && weights.pooling.trivialR < 1)) fail('pooling.trivialR', 'must be in [0, 1)');
  nonNegative('certainty.minParticipants', weights.certainty.minParticipants);
  return weights;
}
