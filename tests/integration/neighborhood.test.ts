// neighborhood over the bundled atlas sample (read-only). miR-320a is the subject of the findings of the seed entry
// (hussein-2022-impact-micro), one per object; "disease duration" is also the object of mensah-2016's CD21+ CD38- B
// cell frequency finding, so that appears at depth 2. What the extractor finds moves as it learns: the seed's findings
// come from the extractor itself (seedFindings), what lies further and what other studies say about the seed's
// objects and about querec-2023-natural-killer's are read from the graph (typed evidence edges, plain Cypher).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { entityKey } from '../../src/ingest/entity-key.ts';
import { describe, expect, it } from 'vitest';
import { graphql, readOnlySampleSuite, seedFindings } from './helpers.ts';

const { db, yoga } = readOnlySampleSuite();

const EVIDENCE_EDGES =
  'ELEVATED_IN|REDUCED_IN|NOT_DIFFERENT_IN|CORRELATES_WITH|NOT_CORRELATED_WITH|DISCRIMINATES|ASSOCIATED_WITH';

async function read<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await db.driver.executeQuery(cypher, params, { database: db.connection.database });
  return records.map((record) => record.toObject() as T);
}

/** Findings that name an entity (subject or object), over the whole sample. */
async function findingsNaming(type: string, name: string): Promise<number> {
  const [row] = await read<{ n: unknown }>(
    'MATCH (e:Entity {type: $type, name: $name})<-[:SUBJECT|OBJECT]-(f:Finding) RETURN count(DISTINCT f) AS n',
    { type, name },
  );
  return Number(row?.n);
}

/** Names of the entities first reached at each hop from miR-320a along evidence edges, hop 1 first. */
async function hopsFromMir(depth: number): Promise<string[][]> {
  const seen = new Set<string>(['mir-320a']);
  let frontier = ['mir-320a'];
  const hops: string[][] = [];
  for (let hop = 1; hop <= depth; hop += 1) {
    const rows = await read<{ key: string; name: string }>(
      `MATCH (m:Entity)-[:${EVIDENCE_EDGES}]-(n:Entity) WHERE m.key IN $frontier AND NOT n.key IN $seen RETURN DISTINCT n.key AS key, n.name AS name`,
      { frontier, seen: [...seen] },
    );
    for (const row of rows) seen.add(row.key);
    frontier = rows.map((row) => row.key);
    hops.push(rows.map((row) => row.name).sort());
  }
  return hops;
}

interface Graph {
  truncated: boolean;
  omittedNodes: number;
  nodes: { id: string; type: string; name: string; findingCount: number | null; depth: number }[];
  edges: {
    id: string;
    source: string;
    target: string;
    type: string;
    sign: string | null;
    studyCount: number;
    findingCount: number;
    consensus: string | null;
    findingIds: string[];
    studySlugs: string[];
  }[];
  cytoscape: {
    nodes: { data: { id: string; label: string; type: string } }[];
    edges: { data: { id: string; source: string; target: string; relation: string } }[];
  };
}

const NEIGHBORHOOD = `query ($id: ID!, $depth: Int, $limit: Int, $filter: EvidenceFilter) {
  neighborhood(id: $id, depth: $depth, limit: $limit, filter: $filter) {
    truncated
    omittedNodes
    nodes { id type name findingCount depth }
    edges { id source target type sign studyCount findingCount consensus findingIds studySlugs }
    cytoscape } }`;

const neighborhood = (variables: Record<string, unknown>) =>
  graphql<{ neighborhood: Graph }>(yoga, NEIGHBORHOOD, variables);

const MIR = encodeGlobalID('Biomarker', 'mir-320a');
const OF_MIR = seedFindings().filter((f) => f.subject.name === 'miR-320a');
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
/** miR-320a's objects in the seed, with the findings naming each: one depth-1 node each. */
const MIR_OBJECTS = [...groupBy(OF_MIR, (f) => f.object.name)].map(([name, findings]) => ({ name, findings }));
/** One edge per object, relation and sign. */
const MIR_EDGES = [...groupBy(OF_MIR, (f) => `${f.object.name}|${f.relation}|${f.sign ?? ''}`).values()];
const typeName = (type: string) => type.toUpperCase();
const QUEREC = encodeGlobalID('Study', 'querec-2023-natural-killer');

describe('neighborhood', () => {
  it('of miR-320a at depth 1: its objects and one edge per finding, in one round trip', async () => {
    expect(MIR_OBJECTS.length).toBeGreaterThan(4);
    const response = await neighborhood({ id: MIR });
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.roundTrips).toBe(1);
    const graph = response.data!.neighborhood;
    expect(graph.truncated).toBe(false);
    expect(graph.nodes[0]).toEqual({
      id: MIR,
      type: 'BIOMARKER',
      name: 'miR-320a',
      findingCount: OF_MIR.length,
      depth: 0,
    });
    expect(graph.nodes).toHaveLength(1 + MIR_OBJECTS.length);
    const byName = new Map(graph.nodes.map((n) => [n.name, n]));
    for (const { name, findings } of MIR_OBJECTS) {
      const type = findings[0]!.object.type;
      expect(byName.get(name), name).toMatchObject({
        type: typeName(type),
        depth: 1,
        findingCount: await findingsNaming(type, name),
      });
    }
    expect(byName.get('fibromyalgia')).toMatchObject({ type: 'CONDITION', depth: 1 });
    expect(byName.get('disease duration')!.findingCount).toBeGreaterThan(1); // mensah-2016 names it too

    expect(graph.edges).toHaveLength(MIR_EDGES.length);
    const fibro = graph.edges.find((e) => e.target === byName.get('fibromyalgia')!.id)!;
    expect(fibro).toMatchObject({
      source: MIR,
      type: 'ELEVATED_IN',
      sign: null,
      studyCount: 1,
      findingCount: 1,
      consensus: 'INSUFFICIENT',
      studySlugs: ['hussein-2022-impact-micro'],
    });
    for (const findings of MIR_EDGES) {
      const [{ object, relation, sign }] = findings as [(typeof findings)[number]];
      const edge = graph.edges.find((e) => e.target === byName.get(object.name)!.id && e.type === relation);
      expect(edge, object.name).toMatchObject({ source: MIR, sign: sign ?? null, findingCount: findings.length });
    }
  });

  it('gives Cytoscape.js elements matching the nodes and edges', async () => {
    const graph = (await neighborhood({ id: MIR })).data!.neighborhood;
    expect(graph.cytoscape.nodes).toHaveLength(graph.nodes.length);
    expect(graph.cytoscape.edges).toHaveLength(graph.edges.length);
    expect(graph.cytoscape.nodes.map((n) => n.data.id)).toEqual(graph.nodes.map((n) => n.id));
    expect(graph.cytoscape.nodes[0]!.data).toMatchObject({ id: MIR, label: 'miR-320a', type: 'Biomarker' });
    const ids = new Set(graph.nodes.map((n) => n.id));
    for (const edge of graph.cytoscape.edges) {
      expect(ids.has(edge.data.source) && ids.has(edge.data.target)).toBe(true);
      expect(edge.data.relation).toMatch(/^[A-Z_]+$/);
    }
  });

  it('resolves its finding ids and node ids through node()', async () => {
    const graph = (await neighborhood({ id: MIR })).data!.neighborhood;
    const fibro = graph.nodes.find((n) => n.name === 'fibromyalgia')!;
    const edge = graph.edges.find((e) => e.target === fibro.id)!;
    const response = await graphql<{ f: { relation: string; pValue: number }; c: { name: string } }>(
      yoga,
      'query ($f: ID!, $c: ID!) { f: node(id: $f) { ... on Finding { relation pValue } } c: node(id: $c) { ... on Condition { name } } }',
      { f: edge.findingIds[0], c: fibro.id },
    );
    expect(response.errors).toBeUndefined();
    const stated = OF_MIR.find((f) => f.object.name === 'fibromyalgia')!;
    expect(response.data).toEqual({
      f: { relation: stated.relation, pValue: stated.pValue ?? null },
      c: { name: 'fibromyalgia' },
    });
  });

  it('goes deeper with depth (disease duration → CD21+ CD38- B cell frequency), still in one round trip', async () => {
    const hops = await hopsFromMir(3);
    // One node for "CD21+ CD38- B cells" and "CD21+ CD38- B cell frequency" (entityKey), named as first imported.
    const [{ name: cd21Name } = { name: '' }] = await read<{ name: string }>(
      'MATCH (e:Biomarker {key: $key}) RETURN e.name AS name',
      { key: entityKey('CD21+ CD38- B cell frequency') },
    );
    expect(hops[1]).toContain(cd21Name);
    for (const depth of [2, 3]) {
      const response = await neighborhood({ id: MIR, depth });
      expect(response.extensions?.roundTrips).toBe(1);
      const graph = response.data!.neighborhood;
      expect(graph.truncated).toBe(false);
      for (let hop = 1; hop <= depth; hop += 1) {
        expect(
          graph.nodes
            .filter((n) => n.depth === hop)
            .map((n) => n.name)
            .sort(),
          `hop ${hop}`,
        ).toEqual(hops[hop - 1]);
      }
      expect(graph.nodes).toHaveLength(1 + hops.slice(0, depth).flat().length);
      const ids = new Set(graph.nodes.map((n) => n.id));
      expect(graph.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
      const cd21 = graph.nodes.find((n) => n.name === cd21Name)!;
      const duration = graph.nodes.find((n) => n.name === 'disease duration')!;
      expect(graph.edges.find((e) => e.source === cd21.id && e.target === duration.id)).toMatchObject({
        type: 'CORRELATES_WITH',
        sign: 'NEGATIVE',
        studySlugs: ['mensah-2016-extended-cell'],
      });
    }
  });

  it('truncates at limit and says so; edges only join kept nodes', async () => {
    const graph = (await neighborhood({ id: MIR, limit: 4 })).data!.neighborhood;
    expect(graph.truncated).toBe(true);
    expect(graph.nodes).toHaveLength(4);
    expect(graph.nodes[0]!.name).toBe('miR-320a');
    // Each hop keeps the entities with the most findings from the previous hop first, then by name.
    const kept = [...MIR_OBJECTS]
      .sort((a, b) => b.findings.length - a.findings.length || (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1))
      .slice(0, 3)
      .map((object) => object.name);
    expect(graph.nodes.slice(1).map((n) => n.name)).toEqual(kept);
    const keptEdges = MIR_EDGES.filter((findings) => kept.includes(findings[0]!.object.name)).length;
    expect(graph.edges).toHaveLength(keptEdges);
    expect(graph.cytoscape.nodes).toHaveLength(4);
    expect(graph.cytoscape.edges).toHaveLength(keptEdges);
    // What the limit cut is counted: miR-320a's other objects.
    expect(graph.omittedNodes).toBe(MIR_OBJECTS.length - 3);
    const whole = (await neighborhood({ id: MIR, limit: 1 + MIR_OBJECTS.length })).data!.neighborhood;
    expect(whole.truncated).toBe(false);
    expect(whole.omittedNodes).toBe(0);
  });

  it('counts the entities a limit leaves out at depth 2, each once, as the walk found them', async () => {
    const hops = await hopsFromMir(2);
    const all = 1 + hops[0]!.length + hops[1]!.length;
    const whole = (await neighborhood({ id: MIR, depth: 2, limit: 500 })).data!.neighborhood;
    expect(whole.nodes).toHaveLength(all);
    expect(whole.omittedNodes).toBe(0);
    // A limit of the first hop's size keeps hop 1 whole, so the walk finds all of hop 2 and the cut is hop 2.
    const limit = 1 + hops[0]!.length;
    expect(hops[1]!.length).toBeGreaterThan(0);
    const cut = (await neighborhood({ id: MIR, depth: 2, limit })).data!.neighborhood;
    expect(cut.nodes).toHaveLength(limit);
    expect(cut.truncated).toBe(true);
    expect(cut.omittedNodes).toBe(all - limit);
  });

  it('from a study: the study, the entities of its findings, REPORTS edges and the findings between them', async () => {
    const response = await neighborhood({ id: QUEREC });
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.roundTrips).toBe(1);
    const graph = response.data!.neighborhood;
    // The study's findings and, per entity they name, how many of them name it.
    const named = await read<{ name: string; findings: unknown }>(
      `MATCH (:Study {slug: 'querec-2023-natural-killer'})-[:REPORTS]->(f:Finding)-[:SUBJECT|OBJECT]->(e:Entity)
       RETURN e.name AS name, count(DISTINCT f) AS findings`,
    );
    const [total] = await read<{ n: unknown }>(
      "MATCH (:Study {slug: 'querec-2023-natural-killer'})-[:REPORTS]->(f:Finding) RETURN count(f) AS n",
    );
    expect(Number(total!.n)).toBeGreaterThan(0);
    expect(graph.nodes[0]).toMatchObject({ id: QUEREC, type: 'STUDY', depth: 0, findingCount: Number(total!.n) });
    // The study, then NK cell cytotoxicity (its subject, named by most of its findings) and the rest of its entities.
    expect(graph.nodes[1]).toMatchObject({ name: 'NK cell cytotoxicity', type: 'BIOMARKER', depth: 1 });
    expect(
      graph.nodes
        .slice(1)
        .map((n) => n.name)
        .sort(),
    ).toEqual(named.map((row) => row.name).sort());
    expect(graph.nodes.slice(1).every((n) => n.depth === 1)).toBe(true);
    const reports = graph.edges.filter((e) => e.type === 'REPORTS');
    expect(reports).toHaveLength(named.length);
    const byId = new Map(graph.nodes.map((n) => [n.id, n.name]));
    for (const edge of reports) {
      expect(edge.source).toBe(QUEREC);
      expect(edge.findingCount).toBe(Number(named.find((row) => row.name === byId.get(edge.target))!.findings));
    }
    // Between its entities: every evidence edge of the graph whose two ends were kept, this study's and others'.
    const [between] = await read<{ n: unknown }>(
      `MATCH (:Study {slug: 'querec-2023-natural-killer'})-[:REPORTS]->(:Finding)-[:SUBJECT|OBJECT]->(e:Entity)
       WITH collect(DISTINCT e) AS kept
       UNWIND kept AS a
       MATCH (a)-[r:${EVIDENCE_EDGES}]->(b) WHERE b IN kept
       RETURN count(r) AS n`,
    );
    const evidence = graph.edges.filter((e) => e.type !== 'REPORTS');
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.reduce((sum, e) => sum + e.findingCount, 0)).toBe(Number(between!.n));
    expect(evidence.some((e) => e.studySlugs.includes('querec-2023-natural-killer'))).toBe(true);
  });

  it('filters by EvidenceFilter (hussein-2022 is E2: nothing around miR-320a at E1)', async () => {
    const graph = (await neighborhood({ id: MIR, filter: { evidenceLevels: ['E1'] } })).data!.neighborhood;
    expect(graph.nodes.map((n) => n.name)).toEqual(['miR-320a']);
    expect(graph.nodes[0]!.findingCount).toBe(0);
    expect(graph.edges).toEqual([]);
    const significant = (await neighborhood({ id: MIR, filter: { significantOnly: true } })).data!.neighborhood;
    const significantObjects = new Set(OF_MIR.filter((f) => f.significant === true).map((f) => f.object.name));
    expect(significantObjects.size).toBeGreaterThan(0);
    expect(significantObjects.size).toBeLessThan(MIR_OBJECTS.length);
    expect(significant.nodes).toHaveLength(1 + significantObjects.size);
  });

  it('refuses unknown ids (NOT_FOUND), other node types and out-of-range bounds (BAD_USER_INPUT)', async () => {
    const missing = await neighborhood({ id: encodeGlobalID('Biomarker', 'no such thing') });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const finding = await neighborhood({ id: encodeGlobalID('Finding', 'x#1') });
    expect(finding.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const garbage = await neighborhood({ id: 'not a global id' });
    expect(garbage.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await neighborhood({ id: MIR, depth: 4 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await neighborhood({ id: MIR, limit: 501 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
