// While `serve` is starting (waiting for Neo4j, migrating, loading the bundled sample into an empty database),
// /graphql and /export answer 503 with a Retry-After and a message saying what the server is doing, instead of
// answering from a graph that is not there yet (an empty graph would read as "no evidence"). /healthz, /readyz,
// /metrics, the landing page, the explorer's files and the GraphiQL page itself still answer.
import type { Plugin } from 'graphql-yoga';
import { EXPORT_PATH } from '../export/http.ts';

export type StartupPhase = 'connecting' | 'migrating' | 'loading-sample' | 'ready';

/** Seconds a client is asked to wait before trying again. */
export const STARTING_RETRY_AFTER_SECONDS = 5;

export const STARTING_MESSAGES: Record<Exclude<StartupPhase, 'ready'>, string> = {
  connecting: 'The server is starting: waiting for the database to answer. Try again in a few seconds.',
  migrating: 'The server is starting: preparing the database (migrations). Try again in a few seconds.',
  'loading-sample':
    'The server is starting: loading sample data (the bundled atlas sample) into the empty database. Try again in a few seconds.',
};

const GATED = new Set(['/graphql', EXPORT_PATH]);

/** A browser asking for GraphiQL's page (GET, HTML accepted) gets it: the page's own queries meet the gate. */
function wantsGraphiQL(request: Request): boolean {
  return request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html');
}

export function useStartupGate(phase: () => StartupPhase): Plugin {
  return {
    onRequest: ({ request, url, endResponse, fetchAPI }) => {
      const now = phase();
      if (now === 'ready' || !GATED.has(url.pathname) || wantsGraphiQL(request)) return;
      const body = {
        errors: [{ message: STARTING_MESSAGES[now], extensions: { code: 'SERVICE_UNAVAILABLE', phase: now } }],
      };
      endResponse(
        new fetchAPI.Response(JSON.stringify(body), {
          status: 503,
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'retry-after': String(STARTING_RETRY_AFTER_SECONDS),
          },
        }),
      );
    },
  };
}
