// Finding: one claim of one study (SPEC §2), with its statistics and provenance.
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { Entity } from './entity.ts';
import { RelationEnum, SignEnum } from './enums.ts';
import { entityLoader, findingLoader, type EntityNode, type FindingNode } from './loaders.ts';
import { selectionAt, selectionOf, selectsOnly } from './selection.ts';
import { Study } from './study.ts';

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

export const GroupSummary = builder.objectRef<{ mean: number; sd?: number | null; n?: number | null }>('GroupSummary').implement({
  description: 'A group mean as the sentence prints it ("0.907 ± 0.022"), in the order it prints them.',
  fields: (t) => ({
    mean: t.exposeFloat('mean'),
    sd: t.float({ nullable: true, resolve: (g) => g.sd ?? null }),
    n: t.int({ nullable: true, resolve: (g) => g.n ?? null }),
  }),
});

export const Finding = builder.loadableNodeRef<FindingNode, string, string>('Finding', {
  id: { resolve: (finding) => finding.id },
  load: async (ids, context) => {
    const findings = await findingLoader(context).loadMany(ids);
    // A missing id is null (node(id) answers null); a failed read stays the error it is.
    return findings as (FindingNode | Error)[];
  },
});

/** Entity fields an end's name-only form (FindingNode.subjectName) serves: `id` reads its key, `__typename` its type. */
export const END_NAME_FIELDS: ReadonlySet<string> = new Set(['__typename', 'id', 'name']);

/**
 * The stored properties each Finding field reads. `subject` and `object` read none: a statement that returns partial
 * findings returns their ends beside them. A field missing here makes selectedFindingProperties fetch whole findings.
 */
export const FINDING_FIELD_PROPERTIES: Readonly<Record<string, readonly (keyof FindingNode)[]>> = {
  __typename: [],
  id: ['id'],
  study: ['studySlug'],
  statement: ['statement'],
  relation: ['relation'],
  sign: ['sign'],
  subject: [],
  object: [],
  comparator: ['comparator'],
  population: ['population'],
  pValue: ['pValue'],
  pComparator: ['pComparator'],
  significant: ['significant'],
  effectSize: ['effectSize'],
  effectType: ['effectType'],
  ci: ['ciLow', 'ciHigh'],
  sampleSize: ['sampleSize'],
  groups: ['groups'],
  extraction: ['extractionAgent', 'extractionVersion', 'extractionConfidence', 'curated'],
};

/**
 * The finding properties a statement returning findings at the end of any of `paths` needs: those their selected
 * fields read, and the id. Null (whole findings) when a named fragment hides what is selected.
 */
export function selectedFindingProperties(info: Pick<GraphQLResolveInfo, 'fieldNodes'>, ...paths: string[][]): string[] | null {
  const selection = selectionAt(info, ...paths);
  if (selection.spreads) return null;
  const properties = new Set<string>(['id']);
  for (const name of selection.names) {
    const read = FINDING_FIELD_PROPERTIES[name];
    if (!read) return null;
    for (const property of read) properties.add(property);
  }
  return [...properties];
}

/**
 * A row `[subject, object, ...values of properties]` as a partial finding (the values from index `from`; a statement
 * may return more between). It serves the field that asked for it alone (never primed into a loader): its ends are
 * whole entities when `wholeEnds`, else their names.
 */
export function partialFinding(properties: readonly string[], row: readonly unknown[], wholeEnds: boolean, from = 2): FindingNode {
  const [subject, object] = row as [EntityNode, EntityNode];
  const finding: Record<string, unknown> = { subjectId: subject.id, objectId: object.id };
  finding[wholeEnds ? 'subjectEntity' : 'subjectName'] = subject;
  finding[wholeEnds ? 'objectEntity' : 'objectName'] = object;
  for (let i = 0; i < properties.length; i++) finding[properties[i]!] = row[i + from];
  return finding as unknown as FindingNode;
}

/** Whether more than the names of the ends (at the end of any of `paths`) may be selected. */
export const selectsWholeEnds = (info: Pick<GraphQLResolveInfo, 'fieldNodes'>, ...paths: string[][]): boolean =>
  !selectsOnly(selectionAt(info, ...paths.flatMap((path) => [[...path, 'subject'], [...path, 'object']])), END_NAME_FIELDS);

/** A finding's subject or object: as the statement that read the finding returned it, else through the entity loader. */
function resolveEnd(f: FindingNode, end: 'subject' | 'object', context: Context, info: GraphQLResolveInfo): EntityNode | Promise<EntityNode> {
  const whole = end === 'subject' ? f.subjectEntity : f.objectEntity;
  if (whole) return whole;
  const named = end === 'subject' ? f.subjectName : f.objectName;
  if (named && selectsOnly(selectionOf(info), END_NAME_FIELDS)) return named;
  return loadEnd(context, f, end);
}

/** A finding's subject or object through the entity loader, for statements that return only its id. */
async function loadEnd(context: Context, f: FindingNode, end: 'subject' | 'object'): Promise<EntityNode> {
  const id = end === 'subject' ? f.subjectId : f.objectId;
  const entity = await entityLoader(context).load(id);
  if (!entity) throw new Error(`finding ${f.id}: ${end} ${id} is missing`);
  return entity;
}

Finding.implement({
  description: 'One claim from one study: subject, relation, object, statistics, and the verbatim sentence it came from.',
  fields: (t) => ({
    study: t.field({ type: Study, resolve: (f) => f.partialStudy ?? f.studySlug }),
    statement: t.exposeString('statement', { description: 'The verbatim Observed Findings sentence.' }),
    relation: t.field({ type: RelationEnum, resolve: (f) => f.relation }),
    sign: t.field({ type: SignEnum, nullable: true, description: 'For CORRELATES_WITH only.', resolve: (f) => f.sign ?? null }),
    // The statement that read the finding usually returned its ends too: served as they are (no promise per field).
    subject: t.field({ type: Entity, resolve: (f, _args, context, info) => resolveEnd(f, 'subject', context, info) }),
    object: t.field({ type: Entity, resolve: (f, _args, context, info) => resolveEnd(f, 'object', context, info) }),
    comparator: t.string({ nullable: true, description: 'The reference group or time point.', resolve: (f) => f.comparator ?? null }),
    population: t.string({
      nullable: true,
      description: 'The group the claim holds in, when the sentence names one apart from the comparison ("in controls but not in patients" is two findings); null when the claim is about the study\'s groups.',
      resolve: (f) => f.population ?? null,
    }),
    pValue: t.float({ nullable: true, resolve: (f) => f.pValue ?? null }),
    pComparator: t.string({ nullable: true, description: '"<", "=", "≤" as printed.', resolve: (f) => f.pComparator ?? null }),
    significant: t.boolean({ nullable: true, description: 'null when unknown.', resolve: (f) => f.significant ?? null }),
    effectSize: t.float({ nullable: true, resolve: (f) => f.effectSize ?? null }),
    effectType: t.string({ nullable: true, description: 'mean difference, Hedges g, r, AUC, odds ratio…', resolve: (f) => f.effectType ?? null }),
    ci: t.field({
      type: ConfidenceInterval,
      nullable: true,
      resolve: (f) => (f.ciLow != null && f.ciHigh != null ? { low: f.ciLow, high: f.ciHigh } : null),
    }),
    sampleSize: t.int({ nullable: true, resolve: (f) => f.sampleSize ?? null }),
    groups: t.field({
      type: [GroupSummary],
      resolve: (f) => (f.groups ? (JSON.parse(f.groups) as { mean: number; sd?: number | null; n?: number | null }[]) : []),
    }),
    extraction: t.field({ type: Extraction, resolve: (f) => f }),
  }),
});
