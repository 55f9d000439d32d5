// The GraphQL operation metrics (src/plugins/graphql-metrics.ts) and /readyz (src/plugins/readiness.ts) on a Yoga of
// their own: what each kind of request adds to the scrape, under the names docs/operations.md lists.
import { createSchema, createYoga } from 'graphql-yoga';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { useMetrics } from '../../src/plugins/metrics.ts';
import { useReadiness } from '../../src/plugins/readiness.ts';

function metricsYoga(ready: () => Promise<boolean> = async () => true) {
  const registry = new Registry();
  const yoga = createYoga({
    schema: createSchema({
      typeDefs: 'type Query { a: Int, fails: Int } type Mutation { b: Int }',
      resolvers: {
        Query: { a: () => 1, fails: () => Promise.reject(new Error('resolver failed')) },
        Mutation: { b: () => 2 },
      },
    }),
    plugins: [...useMetrics({ registry, defaultMetrics: false }), useReadiness('/readyz', ready)],
    logging: false,
  });
  const post = (query: string) =>
    yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
  /** The value of one sample line, by its exact name and labels as printed. */
  const sample = async (line: string) => {
    const text = await registry.metrics();
    const found = text.split('\n').find((l) => l.startsWith(`${line} `));
    return found === undefined ? undefined : Number(found.slice(line.length + 1));
  };
  return { yoga, post, sample, registry };
}

describe('GraphQL operation metrics', () => {
  it('count operations by type, time each phase and the HTTP answer', async () => {
    const { post, sample } = metricsYoga();
    await (await post('{ a }')).json();
    await (await post('query Named { a }')).json();
    await (await post('mutation { b }')).json();
    expect(await sample('graphql_envelop_request{operationType="query"}')).toBe(2);
    expect(await sample('graphql_envelop_request{operationType="mutation"}')).toBe(1);
    expect(await sample('graphql_envelop_request_duration_count{operationType="query"}')).toBe(2);
    for (const phase of ['parse', 'validate', 'execute'])
      expect(await sample(`graphql_envelop_phase_${phase}_count{operationType="query"}`), phase).toBe(2);
    expect(
      await sample('graphql_yoga_http_duration_count{method="POST",statusCode="200",operationType="mutation"}'),
    ).toBe(1);
  });

  it('count errors by phase: one a document that does not parse, one per error of an execution', async () => {
    const { post, sample } = metricsYoga();
    await (await post('{ a')).json();
    await (await post('{ noSuchField }')).json();
    await (await post('{ x: fails y: fails }')).json();
    expect(await sample('graphql_envelop_error_result{phase="parse"}')).toBe(1);
    expect(await sample('graphql_envelop_error_result{operationType="query",phase="validate"}')).toBe(1);
    expect(await sample('graphql_envelop_error_result{operationType="query",phase="execute"}')).toBe(2);
    // Only the execution counts as an operation executed.
    expect(await sample('graphql_envelop_request{operationType="query"}')).toBe(1);
  });

  it('time only GraphQL requests over HTTP: not the scrape, not the probes', async () => {
    const { yoga, sample, registry } = metricsYoga();
    expect((await yoga.fetch('http://yoga/metrics')).status).toBe(200);
    expect((await yoga.fetch('http://yoga/readyz')).status).toBe(200);
    expect(await registry.metrics()).not.toMatch(/^graphql_yoga_http_duration_count/m);
    expect(await sample('graphql_envelop_request{operationType="query"}')).toBeUndefined();
  });
});

describe('/readyz', () => {
  it('answers 200 when ready, 503 when not or when the check throws, and lets every other path through', async () => {
    let state: boolean | Error = true;
    const { yoga } = metricsYoga(async () => {
      if (state instanceof Error) throw state;
      return state;
    });
    expect((await yoga.fetch('http://yoga/readyz')).status).toBe(200);
    state = false;
    expect((await yoga.fetch('http://yoga/readyz')).status).toBe(503);
    state = new Error('database unreachable');
    expect((await yoga.fetch('http://yoga/readyz')).status).toBe(503);
    // Another path, even one ending the same way, is not the probe.
    expect((await yoga.fetch('http://yoga/not-readyz')).status).toBe(404);
  });
});
