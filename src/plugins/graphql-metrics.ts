// The GraphQL operation metrics of docs/operations.md, written with prom-client directly. They replace
// @graphql-yoga/plugin-prometheus, whose generic label machinery (label objects built, filtered and spread for every
// phase of every request) cost 0.045 ms of server CPU a request, a fifth of a request that needs no database
// (bench Q0, bench/REPORT.md). Names, label names and meanings are the plugin's, so dashboards keep working; as
// configured before, no metric carries an operation name or an error path (both are client-chosen).
import type { DocumentNode, GraphQLError } from 'graphql';
import { getOperationAST } from 'graphql';
import { Counter, Histogram, type Registry } from 'prom-client';

/** One operation's type and phase start times, kept with its request. */
export interface OperationTiming {
  /** query, mutation or subscription; absent until the document parsed. */
  operationType?: string;
  /** When parsing began (performance.now()): graphql_envelop_request_duration runs from here to the result. */
  parseStarted?: number;
}

/** The registry's metric of that name, or a new one: every Yoga instance of a process shares one set. */
export function getOrCreate<T>(registry: Registry, name: string, create: () => T): T {
  return (registry.getSingleMetric(name) as T | undefined) ?? create();
}

export function graphqlMetrics(registry: Registry) {
  const histogram = (name: string, help: string, labelNames: string[] = ['operationType']) =>
    getOrCreate(registry, name, () => new Histogram({ name, help, labelNames, registers: [registry] }));
  const counter = (name: string, help: string, labelNames: string[]) =>
    getOrCreate(registry, name, () => new Counter({ name, help, labelNames, registers: [registry] }));
  return {
    requests: counter('graphql_envelop_request', 'GraphQL operations executed', ['operationType']),
    duration: histogram('graphql_envelop_request_duration', 'Time from parse to result of a GraphQL operation'),
    errors: counter('graphql_envelop_error_result', 'Errors of GraphQL operations, by phase', [
      'operationType',
      'phase',
    ]),
    phases: {
      parse: histogram('graphql_envelop_phase_parse', 'Time spent on running GraphQL "parse" function'),
      validate: histogram('graphql_envelop_phase_validate', 'Time spent on running GraphQL "validate" function'),
      execute: histogram('graphql_envelop_phase_execute', 'Time spent on running the GraphQL "execute" function'),
    },
    http: histogram('graphql_yoga_http_duration', 'HTTP duration of GraphQL requests', [
      'method',
      'statusCode',
      'operationType',
    ]),
  };
}

export type GraphQLMetrics = ReturnType<typeof graphqlMetrics>;

const seconds = (since: number) => (performance.now() - since) / 1000;

/** Labels of one operation: its type when known (a document that did not parse has none). */
const labelsOf = (timing: OperationTiming) =>
  timing.operationType ? { operationType: timing.operationType } : ({} as Record<string, string>);

/** What each phase records, given the request's timing; the plugin in metrics.ts calls these from Yoga's hooks. */
export function graphqlRecorder(metrics: GraphQLMetrics) {
  return {
    parsed(timing: OperationTiming, started: number, result: DocumentNode | Error | null, operationName?: string) {
      if (result && !(result instanceof Error))
        timing.operationType = getOperationAST(result, operationName)?.operation ?? 'unknown';
      const labels = labelsOf(timing);
      metrics.phases.parse.observe(labels, seconds(started));
      if (!timing.operationType) metrics.errors.inc({ phase: 'parse' });
    },
    validated(timing: OperationTiming, started: number, valid: boolean) {
      const labels = labelsOf(timing);
      metrics.phases.validate.observe(labels, seconds(started));
      if (!valid) metrics.errors.inc({ ...labels, phase: 'validate' });
    },
    contextFailed(timing: OperationTiming) {
      metrics.errors.inc({ ...labelsOf(timing), phase: 'context' });
    },
    executed(timing: OperationTiming, started: number, errors: readonly GraphQLError[] | undefined) {
      const labels = labelsOf(timing);
      metrics.phases.execute.observe(labels, seconds(started));
      // One count per error, as the plugin counted them.
      if (errors?.length) metrics.errors.inc({ ...labels, phase: 'execute' }, errors.length);
      metrics.requests.inc(labels);
      if (timing.parseStarted !== undefined) metrics.duration.observe(labels, seconds(timing.parseStarted));
    },
    answered(timing: OperationTiming, started: number, method: string, status: number) {
      // Requests that never reached a parsed operation (a static file, a probe, a refused body) are not GraphQL's.
      if (!timing.operationType) return;
      metrics.http.observe({ method, statusCode: status, operationType: timing.operationType }, seconds(started));
    },
  };
}
