// Evidence at the level of a class (issue 20, Build 3): `classEvidence(subject: "cytokines", object: "ME/CFS")`
// answers every member pair (IL-6–ME/CFS, TNF-α–ME/CFS…, as `evidence(…, includeDescendants: true)` does) and, per
// entity on the other side, a class summary synthesized from all the members' findings together by the same
// function as one pair (src/evidence): a study is one vote per comparator class however many members it reports
// on, so no study is counted twice. Also evidenceMatrix's class cells (src/schema/matrix-rollup.ts).
import { synthesizePair, type PairSynthesis } from '../evidence/index.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import type { Rollup, RollupMember } from '../ontology/rollup.ts';
import { FindingRoleEnum } from './entity.ts';
import { Entity } from './refs.ts';
import {
  CertaintyType,
  ComparatorType,
  ConsensusEnum,
  EvidenceCountsType,
  SynthesisMethodEnum,
  WeightedSupportType,
} from './evidence-types.ts';
import { EvidenceMatrixType } from './evidence-matrix.ts';
import { MAX_PAIRS, pairEvidence } from './evidence-pairs.ts';
import { PairEvidence, type PairEvidenceParent } from './pair-evidence.ts';
import { EvidenceFilter, EvidenceWeightsInput, resolveWeightsArg } from './evidence-inputs.ts';
import type { EntityNode } from './projection.ts';
import { RollupMemberType, RollupType } from './ontology.ts';
import type { ClassCellParent } from './matrix-rollup.ts';
import { pairRollups } from './rollup-pairs.ts';

interface ClassSummaryParent {
  other: EntityNode;
  members: RollupMember[];
  pairCount: number;
  synthesis: PairSynthesis;
}

const ClassSummary = builder.objectRef<ClassSummaryParent>('ClassSummary').implement({
  description:
    "The class's evidence against one entity: the findings of every member pair synthesized together, one vote per " +
    "study and comparator class (a study reporting IL-6 and TNF-α counts once). Same fields as PairEvidence's headline.",
  fields: (t) => ({
    other: t.field({
      type: Entity,
      description: 'The entity on the other side of the member pairs.',
      resolve: (c) => c.other,
    }),
    members: t.field({
      type: [RollupMemberType],
      description: 'The class members with findings against `other`.',
      resolve: (c) => c.members,
    }),
    pairCount: t.exposeInt('pairCount'),
    studyCount: t.int({
      description: 'Distinct studies, each counted once whatever the members it reports on.',
      resolve: (c) => c.synthesis.studyCount,
    }),
    studySlugs: t.stringList({ resolve: (c) => [...new Set(c.synthesis.studies.map((s) => s.studySlug))].sort() }),
    findingCount: t.int({ resolve: (c) => c.synthesis.findingCount }),
    counts: t.field({ type: EvidenceCountsType, resolve: (c) => c.synthesis.counts }),
    comparator: t.field({ type: ComparatorType, resolve: (c) => c.synthesis.comparator }),
    consensus: t.field({ type: ConsensusEnum, resolve: (c) => c.synthesis.consensus }),
    consensusReason: t.string({ resolve: (c) => c.synthesis.consensusReason }),
    method: t.field({ type: SynthesisMethodEnum, resolve: (c) => c.synthesis.method }),
    agreement: t.float({ nullable: true, resolve: (c) => c.synthesis.agreement }),
    weightedSupport: t.field({ type: WeightedSupportType, resolve: (c) => c.synthesis.weightedSupport }),
    contradictory: t.boolean({ resolve: (c) => c.synthesis.contradictory }),
    certainty: t.field({ type: CertaintyType, resolve: (c) => c.synthesis.certainty }),
  }),
});

interface ClassEvidenceParent {
  rollup: Rollup;
  other: Rollup | null;
  pairs: PairEvidenceParent[];
  summaries: ClassSummaryParent[];
}

const ClassEvidence = builder.objectRef<ClassEvidenceParent>('ClassEvidence').implement({
  description: "A class's evidence: its roll-up, every member pair, and a class summary per entity on the other side.",
  fields: (t) => ({
    rollup: t.field({
      type: RollupType,
      description: 'What `subject` stands for: the members and the terms they are included through.',
      resolve: (c) => c.rollup,
    }),
    objectRollup: t.field({
      type: RollupType,
      nullable: true,
      description: 'What `object` stands for, when given.',
      resolve: (c) => c.other,
    }),
    pairs: t.field({
      type: [PairEvidence],
      description: 'Every member pair, as evidence(includeDescendants: true) answers it.',
      resolve: (c) => c.pairs,
    }),
    summaries: t.field({
      type: [ClassSummary],
      description: 'Per entity on the other side, most studies first.',
      resolve: (c) => c.summaries,
    }),
  }),
});

export async function classEvidence(
  context: Context,
  args: Parameters<typeof pairEvidence>[1] & { role: 'SUBJECT' | 'OBJECT' },
): Promise<ClassEvidenceParent> {
  const weights = resolveWeightsArg(args.weights);
  // The live path, every pair (up to MAX_PAIRS): the summaries synthesize the members' findings themselves.
  const rollups = await pairRollups(context, args.subject, args.object);
  const pairs = await pairEvidence(
    context,
    { ...args, first: MAX_PAIRS, includeDescendants: true, rollups },
    'FINDINGS',
  );
  const groups = new Map<string, { other: EntityNode; pairs: PairEvidenceParent[] }>();
  for (const pair of pairs) {
    const other = args.role === 'SUBJECT' ? pair.object : pair.subject;
    const group = groups.get(other.id) ?? groups.set(other.id, { other, pairs: [] }).get(other.id)!;
    group.pairs.push(pair);
  }
  const summaries: ClassSummaryParent[] = [];
  for (const { other, pairs: members } of groups.values()) {
    const details = await Promise.all(members.map((pair) => pair.detail(context)));
    summaries.push({
      other,
      pairCount: members.length,
      members: members.flatMap((pair) => (args.role === 'SUBJECT' ? pair.rollup?.subject : pair.rollup?.object) ?? []),
      synthesis: synthesizePair(
        details.flatMap((d) => d.inputs),
        weights,
      ),
    });
  }
  summaries.sort(
    (a, b) =>
      b.synthesis.studyCount - a.synthesis.studyCount ||
      a.other.name.localeCompare(b.other.name) ||
      (a.other.id < b.other.id ? -1 : 1),
  );
  return { rollup: rollups.anchor, other: rollups.other, pairs, summaries };
}

builder.queryFields((t) => ({
  classEvidence: t.field({
    type: ClassEvidence,
    nullable: true,
    description:
      'Evidence for a class and its ontology descendants ("cytokines", "interleukins", "autonomic symptoms", HP:0012378): ' +
      'every member pair and, per entity on the other side, a class summary that counts each study once. ' +
      `Up to ${MAX_PAIRS} member pairs. Two database round trips (the roll-up, then the pairs with their findings).`,
    args: {
      subject: t.arg.string({ required: true, description: 'The class: a name, synonym or CURIE.' }),
      object: t.arg.string({
        required: false,
        description: 'Only pairs with this entity (and its descendants) on the other side.',
      }),
      role: t.arg({ type: FindingRoleEnum, required: false, defaultValue: 'SUBJECT' }),
      filter: t.arg({ type: EvidenceFilter, required: false }),
      weights: t.arg({ type: EvidenceWeightsInput, required: false }),
    },
    resolve: (_root, args, context) =>
      classEvidence(context, {
        ...args,
        role: args.role ?? 'SUBJECT',
        weights: args.weights as Record<string, unknown> | null | undefined,
      }),
  }),
}));

const ClassCell = builder.objectRef<ClassCellParent>('ClassCell').implement({
  description:
    "evidenceMatrix(includeDescendants: true): one roll-up row × one column, synthesized from every member pair's " +
    'findings together, each study once per comparator class.',
  fields: (t) => ({
    subject: t.exposeString('subject', { description: 'The subject name as given.' }),
    object: t.exposeString('object', { description: "The object name as given, or the column entity's name." }),
    memberIds: t.exposeStringList('members', { description: 'Entity ids of the members with findings in the cell.' }),
    consensus: t.field({ type: ConsensusEnum, resolve: (c) => c.synthesis.consensus }),
    method: t.field({ type: SynthesisMethodEnum, resolve: (c) => c.synthesis.method }),
    certainty: t.field({ type: CertaintyType, resolve: (c) => c.synthesis.certainty }),
    agreement: t.float({ nullable: true, resolve: (c) => c.synthesis.agreement }),
    studyCount: t.int({ resolve: (c) => c.synthesis.studyCount }),
    findingCount: t.int({ resolve: (c) => c.synthesis.findingCount }),
    weightedSupport: t.field({ type: WeightedSupportType, resolve: (c) => c.synthesis.weightedSupport }),
  }),
});

builder.objectFields(EvidenceMatrixType, (t) => ({
  rollups: t.field({
    type: [RollupType],
    description: 'With includeDescendants: what each name given stands for (subjects first, then objects).',
    resolve: (m) => [...(m.expansion?.subjects ?? []), ...(m.expansion?.objects ?? [])],
  }),
  classCells: t.field({
    type: [ClassCell],
    description:
      'With includeDescendants: per subject name × column (object name, or object entity), the members synthesized together.',
    resolve: (m) => m.classCells ?? [],
  }),
}));
