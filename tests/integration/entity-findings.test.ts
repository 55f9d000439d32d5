// An entity's findings in one role (issue 19: Q3, a hub biomarker's page, grew with the database) are read from the
// (subjectId, id) and (objectId, id) indexes and the entity's degree (cypher/entity/findings-in-id-order.cypher):
// the same pages, cursors and totals as the expanding statement (cypher/entity/findings.cypher), by name and through
// the loader, with a plan that seeks the index and sorts nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectIndexOrder,
  graphql,
  profileRead,
  recordingYoga,
  testDatabase,
  testYoga,
  useSample,
  type GraphQLResponse,
} from './helpers.ts';

const db = testDatabase();
const yoga = testYoga(db.cypher);
const rows = async (text: string, params: Record<string, unknown> = {}) =>
  (await db.driver.executeQuery(text, params, { database: db.cypher.database })).records.map((r) => r.toObject());

type Role = 'SUBJECT' | 'OBJECT';
interface Hub {
  type: 'Biomarker' | 'Condition';
  name: string;
  role: Role;
  ids: string[];
}
const hubs: Hub[] = [];

/** The entity of `type` with the most findings in `role`, and those findings' ids in id order. */
async function hub(type: Hub['type'], role: Role): Promise<Hub> {
  const [row] = await rows(
    `MATCH (e:Entity {type: $type})<-[:${role}]-(f:Finding)
     WITH e, collect(f.id) AS ids ORDER BY size(ids) DESC, e.id LIMIT 1
     RETURN e.name AS name, ids`,
    { type },
  );
  return { type, name: row!.name as string, role, ids: [...(row!.ids as string[])].sort() };
}

beforeAll(async () => {
  await useSample(db.cypher);
  hubs.push(await hub('Biomarker', 'SUBJECT'), await hub('Condition', 'OBJECT'));
});

afterAll(() => db.driver.close());

/** The finding id inside a global (Relay) id. */
const findingId = (globalId: string) =>
  Buffer.from(globalId, 'base64')
    .toString('utf8')
    .replace(/^Finding:/, '');

type Page = {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};

describe("an entity's findings in one role", () => {
  it('pages through every finding in id order with the true total, from the index statement', async () => {
    for (const { type, name, role, ids } of hubs) {
      expect(ids.length, `${name} has findings to page through`).toBeGreaterThan(3);
      const { sent, recording } = recordingYoga(db.cypher);
      const field = type.toLowerCase();
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages <= ids.length; pages += 1) {
        const response: GraphQLResponse<Record<string, { findings: Page }>> = await graphql(
          recording,
          `query($name: String!, $after: String) { ${field}(name: $name) { findings(role: ${role}, first: 3, after: $after) {
            totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`,
          { name, after },
        );
        expect(response.errors).toBeUndefined();
        const page = response.data![field]!.findings;
        expect(page.totalCount).toBe(ids.length);
        seen.push(...page.edges.map((edge) => findingId(edge.node.id)));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(ids);
      expect(new Set(sent.map((read) => read.name))).toEqual(new Set(['entity/findings-in-id-order']));
    }
  });

  it('answers every read, by name and through the loader, as the expanding statement does', async () => {
    const { sent, recording } = recordingYoga(db.cypher);
    const [biomarker, condition] = hubs;
    const first = await graphql<{ condition: { findings: Page } }>(
      yoga,
      `{ condition(name: ${JSON.stringify(condition!.name)}) { findings(role: OBJECT, first: 2) {
        totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`,
    );
    const cursor = first.data!.condition.findings.pageInfo.endCursor!;
    // By name (the lookup variant), then the loader's batch of several entities (the $ids variant) in both roles,
    // from the start and after a cursor.
    const requests = [
      `{ biomarker(name: ${JSON.stringify(biomarker!.name)}) { findings(role: SUBJECT, first: 4) { totalCount nodes { id statement } } } }`,
      `{ condition(name: ${JSON.stringify(condition!.name)}) { findings(first: 6) { nodes {
          subject { findings(role: SUBJECT, first: 2) { totalCount nodes { id pValue study { slug } } } }
          object { findings(role: OBJECT, first: 2, after: ${JSON.stringify(cursor)}) { totalCount nodes { id } } } } } } }`,
    ];
    for (const request of requests) expect((await graphql(recording, request)).errors).toBeUndefined();
    const indexed = sent.filter((read) => read.name === 'entity/findings-in-id-order');
    expect(indexed.map((read) => [read.params.role, read.params.ids === null, read.params.after !== null])).toEqual(
      expect.arrayContaining([
        ['SUBJECT', true, false],
        ['SUBJECT', false, false],
        ['OBJECT', false, true],
      ]),
    );
    for (const read of indexed) {
      const ours = await db.cypher.read('entity/findings-in-id-order', read.params);
      const expanding = await db.cypher.read('entity/findings', read.params);
      expect(ours.length).toBeGreaterThan(0);
      expect(ours).toEqual(expanding);
    }
  });

  it('seeks the index in order and sorts nothing', async () => {
    const { sent, recording } = recordingYoga(db.cypher);
    const [biomarker] = hubs;
    const response = await graphql(
      recording,
      `{ biomarker(name: ${JSON.stringify(biomarker!.name)}) { findings(role: SUBJECT, first: 2) { totalCount nodes { id } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const plan = await profileRead(
      db.cypher,
      sent.find((r) => r.name === 'entity/findings-in-id-order')!,
    );
    expectIndexOrder(plan, /IndexSeek/, 'Finding(subjectId, id)');
  });
});
