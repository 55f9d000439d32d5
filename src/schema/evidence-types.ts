// The object types of a pair's synthesis (docs/evidence.md): the enums, counts, weights, studies, moderators,
// effect estimates, the pooled estimate, comparator classes and certainty. PairEvidence (src/schema/pair-evidence.ts),
// ClassEvidence and EvidenceMatrix are built from them.
import type {
  Certainty,
  CertaintyDowngrade,
  ComparatorClass,
  ComparatorSynthesis,
  EffectEstimate,
  FindingWeight,
  ModeratorAnalysis,
  ModeratorGroup,
  PooledEstimate,
  RelationCounts,
  StudyContribution,
  WeightedSupport,
  WeightFactor,
} from '../evidence/index.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { RELATIONS, type Relation } from '../ingest/record.ts';
import { RelationEnum } from './enums.ts';
import { ConfidenceInterval } from './finding.ts';
import type { FindingNode } from './projection.ts';
import { Finding, Study } from './refs.ts';
import './json-scalar.ts';

// ---------------------------------------------------------------------------------------------------------------
// Enums

export const ConsensusEnum = builder.enumType('Consensus', {
  description:
    'Which way the weighted evidence on a pair points (docs/evidence.md §3): UP (subject higher in / rising with ' +
    'the object), DOWN, NONE (no difference), MIXED (no direction holds the agreement threshold), INSUFFICIENT.',
  values: ['UP', 'DOWN', 'NONE', 'MIXED', 'INSUFFICIENT'] as const,
});

export const EvidenceDirectionEnum = builder.enumType('EvidenceDirection', {
  description: 'What one finding says about the direction of a link: UP, DOWN, NONE (a null result) or UNDIRECTED.',
  values: ['UP', 'DOWN', 'NONE', 'UNDIRECTED'] as const,
});

export const NullPowerEnum = builder.enumType('NullPower', {
  description:
    "Power of a study's null result against the reference effect (d 0.5, r 0.3 by default): WELL_POWERED (≥ " +
    'nullPowerTarget), UNDERPOWERED (below it, or flagged Small Sample), or UNKNOWN (no n).',
  values: ['WELL_POWERED', 'UNDERPOWERED', 'UNKNOWN'] as const,
});

export const ContradictionKindEnum = builder.enumType('ContradictionKind', {
  description:
    'UP_VS_DOWN: studies point both ways (POOLED: study CIs above and below 0 with substantial heterogeneity; VOTES: ' +
    'both directions substantial). DIRECTION_VS_NULL: a direction against a null (POOLED: a study CI excluding 0 and ' +
    'one including it, with substantial heterogeneity; VOTES: a direction and a credible null both substantial).',
  values: ['UP_VS_DOWN', 'DIRECTION_VS_NULL'] as const,
});

export const ComparatorKindEnum = builder.enumType('ComparatorKind', {
  description:
    'Which question a finding answers (docs/evidence.md §1b): against HEALTHY_CONTROLS, an UNSTATED comparator, ' +
    'DISEASE_CONTROLS (named), TIME_POINT (the same people measured again), TREATMENT_ARM. Never counted or pooled together.',
  values: ['HEALTHY_CONTROLS', 'UNSTATED', 'DISEASE_CONTROLS', 'TIME_POINT', 'TREATMENT_ARM'] as const,
});

export const SynthesisMethodEnum = builder.enumType('SynthesisMethod', {
  description:
    'POOLED: the pooled estimate decided consensus and contradiction; VOTES: weighted vote counting did (fewer than 2 studies with comparable statistics).',
  values: ['POOLED', 'VOTES'] as const,
});

export const CertaintyLevelEnum = builder.enumType('CertaintyLevel', {
  description: 'GRADE-style certainty of the answer (docs/evidence.md §7).',
  values: ['HIGH', 'MODERATE', 'LOW', 'VERY_LOW'] as const,
});

export const CertaintyDomainEnum = builder.enumType('CertaintyDomain', {
  values: ['RISK_OF_BIAS', 'INCONSISTENCY', 'IMPRECISION', 'INDIRECTNESS'] as const,
});

export const SummaryCiMethodEnum = builder.enumType('SummaryCiMethod', {
  description: 'HKSJ: Hartung–Knapp–Sidik–Jonkman on t with k − 1 df (k ≥ 3). WALD: normal interval (k = 2).',
  values: ['HKSJ', 'WALD'] as const,
});

export const ModeratorPropertyEnum = builder.enumType('ModeratorProperty', {
  values: {
    PEM_CRITERION: { value: 'pemCriterion' },
    DESIGN: { value: 'design' },
    EVIDENCE_LEVEL: { value: 'evidenceLevel' },
  } as const,
});

export const EffectFamilyEnum = builder.enumType('EffectFamily', {
  description: 'SMD: standardized mean differences (Hedges g). CORRELATION: r, pooled on Fisher z.',
  values: ['SMD', 'CORRELATION'] as const,
});

// ---------------------------------------------------------------------------------------------------------------
// Shared object types

export const WeightedSupportType = builder.objectRef<WeightedSupport>('WeightedSupport').implement({
  description: "Sum of the studies' weighted votes per direction (one study, one vote).",
  fields: (t) => ({
    up: t.exposeFloat('up'),
    down: t.exposeFloat('down'),
    none: t.exposeFloat('none'),
    undirected: t.exposeFloat('undirected', { description: 'Links without a direction; never enters consensus.' }),
  }),
});

export const camel = (relation: string) =>
  relation.toLowerCase().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

export const RelationCountsType = builder.objectRef<Record<Relation, number>>('RelationCounts').implement({
  description: 'Findings per relation (0 when absent).',
  fields: (t) =>
    Object.fromEntries(
      RELATIONS.map((relation) => [camel(relation), t.int({ resolve: (counts) => counts[relation] ?? 0 })]),
    ),
});

export const SignCountsType = builder.objectRef<RelationCounts['correlationBySign']>('SignCounts').implement({
  description: 'CORRELATES_WITH findings per sign (no sign counts as UNSPECIFIED).',
  fields: (t) => ({
    positive: t.int({ resolve: (c) => c.POSITIVE }),
    negative: t.int({ resolve: (c) => c.NEGATIVE }),
    unspecified: t.int({ resolve: (c) => c.UNSPECIFIED }),
  }),
});

export const DirectionCountsType = builder.objectRef<RelationCounts['byDirection']>('DirectionCounts').implement({
  description: 'Findings per direction.',
  fields: (t) => ({
    up: t.int({ resolve: (c) => c.UP }),
    down: t.int({ resolve: (c) => c.DOWN }),
    none: t.int({ resolve: (c) => c.NONE }),
    undirected: t.int({ resolve: (c) => c.UNDIRECTED }),
  }),
});

export const RelationCountType = builder.objectRef<{ relation: Relation; count: number }>('RelationCount').implement({
  fields: (t) => ({
    relation: t.field({ type: RelationEnum, resolve: (c) => c.relation }),
    count: t.exposeInt('count'),
  }),
});

export const EvidenceCountsType = builder.objectRef<RelationCounts>('EvidenceCounts').implement({
  description: 'Finding counts of a pair (findings, not studies).',
  fields: (t) => ({
    byRelation: t.field({ type: RelationCountsType, resolve: (c) => c.byRelation }),
    correlationBySign: t.field({ type: SignCountsType, resolve: (c) => c.correlationBySign }),
    byDirection: t.field({ type: DirectionCountsType, resolve: (c) => c.byDirection }),
    relations: t.field({
      type: [RelationCountType],
      description: 'The relations present, as a list (most findings first).',
      resolve: (c) =>
        RELATIONS.map((relation) => ({ relation, count: c.byRelation[relation] ?? 0 }))
          .filter((r) => r.count > 0)
          .sort((a, b) => b.count - a.count),
    }),
  }),
});

export const WeightFactorType = builder.objectRef<WeightFactor>('WeightFactor').implement({
  description: 'One named multiplicative factor of a weight ("evidence level E2", "method flag SMALL_SAMPLE").',
  fields: (t) => ({ reason: t.exposeString('reason'), factor: t.exposeFloat('factor') }),
});

export type FindingWeightParent = FindingWeight & { node: FindingNode | undefined };

export const FindingWeightType = builder.objectRef<FindingWeightParent>('FindingWeight').implement({
  description: "One finding's weight within its study.",
  fields: (t) => ({
    finding: t.field({ type: Finding, nullable: true, resolve: (w) => w.node ?? null }),
    direction: t.field({ type: EvidenceDirectionEnum, resolve: (w) => w.direction }),
    weight: t.exposeFloat('weight'),
    factors: t.field({ type: [WeightFactorType], resolve: (w) => w.factors }),
    significant: t.boolean({ nullable: true, resolve: (w) => w.significant }),
    sampleSize: t.int({ nullable: true, resolve: (w) => w.sampleSize }),
  }),
});

export type StudyParent = StudyContribution & { nodes: Map<string, FindingNode> };

export const EvidenceStudyType = builder.objectRef<StudyParent>('EvidenceStudy').implement({
  description: "How one study speaks on the pair: its weight, its findings' weights and its vote.",
  fields: (t) => ({
    study: t.field({ type: Study, resolve: (s) => s.studySlug }),
    slug: t.exposeString('studySlug'),
    studyWeight: t.exposeFloat('studyWeight'),
    studyFactors: t.field({ type: [WeightFactorType], resolve: (s) => s.studyFactors }),
    findings: t.field({
      type: [FindingWeightType],
      resolve: (s) => s.findings.map((f) => ({ ...f, node: s.nodes.get(f.findingId) })),
    }),
    support: t.field({ type: WeightedSupportType, resolve: (s) => s.support }),
    weight: t.exposeFloat('weight', { description: "The study's total vote." }),
    nullPower: t.field({ type: NullPowerEnum, nullable: true, resolve: (s) => s.nullPower }),
    comparator: t.field({
      type: ComparatorType,
      description: 'The comparator class this entry is about.',
      resolve: (s) => s.comparator,
    }),
    secondary: t.exposeBoolean('secondary', { description: 'A review, meta-analysis or guideline.' }),
    counted: t.exposeBoolean('counted', {
      description: 'false: secondary evidence set aside because the pair has primary studies.',
    }),
  }),
});

export const ModeratorGroupType = builder.objectRef<ModeratorGroup>('ModeratorGroup').implement({
  fields: (t) => ({
    value: t.exposeString('value', { description: "The property's value, or UNKNOWN." }),
    studyCount: t.int({ resolve: (g) => g.studySlugs.length }),
    studySlugs: t.exposeStringList('studySlugs'),
    findingIds: t.exposeStringList('findingIds'),
    consensus: t.field({
      type: ConsensusEnum,
      description: "The group's leading direction (no sufficiency threshold), MIXED or INSUFFICIENT.",
      resolve: (g) => g.direction,
    }),
    agreement: t.float({ nullable: true, resolve: (g) => g.agreement }),
    weightedSupport: t.field({ type: WeightedSupportType, resolve: (g) => g.weightedSupport }),
    replicated: t.exposeBoolean('replicated', {
      description: 'Enough studies to enter the measure (moderatorMinGroupStudies).',
    }),
  }),
});

export const ModeratorType = builder.objectRef<ModeratorAnalysis>('Moderator').implement({
  description: 'The pair split by one study property: does the disagreement line up with it? (docs/evidence.md §5)',
  fields: (t) => ({
    property: t.field({ type: ModeratorPropertyEnum, resolve: (m) => m.property }),
    explains: t.exposeBoolean('explains'),
    explainedShare: t.float({
      nullable: true,
      description: 'Share of directional Gini impurity the split removes (0–1); null when there is nothing to explain.',
      resolve: (m) => m.explainedShare,
    }),
    unknownStudyCount: t.exposeInt('unknownStudyCount'),
    note: t.exposeString('note'),
    groups: t.field({ type: [ModeratorGroupType], resolve: (m) => m.groups }),
  }),
});

/** Finding nodes by id, loaded on first use (on the materialized path the findings are read only when asked for). */
export type FindingNodes = (context: Context) => Promise<Map<string, FindingNode>>;

export type EffectParent = EffectEstimate & { nodes: FindingNodes };

export const EffectEstimateType = builder.objectRef<EffectParent>('EffectEstimate').implement({
  description:
    "One study's comparable statistic on the analysis scale (Hedges g, or Fisher z), positive = UP: its one effect, or " +
    'the within-study composite of several.',
  fields: (t) => ({
    finding: t.field({
      type: Finding,
      nullable: true,
      description: 'The first finding behind the statistic.',
      resolve: async (e, _args, context) => (await e.nodes(context)).get(e.findingId) ?? null,
    }),
    findings: t.field({
      type: [Finding],
      description: 'Every finding behind the statistic.',
      resolve: async (e, _args, context) => {
        const nodes = await e.nodes(context);
        return e.findingIds.flatMap((id) => nodes.get(id) ?? []);
      },
    }),
    findingIds: t.exposeStringList('findingIds'),
    studySlug: t.exposeString('studySlug'),
    family: t.field({ type: EffectFamilyEnum, resolve: (e) => e.family }),
    yi: t.exposeFloat('yi'),
    vi: t.exposeFloat('vi'),
    source: t.exposeString('source'),
    assumptions: t.exposeStringList('assumptions'),
  }),
});

export type PooledParent = PooledEstimate & { nodes: FindingNodes };

export const interval = (range: [number, number]) => ({ low: range[0], high: range[1] });

export const PooledEstimateType = builder.objectRef<PooledParent>('PooledEstimate').implement({
  description:
    'Random-effects estimate over the studies with comparable statistics (docs/evidence.md §6): τ² by REML with a ' +
    'Q-profile CI, the summary CI by Hartung–Knapp–Sidik–Jonkman (k ≥ 3) or Wald (k = 2), a prediction interval for k ≥ 3.',
  fields: (t) => ({
    method: t.exposeString('method', {
      description: '"REML random effects" (or "DL random effects" if REML did not converge).',
    }),
    family: t.field({ type: EffectFamilyEnum, resolve: (p) => p.family }),
    effectType: t.exposeString('effectType', { description: '"Hedges g" or "r".' }),
    estimate: t.exposeFloat('estimate'),
    ci: t.field({ type: ConfidenceInterval, resolve: (p) => interval(p.ci) }),
    ciMethod: t.field({ type: SummaryCiMethodEnum, resolve: (p) => p.ciMethod }),
    ciDf: t.int({
      nullable: true,
      description: 'Degrees of freedom of the t the CI uses (k − 1); null for Wald.',
      resolve: (p) => p.ciDf,
    }),
    predictionInterval: t.field({
      type: ConfidenceInterval,
      nullable: true,
      description: 'Where the effect of a new study is expected: t with k − 2 df; null for k < 3.',
      resolve: (p) => (p.predictionInterval ? interval(p.predictionInterval) : null),
    }),
    confidenceLevel: t.exposeFloat('confidenceLevel'),
    se: t.exposeFloat('se', { description: 'Standard error the CI uses (analysis scale).' }),
    seWald: t.exposeFloat('seWald', { description: 'Model standard error (analysis scale).' }),
    tau2: t.exposeFloat('tau2'),
    tau2Method: t.exposeString('tau2Method', { description: '"REML", or "DL" when REML did not converge.' }),
    tau2Ci: t.field({
      type: ConfidenceInterval,
      description: 'Q-profile CI of τ².',
      resolve: (p) => interval(p.tau2Ci),
    }),
    i2: t.exposeFloat('i2', { description: 'Percent (0–100), from τ².' }),
    q: t.exposeFloat('q'),
    df: t.exposeInt('df'),
    qPValue: t.exposeFloat('qPValue'),
    k: t.exposeInt('k'),
    note: t.exposeString('note'),
    studies: t.field({
      type: [EffectEstimateType],
      resolve: (p) => p.studies.map((s) => ({ ...s, nodes: p.nodes })),
    }),
  }),
});

export const ComparatorType = builder.objectRef<ComparatorClass>('Comparator').implement({
  description: 'A comparator class: findings of one class answer one question.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'The kind, or DISEASE_CONTROLS:<name in lower case>.' }),
    kind: t.field({ type: ComparatorKindEnum, resolve: (c) => c.kind }),
    name: t.string({ nullable: true, description: 'The disease comparator as printed.', resolve: (c) => c.name }),
  }),
});

export const CertaintyDowngradeType = builder.objectRef<CertaintyDowngrade>('CertaintyDowngrade').implement({
  fields: (t) => ({
    domain: t.field({ type: CertaintyDomainEnum, resolve: (d) => d.domain }),
    levels: t.exposeInt('levels'),
    reasons: t.exposeStringList('reasons'),
  }),
});

export const CertaintyType = builder.objectRef<Certainty>('Certainty').implement({
  description: 'GRADE-style certainty: HIGH rated down per domain with its reasons (docs/evidence.md §7).',
  fields: (t) => ({
    level: t.field({ type: CertaintyLevelEnum, resolve: (c) => c.level }),
    downgrades: t.field({ type: [CertaintyDowngradeType], resolve: (c) => c.downgrades }),
    reasons: t.stringList({
      description: 'Every downgrade reason, domain first.',
      resolve: (c) => c.downgrades.flatMap((d) => d.reasons.map((r) => `${d.domain}: ${r}`)),
    }),
    note: t.exposeString('note'),
  }),
});

export type ComparatorParent = ComparatorSynthesis & { nodes: FindingNodes };

export const ComparatorEvidenceType = builder.objectRef<ComparatorParent>('ComparatorEvidence').implement({
  description: 'The synthesis of one comparator class of a pair: the same fields as PairEvidence, for this class only.',
  fields: (t) => ({
    comparator: t.field({ type: ComparatorType, resolve: (c) => c.comparator }),
    labels: t.exposeStringList('labels', { description: "Comparators as printed in the class's findings." }),
    studyCount: t.exposeInt('studyCount'),
    studySlugs: t.exposeStringList('studySlugs'),
    consensus: t.field({ type: ConsensusEnum, resolve: (c) => c.consensus }),
    consensusReason: t.exposeString('consensusReason'),
    method: t.field({ type: SynthesisMethodEnum, resolve: (c) => c.method }),
    agreement: t.float({ nullable: true, resolve: (c) => c.agreement }),
    weightedSupport: t.field({ type: WeightedSupportType, resolve: (c) => c.weightedSupport }),
    contradictory: t.exposeBoolean('contradictory'),
    contradictions: t.field({ type: [ContradictionKindEnum], resolve: (c) => c.contradictions }),
    moderators: t.field({ type: [ModeratorType], resolve: (c) => c.moderators }),
    pooled: t.field({
      type: PooledEstimateType,
      nullable: true,
      resolve: (c) => (c.pooled ? { ...c.pooled, nodes: c.nodes } : null),
    }),
    pooledUnavailableReason: t.string({ nullable: true, resolve: (c) => c.pooledUnavailableReason }),
    certainty: t.field({ type: CertaintyType, resolve: (c) => c.certainty }),
  }),
});
