// Operations: Prometheus metrics at /metrics and one structured access-log line per request.
// - @graphql-yoga/plugin-prometheus: GraphQL requests (graphql_envelop_request), their duration
//   (graphql_envelop_request_duration), errors by phase (graphql_envelop_error_result), phase timings and the HTTP
//   duration histogram (graphql_yoga_http_duration, which also counts requests by method and status).
// - Ours: Neo4j round trips per GraphQL operation (evidence_graph_neo4j_round_trips histogram), round trips per named
//   Cypher statement (evidence_graph_neo4j_statements_total), and the process's default metrics.
// Metrics live in prom-client's default registry: one set per process, shared by every Yoga instance in it.
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Counter, Histogram, register, type Registry } from 'prom-client';
import type { Context } from '../context.ts';
import { logger } from '../log.ts';
import { requestIdFor } from './request-id.ts';

export const METRICS_PATH = '/metrics';

let defaultsCollected = false;

function getOrCreate<T>(registry: Registry, name: string, create: () => T): T {
  return (registry.getSingleMetric(name) as T | undefined) ?? create();
}

export function neo4jMetrics(registry: Registry = register) {
  return {
    roundTrips: getOrCreate(
      registry,
      'evidence_graph_neo4j_round_trips',
      () =>
        new Histogram({
          name: 'evidence_graph_neo4j_round_trips',
          help: 'Neo4j round trips (Cypher statements run) per GraphQL operation',
          labelNames: ['operationName', 'operationType'],
          buckets: [0, 1, 2, 3, 4, 6, 8, 12, 20, 50],
          registers: [registry],
        }),
    ),
    statements: getOrCreate(
      registry,
      'evidence_graph_neo4j_statements_total',
      () =>
        new Counter({
          name: 'evidence_graph_neo4j_statements_total',
          help: 'Cypher statements run for GraphQL operations, by statement name (cypher/<domain>/<name>.cypher)',
          labelNames: ['statement'],
          registers: [registry],
        }),
    ),
  };
}

interface RequestInfo {
  started: number;
  operationName?: string;
  roundTrips?: number;
}

/** /metrics and the metrics above. */
export function useMetrics(options: { registry?: Registry; defaultMetrics?: boolean } = {}): Plugin<Record<string, never>, Context>[] {
  const registry = options.registry ?? register;
  if ((options.defaultMetrics ?? true) && !defaultsCollected && registry === register) {
    collectDefaultMetrics({ register: registry, prefix: 'evidence_graph_' });
    defaultsCollected = true;
  }
  const { roundTrips, statements } = neo4jMetrics(registry);
  const requests = new WeakMap<Request, RequestInfo>();

  const neo4jAndLog: Plugin<Record<string, never>, Context> = {
    onRequest: ({ request }) => {
      requests.set(request, { started: performance.now() });
    },
    onExecute: ({ args }) => ({
      onExecuteDone: () => {
        const context = args.contextValue as Partial<Context> & { request?: Request };
        const document = args.document as DocumentNode;
        const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
        const operationName = args.operationName ?? operation?.name?.value ?? 'anonymous';
        const operationType = operation?.operation ?? 'query';
        const stats = context.stats;
        if (!stats) return;
        roundTrips.observe({ operationName, operationType }, stats.roundTrips);
        for (const statement of stats.statements) statements.inc({ statement });
        const info = context.request && requests.get(context.request);
        if (info) {
          info.operationName = operationName;
          info.roundTrips = (info.roundTrips ?? 0) + stats.roundTrips;
        }
      },
    }),
    onResponse: ({ request, response }) => {
      const info = requests.get(request);
      const path = new URL(request.url, 'http://localhost').pathname;
      // Scrapes and probes would drown the log: they are logged at debug only.
      const quiet = path === METRICS_PATH || path === '/healthz' || path === '/readyz';
      const line = {
        requestId: requestIdFor(request),
        method: request.method,
        path,
        status: response.status,
        ms: info ? Math.round((performance.now() - info.started) * 10) / 10 : undefined,
        operationName: info?.operationName,
        roundTrips: info?.roundTrips,
      };
      if (quiet) logger.debug(line, 'request');
      else logger.info(line, 'request');
    },
  };

  return [
    usePrometheus({
      endpoint: METRICS_PATH,
      registry,
      // Client-chosen URLs would make label values unbounded: label HTTP durations by method and status only.
      labels: { method: true, statusCode: true, url: false },
      // The plugin merges these over its defaults, which also turn on a per-request summary (quantile estimation on
      // every request), a walk of every document for deprecated fields and per-phase counters nobody reads here.
      // Those are turned off by name: the walk alone was about 4 % of a CPU profile of Q2 (bench/REPORT.md).
      metrics: {
        graphql_envelop_deprecated_field: false,
        graphql_envelop_request_time_summary: false,
        graphql_envelop_phase_context: false,
        graphql_envelop_phase_subscribe: false,
        graphql_envelop_schema_change: false,
        graphql_envelop_request: true,
        graphql_envelop_request_duration: true,
        graphql_envelop_error_result: true,
        graphql_envelop_phase_parse: true,
        graphql_envelop_phase_validate: true,
        graphql_envelop_phase_execute: true,
        graphql_yoga_http_duration: true,
      },
    }) as Plugin<Record<string, never>, Context>,
    neo4jAndLog,
  ];
}
