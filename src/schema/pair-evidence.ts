// PairEvidence: the cross-study answer for one subject–object pair (SPEC §4), and what its resolvers read: the
// summary (from the synthesis, the stored votes or the stored headline) and the findings with the whole synthesis,
// fetched on first use.
import type {
  EvidenceFindingInput,
  EvidenceWeights,
  PairHeadline,
  PairSummary,
  PairSynthesis,
} from '../evidence/index.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { RelationEnum } from './enums.ts';
import { EvidenceWeightsUsed } from './evidence-inputs.ts';
import type { EntityNode, FindingNode } from './projection.ts';
import { Entity, Finding } from './refs.ts';
import { type RollupMember } from '../ontology/rollup.ts';
import {
  ComparatorEvidenceType,
  ComparatorType,
  ConsensusEnum,
  ContradictionKindEnum,
  CertaintyType,
  EvidenceCountsType,
  EvidenceStudyType,
  ModeratorType,
  PooledEstimateType,
  SynthesisMethodEnum,
  WeightedSupportType,
  type FindingNodes,
} from './evidence-types.ts';

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
  /** Counts, weighted support, consensus, agreement, contradictions, certainty: from the synthesis, the stored votes,
   *  or the headline stored beside them. */
  summary: PairHeadline;
  /** The whole summary (every comparator class, moderators, pooled estimate, secondary studies): at hand unless the
   *  pair was read as its headline alone (then its votes are read and summarized on first use). */
  whole: (context: Context) => Promise<PairSummary>;
  weightsUsed: EvidenceWeights;
  /** The findings and the whole synthesis: at hand on the live path; on the materialized one fetched on first use,
   *  batched over every pair of the request. */
  detail: (context: Context) => Promise<PairDetail>;
  /** With includeDescendants: the roll-up members the pair's subject and object are (src/schema/ontology.ts). */
  rollup?: { subject: RollupMember | null; object: RollupMember | null };
}

export const PairEvidence = builder.objectRef<PairEvidenceParent>('PairEvidence').implement({
  description:
    "The cross-study answer for one subject–object pair, oriented as its findings are (subject is the findings' " +
    'subject): counts, weighted consensus, contradictions, moderators, a pooled estimate. See docs/evidence.md.',
  fields: (t) => ({
    subject: t.field({ type: Entity, resolve: (p) => p.subject }),
    object: t.field({ type: Entity, resolve: (p) => p.object }),
    studyCount: t.int({
      description: 'Distinct studies (retracted included when not filtered out).',
      resolve: (p) => p.summary.studyCount,
    }),
    findingCount: t.int({ resolve: (p) => p.summary.findingCount }),
    findings: t.field({
      type: [Finding],
      description: "The pair's findings (after the filter), by study and position in the study.",
      args: { relation: t.arg({ type: RelationEnum, required: false }) },
      resolve: async (p, args, context) => {
        const { findings } = await p.detail(context);
        return args.relation ? findings.filter((f) => f.relation === args.relation) : findings;
      },
    }),
    counts: t.field({ type: EvidenceCountsType, resolve: (p) => p.summary.counts }),
    comparator: t.field({
      type: ComparatorType,
      description:
        'The comparator class the headline fields answer for: healthy controls when present, else unstated, else the class with most studies.',
      resolve: (p) => p.summary.comparator,
    }),
    comparators: t.field({
      type: [ComparatorEvidenceType],
      description: 'Every comparator class of the pair, each synthesized on its own (healthy controls first).',
      resolve: async (p, _args, context) =>
        (await p.whole(context)).comparators.map((c) => ({ ...c, nodes: nodesOf(p) })),
    }),
    method: t.field({ type: SynthesisMethodEnum, resolve: (p) => p.summary.method }),
    certainty: t.field({ type: CertaintyType, resolve: (p) => p.summary.certainty }),
    secondaryStudies: t.stringList({
      description: 'Reviews and meta-analyses shown but not counted, because primary studies speak on the pair.',
      resolve: async (p, _args, context) => (await p.whole(context)).secondaryStudies,
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
    moderators: t.field({
      type: [ModeratorType],
      resolve: async (p, _args, context) => (await p.whole(context)).moderators,
    }),
    studies: t.field({
      type: [EvidenceStudyType],
      description: "Each study's factors, weights and vote: every step of the synthesis.",
      resolve: async (p, _args, context) => {
        const detail = await p.detail(context);
        const nodes = findingMap(detail);
        return detail.synthesis.studies.map((s) => ({ ...s, nodes }));
      },
    }),
    pooled: t.field({
      type: PooledEstimateType,
      nullable: true,
      resolve: async (p, _args, context) => {
        const { pooled } = await p.whole(context);
        return pooled ? { ...pooled, nodes: nodesOf(p) } : null;
      },
    }),
    pooledUnavailableReason: t.string({ nullable: true, resolve: (p) => p.summary.pooledUnavailableReason }),
    weightsUsed: t.field({ type: EvidenceWeightsUsed, resolve: (p) => p.weightsUsed }),
  }),
});

export const findingMap = (detail: PairDetail) => new Map(detail.findings.map((f) => [f.id, f]));
export const nodesOf =
  (p: PairEvidenceParent): FindingNodes =>
  async (context) =>
    findingMap(await p.detail(context));
