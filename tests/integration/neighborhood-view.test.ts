// neighborhood under the default filter answers its edges from the materialized evidence view (per-pair votes kept
// at import) instead of reading every finding between the kept entities (issue 19). The reference is the live path,
// which computes the same edges from the findings: on the bundled sample both must give the same graph, from every
// entity at depth 1, from the best-connected ones at depth 2 and 3, and from studies.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { int } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { Cypher } from '../../src/db/cypher.ts';
import { newQueryStats } from '../../src/db/cypher.ts';
import type { Context } from '../../src/context.ts';
import { neighborhood } from '../../src/schema/neighborhood.ts';
import { graphql, readOnlySampleSuite } from './helpers.ts';

const { db, yoga } = readOnlySampleSuite();

/** A context whose reads are kept (statement name and parameters). */
function recordingContext(sent: { name: string; params: Record<string, unknown> }[]): Context {
  const stats = newQueryStats();
  const cypher = db.cypher.withStats(stats);
  const recording = Object.create(cypher) as Cypher;
  recording.read = (name, params = {}) => {
    sent.push({ name, params });
    return cypher.read(name, params);
  };
  return { cypher: recording, stats, requestId: 'test', authorization: null, graphSlot: (work) => work() };
}

async function starts(limit: number): Promise<string[]> {
  const { records } = await db.driver.executeQuery(
    `MATCH (e:Entity) WITH e, COUNT { (e)-[:ELEVATED_IN|REDUCED_IN|NOT_DIFFERENT_IN|CORRELATES_WITH|NOT_CORRELATED_WITH|DISCRIMINATES|ASSOCIATED_WITH]-() } AS n
     WHERE n > 0 RETURN e.type AS type, e.key AS key ORDER BY n DESC, e.id LIMIT $limit`,
    { limit: int(limit) },
    { database: db.connection.database },
  );
  return records.map((r) => encodeGlobalID(r.get('type') as string, r.get('key') as string));
}

async function bothPaths(args: { id: string; depth: number; limit?: number }) {
  const sent: { name: string; params: Record<string, unknown> }[] = [];
  const view = await neighborhood(recordingContext(sent), args, { findingIds: true });
  const live = await neighborhood(recordingContext([]), args, { useView: false });
  return { view, live, sent };
}

describe('neighborhood from the materialized view', () => {
  it('equals the graph computed from the findings, from every entity at depth 1', { timeout: 600_000 }, async () => {
    const ids = await starts(10_000);
    expect(ids.length).toBeGreaterThan(20);
    let edges = 0;
    for (const id of ids) {
      const { view, live, sent } = await bothPaths({ id, depth: 1 });
      expect(view, id).toEqual(live);
      // One round trip, and it read the view.
      expect(sent.map((s) => [s.name, s.params.fromVotes])).toEqual([['neighborhood/expand', true]]);
      edges += view.edges.length;
    }
    expect(edges).toBeGreaterThan(ids.length);
  });

  it(
    'equals it at depth 2 and 3 from the best-connected entities, with a tight limit too',
    { timeout: 600_000 },
    async () => {
      for (const id of await starts(15)) {
        for (const [depth, limit] of [
          [2, 50],
          [3, 80],
          [2, 5],
        ] as const) {
          const { view, live } = await bothPaths({ id, depth, limit });
          expect(view, `${id} depth ${depth} limit ${limit}`).toEqual(live);
        }
      }
    },
  );

  it(
    'equals it from studies (REPORTS edges and the findings between their entities)',
    { timeout: 600_000 },
    async () => {
      const { records } = await db.driver.executeQuery(
        'MATCH (s:Study) RETURN s.slug AS slug ORDER BY COUNT { (s)-[:REPORTS]->() } DESC, s.slug LIMIT 10',
        {},
        {
          database: db.connection.database,
        },
      );
      for (const record of records) {
        const id = encodeGlobalID('Study', record.get('slug') as string);
        const { view, live } = await bothPaths({ id, depth: 2 });
        expect(view, id).toEqual(live);
      }
    },
  );

  it('reads no finding id unless the operation asks for one', async () => {
    const [id] = await starts(1);
    const bare = await graphql<{ neighborhood: { edges: { findingCount: number }[] } }>(
      yoga,
      'query ($id: ID!) { neighborhood(id: $id, depth: 1) { edges { findingCount consensus } } }',
      { id },
    );
    const withIds = await graphql<{ neighborhood: { edges: { findingCount: number; findingIds: string[] }[] } }>(
      yoga,
      'query ($id: ID!) { neighborhood(id: $id, depth: 1) { ...Edges } } fragment Edges on Graph { edges { findingCount findingIds } }',
      { id },
    );
    expect(bare.errors).toBeUndefined();
    expect(withIds.errors).toBeUndefined();
    expect(withIds.data!.neighborhood.edges.map((e) => e.findingCount)).toEqual(
      bare.data!.neighborhood.edges.map((e) => e.findingCount),
    );
    // Asked for through a named fragment, the ids are there: one per finding of each edge.
    for (const edge of withIds.data!.neighborhood.edges) expect(edge.findingIds).toHaveLength(edge.findingCount);
  });

  it(
    'without omittedNodes, skips ranking hops that cannot add a node and answers the same graph',
    { timeout: 600_000 },
    async () => {
      let skipped = 0;
      for (const id of await starts(15)) {
        for (const [depth, limit] of [
          [2, 5],
          [2, 50],
          [3, 8],
          [1, 3],
        ] as const) {
          const args = { id, depth, limit };
          const counted = await neighborhood(recordingContext([]), args, { findingIds: true });
          expect(counted.omittedNodes).not.toBeNull();
          for (const options of [{ findingIds: true }, { useView: false }]) {
            const uncounted = await neighborhood(recordingContext([]), args, { ...options, omittedNodes: false });
            const { omittedNodes, ...rest } = uncounted;
            expect(omittedNodes).toBeNull();
            const expected =
              options.useView === false ? await neighborhood(recordingContext([]), args, options) : counted;
            expect(rest, `${id} depth ${depth} limit ${limit}`).toEqual({ ...expected, omittedNodes: undefined });
          }
          // A hop beyond a full budget was left unranked here: the graph above did not depend on it.
          if (counted.truncated && counted.nodes.every((n) => n.depth < depth)) skipped += 1;
        }
      }
      expect(skipped).toBeGreaterThan(5);
      // Through GraphQL, the field is counted whenever it is selected (a named fragment too), and not otherwise.
      const [id] = await starts(1);
      const query = (selection: string) =>
        graphql<{ neighborhood: { omittedNodes?: number; nodes: { id: string }[] } }>(
          yoga,
          `query ($id: ID!) { neighborhood(id: $id, depth: 2, limit: 5) { ${selection} } }
           ${selection.includes('...Omitted') ? 'fragment Omitted on Graph { omittedNodes }' : ''}`,
          { id },
        );
      const viaFragment = await query('nodes { id } ...Omitted');
      expect(viaFragment.errors).toBeUndefined();
      expect(viaFragment.data!.neighborhood.omittedNodes).toBeGreaterThan(0);
      const bare = await query('nodes { id } ... on Graph { nodes { id } }');
      expect(bare.errors).toBeUndefined();
      expect(bare.data!.neighborhood.nodes).toEqual(viaFragment.data!.neighborhood.nodes);
    },
  );

  it("reads the edges' study slugs only when they are selected, and counts their studies the same without them", async () => {
    let edges = 0;
    for (const id of await starts(15)) {
      for (const [depth, limit] of [
        [1, 50],
        [2, 50],
      ] as const) {
        const args = { id, depth, limit };
        const withSlugs = await neighborhood(recordingContext([]), args, { findingIds: true });
        const sent: { name: string; params: Record<string, unknown> }[] = [];
        const without = await neighborhood(recordingContext(sent), args, { findingIds: true, studySlugs: false });
        expect(sent.map((s) => s.params.studySlugs)).toEqual([null]);
        expect(without.edges.every((e) => e.studySlugs === null)).toBe(true);
        expect({ ...without, edges: without.edges.map((e) => ({ ...e, studySlugs: [] })) }).toEqual({
          ...withSlugs,
          edges: withSlugs.edges.map((e) => ({ ...e, studySlugs: [] })),
        });
        for (const edge of withSlugs.edges) expect(edge.studySlugs).toHaveLength(edge.studyCount);
        edges += without.edges.length;
      }
    }
    expect(edges).toBeGreaterThan(50);
    // Through GraphQL: selected behind a named fragment, the slugs are read.
    const [id] = await starts(1);
    const response = await graphql<{ neighborhood: { edges: { studyCount: number; studySlugs: string[] }[] } }>(
      yoga,
      'query ($id: ID!) { neighborhood(id: $id) { ...E } } fragment E on Graph { edges { studyCount studySlugs } }',
      { id },
    );
    expect(response.errors).toBeUndefined();
    for (const edge of response.data!.neighborhood.edges) expect(edge.studySlugs).toHaveLength(edge.studyCount);
  });
});
