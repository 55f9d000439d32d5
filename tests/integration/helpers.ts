// Shared by integration tests: the suite's database, a clean graph, and GraphQL requests through yoga.fetch.
import { inject } from 'vitest';
import { Cypher } from '../../src/db/cypher.ts';
import { createDriver } from '../../src/db/driver.ts';
import { createEvidenceYoga, type EvidenceYoga } from '../../src/yoga.ts';

export function testDatabase() {
  const connection = inject('neo4j');
  const driver = createDriver(connection);
  return { driver, cypher: new Cypher(driver, connection.database), connection };
}

/** Delete the graph's data, keeping the migrations' record and the test-database marker. */
export async function clearGraph(cypher: Cypher): Promise<void> {
  await cypher.driver.executeQuery(
    'MATCH (n) WHERE NOT n:Migration AND NOT n:EvidenceGraphTestDatabase DETACH DELETE n',
    {},
    { database: cypher.database },
  );
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
  extensions?: { roundTrips?: number };
}

export function testYoga(cypher: Cypher): EvidenceYoga {
  return createEvidenceYoga({ cypher });
}

export async function graphql<T = Record<string, unknown>>(
  yoga: EvidenceYoga,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}
