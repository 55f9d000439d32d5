// Roll-ups: a name, synonym or CURIE ("fatigue", "cytokines", "HP:0012378") as the set of entities it stands for
// once its ontology descendants are included. Every query of a request is resolved in one round trip
// (cypher/ontology/rollup.cypher), whatever the number of descendants; the API's includeDescendants options then
// read their statements with the member entities' ids.
import { normalizeKey } from '../ingest/entity-key.ts';
import type { Context } from '../context.ts';
import type { EntityNode } from '../schema/projection.ts';
import type { TermOrigin } from './catalogue.ts';
import { canonicalCurie, isKnownPrefix } from './curie.ts';

export interface TermNode {
  curie: string;
  label: string;
  source: TermOrigin;
}

export interface RollupMember {
  entity: EntityNode;
  /** The terms (CURIEs) through which the entity is in the roll-up; empty when the query names it directly. */
  via: string[];
  /** The query names the entity itself (name, synonym or cross-reference). */
  named: boolean;
}

export interface Rollup {
  query: string;
  /** The terms the query names or its named entities link to; descendants are taken under these. */
  roots: TermNode[];
  /** How many terms the roll-up covers (the roots and every descendant in the graph). */
  termCount: number;
  members: RollupMember[];
}

const CURIE = /^[A-Za-z][A-Za-z0-9_.]*:[^\s:]+$/;
/** The CURIE a query is (a prefix of the graph's ontology), with the prefix as the graph writes it; else null. */
export function queryCurie(query: string): string | null {
  const text = query.trim();
  return CURIE.test(text) && isKnownPrefix(text.slice(0, text.indexOf(':'))) ? canonicalCurie(text) : null;
}

interface RollupRow {
  i: number;
  named: EntityNode[];
  roots: TermNode[];
  termCount: number;
  linked: { entity: EntityNode; via: string[] }[];
}

/** A query by name, synonym or CURIE, or by entity id (neighborhood starts from an id). */
export type RollupQuery = string | { entityId: string };

/** The roll-ups of `queries`, in their order; one round trip for all of them. */
export async function resolveRollups(context: Context, queries: readonly RollupQuery[]): Promise<Rollup[]> {
  if (queries.length === 0) return [];
  const params = queries.map((query) =>
    typeof query === 'string'
      ? { name: normalizeKey(query), curie: queryCurie(query), id: null }
      : { name: null, curie: null, id: query.entityId },
  );
  const rows = await context.cypher.read<RollupRow & Record<string, unknown>>('ontology/rollup', {
    queries: params,
    // Guard: the scan of the entities' cross-references is sent only when some query is a CURIE.
    curies: params.some((query) => query.curie !== null) || null,
  });
  return queries.map((query, i) => {
    const row = rows.find((r) => Number(r.i) === i);
    const members = new Map<string, RollupMember>();
    for (const entity of row?.named ?? []) members.set(entity.id, { entity, via: [], named: true });
    for (const { entity, via } of row?.linked ?? []) {
      const seen = members.get(entity.id);
      if (seen) seen.via = via;
      else members.set(entity.id, { entity, via, named: false });
    }
    return {
      query: typeof query === 'string' ? query : query.entityId,
      roots: row?.roots ?? [],
      termCount: Number(row?.termCount ?? 0),
      members: [...members.values()],
    };
  });
}

export const memberIds = (rollup: Rollup): string[] => rollup.members.map((m) => m.entity.id);
