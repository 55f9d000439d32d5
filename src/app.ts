// Wiring shared by `serve`, `migrate`, `import` and the tests: find or start the database, connect, migrate.
import type { Driver } from 'neo4j-driver';
import { loadConfig, type AppConfig } from './config.ts';
import { Cypher } from './db/cypher.ts';
import { createDriver, localConnection } from './db/driver.ts';
import { startNeo4j, stopNeo4j } from './db/managed.ts';
import { DEFAULT_LIMITS, type Limits } from './limits.ts';

export interface Database {
  uri: string;
  driver: Driver;
  cypher: Cypher;
  /** Stops what this process started (the driver, and the managed Neo4j if we started it). */
  close: () => Promise<void>;
}

/** Connect to NEO4J_URI, or start (or reuse) the managed local Neo4j when none is given. */
export async function openDatabase(
  config: AppConfig = loadConfig(),
  log: (line: string) => void = (line) => console.error(line),
  limits: Limits = DEFAULT_LIMITS,
): Promise<Database> {
  let connection = config.neo4j;
  let startedDir: string | undefined;
  if (!connection) {
    const instance = await startNeo4j({ dir: config.managedDir, port: config.managedPort }, log);
    if (instance.started) startedDir = config.managedDir;
    else log(`Using the Neo4j already running in ${config.managedDir} (${instance.uri}).`);
    connection = localConnection(instance.uri, config.database);
  }
  const driver = createDriver(connection);
  const cypher = new Cypher(driver, connection.database, undefined, limits.cypherTimeoutMs);
  return {
    uri: connection.uri,
    driver,
    cypher,
    close: async () => {
      await driver.close();
      if (startedDir) await stopNeo4j(startedDir);
    },
  };
}
