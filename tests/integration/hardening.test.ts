// Limits, masking and failure answers of the HTTP API. Read-only.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { getEventListeners } from 'node:events';
import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { Cypher, type QueryStats } from '../../src/db/cypher.ts';
import { createDriver } from '../../src/db/driver.ts';
import { entityKey } from '../../src/ingest/entity-key.ts';
import { DEFAULT_LIMITS } from '../../src/limits.ts';
import { createEvidenceYoga } from '../../src/yoga.ts';
import { parse } from 'graphql';
import { queryCost } from '../../src/plugins/cost.ts';
import { ANALYST_QUERY, GRAPHIQL_TABS } from '../../src/plugins/graphiql.ts';
import { schema } from '../../src/schema/index.ts';
import { STARTING_RETRY_AFTER_SECONDS, type StartupPhase } from '../../src/plugins/startup-gate.ts';
import { graphql, readOnlySampleSuite, recordingYoga, type GraphQLResponse } from './helpers.ts';

const { db, yoga } = readOnlySampleSuite();

const aliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: study(slug: "x${i}") { slug }`).join(' ')} }`;

/** What a refused query answers: one error with the limit's code, which limit, its value and the query's. */
function expectLimit(response: GraphQLResponse, limit: string, max: number, found?: number) {
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  const error = response.errors![0]!;
  expect(error.extensions).toMatchObject({
    code: 'QUERY_LIMIT_EXCEEDED',
    limit,
    max,
    ...(found === undefined ? {} : { found }),
  });
  expect(error.message).not.toMatch(/Syntax Error/);
  expect(error.message).toMatch(/split it into several requests/);
  return error;
}

/** Issue 22's attack: every list of a six-level chain at first: $n, the size given as a variable. */
const NESTED_LISTS =
  'query Nested($n: Int) { studies(first: $n) { edges { node { findings { object { findings(first: $n) { edges { node { study { findings { statement } } } } } } } } } } }';

describe('query limits', () => {
  it('refuse a query deeper than the depth limit, and accept the deepest useful one', async () => {
    const deep =
      '{ studies { edges { node { findings { subject { findings { edges { node { study { findings { subject { findings { edges { node { statement } } } } } } } } } } } } } } }';
    const error = expectLimit(await graphql(yoga, deep), 'depth', 12, 15);
    expect(error.message).toMatch(/^The query is 15 levels deep, over the limit of 12\./);
    const useful = await graphql(
      yoga,
      '{ studies(first: 3) { edges { node { findings { subject { findings(first: 2) { edges { node { study { slug } } } } } } } } } }',
    );
    expect(useful.errors).toBeUndefined();
  });

  it('refuse too many aliases', async () => {
    expect((await graphql(yoga, aliases(DEFAULT_LIMITS.maxAliases))).errors).toBeUndefined();
    const error = expectLimit(await graphql(yoga, aliases(DEFAULT_LIMITS.maxAliases + 1)), 'aliases', 30, 31);
    expect(error.message).toMatch(/^The query has 31 aliases, over the limit of 30/);
  });

  it('refuse a query over the cost limit', async () => {
    const limited = createEvidenceYoga({ cypher: db.cypher }, { limits: { ...DEFAULT_LIMITS, maxCost: 10 } });
    const error = expectLimit(
      await graphql(limited, '{ studies { edges { node { slug title year findings { statement relation } } } } }'),
      'cost',
      10,
    );
    expect(error.message).toMatch(/^The query's estimated cost is [\d,]+, over the limit of 10\./);
  });

  it('count list sizes passed as variables: the nested-lists attack is refused before it reads anything', async () => {
    const { sent, recording } = recordingYoga(db.cypher);
    const viaVariable = await graphql(recording, NESTED_LISTS, { n: 100 });
    const error = expectLimit(viaVariable, 'cost', DEFAULT_LIMITS.maxCost);
    expect(error.extensions?.found).toBeGreaterThan(1_000_000);
    expect(sent).toEqual([]);
    // The same query with the sizes written in costs the same.
    const literal = await graphql(recording, NESTED_LISTS.replace('($n: Int) ', '').replaceAll('$n', '100'));
    expect(literal.errors?.[0]?.extensions?.found).toBe(error.extensions?.found);
    // Small pages of the same shape pass and answer.
    const small = await graphql<{ studies: { edges: unknown[] } }>(recording, NESTED_LISTS, { n: 2 });
    expect(small.errors).toBeUndefined();
    expect(small.data?.studies.edges).toHaveLength(2);
  });

  it("pass an ordinary analyst's request: six evidence questions aliased in one, and every GraphiQL example", async () => {
    const body = ANALYST_QUERY.slice(
      ANALYST_QUERY.indexOf('evidence(subject: $subject, filter: $filter) {'),
      ANALYST_QUERY.lastIndexOf('}'),
    );
    const subjects = ['miR-320a', 'NK cell cytotoxicity', 'major depressive disorder', 'ME/CFS', 'fatigue', 'pain'];
    const six = `query Six(${subjects.map((_, i) => `$s${i}: String!`).join(', ')}) { ${subjects
      .map((_, i) => `e${i}: ${body.replace('$subject', `$s${i}`).replace(', filter: $filter', '')}`)
      .join('\n')} }`;
    const answer = await graphql(yoga, six, Object.fromEntries(subjects.map((s, i) => [`s${i}`, s])));
    expect(answer.errors).toBeUndefined();
    expect(Object.keys(answer.data ?? {})).toHaveLength(6);
    for (const tab of GRAPHIQL_TABS) {
      const document = parse(tab.query);
      for (const operation of document.definitions) {
        const name = operation.kind === 'OperationDefinition' ? operation.name?.value : undefined;
        expect(queryCost(schema, document, JSON.parse(tab.variables) as Record<string, unknown>, name)).toBeLessThan(
          DEFAULT_LIMITS.maxCost / 5,
        );
      }
    }
  });

  it('refuse too many tokens and too many directives', async () => {
    const tokens = await graphql(
      createEvidenceYoga({ cypher: db.cypher }, { limits: { ...DEFAULT_LIMITS, maxTokens: 20 } }),
      aliases(5),
    );
    expectLimit(tokens, 'tokens', 20, undefined);
    expect(tokens.errors?.[0]?.message).toMatch(/^The query has more than 20 tokens, over the limit of 20/);
    const directives = await graphql(yoga, `{ studies(first: 1) { totalCount ${'@include(if: true) '.repeat(60)} } }`);
    expectLimit(directives, 'directives', 50, 60);
  });

  it('refuse an answer over the response-size cap', async () => {
    const small = createEvidenceYoga({ cypher: db.cypher }, { limits: { ...DEFAULT_LIMITS, maxResponseBytes: 2_000 } });
    const query = '{ studies(first: 20) { edges { node { slug title summary } } } }';
    const refused = await graphql(small, query);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', max: 2_000 });
    // The whole answer is larger than the cap, and a small one passes.
    const whole = await graphql(yoga, query);
    expect(JSON.stringify(whole.data).length).toBeGreaterThan(2_000);
    expect((await graphql(small, '{ studies(first: 1) { edges { node { slug } } } }')).errors).toBeUndefined();
  });

  it('stop a query that runs past the deadline with TIMEOUT, while the database never answers', async () => {
    /** A database that accepts every read and never answers it. */
    class FrozenCypher extends Cypher {
      override withStats(): Cypher {
        return this;
      }
      override read: Cypher['read'] = () => new Promise(() => {});
    }
    const frozen = createEvidenceYoga(
      { cypher: new FrozenCypher(db.driver, db.cypher.database) },
      { limits: { ...DEFAULT_LIMITS, requestTimeoutMs: 50 } },
    );
    const response = await graphql(frozen, '{ studies(first: 1) { totalCount } }');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'TIMEOUT', max: 50 });
    expect(response.errors?.[0]?.message).toMatch(/deadline of 50 ms/);
  });

  it('stop a query in flight when its client goes away', async () => {
    let reading!: () => void;
    const started = new Promise<void>((resolve) => (reading = resolve));
    /** A database that accepts every read, says so, and never answers it. */
    class FrozenCypher extends Cypher {
      override withStats(): Cypher {
        return this;
      }
      override read: Cypher['read'] = () => {
        reading();
        return new Promise(() => {});
      };
    }
    // A deadline far beyond the test's own timeout: only the client's abort can end the query in time.
    const frozen = createEvidenceYoga(
      { cypher: new FrozenCypher(db.driver, db.cypher.database) },
      { limits: { ...DEFAULT_LIMITS, requestTimeoutMs: 3_600_000 } },
    );
    const client = new AbortController();
    const inFlight = new Request('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ studies(first: 1) { totalCount } }' }),
      signal: client.signal,
    });
    const before = getEventListeners(inFlight.signal, 'abort').length;
    const answer = Promise.resolve(frozen.fetch(inFlight)).then(
      (response) => response.text(),
      (error: unknown) => error,
    );
    await started;
    // The deadline listens to the client's signal while the query runs.
    expect(getEventListeners(inFlight.signal, 'abort').length).toBeGreaterThan(before);
    client.abort();
    await answer;
  });

  it('refuse a body over the size limit with 413', async () => {
    const small = createEvidenceYoga({ cypher: db.cypher }, { limits: { ...DEFAULT_LIMITS, maxBodyBytes: 1000 } });
    const response = await small.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ study(slug: "${'x'.repeat(2000)}") { slug } }` }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('count a body of undeclared length as it streams: 413 over the limit, answered under it', async () => {
    const small = createEvidenceYoga({ cypher: db.cypher }, { limits: { ...DEFAULT_LIMITS, maxBodyBytes: 1000 } });
    const chunked = (text: string) => {
      const bytes = new TextEncoder().encode(text);
      // Two chunks and no Content-Length: the server cannot know the size before reading.
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes.slice(0, 10));
          controller.enqueue(bytes.slice(10));
          controller.close();
        },
      });
      const request = new Request('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        duplex: 'half',
      } as RequestInit);
      expect(request.headers.has('content-length')).toBe(false);
      return small.fetch(request);
    };
    const over = await chunked(JSON.stringify({ query: `{ study(slug: "${'x'.repeat(2000)}") { slug } }` }));
    expect(over.status).toBe(413);
    expect(((await over.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
    const under = await chunked(JSON.stringify({ query: '{ __typename }' }));
    expect(under.status).toBe(200);
    expect(await under.json()).toEqual({ data: { __typename: 'Query' }, extensions: { roundTrips: 0 } });
  });

  it('refuse a Content-Length that is not one non-negative integer with 400', async () => {
    for (const declared of ['12, 12', '-1', 'ten']) {
      const response = await yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': declared },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(
        /not a single non-negative integer/,
      );
    }
  });

  it('compute at most maxConcurrentGraphs neighborhoods at once, the others waiting their turn', async () => {
    /** Our Cypher runner, counting the neighborhood reads in flight. */
    class CountingCypher extends Cypher {
      constructor(
        driver: Driver,
        database: string,
        readonly flight: { now: number; max: number },
        stats?: QueryStats,
      ) {
        super(driver, database, stats);
      }
      override withStats(stats: QueryStats): Cypher {
        return new CountingCypher(this.driver, this.database, this.flight, stats);
      }
      override read: Cypher['read'] = async (name, params = {}) => {
        if (name !== 'neighborhood/expand') return super.read(name, params);
        this.flight.max = Math.max(this.flight.max, (this.flight.now += 1));
        try {
          return await super.read(name, params);
        } finally {
          this.flight.now -= 1;
        }
      };
    }
    const query = `{ neighborhood(id: "${encodeGlobalID('Biomarker', entityKey('miR-320a'))}", depth: 2) { nodes { id } edges { id consensus } } }`;
    const peak = async (maxConcurrentGraphs: number) => {
      const flight = { now: 0, max: 0 };
      const limited = createEvidenceYoga(
        { cypher: new CountingCypher(db.cypher.driver, db.cypher.database, flight) },
        { limits: { ...DEFAULT_LIMITS, maxConcurrentGraphs } },
      );
      const answers = await Promise.all(
        Array.from({ length: 4 }, () => graphql<{ neighborhood: { edges: unknown[] } }>(limited, query)),
      );
      for (const answer of answers) {
        expect(answer.errors).toBeUndefined();
        expect(answer.data?.neighborhood).toEqual(answers[0]!.data?.neighborhood);
      }
      expect(answers[0]!.data?.neighborhood.edges.length).toBeGreaterThan(0);
      return flight.max;
    };
    expect(await peak(1)).toBe(1);
    expect(await peak(4)).toBeGreaterThan(1);
  });

  it('cap nodes(ids) at 100', async () => {
    const response = await graphql(yoga, 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array.from({ length: 101 }, () => 'U3R1ZHk6eA=='),
    });
    expect(response.errors?.[0]?.message).toBe('"ids" may hold at most 100 ids, got 101');
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keep field suggestions out of errors in production mode only', async () => {
    const development = await graphql(yoga, '{ studis { totalCount } }');
    expect(development.errors?.[0]?.message).toMatch(/Did you mean "studies"/);
    const production = await graphql(
      createEvidenceYoga({ cypher: db.cypher }, { production: true }),
      '{ studis { totalCount } }',
    );
    expect(production.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});

describe('node and nodes', () => {
  it('answer null for a well-formed id of any type that matches nothing', async () => {
    for (const type of ['Study', 'Biomarker', 'Symptom', 'Condition', 'Measure', 'Finding']) {
      const response = await graphql(yoga, 'query ($id: ID!) { node(id: $id) { id } }', {
        id: encodeGlobalID(type, 'no-such-key'),
      });
      expect({ type, ...response }).toEqual({ type, status: 200, data: { node: null }, extensions: { roundTrips: 1 } });
    }
  });

  it('keep one bad id to its own index: the other ids and root fields still answer', async () => {
    const study = encodeGlobalID('Study', 'hussein-2022-impact-micro');
    const response = await graphql<{ nodes: ({ id: string } | null)[]; studies: { totalCount: number } }>(
      yoga,
      'query ($ids: [ID!]!) { nodes(ids: $ids) { id } studies(first: 1) { totalCount } }',
      { ids: ['bogus', study, encodeGlobalID('Biomarker', 'no-such-key'), encodeGlobalID('Nope', 'x')] },
    );
    expect(response.data?.nodes).toEqual([null, { id: study }, null, null]);
    expect(response.data?.studies.totalCount).toBeGreaterThan(0);
    expect(response.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['nodes', 0], 'BAD_USER_INPUT'],
      [['nodes', 3], 'BAD_USER_INPUT'],
    ]);
    expect(response.errors?.[0]?.message).toMatch(/^"bogus" is not an id of this API/);
  });
});

describe('long search text', () => {
  it('refuses search and filter text over 1,000 characters, or a word over 100, with BAD_USER_INPUT', async () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      [
        'query ($t: String!) { search(text: $t) { name } }',
        { t: 'x'.repeat(1_001) },
        /^text is 1001 characters long; search text may hold at most 1000$/,
      ],
      [
        'query ($t: String!) { search(text: $t) { name } }',
        { t: `IL-6 ${'y'.repeat(150)}` },
        /^text holds a word of 150 characters/,
      ],
      [
        'query ($t: String!) { studies(filter: { text: $t }) { totalCount } }',
        { t: 'z'.repeat(5_000) },
        /^filter\.text is 5000 characters long/,
      ],
      [
        'query ($t: String!) { facets(filter: { text: $t }) { total } }',
        { t: 'w'.repeat(2_000) },
        /^filter\.text is 2000 characters long/,
      ],
    ];
    for (const [query, variables, message] of cases) {
      const response = await graphql(yoga, query, variables);
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(response.errors?.[0]?.message).toMatch(message);
    }
    // Ordinary text still searches.
    expect((await graphql(yoga, '{ search(text: "microRNA fibromyalgia") { name } }')).errors).toBeUndefined();
  });

  it('answers /export?text= over the limit with 400 and the reason, not 503', async () => {
    const response = await yoga.fetch(`http://yoga/export?format=csv&text=${'q'.repeat(3_000)}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/text is 3000 characters long; search text may hold at most 1000/);
  });
});

describe('errors', () => {
  it('mask unexpected failures: no stack, no Cypher, a code and the request id', async () => {
    const broken = createEvidenceYoga({ cypher: new Cypher(db.driver, 'no-such-database') });
    const response = await broken.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'test-req-1' },
      body: JSON.stringify({ query: '{ studies(first: 1) { totalCount } }' }),
    });
    const text = await response.text();
    expect(response.headers.get('x-request-id')).toBe('test-req-1');
    const body = JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]).toMatchObject({
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'test-req-1' },
    });
    expect(text).not.toMatch(/MATCH|RETURN|Neo4jError|at .*\.js:\d+|no-such-database/);
  });

  it('answer SERVICE_UNAVAILABLE when the database is away', async () => {
    const away = createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: '', database: 'neo4j' });
    try {
      const response = await graphql(
        createEvidenceYoga({ cypher: new Cypher(away, 'neo4j') }),
        '{ studies(first: 1) { totalCount } }',
      );
      expect(response.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(response.errors?.[0]?.message).toBe('The database is not reachable right now; try again shortly.');
    } finally {
      await away.close();
    }
  });

  it('keep expected errors as they are, with their code and the request id', async () => {
    const response = await graphql(yoga, '{ studies(first: 500) { totalCount } }');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(typeof response.errors?.[0]?.extensions?.requestId).toBe('string');
  });

  it('refuse backward pagination clearly', async () => {
    const response = await graphql(yoga, '{ studies(last: 2) { totalCount } }');
    expect(response.errors?.[0]?.message).toMatch(/page forward only/);
  });
});

describe('start-up', () => {
  it('answers 503 on /readyz, /graphql and /export until start-up is done, saying which step it is at', async () => {
    let phase: StartupPhase = 'connecting';
    const starting = createEvidenceYoga({ cypher: db.cypher }, { phase: () => phase });
    const query = '{ studies(first: 1) { totalCount } }';
    for (const [step, words] of [
      ['connecting', /waiting for the database/],
      ['migrating', /migrations/],
      ['loading-sample', /loading sample data/],
    ] as const) {
      phase = step;
      expect((await starting.fetch('http://yoga/readyz')).status).toBe(503);
      const response = await starting.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe(String(STARTING_RETRY_AFTER_SECONDS));
      const body = (await response.json()) as GraphQLResponse;
      expect(body.data).toBeUndefined();
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0]!.message).toMatch(words);
      expect(body.errors![0]!.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', phase: step });
      const exported = await starting.fetch('http://yoga/export?format=csv');
      expect(exported.status).toBe(503);
      expect(exported.headers.get('retry-after')).toBe(String(STARTING_RETRY_AFTER_SECONDS));
      // The process is alive, and a browser still gets GraphiQL's page (its queries meet the 503 above).
      expect((await starting.fetch('http://yoga/healthz')).status).toBe(200);
      const page = await starting.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toMatch(/<html/i);
    }
    phase = 'ready';
    expect((await starting.fetch('http://yoga/readyz')).status).toBe(200);
    const answered = await graphql<{ studies: { totalCount: number } }>(starting, query);
    expect(answered.status).toBe(200);
    expect(answered.data?.studies.totalCount).toBeGreaterThan(0);
  });
});
