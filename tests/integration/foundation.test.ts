import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { Cypher, RETRY } from '../../src/db/cypher.ts';
import { createDriver, localConnection } from '../../src/db/driver.ts';
import { migrate, migrationNames } from '../../src/db/migrate.ts';
import { importUnits } from '../../src/ingest/import.ts';
import { clearGraph, graphql, testDatabase, testYoga } from './helpers.ts';

const db = testDatabase();
const yoga = testYoga(db.cypher);

const studies = [
  { slug: 'alpha-2020-first-study', title: 'First study', year: 2020, evidenceLevel: 'E2', authors: ['Alpha, A'] },
  { slug: 'beta-2021-second-study', title: 'Second study', year: 2021, evidenceLevel: 'E3', authors: ['Beta, B'] },
  { slug: 'gamma-2022-third-study', title: 'Third study', year: 2022, evidenceLevel: 'E1', authors: ['Gamma, C'] },
];

beforeAll(async () => {
  await clearGraph(db.cypher);
  // Through the import, the graph's only writer of studies: it also keeps what lists read (facet counts).
  const summary = await importUnits(db.cypher, [
    { name: 'studies.jsonl', kind: 'jsonl', text: studies.map((study) => JSON.stringify(study)).join('\n') },
  ]);
  expect(summary.created).toBe(studies.length);
});

afterAll(async () => {
  await clearGraph(db.cypher);
  await db.driver.close();
});

describe('migrations', () => {
  it('are recorded once each and a second run applies nothing', async () => {
    const again = await migrate(db.cypher);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toEqual(migrationNames().map((name) => name.replace('migrations/', '')));
    const { records } = await db.driver.executeQuery(
      'MATCH (m:Migration) RETURN m.id AS id ORDER BY id',
      {},
      {
        database: db.connection.database,
      },
    );
    expect(records.map((r) => r.get('id'))).toEqual(migrationNames().map((name) => name.replace('migrations/', '')));
    expect(records.map((r) => r.get('id'))).toContain('001-constraints');
  });

  it('create the uniqueness constraints and the full-text index', async () => {
    const constraints = await db.driver.executeQuery(
      'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names',
      {},
      {
        database: db.connection.database,
      },
    );
    expect(constraints.records[0]?.get('names')).toEqual(
      expect.arrayContaining(['study_slug', 'study_doi', 'study_pmid', 'biomarker_key', 'condition_key', 'finding_id']),
    );
    const fulltext = await db.driver.executeQuery(
      "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties WHERE name = 'search_text' RETURN labelsOrTypes, properties",
      {},
      { database: db.connection.database },
    );
    expect(fulltext.records[0]?.get('labelsOrTypes')).toContain('Study');
    expect(fulltext.records[0]?.get('properties')).toEqual(['name', 'synonymsText', 'title', 'summary']);
  });

  it('make a second study with the same slug impossible', async () => {
    await expect(
      db.driver.executeQuery(
        "CREATE (:Study {slug: 'alpha-2020-first-study'})",
        {},
        { database: db.connection.database },
      ),
    ).rejects.toThrow(/already exists/);
  });
});

describe('the Cypher runner', () => {
  it('runs reads in read transactions (a write through read() is refused)', async () => {
    // health/ping is a read; a statement that writes must not be runnable as a read.
    await expect(db.cypher.read('migration/record', { id: 'x', checksum: 'y' })).rejects.toThrow(/read/i);
  });

  it('retries a transient failure of a read, and not a refused one', async () => {
    const saved = { ...RETRY };
    Object.assign(RETRY, { initialMs: 20, maxMs: 400 });
    const attempts = (driver: Driver) => {
      let sessions = 0;
      const session = driver.session.bind(driver);
      driver.session = ((config) => {
        sessions += 1;
        return session(config);
      }) as Driver['session'];
      return () => sessions;
    };
    // Nothing listens on port 1: the driver says ServiceUnavailable, which is transient.
    const away = createDriver(localConnection('bolt://127.0.0.1:1'));
    const awayAttempts = attempts(away);
    try {
      await expect(new Cypher(away, 'neo4j').read('health/ping')).rejects.toMatchObject({ code: 'ServiceUnavailable' });
      expect(awayAttempts()).toBeGreaterThan(1);
      const refusedAttempts = attempts(db.driver);
      await expect(db.cypher.read('migration/record', { id: 'x', checksum: 'y' })).rejects.toThrow(/read/i);
      expect(refusedAttempts()).toBe(1);
    } finally {
      Object.assign(RETRY, saved);
      await away.close();
    }
  });
});

describe('pipeline: statements sent without waiting, in one write transaction', () => {
  const upsert = (slug: string, record: string): [string, Record<string, unknown>] => [
    'ingest/upsert-studies',
    { studies: [{ slug, props: { slug, record, hash: record } }] },
  ];
  const stored = async (slug: string) =>
    (
      await db.driver.executeQuery(
        'MATCH (s:Study {slug: $slug}) RETURN s.record AS record',
        { slug },
        { database: db.connection.database },
      )
    ).records.map((r) => r.get('record') as string);
  /** Send the statements, then do the caller's work while they are in flight. */
  const sendAll = (statements: [string, Record<string, unknown>][], pending: () => void = () => {}) =>
    db.cypher.writeTx((tx) =>
      db.cypher.pipeline(tx, async (pipeline) => {
        for (const [name, params] of statements) pipeline.send(name, params);
        await pipeline.written();
        pending();
      }),
    );

  it("runs them in the order sent, with the caller's work done while they are in flight", async () => {
    let ranPending = false;
    await sendAll(
      [upsert('order-2024-study', 'first'), upsert('order-2024-study', 'second')],
      () => (ranPending = true),
    );
    expect(ranPending).toBe(true);
    try {
      expect(await stored('order-2024-study')).toEqual(['second']);
    } finally {
      await db.driver.executeQuery(
        "MATCH (s:Study {slug: 'order-2024-study'}) DELETE s",
        {},
        { database: db.connection.database },
      );
    }
  });

  it('a failing statement fails the transaction, later ones sent with it included: nothing is written', async () => {
    const bad: [string, Record<string, unknown>] = [
      'ingest/upsert-studies',
      { studies: [{ slug: 'bad-2024-study', props: { slug: 'bad-2024-study', nested: { not: 'storable' } } }] },
    ];
    await expect(sendAll([upsert('before-2024-study', 'x'), bad, upsert('after-2024-study', 'y')])).rejects.toThrow(
      /primitive|property/i,
    );
    expect([
      ...(await stored('before-2024-study')),
      ...(await stored('after-2024-study')),
      ...(await stored('bad-2024-study')),
    ]).toEqual([]);
  });

  it("the caller's failure surfaces once the statements have settled, and nothing is written", async () => {
    await expect(
      sendAll([upsert('pending-2024-study', 'x')], () => {
        throw new Error('rows could not be built');
      }),
    ).rejects.toThrow('rows could not be built');
    expect(await stored('pending-2024-study')).toEqual([]);
  });
});

describe('Study over GraphQL', () => {
  it('finds one study by slug with its properties', async () => {
    const response = await graphql<{
      study: { slug: string; title: string; year: number; evidenceLevel: string; authors: string[] };
    }>(yoga, 'query ($slug: String!) { study(slug: $slug) { slug title year evidenceLevel authors } }', {
      slug: 'beta-2021-second-study',
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.study).toEqual({
      slug: 'beta-2021-second-study',
      title: 'Second study',
      year: 2021,
      evidenceLevel: 'E3',
      authors: ['Beta, B'],
    });
  });

  it('answers null for an unknown slug', async () => {
    const response = await graphql<{ study: unknown }>(yoga, '{ study(slug: "nope-1999-missing") { slug } }');
    expect(response.errors).toBeUndefined();
    expect(response.data?.study).toBeNull();
  });

  it('pages through studies with totalCount, in one round trip a page', async () => {
    const query =
      'query ($after: String) { studies(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { slug } } } }';
    type Page = {
      studies: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { slug: string } }[];
      };
    };
    const first = await graphql<Page>(yoga, query);
    expect(first.data?.studies.totalCount).toBe(3);
    expect(first.data?.studies.edges.map((e) => e.node.slug)).toEqual([
      'alpha-2020-first-study',
      'beta-2021-second-study',
    ]);
    expect(first.data?.studies.pageInfo.hasNextPage).toBe(true);
    expect(first.extensions?.roundTrips).toBe(1);
    const second = await graphql<Page>(yoga, query, { after: first.data?.studies.pageInfo.endCursor });
    expect(second.data?.studies.edges.map((e) => e.node.slug)).toEqual(['gamma-2022-third-study']);
    expect(second.data?.studies.pageInfo.hasNextPage).toBe(false);
  });

  it('resolves studies by global id through node()', async () => {
    const list = await graphql<{ studies: { edges: { node: { id: string } }[] } }>(
      yoga,
      '{ studies(first: 1) { edges { node { id } } } }',
    );
    const id = list.data?.studies.edges[0]?.node.id;
    const response = await graphql<{ node: { slug: string } }>(
      yoga,
      'query ($id: ID!) { node(id: $id) { ... on Study { slug } } }',
      { id },
    );
    expect(response.data?.node.slug).toBe('alpha-2020-first-study');
  });

  it('rejects a page size over the cap with a clear, coded error', async () => {
    const response = await graphql(yoga, '{ studies(first: 1000) { totalCount } }');
    expect(response.errors?.[0]?.message).toMatch(/"first" must be between 0 and 100/);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('health endpoints', () => {
  it('/healthz answers 200 and /readyz answers 200 while Neo4j answers', async () => {
    expect((await yoga.fetch('http://yoga/healthz')).status).toBe(200);
    expect((await yoga.fetch('http://yoga/readyz')).status).toBe(200);
  });

  it('/readyz answers 503 when the database is unreachable', async () => {
    const { Cypher } = await import('../../src/db/cypher.ts');
    const { createDriver } = await import('../../src/db/driver.ts');
    const deadDriver = createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: '', database: 'neo4j' });
    const deadYoga = testYoga(new Cypher(deadDriver, 'neo4j'));
    expect((await deadYoga.fetch('http://yoga/readyz')).status).toBe(503);
    await deadDriver.close();
  });

  it('serves GraphiQL at /graphql to a browser', async () => {
    const response = await yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('graphiql');
  });
});
