// The Yoga instance: schema, per-request context, limits, error policy, GraphiQL, health and readiness. It does
// not listen; server.ts does, and tests call `yoga.fetch` directly.
import pLimit from 'p-limit';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { createYoga, isAsyncIterable, type CORSOptions, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { createContext, type AppDeps, type Context } from './context.ts';
import { useExport } from './export/http.ts';
import { DEFAULT_LIMITS, type Limits } from './limits.ts';
import { yogaLogger } from './log.ts';
import { useErrorPolicy } from './plugins/error-policy.ts';
import { useExplorer } from './plugins/explorer.ts';
import { graphiqlOptions } from './plugins/graphiql.ts';
import { renderOfflineGraphiQL, useGraphiQLAssets } from './plugins/graphiql-page.ts';
import { useLanding } from './plugins/landing.ts';
import { limitPlugins } from './plugins/limits.ts';
import { useMetrics } from './plugins/metrics.ts';
import { useReadiness } from './plugins/readiness.ts';
import { useRequestId } from './plugins/request-id.ts';
import { responseCachePlugins, type ResponseCacheOptions } from './plugins/response-cache.ts';
import { useStartupGate, type StartupPhase } from './plugins/startup-gate.ts';
import { schema } from './schema/index.ts';

export type EvidenceYoga = YogaServerInstance<Record<string, never>, Context>;

export interface YogaOptions {
  limits?: Limits;
  /** Production mode: no field suggestions in errors. */
  production?: boolean;
  /** Origins allowed to send credentials (cookies, Authorization) from a browser; none: any origin, no credentials. */
  corsOrigins?: readonly string[];
  /** Where start-up is; until 'ready', /readyz answers 503 and /graphql, /export answer 503 saying why. */
  phase?: () => StartupPhase;
  /**
   * Keep read answers in memory (src/plugins/response-cache.ts). Off when absent: code that writes to the database
   * around this instance (the tests, an embedding) would read its own old answers; `serve` turns it on.
   */
  responseCache?: ResponseCacheOptions;
}

/** Reports the Neo4j round trips an operation cost in `extensions.roundTrips` (clients and tests read it). */
const roundTripsExtension: Plugin<Record<string, never>, Context> = {
  onExecute: () => ({
    onExecuteDone: ({ args, result, setResult }) => {
      if (isAsyncIterable(result)) return;
      setResult({
        ...result,
        extensions: {
          ...result.extensions,
          roundTrips: (args.contextValue as Partial<Context>).stats?.roundTrips ?? 0,
        },
      });
    },
  }),
};

/**
 * Reads are public: any origin may read, without credentials (a browser then sends no cookies, and a page elsewhere
 * cannot act as a signed-in user). Origins listed in EVIDENCE_GRAPH_CORS_ORIGINS may send credentials.
 */
export function corsOptions(origins: readonly string[] | undefined): CORSOptions {
  const methods = ['GET', 'POST', 'HEAD', 'OPTIONS'];
  if (!origins?.length) return { origin: '*', credentials: false, methods };
  return { origin: [...origins], credentials: true, methods };
}

export function createEvidenceYoga(deps: AppDeps, options: YogaOptions = {}): EvidenceYoga {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const graphSlots = pLimit(limits.maxConcurrentGraphs);
  const graphSlot = <T>(work: () => Promise<T>) => graphSlots(work);
  const phase = options.phase ?? (() => 'ready' as const);
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    context: ({ request }) => createContext({ graphSlot, ...deps }, request),
    // Process alive: answers without touching the database.
    healthCheckEndpoint: '/healthz',
    graphiql: graphiqlOptions(),
    renderGraphiQL: renderOfflineGraphiQL,
    landingPage: false,
    cors: corsOptions(options.corsOrigins),
    maskedErrors: true,
    // Bodies are capped by useBodyLimit (src/plugins/limits.ts), which only streams through a counter when the
    // length is undeclared; Yoga's own cap would do so for every request.
    maxRequestBodySize: false,
    logging: yogaLogger,
    plugins: [
      useRequestId(),
      // A cross-site form or simple GET cannot run a query: a GraphQL request must be JSON (which browsers preflight
      // under CORS) or carry the x-graphql-yoga-csrf header.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      ...useMetrics(),
      useStartupGate(phase),
      useExport(deps),
      useExplorer(),
      useGraphiQLAssets('/graphql'),
      useLanding(),
      ...limitPlugins(limits, options.production ?? false),
      ...responseCachePlugins(options.responseCache ?? { ttlMs: 0, maxBytes: 0 }),
      roundTripsExtension,
      useErrorPolicy(),
      // Ready only when start-up is done and Neo4j answers a read on our database.
      useReadiness('/readyz', async () => {
        if (phase() !== 'ready') return false;
        await deps.cypher.probe('health/ping');
        return true;
      }),
    ],
  });
}
