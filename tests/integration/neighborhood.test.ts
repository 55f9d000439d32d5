// neighborhood over the bundled atlas sample (read-only). Expected values from the sample graph: miR-320a is the
// subject of 10 findings of hussein-2022-impact-micro, one per object; "disease duration" is also the object of
// mensah-2016's CD21+ CD38- B cell frequency finding (so it appears at depth 2 and nothing further at depth 3).
// querec-2023-natural-killer reports 7 findings, all NK cell cytotoxicity NOT_CORRELATED_WITH 7 objects.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { graphql, readOnlySampleSuite } from './helpers.ts';

const { yoga } = readOnlySampleSuite();

interface Graph {
  truncated: boolean;
  nodes: { id: string; type: string; name: string; findingCount: number | null; depth: number }[];
  edges: { id: string; source: string; target: string; type: string; sign: string | null; studyCount: number; findingCount: number; consensus: string | null; findingIds: string[]; studySlugs: string[] }[];
  cytoscape: { nodes: { data: { id: string; label: string; type: string } }[]; edges: { data: { id: string; source: string; target: string; relation: string } }[] };
}

const NEIGHBORHOOD = `query ($id: ID!, $depth: Int, $limit: Int, $filter: EvidenceFilter) {
  neighborhood(id: $id, depth: $depth, limit: $limit, filter: $filter) {
    truncated
    nodes { id type name findingCount depth }
    edges { id source target type sign studyCount findingCount consensus findingIds studySlugs }
    cytoscape } }`;

const neighborhood = (variables: Record<string, unknown>) => graphql<{ neighborhood: Graph }>(yoga, NEIGHBORHOOD, variables);

const MIR = encodeGlobalID('Biomarker', 'mir-320a');
const QUEREC = encodeGlobalID('Study', 'querec-2023-natural-killer');

describe('neighborhood', () => {
  it('of miR-320a at depth 1: its 10 objects and one edge per finding, in one round trip', async () => {
    const response = await neighborhood({ id: MIR });
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.roundTrips).toBe(1);
    const graph = response.data!.neighborhood;
    expect(graph.truncated).toBe(false);
    expect(graph.nodes[0]).toEqual({ id: MIR, type: 'BIOMARKER', name: 'miR-320a', findingCount: 10, depth: 0 });
    expect(graph.nodes).toHaveLength(11);
    const byName = new Map(graph.nodes.map((n) => [n.name, n]));
    expect(byName.get('fibromyalgia')).toMatchObject({ type: 'CONDITION', depth: 1, findingCount: 1 });
    expect(byName.get('FIQR')).toMatchObject({ type: 'MEASURE', depth: 1 });
    expect(byName.get('NPSI')).toMatchObject({ type: 'MEASURE', depth: 1 });
    expect(byName.get('disease duration')).toMatchObject({ type: 'MEASURE', depth: 1, findingCount: 2 });

    expect(graph.edges).toHaveLength(10);
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
    const fiqr = graph.edges.find((e) => e.target === byName.get('FIQR')!.id)!;
    expect(fiqr).toMatchObject({ type: 'CORRELATES_WITH', sign: 'POSITIVE' });
    expect(graph.edges.filter((e) => e.type === 'NOT_CORRELATED_WITH')).toHaveLength(2);
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
    expect(response.data).toEqual({ f: { relation: 'ELEVATED_IN', pValue: 0.001 }, c: { name: 'fibromyalgia' } });
  });

  it('goes deeper with depth (disease duration → CD21+ CD38- B cell frequency), still in one round trip', async () => {
    for (const depth of [2, 3]) {
      const response = await neighborhood({ id: MIR, depth });
      expect(response.extensions?.roundTrips).toBe(1);
      const graph = response.data!.neighborhood;
      expect(graph.nodes).toHaveLength(12);
      expect(graph.nodes.at(-1)).toMatchObject({ name: 'CD21+ CD38- B cell frequency', depth: 2 });
      expect(graph.edges).toHaveLength(11);
      const last = graph.edges.find((e) => e.source === graph.nodes.at(-1)!.id)!;
      expect(last).toMatchObject({ type: 'CORRELATES_WITH', sign: 'NEGATIVE', studySlugs: ['mensah-2016-extended-cell'] });
    }
  });

  it('truncates at limit and says so; edges only join kept nodes', async () => {
    const graph = (await neighborhood({ id: MIR, limit: 4 })).data!.neighborhood;
    expect(graph.truncated).toBe(true);
    expect(graph.nodes).toHaveLength(4);
    expect(graph.nodes[0]!.name).toBe('miR-320a');
    // Each hop keeps the entities with the most findings from the previous hop first (here one each), then by name.
    expect(graph.nodes.slice(1).map((n) => n.name)).toEqual(['disease duration', 'fibromyalgia', 'fibromyalgia with comorbid chronic fatigue syndrome']);
    expect(graph.edges).toHaveLength(3);
    expect(graph.cytoscape.nodes).toHaveLength(4);
    expect(graph.cytoscape.edges).toHaveLength(3);
    expect((await neighborhood({ id: MIR, limit: 11 })).data!.neighborhood.truncated).toBe(false);
  });

  it('from a study: the study, the entities of its findings, REPORTS edges and the findings between them', async () => {
    const response = await neighborhood({ id: QUEREC });
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.roundTrips).toBe(1);
    const graph = response.data!.neighborhood;
    expect(graph.nodes[0]).toMatchObject({ id: QUEREC, type: 'STUDY', depth: 0, findingCount: 8 });
    // The study, NK cell cytotoxicity, ME/CFS and the 7 measures and factors it found no correlation with.
    expect(graph.nodes).toHaveLength(10);
    expect(graph.nodes[1]).toMatchObject({ name: 'NK cell cytotoxicity', type: 'BIOMARKER', depth: 1 });
    const reports = graph.edges.filter((e) => e.type === 'REPORTS');
    expect(reports).toHaveLength(9);
    expect(reports.find((e) => e.target === graph.nodes[1]!.id)?.findingCount).toBe(8);
    const nulls = graph.edges.filter((e) => e.type === 'NOT_CORRELATED_WITH');
    expect(nulls).toHaveLength(7);
    expect(nulls.every((e) => e.source === graph.nodes[1]!.id && e.consensus === 'INSUFFICIENT')).toBe(true);
    // Its null against ME/CFS meets baraniuk-2024's reduction between the same two nodes: the pair is MIXED.
    const pair = graph.edges.filter((e) => e.source === graph.nodes[1]!.id && ['NOT_DIFFERENT_IN', 'REDUCED_IN'].includes(e.type));
    expect(pair.map((e) => [e.type, e.consensus]).sort()).toEqual([['NOT_DIFFERENT_IN', 'MIXED'], ['REDUCED_IN', 'MIXED']]);
  });

  it('filters by EvidenceFilter (hussein-2022 is E2: nothing around miR-320a at E1)', async () => {
    const graph = (await neighborhood({ id: MIR, filter: { evidenceLevels: ['E1'] } })).data!.neighborhood;
    expect(graph.nodes.map((n) => n.name)).toEqual(['miR-320a']);
    expect(graph.nodes[0]!.findingCount).toBe(0);
    expect(graph.edges).toEqual([]);
    const significant = (await neighborhood({ id: MIR, filter: { significantOnly: true } })).data!.neighborhood;
    expect(significant.nodes).toHaveLength(9);
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
