// One driver per process. Managed local instances run with auth off; anything given by NEO4J_URI uses basic auth.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../config.ts';

export function createDriver(connection: Neo4jConnection): Driver {
  const auth = connection.password ? neo4j.auth.basic(connection.user, connection.password) : undefined;
  return neo4j.driver(connection.uri, auth, {
    // Fail fast when the database is away instead of queueing requests behind a dead pool.
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    disableLosslessIntegers: true,
  });
}

export function localConnection(uri: string, database = 'neo4j'): Neo4jConnection {
  return { uri, user: 'neo4j', password: '', database };
}
