// biomarkers / symptoms / conditions / measures(filter, first, after): each entity type as a connection ordered by
// name, filtered by a name/synonym substring, a biomarker's kind and whether findings mention it; and
// Entity.findingCount, batched (a list's own rows carry it, so listing with counts is one round trip).
import { normalizeKey } from '../ingest/entity-key.ts';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import type { EntityType } from '../ingest/record.ts';
import type { EntityNode } from './projection.ts';
import { Biomarker, Condition, Entity, Measure, Symptom } from './refs.ts';
import { forwardPage, toPage, type Page } from './pagination.ts';

export const EntityFilter = builder.inputType('EntityFilter', {
  description: 'Which entities: every condition given must hold.',
  fields: (t) => ({
    text: t.string({ required: false, description: 'Occurs in the name or a synonym (case-insensitive substring).' }),
    hasFindings: t.boolean({
      required: false,
      description: 'true: named by at least one finding; false: by none (tags only).',
    }),
  }),
});

export const BiomarkerFilter = builder.inputType('BiomarkerFilter', {
  description: 'Which biomarkers: every condition given must hold.',
  fields: (t) => ({
    text: t.string({ required: false, description: 'Occurs in the name or a synonym (case-insensitive substring).' }),
    kind: t.string({
      required: false,
      description: 'The kind, case-insensitive: microRNA, cytokine, metabolite, imaging…',
    }),
    hasFindings: t.boolean({ required: false, description: 'true: named by at least one finding; false: by none.' }),
  }),
});

interface EntityFilterArg {
  text?: string | null;
  kind?: string | null;
  hasFindings?: boolean | null;
}

type ListedEntity = EntityNode & { findingCount?: number };

const findingCountLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, number>(async (ids) => {
      const rows = await context.cypher.read<{ id: string; findingCount: number }>('entity/list-finding-counts', {
        ids,
      });
      const byId = new Map(rows.map((row) => [row.id, row.findingCount]));
      return ids.map((id) => byId.get(id) ?? 0);
    }),
);

builder.interfaceField(Entity, 'findingCount', (t) =>
  t.int({
    description: 'How many findings name this entity as subject or object (batched: one round trip per list level).',
    resolve: (entity, _args, context) =>
      (entity as ListedEntity).findingCount ?? findingCountLoader(context).load(entity.id),
  }),
);

const normal = (text: string | null | undefined) => (text == null ? null : normalizeKey(text));

async function entityPage(
  context: Context,
  type: EntityType,
  filter: EntityFilterArg | null | undefined,
  args: { first?: number | null; after?: string | null; last?: number | null; before?: string | null },
): Promise<Page<ListedEntity>> {
  const { limit, after } = forwardPage(args);
  const [row] = await context.cypher.read<{ total: number; entities: ListedEntity[] }>('entity/list', {
    type,
    filter: {
      text: normal(filter?.text) || null,
      kind: normal(filter?.kind),
      hasFindings: filter?.hasFindings ?? null,
    },
    after,
    limit: limit + 1,
  });
  return toPage(row?.entities ?? [], limit, row?.total ?? 0, (e) => e.key, after);
}

const LIST_DESCRIPTION =
  'matching `filter` (all when absent), by name. One database round trip (findingCount included).';

builder.queryFields((t) => ({
  biomarkers: t.connection(
    {
      type: Biomarker,
      description: `Biomarkers ${LIST_DESCRIPTION}`,
      args: { filter: t.arg({ type: BiomarkerFilter, required: false }) },
      resolve: (_root, args, context) => entityPage(context, 'Biomarker', args.filter, args),
    },
    { name: 'BiomarkerConnection' },
  ),
  symptoms: t.connection(
    {
      type: Symptom,
      description: `Symptoms ${LIST_DESCRIPTION}`,
      args: { filter: t.arg({ type: EntityFilter, required: false }) },
      resolve: (_root, args, context) => entityPage(context, 'Symptom', args.filter, args),
    },
    { name: 'SymptomConnection' },
  ),
  conditions: t.connection(
    {
      type: Condition,
      description: `Conditions ${LIST_DESCRIPTION}`,
      args: { filter: t.arg({ type: EntityFilter, required: false }) },
      resolve: (_root, args, context) => entityPage(context, 'Condition', args.filter, args),
    },
    { name: 'ConditionConnection' },
  ),
  measures: t.connection(
    {
      type: Measure,
      description: `Measures ${LIST_DESCRIPTION}`,
      args: { filter: t.arg({ type: EntityFilter, required: false }) },
      resolve: (_root, args, context) => entityPage(context, 'Measure', args.filter, args),
    },
    { name: 'MeasureConnection' },
  ),
}));
