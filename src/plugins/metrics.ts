// Operations: Prometheus metrics at /metrics and one structured access-log line per request.
// - GraphQL operations (src/plugins/graphql-metrics.ts): operations executed, their duration, errors by phase, phase
//   timings and the HTTP duration histogram (graphql_yoga_http_duration, which also counts requests by method and
//   status), under the names @graphql-yoga/plugin-prometheus gave them.
// - Neo4j round trips per GraphQL operation (evidence_graph_neo4j_round_trips histogram), round trips per named
//   Cypher statement (evidence_graph_neo4j_statements_total), and the process's default metrics.
// Metrics live in prom-client's default registry: one set per process, shared by every Yoga instance in it.
// Label values are a bounded set: a client names its operations, so an operation name becomes a label only through
// OperationLabels (below); the GraphQL metrics carry no operation name and no error path (an alias is one).
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { parse } from 'graphql';
import { collectDefaultMetrics, Counter, Histogram, register, type Registry } from 'prom-client';
import type { Context } from '../context.ts';
import { logger } from '../log.ts';
import { GRAPHIQL_TABS } from './graphiql.ts';
import { getOrCreate, graphqlMetrics, graphqlRecorder, type OperationTiming } from './graphql-metrics.ts';
import { requestIdFor } from './request-id.ts';

export const METRICS_PATH = '/metrics';

let defaultsCollected = false;

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

/** The names of the operations this project documents (the GraphiQL examples): always labels of their own. */
export function documentedOperations(): string[] {
  return GRAPHIQL_TABS.flatMap((tab) =>
    parse(tab.query).definitions.flatMap((d) => (d.kind === 'OperationDefinition' && d.name ? [d.name.value] : [])),
  );
}

/** The longest operation name kept as a label or logged whole; longer ones are cut (log) or "other" (label). */
export const MAX_OPERATION_NAME = 64;

/**
 * Operation names as label values, from a bounded set: the documented operations, "anonymous", and the first
 * `extra` other names this process sees (clients' own dashboards and notebooks); every later or longer name is
 * "other". At most documented + extra + 2 values, whatever clients send.
 */
export class OperationLabels {
  private readonly known: Set<string>;
  private seen = 0;
  constructor(
    documented: readonly string[],
    private readonly extra = 50,
  ) {
    this.known = new Set(documented);
  }
  label(name: string | undefined): string {
    if (!name) return 'anonymous';
    if (this.known.has(name)) return name;
    if (name.length > MAX_OPERATION_NAME || this.seen >= this.extra) return 'other';
    this.seen += 1;
    this.known.add(name);
    return name;
  }
}

/** One bounded set per registry (the process's, shared by every Yoga instance in it). */
const labelSets = new WeakMap<Registry, OperationLabels>();
function labelsFor(registry: Registry): OperationLabels {
  let labels = labelSets.get(registry);
  if (!labels) labelSets.set(registry, (labels = new OperationLabels(documentedOperations())));
  return labels;
}

/** An operation name as logged: cut to MAX_OPERATION_NAME characters. */
export function loggedOperationName(name: string): string {
  return name.length > MAX_OPERATION_NAME ? `${name.slice(0, MAX_OPERATION_NAME)}…` : name;
}

/** One request's state, from onRequest to onResponse: one WeakMap entry serves the log and every metric. */
interface RequestInfo extends OperationTiming {
  started: number;
  /** The path, from the URL Yoga parsed for onRequest (parsing it again per response cost more than the log line). */
  path: string;
  operationName?: string;
  roundTrips?: number;
}

/** /metrics and the metrics above. */
export function useMetrics(
  options: { registry?: Registry; defaultMetrics?: boolean } = {},
): Plugin<Record<string, never>, Context>[] {
  const registry = options.registry ?? register;
  if ((options.defaultMetrics ?? true) && !defaultsCollected && registry === register) {
    collectDefaultMetrics({ register: registry, prefix: 'evidence_graph_' });
    defaultsCollected = true;
  }
  const { roundTrips, statements } = neo4jMetrics(registry);
  const requests = new WeakMap<Request, RequestInfo>();
  const operations = labelsFor(registry);
  const graphql = graphqlRecorder(graphqlMetrics(registry));
  const infoOf = (context: unknown) => {
    const request = (context as { request?: Request } | undefined)?.request;
    return request && requests.get(request);
  };

  // Per request, from one state: the access log, the Neo4j metrics and the GraphQL metrics.
  const observed: Plugin<Record<string, never>, Context> = {
    onPluginInit: ({ registerContextErrorHandler }) => {
      registerContextErrorHandler(({ context }) => {
        const info = infoOf(context);
        if (info) graphql.contextFailed(info);
      });
    },
    onRequest: ({ request, url }) => {
      requests.set(request, { started: performance.now(), path: url.pathname });
    },
    onParse: ({ context }) => {
      const info = infoOf(context);
      if (!info) return;
      const started = (info.parseStarted = performance.now());
      return ({ result }) =>
        graphql.parsed(
          info,
          started,
          result,
          (context as { params?: { operationName?: string } }).params?.operationName,
        );
    },
    onValidate: ({ context }) => {
      const info = infoOf(context);
      if (!info?.operationType) return;
      const started = performance.now();
      return ({ valid }) => graphql.validated(info, started, valid);
    },
    onExecute: ({ args }) => {
      const started = performance.now();
      return {
        onExecuteDone: ({ result }) => {
          const context = args.contextValue as Partial<Context> & { request?: Request };
          const info = infoOf(context);
          if (info && !isAsyncIterable(result)) graphql.executed(info, started, result.errors);
          const document = args.document as DocumentNode;
          const operation = document.definitions.find(
            (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
          );
          const sent = args.operationName ?? operation?.name?.value;
          const operationType = operation?.operation ?? 'query';
          const stats = context.stats;
          if (!stats) return;
          roundTrips.observe({ operationName: operations.label(sent), operationType }, stats.roundTrips);
          for (const statement of stats.statements) statements.inc({ statement });
          if (info) {
            info.operationName = loggedOperationName(sent ?? 'anonymous');
            info.roundTrips = (info.roundTrips ?? 0) + stats.roundTrips;
          }
        },
      };
    },
    onResponse: ({ request, response }) => {
      const info = requests.get(request);
      if (info) graphql.answered(info, info.started, request.method, response.status);
      const path = info?.path ?? new URL(request.url, 'http://localhost').pathname;
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

  /** /metrics: a failure to collect answers a plain 503, never the stack the server adapter would print. */
  const endpoint: Plugin<Record<string, never>, Context> = {
    onRequest: async ({ url, endResponse, fetchAPI }) => {
      if (url.pathname !== METRICS_PATH) return;
      try {
        const text = await registry.metrics();
        endResponse(new fetchAPI.Response(text, { headers: { 'content-type': registry.contentType } }));
      } catch (err) {
        logger.error({ err }, 'metrics collection failed');
        endResponse(
          new fetchAPI.Response('metrics are unavailable right now\n', {
            status: 503,
            headers: { 'content-type': 'text/plain' },
          }),
        );
      }
    },
  };

  return [endpoint, observed];
}
