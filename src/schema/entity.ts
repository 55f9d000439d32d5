// Entities: Biomarker, Symptom, Condition and Measure share the Entity interface (SPEC §4). Each is a Relay node
// whose id is its normalised name; lookups accept any synonym, case-insensitively.
import { createContextCache } from '@pothos/core';
import { normalizeKey } from '../ingest/entity-key.ts';
import DataLoader from 'dataloader';
import { getArgumentValues, isObjectType, Kind, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import type { SelectionInfo } from './selection.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { ENTITY_TYPES, type EntityType } from '../ingest/record.ts';
import { RelationEnum } from './enums.ts';
import { entityLoader } from './loaders.ts';
import { forwardPage, toPage, type Page } from './pagination.ts';
import { findingFromRow, findingProjection, type EntityNode, type FindingNode, type StudyNode } from './projection.ts';
import { Biomarker, Condition, Entity, Finding, Measure, Study, Symptom } from './refs.ts';
import { unknownNames } from './unknown-names.ts';

export const FindingRoleEnum = builder.enumType('FindingRole', {
  description: 'The side of a finding an entity is on.',
  values: { SUBJECT: { value: 'SUBJECT' }, OBJECT: { value: 'OBJECT' } } as const,
});

export const Xref = builder.objectRef<string>('Xref').implement({
  description: 'A cross-reference to an outside vocabulary, such as MONDO:0005404 or HP:0012378.',
  fields: (t) => ({
    source: t.string({ resolve: (xref) => xref.slice(0, xref.indexOf(':')) }),
    id: t.string({ description: 'The full CURIE.', resolve: (xref) => xref }),
  }),
});

/**
 * Loaders for per-entity connections, keyed by the field's arguments (the selection they project included): every
 * entity of one list level with the same arguments shares one round trip. `toNode` turns a row into the node it
 * serves, once, in the batch.
 */
const connectionLoaders = createContextCache(
  () => new Map<string, DataLoader<string, { total: number; rows: unknown[] }>>(),
);

function connectionLoader<T>(
  context: Context,
  statement: string,
  params: Record<string, unknown>,
  rowsKey: string,
  toNode: (row: never) => T,
): DataLoader<string, { total: number; rows: T[] }> {
  const byArgs = connectionLoaders(context);
  const key = `${statement}:${JSON.stringify(params)}`;
  let loader = byArgs.get(key);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await context.cypher.read<Record<string, unknown>>(statement, { ...params, ids });
      const byId = new Map(
        rows.map((row) => [
          row.id as string,
          { total: row.total as number, rows: (row[rowsKey] as never[]).map(toNode) },
        ]),
      );
      return ids.map((id) => byId.get(id) ?? { total: 0, rows: [] });
    });
    byArgs.set(key, loader);
  }
  return loader as DataLoader<string, { total: number; rows: T[] }>;
}

/**
 * The statement of an entity's findings page: in one role without a relation filter, the page and total read from
 * indexes and degrees (entity/findings-in-id-order), so a hub's page costs what any page does; otherwise by expansion.
 */
const findingsStatement = (params: Pick<FindingsParams, 'role' | 'relation'>) =>
  params.role !== 'EITHER' && params.relation === null ? 'entity/findings-in-id-order' : 'entity/findings';

/** The loader of entity findings pages for `params` (findingsPage's). */
const findingsLoader = (context: Context, params: FindingsParams) =>
  connectionLoader<FindingNode>(context, findingsStatement(params), params, 'findings', (row: unknown[][]) =>
    findingFromRow(row, params),
  );

Entity.implement({
  description: 'Something findings are about: a Biomarker, Symptom, Condition or Measure.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (entity) => entity.type,
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Canonical name.' }),
    synonyms: t.stringList({ resolve: (e) => e.synonyms ?? [] }),
    xrefs: t.field({ type: [Xref], resolve: (e) => e.xrefs ?? [] }),
    findings: t.connection(
      {
        type: Finding,
        description: 'Findings about this entity, as subject, object or either.',
        args: {
          role: t.arg({ type: FindingRoleEnum, required: false }),
          relation: t.arg({ type: RelationEnum, required: false }),
        },
        resolve: async (entity, args, context, info): Promise<Page<FindingNode>> => {
          const { limit, after, params } = findingsPage(args, info);
          const page = await findingsLoader(context, params).load(entity.id);
          return toPage(page.rows, limit, page.total, (f) => f.id, after);
        },
      },
      { name: 'EntityFindingConnection' },
    ),
    studies: t.connection(
      {
        type: Study,
        description: 'Studies that report a finding about this entity or are tagged with it.',
        resolve: async (entity, args, context): Promise<Page<StudyNode>> => {
          const { limit, after } = forwardPage(args);
          const page = await connectionLoader(
            context,
            'entity/studies',
            { after, limit: limit + 1 },
            'studies',
            (study: StudyNode) => study,
          ).load(entity.id);
          return toPage(page.rows, limit, page.total, (s) => s.slug, after);
        },
      },
      { name: 'EntityStudyConnection' },
    ),
  }),
});

type FindingsParams = ReturnType<typeof findingsPage>['params'];

/** The entity/findings parameters of one `findings` field: the field's own, and what its findings select. */
function findingsPage(
  args: {
    role?: string | null;
    relation?: string | null;
    first?: number | null;
    after?: string | null;
    last?: number | null;
    before?: string | null;
  },
  info: SelectionInfo,
) {
  const { limit, after } = forwardPage(args);
  const projection = findingProjection(info, ['nodes'], ['edges', 'node']);
  const params = {
    role: args.role ?? 'EITHER',
    relation: args.relation ?? null,
    after,
    limit: limit + 1,
    ...projection,
    lookup: null,
  };
  return { limit, after, params };
}

/**
 * `biomarker(name) { findings(…) { … } }`: the entity (whole) and its findings page in one round trip, primed into
 * the entity loader and the page's connection loader, which the fields read; null when no entity has the name. Undefined (take the ordinary path) unless the lookup
 * selects one `findings` field directly and its arguments are valid: a bad argument then fails on the field itself,
 * where the error belongs.
 */
async function lookupWithFindings(context: Context, type: EntityType, name: string, info: GraphQLResolveInfo) {
  const selections = info.fieldNodes.length === 1 ? (info.fieldNodes[0]!.selectionSet?.selections ?? []) : [];
  if (selections.some((node) => node.kind !== Kind.FIELD)) return undefined;
  const findings = selections.filter(
    (node): node is FieldNode => node.kind === Kind.FIELD && node.name.value === 'findings',
  );
  const objectType = info.schema.getType(type);
  if (findings.length !== 1 || !isObjectType(objectType)) return undefined;
  let page: ReturnType<typeof findingsPage>;
  try {
    page = findingsPage(getArgumentValues(objectType.getFields().findings!, findings[0]!, info.variableValues), {
      fieldNodes: findings,
      fragments: info.fragments,
    });
  } catch {
    return undefined;
  }
  const [row] = await context.cypher.read<{ id: string; total: number; findings: unknown[][][]; entity: EntityNode }>(
    findingsStatement(page.params),
    {
      ...page.params,
      ids: null,
      lookup: { type, name: normalizeKey(name) },
    },
  );
  if (!row) return null;
  entityLoader(context).prime(row.entity.id, row.entity);
  const rows = row.findings.map((values) => findingFromRow(values, page.params));
  findingsLoader(context, page.params).prime(row.id, { total: row.total, rows });
  return row.entity;
}

function implementEntityType(ref: typeof Biomarker, type: EntityType, description: string) {
  ref.implement({
    description,
    interfaces: [Entity],
    isTypeOf: (value) => (value as EntityNode).type === type,
    fields: (t) => ({
      ...(type === 'Biomarker'
        ? {
            kind: t.string({
              nullable: true,
              description: 'microRNA, cytokine, cell function, imaging…',
              resolve: (e) => e.kind ?? null,
            }),
          }
        : {}),
      ...(type === 'Condition'
        ? {
            subgroupOf: t.string({
              nullable: true,
              description: 'For a patient subgroup or treatment arm: the condition all its members have.',
              resolve: (e) => e.subgroupOf ?? null,
            }),
          }
        : {}),
    }),
  });
}

implementEntityType(Biomarker, 'Biomarker', 'A measured analyte, cell function or physiological or imaging marker.');
implementEntityType(Symptom, 'Symptom', 'A symptom (atlas Symptom tags and symptoms named in findings); xrefs to HPO.');
implementEntityType(
  Condition,
  'Condition',
  'A condition or patient group (ME/CFS, fibromyalgia, long COVID…); xrefs to MONDO.',
);
implementEntityType(
  Measure,
  'Measure',
  'An instrument or clinical measure that is neither biomarker nor symptom (FIQR, SF-36…).',
);

/** Entity lookups by name or synonym go through one batched statement per request. */
const nameLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, EntityNode | null>(async (keys) => {
      const lookups = keys.map((key) => ({
        type: key.slice(0, key.indexOf(':')),
        name: key.slice(key.indexOf(':') + 1),
      }));
      const rows = await context.cypher.read<{ lookupKey: string; entity: EntityNode }>('entity/by-names', { lookups });
      const byKey = new Map(rows.map((row) => [row.lookupKey, row.entity]));
      return keys.map((key) => byKey.get(key) ?? null);
    }),
);

export function entityByName(context: Context, type: EntityType, name: string): Promise<EntityNode | null> {
  return nameLoader(context).load(`${type}:${normalizeKey(name)}`);
}

const lookupFields = { biomarker: Biomarker, symptom: Symptom, condition: Condition, measure: Measure } as const;

builder.queryFields((t) =>
  Object.fromEntries(
    ENTITY_TYPES.map((type) => {
      const field = type.charAt(0).toLowerCase() + type.slice(1);
      return [
        field,
        t.field({
          type: lookupFields[field as keyof typeof lookupFields],
          nullable: true,
          description: `One ${type} by its name or any synonym (case-insensitive); an unknown name is null with a NOT_FOUND error.`,
          args: { name: t.arg.string({ required: true }) },
          resolve: async (_root, args, context, info) => {
            const lookedUp = await lookupWithFindings(context, type, args.name, info);
            const found = lookedUp !== undefined ? lookedUp : await entityByName(context, type, args.name);
            if (!found) throw await unknownNames(context, [args.name], 'name', [type], type.toLowerCase());
            return found;
          },
        }),
      ];
    }),
  ),
);
