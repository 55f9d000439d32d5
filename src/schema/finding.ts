// Finding: one claim of one study (SPEC §2), with its statistics and provenance.
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { RelationEnum, SignEnum } from './enums.ts';
import { entityLoader } from './loaders.ts';
import type { EntityNode, FindingNode } from './projection.ts';
import { Entity, Finding, Study } from './refs.ts';

export const Extraction = builder.objectRef<FindingNode>('Extraction').implement({
  description: 'Who made the claim and how sure it is: the extractor (agent, version) or a curator.',
  fields: (t) => ({
    agent: t.exposeString('extractionAgent'),
    version: t.exposeString('extractionVersion'),
    confidence: t.exposeFloat('extractionConfidence', { description: '0–1.' }),
    curated: t.exposeBoolean('curated', { description: 'Stated by a curator; curated findings replace machine ones.' }),
  }),
});

export const ConfidenceInterval = builder.objectRef<{ low: number; high: number }>('ConfidenceInterval').implement({
  fields: (t) => ({ low: t.exposeFloat('low'), high: t.exposeFloat('high') }),
});

export const GroupSummary = builder
  .objectRef<{ mean: number; sd?: number | null; n?: number | null }>('GroupSummary')
  .implement({
    description: 'A group mean as the sentence prints it ("0.907 ± 0.022"), in the order it prints them.',
    fields: (t) => ({
      mean: t.exposeFloat('mean'),
      sd: t.float({ nullable: true, resolve: (g) => g.sd ?? null }),
      n: t.int({ nullable: true, resolve: (g) => g.n ?? null }),
    }),
  });

/** A finding's subject or object: taken from the finding when the statement that read it returned it, else loaded. */
function findingEnd(f: FindingNode, end: 'subject' | 'object', context: Context): EntityNode | Promise<EntityNode> {
  return f[end] ?? loadEnd(context, f, end);
}

/** A finding's subject or object through the entity loader, for statements that return only its id. */
async function loadEnd(context: Context, f: FindingNode, end: 'subject' | 'object'): Promise<EntityNode> {
  const id = end === 'subject' ? f.subjectId : f.objectId;
  const entity = await entityLoader(context).load(id);
  if (!entity) throw new Error(`finding ${f.id}: ${end} ${id} is missing`);
  return entity;
}

Finding.implement({
  description:
    'One claim from one study: subject, relation, object, statistics, and the verbatim sentence it came from.',
  fields: (t) => ({
    study: t.field({ type: Study, resolve: (f) => f.study ?? f.studySlug }),
    statement: t.exposeString('statement', { description: 'The verbatim Observed Findings sentence.' }),
    relation: t.field({ type: RelationEnum, resolve: (f) => f.relation }),
    sign: t.field({
      type: SignEnum,
      nullable: true,
      description: 'For CORRELATES_WITH only.',
      resolve: (f) => f.sign ?? null,
    }),
    // The statement that read the finding usually returned its ends too: served as they are (no promise per field).
    subject: t.field({ type: Entity, resolve: (f, _args, context) => findingEnd(f, 'subject', context) }),
    object: t.field({ type: Entity, resolve: (f, _args, context) => findingEnd(f, 'object', context) }),
    comparator: t.string({
      nullable: true,
      description: 'The reference group or time point.',
      resolve: (f) => f.comparator ?? null,
    }),
    population: t.string({
      nullable: true,
      description:
        'The group the claim holds in, when the sentence names one apart from the comparison ("in controls but not in patients" is two findings); null when the claim is about the study\'s groups.',
      resolve: (f) => f.population ?? null,
    }),
    timePoint: t.string({
      nullable: true,
      description:
        'The time point the claim is stated at, when the sentence states the same comparison at several ("lower at week 4 but not at week 12" is two findings); null otherwise.',
      resolve: (f) => f.timePoint ?? null,
    }),
    pValue: t.float({ nullable: true, resolve: (f) => f.pValue ?? null }),
    pComparator: t.string({
      nullable: true,
      description: '"<", "=", "≤" as printed.',
      resolve: (f) => f.pComparator ?? null,
    }),
    significant: t.boolean({
      nullable: true,
      description: 'null when unknown.',
      resolve: (f) => f.significant ?? null,
    }),
    effectSize: t.float({ nullable: true, resolve: (f) => f.effectSize ?? null }),
    effectType: t.string({
      nullable: true,
      description: 'mean difference, Hedges g, r, AUC, odds ratio…',
      resolve: (f) => f.effectType ?? null,
    }),
    ci: t.field({
      type: ConfidenceInterval,
      nullable: true,
      resolve: (f) => (f.ciLow != null && f.ciHigh != null ? { low: f.ciLow, high: f.ciHigh } : null),
    }),
    sampleSize: t.int({ nullable: true, resolve: (f) => f.sampleSize ?? null }),
    groups: t.field({
      type: [GroupSummary],
      resolve: (f) =>
        f.groups ? (JSON.parse(f.groups) as { mean: number; sd?: number | null; n?: number | null }[]) : [],
    }),
    extraction: t.field({ type: Extraction, resolve: (f) => f }),
  }),
});
