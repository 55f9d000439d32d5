// Cross-study evidence (SPEC §4): `evidence` answers PairEvidence for every subject–object pair around one entity,
// `evidenceMatrix` the subjects × objects cells of a heatmap. One Cypher round trip each fetches the findings with
// their studies' properties (filtered in Cypher); src/evidence synthesizes them (docs/evidence.md). Under the default
// filter and weights, `evidence` reads the pairs' summaries from the materialized view instead (PairEvidence nodes,
// src/ingest/pair-votes.ts) and fetches findings only for the fields that need them.
import {
  buildMatrix,
  isDefaultFilter,
  pairKey,
  pairViewVersion,
  storedEvidenceInput,
  summarizeVotes,
  synthesizePair,
} from '../evidence/index.ts';
import type {
  Certainty,
  CertaintyDowngrade,
  ComparatorClass,
  ComparatorSynthesis,
  EffectEstimate,
  EvidenceFindingInput,
  EvidenceWeights,
  FindingWeight,
  ModeratorAnalysis,
  ModeratorGroup,
  PairSummary,
  PairSynthesis,
  PooledEstimate,
  StudyVote,
  RelationCounts,
  StoredEvidenceRow,
  StudyContribution,
  WeightedSupport,
  WeightFactor,
} from '../evidence/index.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { RELATIONS, type Relation } from '../ingest/record.ts';
import { FindingRoleEnum } from './entity.ts';
import { RelationEnum } from './enums.ts';
import { badInput, notFound } from '../errors.ts';
import {
  bounded,
  EvidenceFilter,
  EvidenceWeightsInput,
  EvidenceWeightsUsed,
  filterParams,
  type EvidenceFilterParams,
  resolveWeightsArg,
} from './evidence-inputs.ts';
import { ConfidenceInterval } from './finding.ts';
import { pairFindingsLoader } from './loaders.ts';
import type { EntityNode, FindingNode } from './projection.ts';
import { Entity, Finding, Study } from './refs.ts';
import { selectionOf } from './selection.ts';
import { memberIds, type RollupMember } from '../ontology/rollup.ts';
import { pairRollups, withRollup, type PairRollups } from './rollup-pairs.ts';
import { classCells, expandMatrixNames, membersOnly, type ClassCellParent, type MatrixExpansion } from './matrix-rollup.ts';
import './json-scalar.ts';

// ---------------------------------------------------------------------------------------------------------------
// Rows of the evidence statements and their conversion to the synthesis input

/** One finding as cypher/evidence/*.cypher return it: the node, its study's properties, the study's method flags. */
export type EvidenceRow = StoredEvidenceRow<FindingNode>;

export const evidenceInput = (row: EvidenceRow): EvidenceFindingInput => storedEvidenceInput(row);

/** Names are matched against Entity.names, which holds every name and synonym lower-cased. */
export const nameKey = (name: string): string => name.trim().toLowerCase();

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

const NullPowerEnum = builder.enumType('NullPower', {
  description:
    'Power of a study\'s null result against the reference effect (d 0.5, r 0.3 by default): WELL_POWERED (≥ ' +
    'nullPowerTarget), UNDERPOWERED (below it, or flagged Small Sample), or UNKNOWN (no n).',
  values: ['WELL_POWERED', 'UNDERPOWERED', 'UNKNOWN'] as const,
});

const ContradictionKindEnum = builder.enumType('ContradictionKind', {
  description:
    'UP_VS_DOWN: studies point both ways (POOLED: study CIs above and below 0 with substantial heterogeneity; VOTES: ' +
    'both directions substantial). DIRECTION_VS_NULL: a direction against a null (POOLED: a study CI excluding 0 and ' +
    'one including it, with substantial heterogeneity; VOTES: a direction and a credible null both substantial).',
  values: ['UP_VS_DOWN', 'DIRECTION_VS_NULL'] as const,
});

const ComparatorKindEnum = builder.enumType('ComparatorKind', {
  description:
    'Which question a finding answers (docs/evidence.md §1b): against HEALTHY_CONTROLS, an UNSTATED comparator, ' +
    'DISEASE_CONTROLS (named), TIME_POINT (the same people measured again), TREATMENT_ARM. Never counted or pooled together.',
  values: ['HEALTHY_CONTROLS', 'UNSTATED', 'DISEASE_CONTROLS', 'TIME_POINT', 'TREATMENT_ARM'] as const,
});

export const SynthesisMethodEnum = builder.enumType('SynthesisMethod', {
  description: 'POOLED: the pooled estimate decided consensus and contradiction; VOTES: weighted vote counting did (fewer than 2 studies with comparable statistics).',
  values: ['POOLED', 'VOTES'] as const,
});

const CertaintyLevelEnum = builder.enumType('CertaintyLevel', {
  description: 'GRADE-style certainty of the answer (docs/evidence.md §7).',
  values: ['HIGH', 'MODERATE', 'LOW', 'VERY_LOW'] as const,
});

const CertaintyDomainEnum = builder.enumType('CertaintyDomain', {
  values: ['RISK_OF_BIAS', 'INCONSISTENCY', 'IMPRECISION', 'INDIRECTNESS'] as const,
});

const SummaryCiMethodEnum = builder.enumType('SummaryCiMethod', {
  description: 'HKSJ: Hartung–Knapp–Sidik–Jonkman on t with k − 1 df (k ≥ 3). WALD: normal interval (k = 2).',
  values: ['HKSJ', 'WALD'] as const,
});

const ModeratorPropertyEnum = builder.enumType('ModeratorProperty', {
  values: {
    PEM_CRITERION: { value: 'pemCriterion' },
    DESIGN: { value: 'design' },
    EVIDENCE_LEVEL: { value: 'evidenceLevel' },
  } as const,
});

const EffectFamilyEnum = builder.enumType('EffectFamily', {
  description: 'SMD: standardized mean differences (Hedges g). CORRELATION: r, pooled on Fisher z.',
  values: ['SMD', 'CORRELATION'] as const,
});

// ---------------------------------------------------------------------------------------------------------------
// Shared object types

export const WeightedSupportType = builder.objectRef<WeightedSupport>('WeightedSupport').implement({
  description: 'Sum of the studies\' weighted votes per direction (one study, one vote).',
  fields: (t) => ({
    up: t.exposeFloat('up'),
    down: t.exposeFloat('down'),
    none: t.exposeFloat('none'),
    undirected: t.exposeFloat('undirected', { description: 'Links without a direction; never enters consensus.' }),
  }),
});

const camel = (relation: string) => relation.toLowerCase().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

const RelationCountsType = builder.objectRef<Record<Relation, number>>('RelationCounts').implement({
  description: 'Findings per relation (0 when absent).',
  fields: (t) =>
    Object.fromEntries(RELATIONS.map((relation) => [camel(relation), t.int({ resolve: (counts) => counts[relation] ?? 0 })])),
});

const SignCountsType = builder.objectRef<RelationCounts['correlationBySign']>('SignCounts').implement({
  description: 'CORRELATES_WITH findings per sign (no sign counts as UNSPECIFIED).',
  fields: (t) => ({
    positive: t.int({ resolve: (c) => c.POSITIVE }),
    negative: t.int({ resolve: (c) => c.NEGATIVE }),
    unspecified: t.int({ resolve: (c) => c.UNSPECIFIED }),
  }),
});

const DirectionCountsType = builder.objectRef<RelationCounts['byDirection']>('DirectionCounts').implement({
  description: 'Findings per direction.',
  fields: (t) => ({
    up: t.int({ resolve: (c) => c.UP }),
    down: t.int({ resolve: (c) => c.DOWN }),
    none: t.int({ resolve: (c) => c.NONE }),
    undirected: t.int({ resolve: (c) => c.UNDIRECTED }),
  }),
});

const RelationCountType = builder.objectRef<{ relation: Relation; count: number }>('RelationCount').implement({
  fields: (t) => ({ relation: t.field({ type: RelationEnum, resolve: (c) => c.relation }), count: t.exposeInt('count') }),
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

const WeightFactorType = builder.objectRef<WeightFactor>('WeightFactor').implement({
  description: 'One named multiplicative factor of a weight ("evidence level E2", "method flag SMALL_SAMPLE").',
  fields: (t) => ({ reason: t.exposeString('reason'), factor: t.exposeFloat('factor') }),
});

type FindingWeightParent = FindingWeight & { node: FindingNode | undefined };

const FindingWeightType = builder.objectRef<FindingWeightParent>('FindingWeight').implement({
  description: 'One finding\'s weight within its study.',
  fields: (t) => ({
    finding: t.field({ type: Finding, nullable: true, resolve: (w) => w.node ?? null }),
    direction: t.field({ type: EvidenceDirectionEnum, resolve: (w) => w.direction }),
    weight: t.exposeFloat('weight'),
    factors: t.field({ type: [WeightFactorType], resolve: (w) => w.factors }),
    significant: t.boolean({ nullable: true, resolve: (w) => w.significant }),
    sampleSize: t.int({ nullable: true, resolve: (w) => w.sampleSize }),
  }),
});

type StudyParent = StudyContribution & { nodes: Map<string, FindingNode> };

const EvidenceStudyType = builder.objectRef<StudyParent>('EvidenceStudy').implement({
  description: 'How one study speaks on the pair: its weight, its findings\' weights and its vote.',
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
    weight: t.exposeFloat('weight', { description: 'The study\'s total vote.' }),
    nullPower: t.field({ type: NullPowerEnum, nullable: true, resolve: (s) => s.nullPower }),
    comparator: t.field({ type: ComparatorType, description: 'The comparator class this entry is about.', resolve: (s) => s.comparator }),
    secondary: t.exposeBoolean('secondary', { description: 'A review, meta-analysis or guideline.' }),
    counted: t.exposeBoolean('counted', { description: 'false: secondary evidence set aside because the pair has primary studies.' }),
  }),
});

const ModeratorGroupType = builder.objectRef<ModeratorGroup>('ModeratorGroup').implement({
  fields: (t) => ({
    value: t.exposeString('value', { description: 'The property\'s value, or UNKNOWN.' }),
    studyCount: t.int({ resolve: (g) => g.studySlugs.length }),
    studySlugs: t.exposeStringList('studySlugs'),
    findingIds: t.exposeStringList('findingIds'),
    consensus: t.field({
      type: ConsensusEnum,
      description: 'The group\'s leading direction (no sufficiency threshold), MIXED or INSUFFICIENT.',
      resolve: (g) => g.direction,
    }),
    agreement: t.float({ nullable: true, resolve: (g) => g.agreement }),
    weightedSupport: t.field({ type: WeightedSupportType, resolve: (g) => g.weightedSupport }),
    replicated: t.exposeBoolean('replicated', { description: 'Enough studies to enter the measure (moderatorMinGroupStudies).' }),
  }),
});

const ModeratorType = builder.objectRef<ModeratorAnalysis>('Moderator').implement({
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
type FindingNodes = (context: Context) => Promise<Map<string, FindingNode>>;

type EffectParent = EffectEstimate & { nodes: FindingNodes };

const EffectEstimateType = builder.objectRef<EffectParent>('EffectEstimate').implement({
  description:
    'One study\'s comparable statistic on the analysis scale (Hedges g, or Fisher z), positive = UP: its one effect, or ' +
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

type PooledParent = PooledEstimate & { nodes: FindingNodes };

const interval = (range: [number, number]) => ({ low: range[0], high: range[1] });

const PooledEstimateType = builder.objectRef<PooledParent>('PooledEstimate').implement({
  description:
    'Random-effects estimate over the studies with comparable statistics (docs/evidence.md §6): τ² by REML with a ' +
    'Q-profile CI, the summary CI by Hartung–Knapp–Sidik–Jonkman (k ≥ 3) or Wald (k = 2), a prediction interval for k ≥ 3.',
  fields: (t) => ({
    method: t.exposeString('method', { description: '"REML random effects" (or "DL random effects" if REML did not converge).' }),
    family: t.field({ type: EffectFamilyEnum, resolve: (p) => p.family }),
    effectType: t.exposeString('effectType', { description: '"Hedges g" or "r".' }),
    estimate: t.exposeFloat('estimate'),
    ci: t.field({ type: ConfidenceInterval, resolve: (p) => interval(p.ci) }),
    ciMethod: t.field({ type: SummaryCiMethodEnum, resolve: (p) => p.ciMethod }),
    ciDf: t.int({ nullable: true, description: 'Degrees of freedom of the t the CI uses (k − 1); null for Wald.', resolve: (p) => p.ciDf }),
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
    tau2Ci: t.field({ type: ConfidenceInterval, description: 'Q-profile CI of τ².', resolve: (p) => interval(p.tau2Ci) }),
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

const CertaintyDowngradeType = builder.objectRef<CertaintyDowngrade>('CertaintyDowngrade').implement({
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
    reasons: t.stringList({ description: 'Every downgrade reason, domain first.', resolve: (c) => c.downgrades.flatMap((d) => d.reasons.map((r) => `${d.domain}: ${r}`)) }),
    note: t.exposeString('note'),
  }),
});

type ComparatorParent = ComparatorSynthesis & { nodes: FindingNodes };

const ComparatorEvidenceType = builder.objectRef<ComparatorParent>('ComparatorEvidence').implement({
  description: 'The synthesis of one comparator class of a pair: the same fields as PairEvidence, for this class only.',
  fields: (t) => ({
    comparator: t.field({ type: ComparatorType, resolve: (c) => c.comparator }),
    labels: t.exposeStringList('labels', { description: 'Comparators as printed in the class\'s findings.' }),
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
    pooled: t.field({ type: PooledEstimateType, nullable: true, resolve: (c) => (c.pooled ? { ...c.pooled, nodes: c.nodes } : null) }),
    pooledUnavailableReason: t.string({ nullable: true, resolve: (c) => c.pooledUnavailableReason }),
    certainty: t.field({ type: CertaintyType, resolve: (c) => c.certainty }),
  }),
});

// ---------------------------------------------------------------------------------------------------------------
// PairEvidence

/** What the fields of a pair that need its findings read: the findings and the whole synthesis. */
export interface PairDetail {
  findings: FindingNode[];
  /** The findings as synthesis reads them (class summaries synthesize several pairs' inputs together). */
  inputs: EvidenceFindingInput[];
  synthesis: PairSynthesis;
}

export interface PairEvidenceParent {
  subject: EntityNode;
  object: EntityNode;
  /** Counts, weighted support, consensus, agreement, contradictions: from the synthesis, or from the stored sums. */
  summary: PairSummary;
  weightsUsed: EvidenceWeights;
  /** The findings and the whole synthesis: at hand on the live path; on the materialized one fetched on first use,
   *  batched over every pair of the request. */
  detail: (context: Context) => Promise<PairDetail>;
  /** With includeDescendants: the roll-up members the pair's subject and object are (src/schema/ontology.ts). */
  rollup?: { subject: RollupMember | null; object: RollupMember | null };
}

export const PairEvidence = builder.objectRef<PairEvidenceParent>('PairEvidence').implement({
  description:
    'The cross-study answer for one subject–object pair, oriented as its findings are (subject is the findings\' ' +
    'subject): counts, weighted consensus, contradictions, moderators, a pooled estimate. See docs/evidence.md.',
  fields: (t) => ({
    subject: t.field({ type: Entity, resolve: (p) => p.subject }),
    object: t.field({ type: Entity, resolve: (p) => p.object }),
    studyCount: t.int({ description: 'Distinct studies (retracted included when not filtered out).', resolve: (p) => p.summary.studyCount }),
    findingCount: t.int({ resolve: (p) => p.summary.findingCount }),
    findings: t.field({
      type: [Finding],
      description: 'The pair\'s findings (after the filter), by study and position in the study.',
      args: { relation: t.arg({ type: RelationEnum, required: false }) },
      resolve: async (p, args, context) => {
        const { findings } = await p.detail(context);
        return args.relation ? findings.filter((f) => f.relation === args.relation) : findings;
      },
    }),
    counts: t.field({ type: EvidenceCountsType, resolve: (p) => p.summary.counts }),
    comparator: t.field({
      type: ComparatorType,
      description: 'The comparator class the headline fields answer for: healthy controls when present, else unstated, else the class with most studies.',
      resolve: (p) => p.summary.comparator,
    }),
    comparators: t.field({
      type: [ComparatorEvidenceType],
      description: 'Every comparator class of the pair, each synthesized on its own (healthy controls first).',
      resolve: (p) => p.summary.comparators.map((c) => ({ ...c, nodes: nodesOf(p) })),
    }),
    method: t.field({ type: SynthesisMethodEnum, resolve: (p) => p.summary.method }),
    certainty: t.field({ type: CertaintyType, resolve: (p) => p.summary.certainty }),
    secondaryStudies: t.stringList({
      description: 'Reviews and meta-analyses shown but not counted, because primary studies speak on the pair.',
      resolve: (p) => p.summary.secondaryStudies,
    }),
    consensus: t.field({ type: ConsensusEnum, resolve: (p) => p.summary.consensus }),
    consensusReason: t.string({ resolve: (p) => p.summary.consensusReason }),
    agreement: t.float({
      nullable: true,
      description:
        'VOTES: share of directional weight in the leading direction. POOLED: share of random-effects weight of the ' +
        'studies pointing the way of the consensus. 0–1; null without directional weight.',
      resolve: (p) => p.summary.agreement,
    }),
    weightedSupport: t.field({ type: WeightedSupportType, resolve: (p) => p.summary.weightedSupport }),
    contradictory: t.boolean({ resolve: (p) => p.summary.contradictory }),
    contradictions: t.field({ type: [ContradictionKindEnum], resolve: (p) => p.summary.contradictions }),
    moderators: t.field({ type: [ModeratorType], resolve: (p) => p.summary.moderators }),
    studies: t.field({
      type: [EvidenceStudyType],
      description: 'Each study\'s factors, weights and vote: every step of the synthesis.',
      resolve: async (p, _args, context) => {
        const detail = await p.detail(context);
        const nodes = findingMap(detail);
        return detail.synthesis.studies.map((s) => ({ ...s, nodes }));
      },
    }),
    pooled: t.field({
      type: PooledEstimateType,
      nullable: true,
      resolve: (p) => (p.summary.pooled ? { ...p.summary.pooled, nodes: nodesOf(p) } : null),
    }),
    pooledUnavailableReason: t.string({ nullable: true, resolve: (p) => p.summary.pooledUnavailableReason }),
    weightsUsed: t.field({ type: EvidenceWeightsUsed, resolve: (p) => p.weightsUsed }),
  }),
});

const findingMap = (detail: PairDetail) => new Map(detail.findings.map((f) => [f.id, f]));
const nodesOf = (p: PairEvidenceParent): FindingNodes => async (context) => findingMap(await p.detail(context));

interface PairsResult {
  anchors: EntityNode[];
  others: EntityNode[];
  pairs: { subject: EntityNode; object: EntityNode; studyCount: number; findings: EvidenceRow[] }[];
}

interface PairSummariesResult {
  anchors: EntityNode[];
  others: EntityNode[];
  pairs: { subject: EntityNode; object: EntityNode; weightsVersion: string | null; votes: string[] }[];
  stale: boolean;
}

export const DEFAULT_PAIRS = 50;
export const MAX_PAIRS = 200;

interface PairQuery extends Record<string, unknown> {
  anchor: string;
  other: string | null;
  role: 'SUBJECT' | 'OBJECT';
  first: number;
  /** With includeDescendants: the entities of the names' roll-ups (null: match the names). */
  anchorIds?: string[] | null;
  otherIds?: string[] | null;
}

function checkNames(args: { subject: string; object?: string | null }, row: { anchors: EntityNode[]; others: EntityNode[] } | undefined): void {
  if (!row || row.anchors.length === 0) throw notFound(`no entity named "${args.subject}"`);
  if (args.object != null && row.others.length === 0) throw notFound(`no entity named "${args.object}"`);
}

/** Today's answer from the findings: any filter, any weights. */
async function livePairs(
  context: Context,
  args: { subject: string; object?: string | null },
  query: PairQuery,
  filter: EvidenceFilterParams,
  weights: EvidenceWeights,
): Promise<PairEvidenceParent[]> {
  const [row] = await context.cypher.read<PairsResult & Record<string, unknown>>('evidence/pairs', { ...query, filter });
  checkNames(args, row);
  return row!.pairs.map((pair) => {
    const inputs = pair.findings.map(evidenceInput);
    const detail: PairDetail = { findings: pair.findings.map((f) => f.finding), inputs, synthesis: synthesizePair(inputs, weights) };
    return { subject: pair.subject, object: pair.object, summary: detail.synthesis, weightsUsed: weights, detail: async () => detail };
  });
}

/**
 * The default answer from the materialized view: one small read whatever the number of findings. null when the
 * view cannot be used (being rebuilt, or a pair summed under other default weights): the caller goes live.
 */
async function materializedPairs(
  context: Context,
  args: { subject: string; object?: string | null },
  query: PairQuery,
  weights: EvidenceWeights,
): Promise<PairEvidenceParent[] | null> {
  const [row] = await context.cypher.read<PairSummariesResult & Record<string, unknown>>('evidence/pair-summaries', query);
  checkNames(args, row);
  const version = pairViewVersion();
  if (row!.stale || row!.pairs.some((pair) => pair.weightsVersion !== version)) return null;
  return row!.pairs.map(({ subject, object, votes }) => {
    let detail: Promise<PairDetail> | undefined;
    return {
      subject,
      object,
      summary: summarizeVotes(votes.map((vote) => JSON.parse(vote) as StudyVote), weights),
      weightsUsed: weights,
      detail: (ctx) =>
        (detail ??= pairFindingsLoader(ctx)
          .load({ subjectId: subject.id, objectId: object.id })
          .then((rows) => {
            const inputs = rows.map(evidenceInput);
            return { findings: rows.map((r) => r.finding), inputs, synthesis: synthesizePair(inputs, weights) };
          })),
    };
  });
}

/** PairEvidence fields computed from the findings themselves, not from the studies' stored votes. */
const FINDING_FIELDS = ['findings', 'studies'];

export async function pairEvidence(
  context: Context,
  args: {
    subject: string;
    object?: string | null;
    role?: 'SUBJECT' | 'OBJECT' | null;
    filter?: Parameters<typeof filterParams>[0];
    weights?: Record<string, unknown> | null;
    first?: number | null;
    includeDescendants?: boolean | null;
    /** The roll-ups of subject and object, when the caller has them already. */
    rollups?: PairRollups;
  },
  /** Whether the operation selects a field of FINDING_FIELDS (directly or through fragments). */
  selectsFindings = false,
): Promise<PairEvidenceParent[]> {
  const first = bounded(args.first, 'first', DEFAULT_PAIRS, MAX_PAIRS);
  const weights: EvidenceWeights = resolveWeightsArg(args.weights);
  const filter = filterParams(args.filter);
  if (!args.subject.trim()) throw badInput('"subject" must name an entity', 'subject');
  const query: PairQuery = {
    anchor: nameKey(args.subject),
    other: args.object != null ? nameKey(args.object) : null,
    role: args.role ?? 'SUBJECT',
    first,
  };
  const rollups = args.rollups ?? (args.includeDescendants ? await pairRollups(context, args.subject, args.object) : null);
  if (rollups) {
    query.anchorIds = memberIds(rollups.anchor);
    query.otherIds = rollups.other ? memberIds(rollups.other) : null;
  }
  const annotate = (pairs: PairEvidenceParent[]) => (rollups ? withRollup(pairs, rollups, query.role) : pairs);
  // The view holds the default answer only: no weights override given, and the default filter. When fields that need
  // the findings are selected outright, the live statement reads them with the pairs in the same round trip.
  if (!args.weights && isDefaultFilter(filter) && !selectsFindings) {
    const pairs = await materializedPairs(context, args, query, weights);
    if (pairs) return annotate(pairs);
  }
  return annotate(await livePairs(context, args, query, filter, weights));
}

// ---------------------------------------------------------------------------------------------------------------
// evidenceMatrix

interface CellParent {
  subject: EntityNode;
  object: EntityNode;
  subjectIndex: number;
  objectIndex: number;
  cell: ReturnType<typeof buildMatrix>['cells'][number];
}

const EvidenceCell = builder.objectRef<CellParent>('EvidenceCell').implement({
  description: 'One subject × object cell of a heatmap; a pair without findings is INSUFFICIENT with studyCount 0.',
  fields: (t) => ({
    subject: t.string({ description: 'The subject\'s name.', resolve: (c) => c.subject.name }),
    object: t.string({ description: 'The object\'s name.', resolve: (c) => c.object.name }),
    subjectIndex: t.int({ description: 'Row: index into EvidenceMatrix.subjects.', resolve: (c) => c.subjectIndex }),
    objectIndex: t.int({ description: 'Column: index into EvidenceMatrix.objects.', resolve: (c) => c.objectIndex }),
    consensus: t.field({ type: ConsensusEnum, resolve: (c) => c.cell.consensus }),
    comparator: t.field({ type: ComparatorType, description: 'The comparator class the cell answers for.', resolve: (c) => c.cell.comparator }),
    method: t.field({ type: SynthesisMethodEnum, resolve: (c) => c.cell.method }),
    certainty: t.field({ type: CertaintyLevelEnum, resolve: (c) => c.cell.certainty }),
    agreement: t.float({ nullable: true, resolve: (c) => c.cell.agreement }),
    contradictory: t.boolean({ resolve: (c) => c.cell.contradictory }),
    studyCount: t.int({ resolve: (c) => c.cell.studyCount }),
    findingCount: t.int({ resolve: (c) => c.cell.findingCount }),
    counts: t.field({ type: EvidenceCountsType, resolve: (c) => c.cell.counts }),
    weightedSupport: t.field({ type: WeightedSupportType, resolve: (c) => c.cell.weightedSupport }),
  }),
});

export interface MatrixParent {
  subjects: EntityNode[];
  objects: EntityNode[];
  cells: CellParent[];
  /** With includeDescendants: the names' roll-ups and the class cells (src/schema/matrix-rollup.ts). */
  expansion?: MatrixExpansion;
  classCells?: ClassCellParent[];
  weightsUsed: EvidenceWeights;
}

export const EvidenceMatrixType = builder.objectRef<MatrixParent>('EvidenceMatrix').implement({
  description: 'subjects × objects evidence cells for a heatmap, row-major (every subject, each object in order).',
  fields: (t) => ({
    subjects: t.field({ type: [Entity], resolve: (m) => m.subjects }),
    objects: t.field({ type: [Entity], resolve: (m) => m.objects }),
    cells: t.field({
      type: [EvidenceCell],
      args: { withFindingsOnly: t.arg.boolean({ required: false, defaultValue: false, description: 'Leave out empty cells.' }) },
      resolve: (m, args) => (args.withFindingsOnly ? m.cells.filter((c) => c.cell.findingCount > 0) : m.cells),
    }),
    weightsUsed: t.field({ type: EvidenceWeightsUsed, resolve: (m) => m.weightsUsed }),
  }),
});

export const MAX_MATRIX_SIDE = 50;
export const DEFAULT_MATRIX_SIDE = 10;

function uniqueById(entities: EntityNode[]): EntityNode[] {
  const seen = new Set<string>();
  return entities.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

export async function evidenceMatrix(
  context: Context,
  args: {
    subjects?: readonly string[] | null;
    objects?: readonly string[] | null;
    filter?: Parameters<typeof filterParams>[0];
    weights?: Record<string, unknown> | null;
    includeDescendants?: boolean | null;
  },
): Promise<MatrixParent> {
  for (const side of ['subjects', 'objects'] as const) {
    const names = args[side];
    if (names && names.length > MAX_MATRIX_SIDE) {
      throw badInput(`"${side}" takes at most ${MAX_MATRIX_SIDE} names, got ${names.length}`, side);
    }
  }
  const weights = resolveWeightsArg(args.weights);
  const expansion = args.includeDescendants ? await expandMatrixNames(context, args.subjects, args.objects) : undefined;
  const [row] = await context.cypher.read<{
    subjects: EntityNode[];
    objects: EntityNode[];
    unknownSubjects: string[];
    unknownObjects: string[];
    findings: EvidenceRow[];
  }>('evidence/matrix', {
    subjects: expansion ? expansion.subjectNames : args.subjects ? args.subjects.map(nameKey) : null,
    objects: expansion ? expansion.objectNames : args.objects ? args.objects.map(nameKey) : null,
    defaultSubjects: DEFAULT_MATRIX_SIDE,
    defaultObjects: DEFAULT_MATRIX_SIDE,
    filter: filterParams(args.filter),
  });
  const unknown = [...(row?.unknownSubjects ?? []), ...(row?.unknownObjects ?? [])];
  if (!row || unknown.length > 0) throw notFound(`no entity named ${unknown.map((n) => `"${n}"`).join(', ')}`);
  const subjects = membersOnly(uniqueById(row.subjects), expansion?.subjects ?? null).slice(0, MAX_MATRIX_SIDE);
  const objects = membersOnly(uniqueById(row.objects), expansion?.objects ?? null).slice(0, MAX_MATRIX_SIDE);
  const byPair = new Map<string, EvidenceFindingInput[]>();
  for (const finding of row.findings) {
    const key = pairKey(finding.finding.subjectId, finding.finding.objectId);
    const list = byPair.get(key);
    if (list) list.push(evidenceInput(finding));
    else byPair.set(key, [evidenceInput(finding)]);
  }
  const matrix = buildMatrix(
    subjects.map((e) => e.id),
    objects.map((e) => e.id),
    byPair,
    weights,
  );
  const cells = matrix.cells.map((cell, i) => ({
    subject: subjects[Math.floor(i / objects.length)] as EntityNode,
    object: objects[i % objects.length] as EntityNode,
    subjectIndex: Math.floor(i / objects.length),
    objectIndex: i % objects.length,
    cell,
  }));
  const answer: MatrixParent = { subjects, objects, cells, weightsUsed: matrix.weightsUsed };
  if (expansion) Object.assign(answer, { expansion, classCells: classCells(expansion, objects, byPair, weights) });
  return answer;
}

// ---------------------------------------------------------------------------------------------------------------
// Root fields

builder.queryFields((t) => ({
  evidence: t.field({
    type: [PairEvidence],
    description:
      'Cross-study evidence for every pair the entity named by `subject` is on, one PairEvidence per ' +
      '(finding subject, finding object), ordered by studyCount (desc) then the other entity\'s name. Names match ' +
      'any synonym, case-insensitively, of any entity type; an unknown name is a NOT_FOUND error. ' +
      'One database round trip (nested Study / Finding.subject fields batch one more each). Without `filter`, ' +
      '`weights` and the fields that need findings (findings, studies), the answer comes from each study\'s vote kept at ' +
      'import: that round trip reads no finding.',
    args: {
      subject: t.arg.string({ required: true, description: 'The entity the pairs are around (name or synonym).' }),
      object: t.arg.string({ required: false, description: 'Only the pair(s) with this entity on the other side.' }),
      role: t.arg({
        type: FindingRoleEnum,
        required: false,
        defaultValue: 'SUBJECT',
        description:
          'Which side of the findings `subject` is on: SUBJECT (default) gives pairs (subject, X); OBJECT gives pairs ' +
          '(X, subject), e.g. everything reported elevated or reduced in ME/CFS. Pairs keep their findings\' orientation.',
      }),
      filter: t.arg({ type: EvidenceFilter, required: false }),
      weights: t.arg({ type: EvidenceWeightsInput, required: false }),
      first: t.arg.int({ required: false, description: `Most pairs returned (default ${DEFAULT_PAIRS}, at most ${MAX_PAIRS}).` }),
      includeDescendants: t.arg.boolean({
        required: false,
        description:
          '`subject` (and `object`) also stand for every entity under them in the ontology: "cytokines" gives the pairs of ' +
          'IL-6, TNF-α…; "fatigue" those of mental fatigue… Each pair\'s `includedVia` says which member it is; ' +
          '`classEvidence` adds the class summary. Names may be CURIEs (HP:0012378). One more round trip.',
      }),
    },
    resolve: (_root, args, context, info) => {
      const selected = selectionOf(info).names;
      return pairEvidence(
        context,
        { ...args, role: args.role ?? 'SUBJECT', weights: args.weights as Record<string, unknown> | null | undefined },
        FINDING_FIELDS.some((name) => selected.has(name)),
      );
    },
  }),
  evidenceMatrix: t.field({
    type: EvidenceMatrixType,
    description:
      `subjects × objects evidence cells for a heatmap (at most ${MAX_MATRIX_SIDE} × ${MAX_MATRIX_SIDE}). Without ` +
      `\`subjects\`: the ${DEFAULT_MATRIX_SIDE} biomarkers with the most findings as subject (after the filter). Without ` +
      `\`objects\`: the ${DEFAULT_MATRIX_SIDE} conditions and symptoms with the most findings from those subjects. ` +
      'A name of entities of several types gives each a row (column). One database round trip.',
    args: {
      subjects: t.arg.stringList({ required: false }),
      objects: t.arg.stringList({ required: false }),
      filter: t.arg({ type: EvidenceFilter, required: false }),
      weights: t.arg({ type: EvidenceWeightsInput, required: false }),
      includeDescendants: t.arg.boolean({
        required: false,
        description:
          'Each name (or CURIE) also stands for the entities under it in the ontology: they get rows (columns) of their ' +
          'own, `rollups` lists them, and `classCells` synthesizes each name\'s members together. One more round trip.',
      }),
    },
    resolve: (_root, args, context) =>
      evidenceMatrix(context, { ...args, weights: args.weights as Record<string, unknown> | null | undefined }),
  }),
}));
