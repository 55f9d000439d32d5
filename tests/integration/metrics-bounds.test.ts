// /metrics stays bounded whatever operation names clients send, and never answers with a stack trace.
import { createSchema, createYoga } from 'graphql-yoga';
import { Gauge, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import {
  documentedOperations,
  loggedOperationName,
  MAX_OPERATION_NAME,
  OperationLabels,
  useMetrics,
} from '../../src/plugins/metrics.ts';
import { readOnlySampleSuite } from './helpers.ts';

const { yoga } = readOnlySampleSuite();

const send = (operationName: string) =>
  yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `query ${operationName} { studies(first: 1) { totalCount } }`, operationName }),
  });

/** The distinct values of `label` in the scrape. */
function labelValues(scrape: string, label: string): Set<string> {
  return new Set([...scrape.matchAll(new RegExp(`${label}="([^"]*)"`, 'g'))].map((m) => m[1]!));
}

describe('/metrics under client-chosen operation names', () => {
  it('labels operations from a bounded set: documented names, the first 50 others, then "other"', async () => {
    const long = `Long${'x'.repeat(200_000)}`;
    for (const name of [long, ...Array.from({ length: 120 }, (_, i) => `Client${i}`)])
      expect((await send(name)).status).toBe(200);
    const scrape = await (await yoga.fetch('http://yoga/metrics')).text();
    expect(scrape).not.toContain('xxxxxxxxxx');
    const values = labelValues(scrape, 'operationName');
    expect(values.has('other')).toBe(true);
    expect(values.size).toBeLessThanOrEqual(documentedOperations().length + 50 + 2);
    expect([...values].filter((v) => v.startsWith('Client')).length).toBeLessThanOrEqual(50);
    // The plugin's metrics carry no operation name and no error path at all.
    expect(scrape).not.toMatch(/graphql_(envelop|yoga)_\w+\{[^}]*operationName=/);
    expect(scrape).not.toMatch(/graphql_envelop_error_result\{[^}]*path=/);
    expect(scrape.length).toBeLessThan(1_000_000);
  });

  it('keeps the documented operations and anonymous as labels of their own, and cuts long names in the log', () => {
    const labels = new OperationLabels(['AnalystEvidence'], 1);
    expect(labels.label('First')).toBe('First');
    expect(labels.label('Second')).toBe('other');
    expect(labels.label('AnalystEvidence')).toBe('AnalystEvidence');
    expect(labels.label(undefined)).toBe('anonymous');
    expect(labels.label('First')).toBe('First');
    expect(documentedOperations()).toContain('AnalystEvidence');
    expect(loggedOperationName('y'.repeat(10_000))).toHaveLength(MAX_OPERATION_NAME + 1);
  });

  it('answers a failed collection with a plain 503, no stack trace and no path', async () => {
    const registry = new Registry();
    new Gauge({
      name: 'broken',
      help: 'throws when collected',
      registers: [registry],
      collect() {
        throw new Error(`collector failed at ${import.meta.url}`);
      },
    });
    const broken = createYoga({
      schema: createSchema({ typeDefs: 'type Query { a: Int }' }),
      plugins: useMetrics({ registry, defaultMetrics: false }),
      logging: false,
    });
    const response = await broken.fetch('http://yoga/metrics');
    const text = await response.text();
    expect(response.status).toBe(503);
    expect(text).toBe('metrics are unavailable right now\n');
  });
});
