// `evidence-graph serve`: database, migrations, Yoga, listen; Ctrl-C or SIGTERM drains and stops what we started.
import type { AppConfig } from './config.ts';
import { openDatabase } from './app.ts';
import { migrate } from './db/migrate.ts';
import { formatSummary } from './ingest/import.ts';
import { loadSampleIfEmpty } from './ingest/sample.ts';
import { listen } from './server.ts';
import { createEvidenceYoga } from './yoga.ts';

export async function serve(config: AppConfig, log: (line: string) => void): Promise<void> {
  const db = await openDatabase(config, log);
  const migrations = await migrate(db.cypher);
  if (migrations.applied.length > 0) log(`Applied migrations: ${migrations.applied.join(', ')}`);
  const sample = await loadSampleIfEmpty(db.cypher);
  if (sample) log(`The database was empty: loaded the bundled atlas sample.\n${formatSummary(sample)}`);
  const yoga = createEvidenceYoga({ cypher: db.cypher });
  const server = await listen(yoga, config.port, config.host);
  log(`evidence-graph serving http://${config.host ?? 'localhost'}:${config.port}/graphql`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing in-flight requests, then stopping…`);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db.close();
    log('stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
