// Starts a managed Neo4j of the test suite's own (temporary folder, free port), or uses NEO4J_URI when given, and
// migrates it. It never touches the user's data: the managed instance is new, and a NEO4J_URI database is used only
// when it is empty or was marked as a test database by an earlier run.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { Cypher } from '../../src/db/cypher.ts';
import { createDriver, localConnection } from '../../src/db/driver.ts';
import { startNeo4j, stopNeo4j } from '../../src/db/managed.ts';
import { migrate } from '../../src/db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string };
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export default async function setup(project: TestProject) {
  let dir: string | undefined;
  let connection;
  if (process.env.NEO4J_URI) {
    connection = {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER || 'neo4j',
      password: process.env.NEO4J_PASSWORD || '',
      database: process.env.NEO4J_DATABASE || 'neo4j',
    };
  } else {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-graph-test-'));
    const started = Date.now();
    const instance = await startNeo4j({ dir, port: await freePort() }, (line) => console.log(`[neo4j] ${line}`));
    console.log(`[neo4j] ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    connection = localConnection(instance.uri);
  }
  const driver = createDriver(connection);
  const cypher = new Cypher(driver, connection.database);
  try {
    const { records } = await driver.executeQuery(
      'OPTIONAL MATCH (marker:EvidenceGraphTestDatabase) WITH marker LIMIT 1 ' +
        'CALL { MATCH (n) WHERE NOT n:Migration AND NOT n:EvidenceGraphTestDatabase RETURN count(n) AS others } ' +
        'RETURN marker IS NOT NULL AS marked, others',
      {},
      { database: connection.database },
    );
    const marked = records[0]?.get('marked') as boolean;
    const others = records[0]?.get('others') as number;
    if (!marked && others > 0) {
      throw new Error(
        `NEO4J_URI ${connection.uri} holds ${others} nodes and is not a test database: the tests wipe their database, ` +
          'so they refuse to run there. Unset NEO4J_URI (the suite then starts its own Neo4j) or point it at an empty database.',
      );
    }
    await driver.executeQuery('MERGE (:EvidenceGraphTestDatabase {id: 1})', {}, { database: connection.database });
    await migrate(cypher);
  } finally {
    await driver.close();
  }
  project.provide('neo4j', connection);
  return async () => {
    if (dir) {
      await stopNeo4j(dir);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}
