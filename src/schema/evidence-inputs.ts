// Inputs shared by `evidence`, `evidenceMatrix` and `neighborhood`: EvidenceFilter (which studies and findings
// enter) and EvidenceWeights (a partial override of data/evidence-weights.json), with their conversion to the
// Cypher parameter and to the override the synthesis core expects. Bad values are BAD_USER_INPUT errors.
import { builder } from '../builder.ts';
import { badInput } from '../errors.ts';
import {
  resolveEvidenceWeights,
  twoGroupTotalNFor,
  type EvidenceFilterParams,
  type EvidenceWeights,
  type EvidenceWeightsOverride,
} from '../evidence/index.ts';
import { CONFIDENCES, STUDY_DESIGNS } from '../ingest/record.ts';
import { ConfidenceEnum, EvidenceLevelEnum, PemCriterionEnum, StudyDesignEnum } from './enums.ts';

/** A bounded count argument: the default when absent, BAD_USER_INPUT outside [min, max]. */
export function bounded(
  value: number | null | undefined,
  argument: string,
  fallback: number,
  max: number,
  min = 1,
): number {
  if (value === null || value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`"${argument}" must be between ${min} and ${max}, got ${value}`, argument);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------------------------
// EvidenceFilter

export const EvidenceFilter = builder.inputType('EvidenceFilter', {
  description:
    'Which studies (and findings) evidence is drawn from. Every condition must hold; a study without the property ' +
    'asked about (no evidence-level badge, no year…) does not match a condition on it.',
  fields: (t) => ({
    evidenceLevels: t.field({
      type: [EvidenceLevelEnum],
      required: false,
      description: 'Studies of these evidence levels.',
    }),
    pemCriteria: t.field({
      type: [PemCriterionEnum],
      required: false,
      description: 'Studies with these PEM criteria.',
    }),
    designs: t.field({ type: [StudyDesignEnum], required: false, description: 'Studies of these designs.' }),
    yearFrom: t.int({ required: false, description: 'Studies published in or after this year.' }),
    yearTo: t.int({ required: false, description: 'Studies published in or before this year.' }),
    excludeRetracted: t.boolean({
      required: false,
      defaultValue: true,
      description: 'Leave retracted studies out (default). With false they are listed and counted but weigh 0.',
    }),
    significantOnly: t.boolean({
      required: false,
      defaultValue: false,
      description:
        'Only findings reported as statistically significant (significant = true). This drops null results and ' +
        'findings printed without statistics, so consensus can no longer be NONE or contradicted by a null.',
    }),
    minConfidence: t.field({
      type: ConfidenceEnum,
      required: false,
      description: 'Studies whose atlas confidence is at least this (PRELIMINARY < MODERATE < HIGHER).',
    }),
  }),
});

export interface EvidenceFilterArg {
  evidenceLevels?: readonly string[] | null;
  pemCriteria?: readonly string[] | null;
  designs?: readonly string[] | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  excludeRetracted?: boolean | null;
  significantOnly?: boolean | null;
  minConfidence?: string | null;
}

/** The `$filter` map every evidence statement reads (see the predicate in cypher/evidence/pairs.cypher). */
export type { EvidenceFilterParams } from '../evidence/index.ts';

/** Confidence levels from weakest to strongest. */
const CONFIDENCE_ORDER: readonly string[] = ['PRELIMINARY', 'MODERATE', 'HIGHER'];

export function filterParams(filter: EvidenceFilterArg | null | undefined): EvidenceFilterParams {
  const f = filter ?? {};
  if (f.yearFrom != null && f.yearTo != null && f.yearFrom > f.yearTo) {
    throw badInput(`filter: yearFrom (${f.yearFrom}) is after yearTo (${f.yearTo})`, 'filter');
  }
  let confidences: string[] | null = null;
  if (f.minConfidence != null) {
    const rank = CONFIDENCE_ORDER.indexOf(f.minConfidence);
    confidences = CONFIDENCE_ORDER.slice(rank).filter((c) => (CONFIDENCES as readonly string[]).includes(c));
  }
  return {
    evidenceLevels: f.evidenceLevels ? [...f.evidenceLevels] : null,
    pemCriteria: f.pemCriteria ? [...f.pemCriteria] : null,
    designs: f.designs ? [...f.designs] : null,
    yearFrom: f.yearFrom ?? null,
    yearTo: f.yearTo ?? null,
    excludeRetracted: f.excludeRetracted ?? true,
    significantOnly: f.significantOnly ?? false,
    confidences,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// EvidenceWeights (input) and EvidenceWeightsUsed (output)

const LEVEL_KEYS = ['E0', 'E1', 'E2', 'E3', 'UNKNOWN'] as const;
const DESIGN_KEYS = [...STUDY_DESIGNS, 'UNKNOWN'] as const;

const EvidenceLevelWeightsInput = builder.inputType('EvidenceLevelWeightsInput', {
  description: 'Base study weight per evidence level; UNKNOWN for studies without a level badge.',
  fields: (t) => Object.fromEntries(LEVEL_KEYS.map((key) => [key, t.float({ required: false })])),
});

const DesignWeightsInput = builder.inputType('DesignWeightsInput', {
  description: 'Factor per study design; UNKNOWN for studies without one.',
  fields: (t) => Object.fromEntries(DESIGN_KEYS.map((key) => [key, t.float({ required: false })])),
});

const MethodFlagFactorInput = builder.inputType('MethodFlagFactorInput', {
  description: 'A method flag\'s factor. The flag matches however the page spells it ("Small Sample", "SMALL_SAMPLE").',
  fields: (t) => ({ flag: t.string({ required: true }), factor: t.float({ required: true }) }),
});

const FindingWeightsInput = builder.inputType('FindingWeightsInput', {
  fields: (t) => ({
    nonSignificantDirected: t.float({
      required: false,
      description: 'Factor for a directed finding known not significant.',
    }),
    underpoweredNull: t.float({ required: false, description: 'Factor for a null result of an underpowered study.' }),
  }),
});

const SampleSizeWeightingInput = builder.inputType('SampleSizeWeightingInput', {
  fields: (t) => ({
    enabled: t.boolean({ required: false }),
    referenceN: t.float({ required: false }),
    floor: t.float({ required: false }),
  }),
});

const EvidenceThresholdsInput = builder.inputType('EvidenceThresholdsInput', {
  fields: (t) => ({
    alpha: t.float({ required: false }),
    minStudies: t.int({ required: false }),
    minDirectionalWeight: t.float({ required: false }),
    consensusAgreement: t.float({ required: false }),
    contradictionMinShare: t.float({ required: false }),
    contradictionMinWeight: t.float({ required: false }),
    wellPoweredNullN: t.int({
      required: false,
      deprecationReason:
        'A null is judged by its power against nullPowerReferenceD / nullPowerReferenceR; giving this is an error.',
    }),
    nullPowerReferenceD: t.float({
      required: false,
      description: "Reference Cohen's d a two-group null is judged against (default 0.5).",
    }),
    nullPowerReferenceR: t.float({
      required: false,
      description: 'Reference r a correlation null is judged against (default 0.3).',
    }),
    nullPowerTarget: t.float({
      required: false,
      description: 'Power (two-sided, at alpha) from which a null is WELL_POWERED (default 0.8).',
    }),
    moderatorMinStudies: t.int({ required: false }),
    moderatorMinGroupStudies: t.int({
      required: false,
      description: 'Studies a moderator group needs to enter the measure (≥ 2).',
    }),
    moderatorExplains: t.float({ required: false }),
    heterogeneityI2: t.float({
      required: false,
      description: 'Pooled heterogeneity is substantial from this I² (percent)…',
    }),
    heterogeneityP: t.float({ required: false, description: "…with Cochran's Q p-value below this." }),
  }),
});

const PoolingSettingsInput = builder.inputType('PoolingSettingsInput', {
  fields: (t) => ({
    minStudies: t.int({ required: false }),
    confidenceLevel: t.float({ required: false }),
    withinStudyCorrelation: t.float({
      required: false,
      description: 'Correlation assumed between effects of one study in its composite.',
    }),
    trivialSmd: t.float({ required: false, description: 'Largest |g| taken as no meaningful difference.' }),
    trivialR: t.float({ required: false, description: 'Largest |r| taken as no meaningful correlation.' }),
  }),
});

const CertaintySettingsInput = builder.inputType('CertaintySettingsInput', {
  fields: (t) => ({
    minParticipants: t.int({
      required: false,
      description: 'Fewer participants in a class is rated down for imprecision.',
    }),
  }),
});

export const EvidenceWeightsInput = builder.inputType('EvidenceWeights', {
  description:
    'A partial override of the default weights and thresholds (data/evidence-weights.json, docs/evidence.md): ' +
    'maps merge key by key, numbers replace. The merged result comes back as weightsUsed.',
  fields: (t) => ({
    evidenceLevel: t.field({ type: EvidenceLevelWeightsInput, required: false }),
    methodFlags: t.field({ type: [MethodFlagFactorInput], required: false }),
    design: t.field({ type: DesignWeightsInput, required: false }),
    retracted: t.float({ required: false, description: 'Factor for retracted studies (default 0).' }),
    finding: t.field({ type: FindingWeightsInput, required: false }),
    sampleSize: t.field({ type: SampleSizeWeightingInput, required: false }),
    thresholds: t.field({ type: EvidenceThresholdsInput, required: false }),
    pooling: t.field({ type: PoolingSettingsInput, required: false }),
    certainty: t.field({ type: CertaintySettingsInput, required: false }),
  }),
});

/** GraphQL gives explicit nulls for fields sent as null: drop them, so they mean "keep the default". */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, inner]) => inner !== null && inner !== undefined)
        .map(([key, inner]) => [key, withoutNulls(inner)]),
    );
  }
  return value;
}

/** The GraphQL `weights` argument as the core's override (method flags as a map), or null. */
export function weightsOverride(weights: Record<string, unknown> | null | undefined): EvidenceWeightsOverride | null {
  if (!weights) return null;
  const clean = withoutNulls(weights) as Record<string, unknown>;
  if ((clean.thresholds as Record<string, unknown> | undefined)?.wellPoweredNullN !== undefined) {
    throw new RangeError(
      'weights: thresholds.wellPoweredNullN is no longer used: a null is judged by its power against nullPowerReferenceD (two groups) or nullPowerReferenceR (correlation), at nullPowerTarget',
    );
  }
  const flags = clean.methodFlags as { flag: string; factor: number }[] | undefined;
  if (flags) clean.methodFlags = Object.fromEntries(flags.map(({ flag, factor }) => [flag, factor]));
  return clean as EvidenceWeightsOverride;
}

/** Merge the override onto the defaults once per request; invalid values become BAD_USER_INPUT. */
export function resolveWeightsArg(weights: Record<string, unknown> | null | undefined): EvidenceWeights {
  try {
    return resolveEvidenceWeights(weightsOverride(weights));
  } catch (error) {
    if (error instanceof RangeError) throw badInput(error.message, 'weights');
    throw error;
  }
}

const EvidenceLevelWeights = builder.objectRef<Record<string, number>>('EvidenceLevelWeights').implement({
  fields: (t) =>
    Object.fromEntries(LEVEL_KEYS.map((key) => [key, t.float({ nullable: true, resolve: (w) => w[key] ?? null })])),
});

const DesignWeights = builder.objectRef<Record<string, number>>('DesignWeights').implement({
  fields: (t) =>
    Object.fromEntries(DESIGN_KEYS.map((key) => [key, t.float({ nullable: true, resolve: (w) => w[key] ?? null })])),
});

const MethodFlagFactor = builder.objectRef<{ flag: string; factor: number }>('MethodFlagFactor').implement({
  description: 'A method flag (normalized: SMALL_SAMPLE) and its factor; unlisted flags have factor 1.',
  fields: (t) => ({ flag: t.exposeString('flag'), factor: t.exposeFloat('factor') }),
});

const FindingWeights = builder.objectRef<EvidenceWeights['finding']>('FindingWeights').implement({
  fields: (t) => ({
    nonSignificantDirected: t.exposeFloat('nonSignificantDirected'),
    underpoweredNull: t.exposeFloat('underpoweredNull'),
  }),
});

const SampleSizeWeighting = builder.objectRef<EvidenceWeights['sampleSize']>('SampleSizeWeighting').implement({
  fields: (t) => ({
    enabled: t.exposeBoolean('enabled'),
    referenceN: t.exposeFloat('referenceN'),
    floor: t.exposeFloat('floor'),
  }),
});

const EvidenceThresholds = builder.objectRef<EvidenceWeights['thresholds']>('EvidenceThresholds').implement({
  fields: (t) => ({
    alpha: t.exposeFloat('alpha'),
    minStudies: t.exposeInt('minStudies'),
    minDirectionalWeight: t.exposeFloat('minDirectionalWeight'),
    consensusAgreement: t.exposeFloat('consensusAgreement'),
    contradictionMinShare: t.exposeFloat('contradictionMinShare'),
    contradictionMinWeight: t.exposeFloat('contradictionMinWeight'),
    wellPoweredNullN: t.int({
      description:
        'The total n (two equal groups) at which a two-group null reaches nullPowerTarget for nullPowerReferenceD.',
      deprecationReason: "Derived from nullPowerReferenceD, alpha and nullPowerTarget, which decide a null's power.",
      resolve: (th) => twoGroupTotalNFor(th.nullPowerReferenceD, th.alpha, th.nullPowerTarget),
    }),
    nullPowerReferenceD: t.exposeFloat('nullPowerReferenceD'),
    nullPowerReferenceR: t.exposeFloat('nullPowerReferenceR'),
    nullPowerTarget: t.exposeFloat('nullPowerTarget'),
    moderatorMinStudies: t.exposeInt('moderatorMinStudies'),
    moderatorMinGroupStudies: t.exposeInt('moderatorMinGroupStudies'),
    moderatorExplains: t.exposeFloat('moderatorExplains'),
    heterogeneityI2: t.exposeFloat('heterogeneityI2'),
    heterogeneityP: t.exposeFloat('heterogeneityP'),
  }),
});

const PoolingSettings = builder.objectRef<EvidenceWeights['pooling']>('PoolingSettings').implement({
  fields: (t) => ({
    minStudies: t.exposeInt('minStudies'),
    confidenceLevel: t.exposeFloat('confidenceLevel'),
    withinStudyCorrelation: t.exposeFloat('withinStudyCorrelation'),
    trivialSmd: t.exposeFloat('trivialSmd'),
    trivialR: t.exposeFloat('trivialR'),
  }),
});

const CertaintySettings = builder.objectRef<EvidenceWeights['certainty']>('CertaintySettings').implement({
  fields: (t) => ({ minParticipants: t.exposeInt('minParticipants') }),
});

export const EvidenceWeightsUsed = builder.objectRef<EvidenceWeights>('EvidenceWeightsUsed').implement({
  description:
    'The complete weights and thresholds a synthesis used: the defaults with the `weights` override merged on.',
  fields: (t) => ({
    version: t.exposeInt('version'),
    evidenceLevel: t.field({ type: EvidenceLevelWeights, resolve: (w) => w.evidenceLevel }),
    methodFlags: t.field({
      type: [MethodFlagFactor],
      resolve: (w) =>
        Object.entries(w.methodFlags)
          .map(([flag, factor]) => ({ flag, factor }))
          .sort((a, b) => (a.flag < b.flag ? -1 : a.flag > b.flag ? 1 : 0)),
    }),
    design: t.field({ type: DesignWeights, resolve: (w) => w.design }),
    retracted: t.exposeFloat('retracted'),
    finding: t.field({ type: FindingWeights, resolve: (w) => w.finding }),
    sampleSize: t.field({ type: SampleSizeWeighting, resolve: (w) => w.sampleSize }),
    thresholds: t.field({ type: EvidenceThresholds, resolve: (w) => w.thresholds }),
    pooling: t.field({ type: PoolingSettings, resolve: (w) => w.pooling }),
    certainty: t.field({ type: CertaintySettings, resolve: (w) => w.certainty }),
    json: t.field({
      type: 'JSON',
      description: 'The same, as the JSON of data/evidence-weights.json.',
      resolve: (w) => w,
    }),
  }),
});
