// The typed evidence edges carry their study's filter properties (written at import, backfilled by migration 007),
// and neighborhood filters and counts on them. This file WRITES: clearGraph at start and end.
//
// Graph: study A (E2, MODERATE, PEM REQUIRED, CASE_CONTROL, 2020) reports zeta-marker ELEVATED_IN edge-test condition,
// zeta-marker CORRELATES_WITH edge-test score, and edge-test score CORRELATES_WITH itself (a self-loop finding);
// study B (retracted, RCT, 2019) reports zeta-marker ELEVATED_IN edge-test condition and zeta-marker REDUCED_IN
// edge-test other condition; study C states no badges and reports edge-test score ELEVATED_IN edge-test condition;
// study D (E1) reports edge-test flip marker ELEVATED_IN edge-test flip condition, and is retracted by a re-import.
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationNames } from '../../src/db/migrate.ts';
import { splitStatements, statement } from '../../src/db/statements.ts';
import { importUnits } from '../../src/ingest/import.ts';
import { clearGraph, graphql, testDatabase, testYoga } from './helpers.ts';

const db = testDatabase();
const yoga = testYoga(db.cypher);

const TYPED =
  'ELEVATED_IN|REDUCED_IN|NOT_DIFFERENT_IN|CORRELATES_WITH|NOT_CORRELATED_WITH|DISCRIMINATES|ASSOCIATED_WITH';
const CURATOR = { agent: 'curator:edge-test', version: '1', confidence: 1, curated: true };
const MARKER = { type: 'Biomarker', name: 'zeta-marker' };
const CONDITION = { type: 'Condition', name: 'edge-test condition' };
const OTHER = { type: 'Condition', name: 'edge-test other condition' };
const SCORE = { type: 'Measure', name: 'edge-test score' };

const finding = (statement: string, subject: object, relation: string, object: object, extra: object = {}) => ({
  statement,
  subject,
  relation,
  object,
  extraction: CURATOR,
  ...extra,
});

const STUDY_A = {
  slug: 'edge-test-a',
  title: 'Edge test A',
  year: 2020,
  evidenceLevel: 'E2',
  confidence: 'MODERATE',
  pemCriterion: 'REQUIRED',
  design: 'CASE_CONTROL',
  findings: [
    finding('zeta-marker was elevated in edge-test condition (p = 0.01).', MARKER, 'ELEVATED_IN', CONDITION, {
      pValue: 0.01,
      significant: true,
    }),
    finding('zeta-marker correlated with edge-test score.', MARKER, 'CORRELATES_WITH', SCORE, { sign: 'POSITIVE' }),
    finding(
      'edge-test score at baseline correlated with edge-test score at follow-up.',
      SCORE,
      'CORRELATES_WITH',
      SCORE,
      { sign: 'POSITIVE' },
    ),
  ],
};
const STUDY_B = {
  slug: 'edge-test-b',
  title: 'Edge test B',
  year: 2019,
  design: 'RCT',
  retracted: true,
  findings: [
    finding('zeta-marker was higher in edge-test condition.', MARKER, 'ELEVATED_IN', CONDITION),
    finding('zeta-marker was lower in edge-test other condition.', MARKER, 'REDUCED_IN', OTHER),
  ],
};
const STUDY_C = {
  slug: 'edge-test-c',
  findings: [finding('edge-test score was higher in edge-test condition.', SCORE, 'ELEVATED_IN', CONDITION)],
};
const FLIP_MARKER = { type: 'Biomarker', name: 'edge-test flip marker' };
const STUDY_D = {
  slug: 'edge-test-d',
  evidenceLevel: 'E1',
  findings: [
    finding('edge-test flip marker was elevated in edge-test flip condition.', FLIP_MARKER, 'ELEVATED_IN', {
      type: 'Condition',
      name: 'edge-test flip condition',
    }),
  ],
};

async function rows<T = Record<string, unknown>>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await db.driver.executeQuery(query, params, { database: db.connection.database });
  return records.map((record) => record.toObject() as T);
}

async function load(name: string, records: object[]) {
  const summary = await importUnits(db.cypher, [{ name, kind: 'json', text: JSON.stringify(records) }]);
  expect(summary.rejected).toEqual([]);
  return summary;
}

interface EdgeProps {
  subject: string;
  object: string;
  studySlug: string;
  retracted: boolean | null;
  evidenceLevel: string | null;
  pemCriterion: string | null;
  design: string | null;
  year: number | null;
  confidence: string | null;
}

const edgeProps = () =>
  rows<EdgeProps>(
    `MATCH (a:Entity)-[r:${TYPED}]->(b:Entity)
     RETURN a.name AS subject, b.name AS object, r.studySlug AS studySlug, r.retracted AS retracted,
            r.evidenceLevel AS evidenceLevel, r.pemCriterion AS pemCriterion, r.design AS design, r.year AS year,
            r.confidence AS confidence
     ORDER BY studySlug, subject, object`,
  );

/** The same properties as the edge's study holds them (what the filters read before they moved to the edge). */
const studyProps = () =>
  rows<EdgeProps>(
    `MATCH (a:Entity)-[r:${TYPED}]->(b:Entity) MATCH (s:Study {slug: r.studySlug})
     RETURN a.name AS subject, b.name AS object, s.slug AS studySlug, coalesce(s.retracted, false) AS retracted,
            s.evidenceLevel AS evidenceLevel, s.pemCriterion AS pemCriterion, s.design AS design, s.year AS year,
            s.confidence AS confidence
     ORDER BY studySlug, subject, object`,
  );

const A_PROPS = {
  studySlug: 'edge-test-a',
  retracted: false,
  evidenceLevel: 'E2',
  pemCriterion: 'REQUIRED',
  design: 'CASE_CONTROL',
  year: 2020,
  confidence: 'MODERATE',
};
const B_PROPS = {
  studySlug: 'edge-test-b',
  retracted: true,
  evidenceLevel: null,
  pemCriterion: null,
  design: 'RCT',
  year: 2019,
  confidence: null,
};
const C_PROPS = {
  studySlug: 'edge-test-c',
  retracted: false,
  evidenceLevel: null,
  pemCriterion: null,
  design: null,
  year: null,
  confidence: null,
};
const D_PROPS = {
  studySlug: 'edge-test-d',
  retracted: false,
  evidenceLevel: 'E1',
  pemCriterion: null,
  design: null,
  year: null,
  confidence: null,
};

interface Graph {
  truncated: boolean;
  nodes: { id: string; name: string; findingCount: number; depth: number }[];
  edges: {
    source: string;
    target: string;
    type: string;
    studyCount: number;
    findingCount: number;
    studySlugs: string[];
  }[];
}

const NEIGHBORHOOD = `query ($id: ID!, $depth: Int, $filter: EvidenceFilter) {
  neighborhood(id: $id, depth: $depth, filter: $filter) {
    truncated
    nodes { id name findingCount depth }
    edges { source target type studyCount findingCount studySlugs } } }`;

async function neighborhood(variables: Record<string, unknown>): Promise<Graph> {
  const response = await graphql<{ neighborhood: Graph }>(yoga, NEIGHBORHOOD, variables);
  expect(response.errors).toBeUndefined();
  expect(response.extensions?.roundTrips).toBe(1);
  return response.data!.neighborhood;
}

beforeAll(async () => {
  await clearGraph(db.cypher);
});

afterAll(async () => {
  await clearGraph(db.cypher);
  await db.driver.close();
});

describe("typed edges carry their study's filter properties", () => {
  it('are written at import: retracted (false when not stated), evidenceLevel, pemCriterion, design, year, confidence', async () => {
    await load('edges.json', [STUDY_A, STUDY_B, STUDY_C, STUDY_D]);
    expect(await edgeProps()).toEqual([
      { subject: 'edge-test score', object: 'edge-test score', ...A_PROPS },
      { subject: 'zeta-marker', object: 'edge-test condition', ...A_PROPS },
      { subject: 'zeta-marker', object: 'edge-test score', ...A_PROPS },
      { subject: 'zeta-marker', object: 'edge-test condition', ...B_PROPS },
      { subject: 'zeta-marker', object: 'edge-test other condition', ...B_PROPS },
      { subject: 'edge-test score', object: 'edge-test condition', ...C_PROPS },
      { subject: 'edge-test flip marker', object: 'edge-test flip condition', ...D_PROPS },
    ]);
    expect(await edgeProps()).toEqual(await studyProps());
  });

  it('are rewritten when a re-import retracts a study or changes its badges, and neighborhood follows', async () => {
    const flipMarker = encodeGlobalID('Biomarker', 'edge-test flip marker');
    expect((await neighborhood({ id: flipMarker })).nodes.map((n) => n.name)).toEqual([
      'edge-test flip marker',
      'edge-test flip condition',
    ]);
    const summary = await load('edges-retracted.json', [
      { ...STUDY_D, retracted: true, evidenceLevel: 'E3', year: 2021 },
    ]);
    expect(summary.updated).toBe(1);
    const d = (await edgeProps()).filter((edge) => edge.studySlug === 'edge-test-d');
    expect(d).toEqual([
      {
        subject: 'edge-test flip marker',
        object: 'edge-test flip condition',
        ...D_PROPS,
        retracted: true,
        evidenceLevel: 'E3',
        year: 2021,
      },
    ]);
    expect(await edgeProps()).toEqual(await studyProps());
    const after = await neighborhood({ id: flipMarker });
    expect(after.nodes).toEqual([{ id: flipMarker, name: 'edge-test flip marker', findingCount: 0, depth: 0 }]);
    expect(after.edges).toEqual([]);
    const included = await neighborhood({
      id: flipMarker,
      filter: { excludeRetracted: false, evidenceLevels: ['E3'] },
    });
    expect(included.nodes.map((n) => n.name)).toEqual(['edge-test flip marker', 'edge-test flip condition']);
  });

  it('are backfilled by migration 007 on edges written without them', async () => {
    expect(migrationNames()).toContain('migrations/007-edge-filter-properties');
    const [applied] = await rows<{ n: number }>(
      "MATCH (m:Migration {id: '007-edge-filter-properties'}) RETURN count(m) AS n",
    );
    expect(applied?.n).toBe(1);
    // Edges as an import before this change wrote them: evidenceLevel only.
    await db.driver.executeQuery(
      `MATCH ()-[r:${TYPED}]->() REMOVE r.retracted, r.pemCriterion, r.design, r.year, r.confidence`,
      {},
      { database: db.connection.database },
    );
    const stripped = await edgeProps();
    expect(stripped.every((edge) => edge.retracted === null && edge.design === null && edge.year === null)).toBe(true);

    const parts = splitStatements(statement('migrations/007-edge-filter-properties'));
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) await db.cypher.schema(part);
    const backfilled = await edgeProps();
    expect(backfilled).toHaveLength(7);
    expect(backfilled).toEqual(await studyProps());
    expect(backfilled.filter((edge) => edge.retracted).map((edge) => edge.studySlug)).toEqual([
      'edge-test-b',
      'edge-test-b',
      'edge-test-d',
    ]);
  });
});

const MARKER_ID = encodeGlobalID('Biomarker', 'zeta-marker');
const SCORE_ID = encodeGlobalID('Measure', 'edge-test score');

describe('neighborhood on the edge properties', () => {
  it("leaves a retracted study's edges out by default and includes them with excludeRetracted: false", async () => {
    const byDefault = await neighborhood({ id: MARKER_ID });
    expect(byDefault.nodes.map((n) => n.name).sort()).toEqual([
      'edge-test condition',
      'edge-test score',
      'zeta-marker',
    ]);
    expect(byDefault.nodes.find((n) => n.name === 'zeta-marker')?.findingCount).toBe(2);
    const elevated = byDefault.edges.find((e) => e.type === 'ELEVATED_IN' && e.source === MARKER_ID);
    expect(elevated).toMatchObject({ studyCount: 1, findingCount: 1, studySlugs: ['edge-test-a'] });
    expect(byDefault.edges.some((e) => e.studySlugs.includes('edge-test-b'))).toBe(false);

    const all = await neighborhood({ id: MARKER_ID, filter: { excludeRetracted: false } });
    expect(all.nodes.map((n) => n.name).sort()).toEqual([
      'edge-test condition',
      'edge-test other condition',
      'edge-test score',
      'zeta-marker',
    ]);
    expect(all.nodes.find((n) => n.name === 'zeta-marker')?.findingCount).toBe(4);
    expect(all.edges.find((e) => e.type === 'ELEVATED_IN' && e.source === MARKER_ID)).toMatchObject({
      studyCount: 2,
      findingCount: 2,
      studySlugs: ['edge-test-a', 'edge-test-b'],
    });
    expect(all.edges.find((e) => e.type === 'REDUCED_IN')?.studySlugs).toEqual(['edge-test-b']);

    // From the retracted study itself: its entities are there only when retracted studies are.
    const fromB = encodeGlobalID('Study', 'edge-test-b');
    expect((await neighborhood({ id: fromB })).nodes.map((n) => n.name)).toEqual(['Edge test B']);
    expect((await neighborhood({ id: fromB, filter: { excludeRetracted: false } })).nodes).toHaveLength(4);
  });

  it('filters the other study properties on the edges too', async () => {
    const e2 = await neighborhood({ id: MARKER_ID, filter: { excludeRetracted: false, evidenceLevels: ['E2'] } });
    // A's three findings (the self-loop included); C (no level) and B (no level, retracted) are left out.
    expect(e2.edges.flatMap((e) => e.studySlugs)).toEqual(['edge-test-a', 'edge-test-a', 'edge-test-a']);
    const rct = await neighborhood({ id: MARKER_ID, filter: { excludeRetracted: false, designs: ['RCT'] } });
    expect(rct.edges.flatMap((e) => e.studySlugs).sort()).toEqual(['edge-test-b', 'edge-test-b']);
    const before2020 = await neighborhood({ id: MARKER_ID, filter: { excludeRetracted: false, yearTo: 2019 } });
    expect(before2020.nodes.find((n) => n.name === 'zeta-marker')?.findingCount).toBe(2);
    const moderate = await neighborhood({
      id: MARKER_ID,
      filter: { minConfidence: 'MODERATE', pemCriteria: ['REQUIRED'] },
    });
    expect(moderate.edges.flatMap((e) => e.studySlugs)).toEqual(['edge-test-a', 'edge-test-a', 'edge-test-a']);
  });

  it('counts every filtered SUBJECT/OBJECT link of a node, a self-loop finding twice, at every depth', async () => {
    const reference = async (nodeId: string, excludeRetracted: boolean) => {
      const { typename, id } = decodeGlobalID(nodeId);
      const [row] = await rows<{ n: number }>(
        `MATCH (e:Entity {id: $id})<-[:SUBJECT|OBJECT]-(:Finding)<-[:REPORTS]-(s:Study)
         WHERE NOT $excludeRetracted OR coalesce(s.retracted, false) = false
         RETURN count(*) AS n`,
        { id: `${typename}:${id}`, excludeRetracted },
      );
      return row!.n;
    };
    let compared = 0;
    for (const start of [MARKER_ID, SCORE_ID]) {
      for (const depth of [0, 1, 2]) {
        for (const excludeRetracted of [true, false]) {
          const graph = await neighborhood({ id: start, depth, filter: { excludeRetracted } });
          for (const node of graph.nodes) {
            expect(node.findingCount, `${node.name} from ${start} at depth ${depth}`).toBe(
              await reference(node.id, excludeRetracted),
            );
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(20);
    // The self-loop: two correlations and one elevation, of which the loop is one finding with two links.
    const score = (await neighborhood({ id: SCORE_ID })).nodes[0]!;
    expect(score).toMatchObject({ name: 'edge-test score', depth: 0, findingCount: 4 });
    const loop = (await neighborhood({ id: SCORE_ID })).edges.filter(
      (e) => e.source === SCORE_ID && e.target === SCORE_ID,
    );
    expect(loop).toMatchObject([{ type: 'CORRELATES_WITH', findingCount: 1, studySlugs: ['edge-test-a'] }]);
  });
});
