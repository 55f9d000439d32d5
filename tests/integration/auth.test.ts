// API keys and importEntries (issue 5): writes need a key with the right scope, reads stay public, keys are stored
// only as hashes and never come back in any answer. This file writes: it starts and ends with clearGraph().
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, generateKey, parseKey, revokeApiKey } from '../../src/auth/keys.ts';
import { PROJECT_ROOT } from '../../src/config.ts';
import { SAMPLE_DIR } from '../../src/ingest/sample.ts';
import { clearGraph, testDatabase, testYoga, type GraphQLResponse } from './helpers.ts';

const db = testDatabase();
const yoga = testYoga(db.cypher);
const seedText = fs.readFileSync(path.join(SAMPLE_DIR, 'seed-entry.txt'), 'utf8');
const SEED = 'hussein-2022-impact-micro';

/** The seed page under another slug, DOI and PMID: a new study each time. */
function variant(slug: string, n: number): string {
  return seedText
    .replace(/^E2 Moderate/m, `URL: https://www.mecfsatlas.com/evidence/${slug}\nE2 Moderate`)
    .replace(/10\.1093\/pm\/pnac076/g, `10.9999/auth-${n}`)
    .replace('35587745', String(60000000 + n));
}

interface Sent {
  response: GraphQLResponse<{ importEntries: ImportResult }>;
  headers: Headers;
  raw: string;
}

interface ImportResult {
  dryRun: boolean;
  inputs: number;
  created: number;
  updated: number;
  unchanged: number;
  findings: number;
  findingsByRelation: { relation: string; count: number }[];
  studies: { slug: string; status: string; findings: number }[];
  rejected: { input: string; message: string }[];
  warnings: { input: string | null; line: number | null; message: string }[];
}

const IMPORT = `mutation ($pages: [String!], $records: [JSON!], $dryRun: Boolean) {
  importEntries(pages: $pages, records: $records, dryRun: $dryRun) {
    dryRun inputs created updated unchanged findings findingsByRelation { relation count }
    studies { slug status findings } rejected { input message } warnings { input line message }
  }
}`;

async function send(query: string, variables: Record<string, unknown>, authorization?: string): Promise<Sent> {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization !== undefined ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const raw = await response.text();
  return { response: { status: response.status, ...(JSON.parse(raw) as object) }, headers: response.headers, raw };
}

const importEntries = (variables: Record<string, unknown>, key?: string) =>
  send(IMPORT, variables, key === undefined ? undefined : `Bearer ${key}`);

async function rows<T = Record<string, unknown>>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await db.driver.executeQuery(query, params, { database: db.connection.database });
  return records.map((record) => record.toObject() as T);
}

const studyCount = async () => (await rows<{ n: number }>('MATCH (s:Study) RETURN count(s) AS n'))[0]!.n;

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['bin/evidence-graph.js', 'keys', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: db.connection.uri, NEO4J_DATABASE: db.connection.database, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
}

let importKey: string;
let adminKey: string;
/** Every key this file has seen: none may appear in any answer. */
const secrets: string[] = [];

function expectNoSecrets(text: string) {
  for (const key of secrets) {
    expect(text).not.toContain(key);
    expect(text).not.toContain(parseKey(key)!.secret);
  }
}

beforeAll(async () => {
  await clearGraph(db.cypher);
  importKey = (await createApiKey(db.cypher, { name: 'curator notebook', scopes: ['import'] })).key;
  adminKey = (await createApiKey(db.cypher, { name: 'operator', scopes: ['admin'] })).key;
  secrets.push(importKey, adminKey);
});

afterAll(async () => {
  await clearGraph(db.cypher);
  await db.driver.close();
});

describe('importEntries refuses callers without a valid key', () => {
  const unauthenticated: [string, () => string | undefined, RegExp][] = [
    ['no Authorization header', () => undefined, /needs an API key/],
    ['another scheme', () => 'Basic dXNlcjpwYXNz', /must read "Bearer egk_<id>_<secret>"/],
    ['a malformed key', () => 'Bearer not-a-key', /must read "Bearer egk_<id>_<secret>"/],
    ['an unknown key', () => `Bearer ${generateKey().key}`, /not valid/],
    ['a known id with a wrong secret', () => `Bearer ${importKey.slice(0, -4)}beef`, /not valid/],
  ];
  for (const [name, header, message] of unauthenticated) {
    it(`${name}: UNAUTHENTICATED, HTTP 401, nothing written`, async () => {
      const { response, headers, raw } = await send(IMPORT, { pages: [seedText] }, header());
      expect(response.status).toBe(401);
      expect(response.data?.importEntries ?? null).toBeNull();
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
      expect(response.errors![0]!.message).toMatch(message);
      expect(headers.get('www-authenticate')).toMatch(/^Bearer realm="evidence-graph"/);
      expect(raw).not.toContain('not-a-key');
      expect(raw).not.toContain('dXNlcjpwYXNz');
      expectNoSecrets(raw);
      expect(await studyCount()).toBe(0);
    });
  }

  it('a key without the import scope: FORBIDDEN, HTTP 403, nothing written', async () => {
    const { response, headers, raw } = await importEntries({ pages: [seedText] }, adminKey);
    expect(response.status).toBe(403);
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', requiredScope: 'import' } });
    expect(response.errors![0]!.message).toMatch(/lacks the "import" scope/);
    expect(headers.get('www-authenticate')).toMatch(/error="insufficient_scope", scope="import"/);
    expectNoSecrets(raw);
    expect(await studyCount()).toBe(0);
  });

  it('checks the key before the input: an unauthenticated oversized call is still UNAUTHENTICATED', async () => {
    const { response } = await send(IMPORT, { pages: Array.from({ length: 101 }, () => 'x') });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('importEntries with a key that has the import scope', () => {
  it('imports a page: the study is created, with the same summary as the CLI', async () => {
    const { response, raw } = await importEntries({ pages: [seedText] }, importKey);
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
    const result = response.data!.importEntries;
    expect(result).toMatchObject({ dryRun: false, inputs: 1, created: 1, updated: 0, unchanged: 0, rejected: [] });
    expect(result.studies).toEqual([{ slug: SEED, status: 'CREATED', findings: result.findings }]);
    expect(result.findings).toBeGreaterThan(5);
    expect(result.findingsByRelation.reduce((sum, r) => sum + r.count, 0)).toBe(result.findings);
    expect(result.findingsByRelation.map((r) => r.relation)).toContain('ELEVATED_IN');
    expectNoSecrets(raw);
    const [study] = await rows<{ title: string }>('MATCH (s:Study {slug: $slug}) RETURN s.title AS title', {
      slug: SEED,
    });
    expect(study?.title).toMatch(/Micro RNA-320a/);
  });

  it('the same page again: UNCHANGED', async () => {
    const { response } = await importEntries({ pages: [seedText] }, importKey);
    expect(response.data!.importEntries).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 1,
      studies: [{ slug: SEED, status: 'UNCHANGED' }],
    });
  });

  it('dryRun reports what would change and writes nothing', async () => {
    const before = await studyCount();
    const { response } = await importEntries({ pages: [variant('auth-2024-dry-run', 1)], dryRun: true }, importKey);
    expect(response.errors).toBeUndefined();
    expect(response.data!.importEntries).toMatchObject({
      dryRun: true,
      created: 1,
      studies: [{ slug: 'auth-2024-dry-run', status: 'CREATED' }],
    });
    expect(await studyCount()).toBe(before);
    expect(await rows("MATCH (s:Study {slug: 'auth-2024-dry-run'}) RETURN s")).toEqual([]);
  });

  it('records: a bad one is rejected with its location, the others import', async () => {
    const records = [
      { slug: 'auth-2021-first-record', title: 'First record' },
      { slug: 'auth-2021-bad-record', year: 'twenty' },
      { slug: 'auth-2021-third-record', title: 'Third record' },
      ['not', 'a', 'record'],
    ];
    const { response } = await importEntries({ records }, importKey);
    expect(response.errors).toBeUndefined();
    const result = response.data!.importEntries;
    expect(result.inputs).toBe(4);
    expect(result.created).toBe(2);
    expect(result.studies.map((s) => s.slug).sort()).toEqual(['auth-2021-first-record', 'auth-2021-third-record']);
    expect(result.rejected.map((r) => r.input)).toEqual(['records[1]', 'records[3]']);
    expect(result.rejected[0]!.message).toMatch(/^records\[1\].*slug "auth-2021-bad-record".*\/year/);
    expect(await rows("MATCH (s:Study {slug: 'auth-2021-bad-record'}) RETURN s")).toEqual([]);
  });

  it('pages and records together, each named by position; a bad page is located too', async () => {
    const { response } = await importEntries(
      { pages: [variant('auth-2024-page-and-record', 2), ''], records: [{ slug: 'auth-2021-with-page' }] },
      importKey,
    );
    const result = response.data!.importEntries;
    expect(result.inputs).toBe(3);
    expect(result.created).toBe(2);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]).toMatchObject({ input: 'pages[1]', message: expect.stringMatching(/^pages\[1\]/) });
  });

  it('warns where a page is odd, naming the input and line', async () => {
    const text = variant('auth-2024-unknown-badge', 3).replace(
      'Case-ControlPeer-reviewed',
      'Cohort-StudyPeer-reviewed',
    );
    const { response } = await importEntries({ pages: [text] }, importKey);
    expect(response.data!.importEntries.warnings).toContainEqual({
      input: 'pages[0]',
      line: 2,
      message: expect.stringMatching(/unknown badge "Cohort-Study"/),
    });
  });

  it('bounds: more than 100 pages or 1000 records is BAD_USER_INPUT', async () => {
    const pages = await importEntries({ pages: Array.from({ length: 101 }, () => 'x') }, importKey);
    expect(pages.response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'pages' } });
    const records = await importEntries({ records: Array.from({ length: 1001 }, () => ({})) }, importKey);
    expect(records.response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'records' } });
  });

  it('records when the key was last used', async () => {
    const id = parseKey(importKey)!.id;
    const [key] = await rows<{ lastUsedAt: string | null }>(
      'MATCH (k:ApiKey {id: $id}) RETURN k.lastUsedAt AS lastUsedAt',
      { id },
    );
    expect(Date.parse(key!.lastUsedAt!)).toBeGreaterThan(Date.now() - 5 * 60_000);
  });
});

describe('reads stay public', () => {
  it('answers queries without any key, and ignores a bad one', async () => {
    for (const authorization of [undefined, 'Bearer not-a-key']) {
      const { response } = await send(
        'query ($slug: String!) { study(slug: $slug) { slug } }',
        { slug: SEED },
        authorization,
      );
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({ study: { slug: SEED } });
    }
  });
});

describe('storage', () => {
  it('keeps only a hash: no property of any key node holds a key or its secret', async () => {
    const nodes = await rows<{ props: Record<string, unknown> }>('MATCH (k:ApiKey) RETURN properties(k) AS props');
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    for (const { props } of nodes) {
      expect(Object.keys(props).sort()).toEqual(expect.arrayContaining(['createdAt', 'hash', 'id', 'name', 'scopes']));
      expect(props.hash).toMatch(/^[0-9a-f]{64}$/);
      expectNoSecrets(JSON.stringify(props));
    }
    const [imported] = await rows<{ hash: string }>('MATCH (k:ApiKey {id: $id}) RETURN k.hash AS hash', {
      id: parseKey(importKey)!.id,
    });
    expect(imported!.hash).not.toBe(importKey);
  });

  it('a revoked key stops working at once', async () => {
    const { key } = await createApiKey(db.cypher, { name: 'short-lived', scopes: ['import'] });
    secrets.push(key);
    expect(
      (await importEntries({ records: [{ slug: 'auth-2021-before-revoke' }] }, key)).response.errors,
    ).toBeUndefined();
    expect(await revokeApiKey(db.cypher, parseKey(key)!.id)).toBe('revoked');
    expect(await revokeApiKey(db.cypher, parseKey(key)!.id)).toBe('already-revoked');
    const { response, raw } = await importEntries({ records: [{ slug: 'auth-2021-after-revoke' }] }, key);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]).toMatchObject({
      message: 'This API key has been revoked.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expectNoSecrets(raw);
    expect(await rows("MATCH (s:Study {slug: 'auth-2021-after-revoke'}) RETURN s")).toEqual([]);
  });
});

describe('the keys command', () => {
  let key: string;
  let id: string;

  it('create prints the key once on stdout, alone, and warns that it is not stored', () => {
    const result = cli('create', '--name', 'cli test', '--scope', 'import', '--scope', 'admin');
    expect(result.stderr).not.toMatch(/egk_[0-9a-f]{16}_[0-9a-f]{64}/);
    expect(result.status).toBe(0);
    key = result.stdout.trim();
    expect(key).toMatch(/^egk_[0-9a-f]{16}_[0-9a-f]{64}$/);
    secrets.push(key);
    id = parseKey(key)!.id;
    expect(result.stderr).toMatch(new RegExp(`created key ${id} \\("cli test", scopes: admin, import\\)`));
    expect(result.stderr).toMatch(/only time the key is shown: only its hash is stored/);
  });

  it('create refuses an unknown scope or a missing name', () => {
    const badScope = cli('create', '--name', 'x', '--scope', 'write');
    expect(badScope.status).not.toBe(0);
    expect(badScope.stderr).toMatch(/unknown scope "write"/);
    const noName = cli('create', '--scope', 'import');
    expect(noName.status).not.toBe(0);
    expect(noName.stderr).toMatch(/--name/);
  });

  it('the new key works', async () => {
    const { response } = await importEntries({ records: [{ slug: 'auth-2021-cli-key' }] }, key);
    expect(response.errors).toBeUndefined();
    expect(response.data!.importEntries.created).toBe(1);
  });

  it('list shows id, name, scopes and dates, never a hash or a key', async () => {
    const [stored] = await rows<{ hash: string }>('MATCH (k:ApiKey {id: $id}) RETURN k.hash AS hash', { id });
    const [table, json] = [cli('list'), cli('list', '--json')];
    for (const result of [table, json]) {
      expect(result.status).toBe(0);
      expect(result.stdout).toContain(id);
      expect(result.stdout).toContain('cli test');
      expect(result.stdout).not.toContain(stored!.hash);
      expect(result.stdout).not.toMatch(/hash/i);
      expectNoSecrets(result.stdout + result.stderr);
    }
    const listed = JSON.parse(json.stdout) as {
      id: string;
      scopes: string[];
      revokedAt: string | null;
      lastUsedAt: string | null;
    }[];
    expect(listed.find((k) => k.id === id)).toMatchObject({
      scopes: ['admin', 'import'],
      revokedAt: null,
      lastUsedAt: expect.any(String),
    });
    expect(table.stdout.split('\n')[0]).toMatch(/^ID\s+NAME\s+SCOPES\s+CREATED\s+LAST USED\s+REVOKED$/);
  });

  it('revoke makes the key fail; an unknown id exits 1', async () => {
    const result = cli('revoke', id);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`revoked: ${id}\n`);
    const { response } = await importEntries({ records: [{ slug: 'auth-2021-cli-revoked' }] }, key);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const listed = JSON.parse(cli('list', '--json').stdout) as { id: string; revokedAt: string | null }[];
    expect(listed.find((k) => k.id === id)?.revokedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const unknown = cli('revoke', generateKey().id);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/no key with id/);
    expect(cli('revoke', 'nonsense').status).toBe(1);
  });
});
