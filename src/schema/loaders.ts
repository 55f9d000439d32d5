// Per-request DataLoaders shared by several fields (one instance per context, so batching never crosses requests).
// They hold whole nodes (src/schema/projection.ts): whatever a field selects, a loaded node has it.
//
// One loader style, the dataloader plugin's own: a node type that can be fetched by its id is a loadable ref
// (src/schema/refs.ts: a field returns the object when its parent has it, else the key, and the ref loads it); any
// other batch (by a key that is not a node id: entity ids across types, a study's findings or tags, a pair) is a
// DataLoader kept per request by `createContextCache`, the cache the plugin keeps its own loaders in, declared here
// when several domain files read it and beside its field otherwise. The plugin's loadable fields are not used:
// they always load, and the fields here take what the parent's statement already returned first.
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../context.ts';
import { defaultFilterParams, pairKey, type StoredEvidenceRow } from '../evidence/index.ts';
import {
  findingFromRow,
  type EntityNode,
  type FindingNode,
  type FindingProjection,
  type TagNode,
} from './projection.ts';

function byKey<K, V>(keys: readonly K[], rows: [K, V][]): (V | null)[] {
  const map = new Map(rows);
  return keys.map((key) => map.get(key) ?? null);
}

export const entityLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, EntityNode | null>(async (ids) => {
      const rows = await context.cypher.read<{ entity: EntityNode }>('entity/by-ids', { ids });
      return byKey(
        ids,
        rows.map((row) => [row.entity.id, row.entity]),
      );
    }),
);

function grouped<T>(keys: readonly string[], rows: { key: string; value: T }[]): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(row.key)?.push(row.value);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Per request, the studies' findings loaders by projection (the JSON of its property lists). */
const studyFindingsLoaders = createContextCache(() => new Map<string, DataLoader<string, FindingNode[]>>());

/**
 * The findings of studies with their ends, fetching the properties `projection` names (src/schema/projection.ts;
 * the statement returns no study values, so its studyFields are ignored). One loader per projection in a request:
 * the places of an operation that select the same fields (every study of a page) share one round trip, and findings
 * fetched for one selection never serve a place that selects more.
 */
export function studyFindingsLoader(
  context: Context,
  projection: FindingProjection,
): DataLoader<string, FindingNode[]> {
  const fields: FindingProjection = { ...projection, studyFields: null };
  const key = JSON.stringify(fields);
  const loaders = studyFindingsLoaders(context);
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader<string, FindingNode[]>(async (slugs) => {
      const rows = await context.cypher.read<{ slug: string; finding: unknown[][] }>('finding/by-studies', {
        slugs,
        ...fields,
      });
      return grouped(
        slugs,
        rows.map((row) => ({ key: row.slug, value: findingFromRow(row.finding, fields) })),
      );
    });
    loaders.set(key, loader);
  }
  return loader;
}

export interface StudyTagNodes {
  symptoms: EntityNode[];
  biomarkerClasses: TagNode[];
  methodFlags: TagNode[];
}

export const studyTagsLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, StudyTagNodes>(async (slugs) => {
      const rows = await context.cypher.read<{ slug: string; kind: string; tag: EntityNode & TagNode }>('study/tags', {
        slugs,
      });
      const result = new Map<string, StudyTagNodes>(
        slugs.map((slug) => [slug, { symptoms: [], biomarkerClasses: [], methodFlags: [] }]),
      );
      for (const row of rows) {
        const tags = result.get(row.slug);
        if (!tags) continue;
        if (row.kind === 'symptom') tags.symptoms.push(row.tag);
        else if (row.kind === 'biomarkerClass') tags.biomarkerClasses.push(row.tag);
        else tags.methodFlags.push(row.tag);
      }
      return slugs.map((slug) => result.get(slug)!);
    }),
);

/**
 * The findings of subject–object pairs under the default evidence filter, as cypher/evidence/pairs.cypher returns
 * them: for the fields of a materialized PairEvidence that need findings. Every pair of a request in one round trip.
 */
export const pairFindingsLoader = createContextCache(
  (context: Context) =>
    new DataLoader<{ subjectId: string; objectId: string }, StoredEvidenceRow<FindingNode>[], string>(
      async (pairs) => {
        const rows = await context.cypher.read<{
          subjectId: string;
          objectId: string;
          findings: StoredEvidenceRow<FindingNode>[];
        }>('evidence/pair-findings', {
          pairs: pairs.map(({ subjectId, objectId }) => ({ subjectId, objectId })),
          filter: defaultFilterParams(),
        });
        const byPair = new Map(rows.map((row) => [pairKey(row.subjectId, row.objectId), row.findings]));
        return pairs.map((pair) => byPair.get(pairKey(pair.subjectId, pair.objectId)) ?? []);
      },
      { cacheKeyFn: (pair) => pairKey(pair.subjectId, pair.objectId) },
    ),
);

/**
 * The stored votes (JSON) of pairs of the view, by pair id: for a pair read as its headline alone whose growing
 * fields are asked for after all (src/schema/evidence-pairs.ts). Every pair of a request in one round trip.
 */
export const pairVotesLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, string[]>(async (pairIds) => {
      const rows = await context.cypher.read<{ id: string; votes: string[] }>('ingest/pair-votes', {
        pairIds: [...pairIds],
      });
      return byKey(
        pairIds,
        rows.map((row) => [row.id, row.votes]),
      ).map((votes) => votes ?? []);
    }),
);
