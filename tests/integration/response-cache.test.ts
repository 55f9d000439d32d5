// The response cache (issue 19): a repeated read is answered from memory without a Neo4j round trip; keys respect
// variables; an import through the API empties it, so the next read is the fresh answer; errors are never kept;
// the cost limit and the start-up gate still answer first. This file writes: it starts and ends with clearGraph().
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/auth/keys.ts';
import { SAMPLE_DIR } from '../../src/ingest/sample.ts';
import { DEFAULT_LIMITS } from '../../src/limits.ts';
import type { StartupPhase } from '../../src/plugins/startup-gate.ts';
import { createEvidenceYoga } from '../../src/yoga.ts';
import { clearGraph, graphql, testDatabase } from './helpers.ts';

const db = testDatabase();
const cache = { ttlMs: 60_000, maxBytes: 8 * 1024 * 1024 };
let phase: StartupPhase = 'ready';
const yoga = createEvidenceYoga({ cypher: db.cypher }, { responseCache: cache, phase: () => phase });
const seedText = fs.readFileSync(path.join(SAMPLE_DIR, 'seed-entry.txt'), 'utf8');
let importKey = '';

interface CacheExtensions {
  roundTrips?: number;
  responseCache?: { hit: boolean };
}

const IMPORT = `mutation ($records: [JSON!]) { importEntries(records: $records) { created updated rejected { message } } }`;

async function importRecord(slug: string, title: string) {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${importKey}` },
    body: JSON.stringify({ query: IMPORT, variables: { records: [{ slug, title }] } }),
  });
  const body = (await response.json()) as {
    data?: { importEntries: { created: number; updated: number; rejected: unknown[] } };
    errors?: unknown;
  };
  expect(body.errors).toBeUndefined();
  expect(body.data!.importEntries.rejected).toEqual([]);
  return body.data!.importEntries;
}

const STUDY = 'query ($slug: String!) { study(slug: $slug) { slug title } }';
const COUNT = '{ studies { totalCount } }';

beforeAll(async () => {
  await clearGraph(db.cypher);
  importKey = (await createApiKey(db.cypher, { name: 'cache test', scopes: ['import'] })).key;
  await importRecord('cache-2020-first', 'The first title');
  await importRecord('cache-2021-second', 'The second title');
});

afterAll(async () => {
  await clearGraph(db.cypher);
  await db.driver.close();
});

describe('response cache', () => {
  it('answers a repeated read from memory, without a round trip', async () => {
    const first = await graphql(yoga, STUDY, { slug: 'cache-2020-first' });
    const second = await graphql(yoga, STUDY, { slug: 'cache-2020-first' });
    const [a, b] = [first.extensions as CacheExtensions, second.extensions as CacheExtensions];
    expect(a.responseCache?.hit).toBe(false);
    expect(a.roundTrips).toBeGreaterThanOrEqual(1);
    expect(b.responseCache?.hit).toBe(true);
    expect(b.roundTrips).toBe(0);
    expect(second.data).toEqual(first.data);
    expect(second.data).toEqual({ study: { slug: 'cache-2020-first', title: 'The first title' } });
  });

  it('keys on the variables', async () => {
    await graphql(yoga, STUDY, { slug: 'cache-2020-first' });
    const other = await graphql(yoga, STUDY, { slug: 'cache-2021-second' });
    expect((other.extensions as CacheExtensions).responseCache?.hit).toBe(false);
    expect(other.data).toEqual({ study: { slug: 'cache-2021-second', title: 'The second title' } });
  });

  it('answers fresh after an import through the API, never the kept answer', async () => {
    const before = await graphql<{ studies: { totalCount: number } }>(yoga, COUNT);
    expect(before.data!.studies.totalCount).toBe(2);
    expect((await graphql(yoga, COUNT)).extensions).toMatchObject({ responseCache: { hit: true } });

    expect((await importRecord('cache-2022-third', 'The third title')).created).toBe(1);
    const after = await graphql<{ studies: { totalCount: number } }>(yoga, COUNT);
    expect(after.data!.studies.totalCount).toBe(3);
    expect((after.extensions as CacheExtensions).responseCache?.hit).toBe(false);

    // An update too: the title changes, and so does the answer.
    await graphql(yoga, STUDY, { slug: 'cache-2022-third' });
    expect((await importRecord('cache-2022-third', 'A changed title')).updated).toBe(1);
    const changed = await graphql(yoga, STUDY, { slug: 'cache-2022-third' });
    expect(changed.data).toEqual({ study: { slug: 'cache-2022-third', title: 'A changed title' } });
  });

  it('keeps no answer with errors', async () => {
    const bad = '{ neighborhood(id: "not-a-global-id") { truncated } }';
    const first = await graphql(yoga, bad);
    const second = await graphql(yoga, bad);
    expect(first.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(second.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((second.extensions as CacheExtensions | undefined)?.responseCache?.hit).not.toBe(true);
  });

  it('still refuses a query over the cost limit, each time', async () => {
    const limited = createEvidenceYoga(
      { cypher: db.cypher },
      { responseCache: cache, limits: { ...DEFAULT_LIMITS, maxCost: 10 } },
    );
    const query = '{ studies { edges { node { slug title findings { statement } } } } }';
    for (let i = 0; i < 2; i++) {
      const answer = await graphql(limited, query);
      expect(answer.data).toBeUndefined();
      expect(answer.errors?.[0]?.extensions).toMatchObject({ limit: 'cost', max: 10 });
    }
  });

  it('answers 503 while the server is starting, even for a kept answer', async () => {
    expect((await graphql(yoga, COUNT)).status).toBe(200);
    phase = 'migrating';
    try {
      const gated = await graphql(yoga, COUNT);
      expect(gated.status).toBe(503);
      expect(gated.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      phase = 'ready';
    }
  });

  it('is off unless asked for', async () => {
    const plain = createEvidenceYoga({ cypher: db.cypher });
    await graphql(plain, COUNT);
    const again = await graphql(plain, COUNT);
    expect((again.extensions as CacheExtensions).responseCache).toBeUndefined();
    expect((again.extensions as CacheExtensions).roundTrips).toBeGreaterThanOrEqual(1);
  });
});

// The seed page is imported through the API too: a page import invalidates as a record import does.
describe('response cache and page imports', () => {
  it('answers fresh after a page import', async () => {
    const slug = 'hussein-2022-impact-micro';
    expect((await graphql(yoga, STUDY, { slug })).data).toEqual({ study: null });
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${importKey}` },
      body: JSON.stringify({
        query: 'mutation ($pages: [String!]) { importEntries(pages: $pages) { created } }',
        variables: { pages: [seedText] },
      }),
    });
    expect(
      ((await response.json()) as { data: { importEntries: { created: number } } }).data.importEntries.created,
    ).toBe(1);
    const after = await graphql<{ study: { slug: string } | null }>(yoga, STUDY, { slug });
    expect(after.data!.study?.slug).toBe(slug);
  });
});
