// `evidence-graph serve`: listen at once, then wait for the database (retrying with a clear log line while it is
// away), migrate and load the sample into an empty database; until then /readyz, /graphql and /export answer 503
// saying which of these it is doing (src/plugins/startup-gate.ts). SIGINT or SIGTERM
// drains in-flight requests, closes the driver and stops the Neo4j this process started.
import type { AppConfig } from './config.ts';
import { openDatabase, type Database } from './app.ts';
import { isDatabaseUnavailable } from './db/errors.ts';
import { migrate } from './db/migrate.ts';
import { applyHeapGrowth, heapGrowthFromEnv } from './heap.ts';
import { formatSummary } from './ingest/import.ts';
import { loadSampleIfEmpty } from './ingest/sample.ts';
import { limitsFromEnv } from './limits.ts';
import { responseCacheFromEnv } from './plugins/response-cache.ts';
import type { StartupPhase } from './plugins/startup-gate.ts';
import { listen } from './server.ts';
import { createEvidenceYoga } from './yoga.ts';

const DRAIN_TIMEOUT_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function prepare(
  db: Database,
  log: (line: string) => void,
  stopping: () => boolean,
  enter: (phase: StartupPhase) => void,
): Promise<boolean> {
  for (let attempt = 1; !stopping(); attempt++) {
    try {
      enter('connecting');
      await db.cypher.probe('health/ping');
      enter('migrating');
      const migrations = await migrate(db.cypher);
      if (migrations.applied.length > 0) log(`Applied migrations: ${migrations.applied.join(', ')}`);
      if (migrations.pairEvidence.rebuilt)
        log(`Rebuilt the evidence view from the votes of ${migrations.pairEvidence.studies} studies.`);
      const sample = await loadSampleIfEmpty(db.cypher, () => {
        enter('loading-sample');
        log('The database is empty: loading the bundled atlas sample…');
      });
      if (sample) log(`The database was empty: loaded the bundled atlas sample.\n${formatSummary(sample)}`);
      return true;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      // Short, capped back-off: a database that comes back is used within seconds.
      const wait = Math.min(5, attempt);
      log(
        `Neo4j at ${db.uri} is not reachable (${(error as Error).message.split('\n')[0]}); retrying in ${wait} s (attempt ${attempt}).`,
      );
      await sleep(wait * 1000);
    }
  }
  return false;
}

export async function serve(config: AppConfig, log: (line: string) => void): Promise<void> {
  const limits = limitsFromEnv();
  applyHeapGrowth(heapGrowthFromEnv());
  const db = await openDatabase(config, log, limits);
  let phase: StartupPhase = 'connecting';
  let stopping = false;
  const corsOrigins = (process.env.EVIDENCE_GRAPH_CORS_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  const yoga = createEvidenceYoga(
    { cypher: db.cypher },
    {
      limits,
      production: config.production,
      phase: () => phase,
      corsOrigins,
      responseCache: responseCacheFromEnv(),
    },
  );
  const { server, inFlight } = await listen(yoga, config.port, config.host);
  log(`evidence-graph serving http://${config.host ?? 'localhost'}:${config.port}/graphql`);

  const stop = async (signal: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    const answering = inFlight();
    log(`${signal}: finishing ${answering} in-flight request${answering === 1 ? '' : 's'}, then stopping…`);
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const forced = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS);
    await closed;
    clearTimeout(forced);
    await db.close();
    log('stopped.');
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    const ready = await prepare(
      db,
      log,
      () => stopping,
      (next) => (phase = next),
    );
    if (ready) {
      phase = 'ready';
      log('ready.');
    }
  } catch (error) {
    log(`start-up failed: ${(error as Error).stack ?? error}`);
    await stop('start-up failure', 1);
  }
}
