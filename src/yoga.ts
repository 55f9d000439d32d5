// The Yoga instance: schema, per-request context, GraphiQL, health and readiness. It does not listen; server.ts
// does, and tests call `yoga.fetch` directly.
import { createYoga, isAsyncIterable, useReadinessCheck, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { createContext, type AppDeps, type Context } from './context.ts';
import { schema } from './schema/index.ts';

export type EvidenceYoga = YogaServerInstance<Record<string, never>, Context>;

/** Reports the Neo4j round trips an operation cost in `extensions.roundTrips` (clients and tests read it). */
const roundTripsExtension: Plugin<Record<string, never>, Context> = {
  onExecute: () => ({
    onExecuteDone: ({ args, result, setResult }) => {
      if (isAsyncIterable(result)) return;
      setResult({ ...result, extensions: { ...result.extensions, roundTrips: (args.contextValue as Partial<Context>).stats?.roundTrips ?? 0 } });
    },
  }),
};

export function createEvidenceYoga(deps: AppDeps): EvidenceYoga {
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    context: ({ request }) => createContext(deps, request),
    // Process alive: answers without touching the database.
    healthCheckEndpoint: '/healthz',
    graphiql: { title: 'evidence-graph' },
    landingPage: false,
    maskedErrors: true,
    plugins: [
      roundTripsExtension,
      useReadinessCheck({
        endpoint: '/readyz',
        // Ready only when Neo4j answers a read on our database.
        check: async () => {
          try {
            await deps.cypher.read('health/ping');
            return true;
          } catch {
            return false;
          }
        },
      }),
    ],
  });
}
