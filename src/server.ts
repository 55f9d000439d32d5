// Listens: wraps the Yoga instance in a node:http server, and counts the requests it is answering (the drain on
// SIGTERM reports them; /metrics shows them). Nothing else lives here.
import { createServer, type Server } from 'node:http';
import { Gauge, register } from 'prom-client';
import type { EvidenceYoga } from './yoga.ts';

// Probes and scrapes are not work a drain waits for, and a scrape must not count itself.
const NOT_COUNTED = new Set(['/metrics', '/healthz', '/readyz']);

export interface EvidenceServer {
  server: Server;
  /** Requests received and not yet answered (probes and scrapes excluded). */
  inFlight(): number;
}

// One gauge per process, read at scrape time; it reports the latest server (a process runs one; tests may start several).
let countInFlight = () => 0;
if (!register.getSingleMetric('evidence_graph_http_requests_in_flight')) {
  new Gauge({
    name: 'evidence_graph_http_requests_in_flight',
    help: 'HTTP requests being answered (probes and /metrics excluded)',
    collect() {
      this.set(countInFlight());
    },
  });
}

function pathOf(url: string | undefined): string {
  const end = url?.search(/[?#]/) ?? -1;
  return end >= 0 ? url!.slice(0, end) : (url ?? '/');
}

/**
 * How long a client may take to send its request. Node's defaults (60 s for the headers, 300 s for the whole request,
 * checked every 30 s) let a slow client hold a connection for minutes; a request is small (bodies are capped at
 * 4 MiB), so these are generous for any honest client. A late client is answered 408 and disconnected.
 */
export interface ClientTimeouts {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** How often Node checks connections against the two timeouts above. */
  checkIntervalMs: number;
  /**
   * How long an idle keep-alive connection is kept. Longer than any stall of the event loop (the first import once
   * built the ontology index on this thread: 3 s of CPU, 15 s and more on a loaded machine): when the loop comes back
   * from a stall, timers run before sockets are read, so with Node's 5 s a connection whose client had already sent
   * its next request was destroyed under it (ECONNRESET). 65 s is also longer than common load balancers' idle
   * timeouts.
   */
  keepAliveTimeoutMs: number;
}

export const CLIENT_TIMEOUTS: ClientTimeouts = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  checkIntervalMs: 1_000,
  keepAliveTimeoutMs: 65_000,
};

export function listen(
  yoga: EvidenceYoga,
  port: number,
  host?: string,
  custom: Partial<ClientTimeouts> = {},
): Promise<EvidenceServer> {
  const timeouts = { ...CLIENT_TIMEOUTS, ...custom };
  const server = createServer(
    {
      headersTimeout: timeouts.headersTimeoutMs,
      requestTimeout: timeouts.requestTimeoutMs,
      connectionsCheckingInterval: timeouts.checkIntervalMs,
    },
    yoga,
  );
  server.keepAliveTimeout = timeouts.keepAliveTimeoutMs;
  let inFlight = 0;
  server.on('request', (request, response) => {
    if (NOT_COUNTED.has(pathOf(request.url))) return;
    inFlight++;
    // 'close' fires once: when the answer is sent, or when the connection ends before that. While draining (no
    // longer listening), the connection is closed as soon as its answer is out instead of waiting for the client's
    // keep-alive to lapse.
    response.once('close', () => {
      inFlight--;
      if (!server.listening) server.closeIdleConnections();
    });
  });
  countInFlight = () => inFlight;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve({ server, inFlight: () => inFlight }));
  });
}
