// Shared by integration tests: the suite's database, a clean graph, and GraphQL requests through yoga.fetch.
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { Cypher, toNeo4jParams, type QueryStats } from '../../src/db/cypher.ts';
import { statement } from '../../src/db/statements.ts';
import fs from 'node:fs';
import path from 'node:path';
import { parseAtlasPage } from '../../src/ingest/atlas-reader.ts';
import { decideFindings } from '../../src/ingest/combine.ts';
import { importPaths } from '../../src/ingest/import.ts';
import type { FindingRecord } from '../../src/ingest/record.ts';
import { SAMPLE_DIR, SAMPLE_PATHS } from '../../src/ingest/sample.ts';
import { createDriver } from '../../src/db/driver.ts';
import { createEvidenceYoga, type EvidenceYoga } from '../../src/yoga.ts';

export function testDatabase() {
  const connection = inject('neo4j');
  const driver = createDriver(connection);
  return { driver, cypher: new Cypher(driver, connection.database), connection };
}

async function setState(cypher: Cypher, state: 'empty' | 'sample' | 'dirty'): Promise<void> {
  await cypher.driver.executeQuery(
    'MATCH (m:EvidenceGraphTestDatabase) SET m.state = $state',
    { state },
    { database: cypher.database },
  );
}

/** Delete the graph's data, keeping the migrations' record and the test-database marker. */
export async function clearGraph(cypher: Cypher): Promise<void> {
  await cypher.driver.executeQuery(
    'MATCH (n) WHERE NOT n:Migration AND NOT n:EvidenceGraphTestDatabase DETACH DELETE n',
    {},
    { database: cypher.database },
  );
  await setState(cypher, 'empty');
}

/**
 * The bundled atlas sample, imported once and shared by the test files that only read it. A file that writes
 * must start from clearGraph() (or call markDirty()), so the next reader re-imports.
 */
export async function useSample(cypher: Cypher): Promise<void> {
  const { records } = await cypher.driver.executeQuery(
    'MATCH (m:EvidenceGraphTestDatabase) RETURN m.state AS state',
    {},
    {
      database: cypher.database,
    },
  );
  if (records[0]?.get('state') === 'sample') return;
  await clearGraph(cypher);
  const summary = await importPaths(cypher, SAMPLE_PATHS);
  if (summary.rejected.length > 0) throw new Error(`sample import rejected: ${JSON.stringify(summary.rejected)}`);
  await setState(cypher, 'sample');
}

export const markDirty = (cypher: Cypher) => setState(cypher, 'dirty');

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
  extensions?: { roundTrips?: number };
}

export function testYoga(cypher: Cypher): EvidenceYoga {
  return createEvidenceYoga({ cypher });
}

/** A read as RecordingCypher saw it: the statement's name and its parameters. */
export interface SentRead {
  name: string;
  params: Record<string, unknown>;
}

/** Our Cypher runner, also keeping each read it sends (name and parameters), for tests of what an operation asks. */
class RecordingCypher extends Cypher {
  constructor(
    driver: Driver,
    database: string,
    readonly sent: SentRead[],
    stats?: QueryStats,
  ) {
    super(driver, database, stats);
  }
  override withStats(stats: QueryStats): Cypher {
    return new RecordingCypher(this.driver, this.database, this.sent, stats);
  }
  override read: Cypher['read'] = (name, params = {}) => {
    this.sent.push({ name, params });
    return super.read(name, params);
  };
}

/** A Yoga instance on `cypher`'s database whose reads are kept in `sent`. */
export function recordingYoga(cypher: Cypher): { sent: SentRead[]; recording: EvidenceYoga } {
  const sent: SentRead[] = [];
  return { sent, recording: testYoga(new RecordingCypher(cypher.driver, cypher.database, sent)) };
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

/**
 * The set-up of a test file that only reads the bundled sample: its database and Yoga instance, the sample loaded
 * before the first test, the driver closed after the last.
 */
export function readOnlySampleSuite() {
  const db = testDatabase();
  const yoga = testYoga(db.cypher);
  beforeAll(async () => {
    await useSample(db.cypher);
  });
  afterAll(async () => {
    await db.driver.close();
  });
  return { db, yoga };
}

/**
 * What the extractor makes of the seed entry's Observed Findings (hussein-2022-impact-micro, whose slug has no other
 * capture): the oracle of tests about the graph built from them, which should not break when the extractor learns.
 */
export function seedFindings(): FindingRecord[] {
  const text = fs.readFileSync(path.join(SAMPLE_DIR, 'seed-entry.txt'), 'utf8');
  return decideFindings(parseAtlasPage(text, { file: 'seed-entry.txt' }).record, []);
}

/** A node of a PROFILE plan, as the driver returns it. */
interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

/** The operators of a plan, depth first: the operator and its details ("Finding(subjectId, id)", …). */
const planOperators = (plan: PlanNode): { op: string; details: string }[] => [
  { op: plan.operatorType, details: String(plan.arguments.Details ?? '') },
  ...plan.children.flatMap(planOperators),
];

/** A read as a request sent it (name and parameters), PROFILEd: what Neo4j did for it, operator by operator. */
export async function profileRead(cypher: Cypher, { name, params }: SentRead) {
  const result = await cypher.driver.executeQuery(
    `PROFILE ${statement(name, params)}`,
    toNeo4jParams(params) as Record<string, unknown>,
    { database: cypher.database },
  );
  return planOperators(result.summary.profile as unknown as PlanNode);
}

/**
 * A plan that reads `index` in order (an operator matching `operator` on it) and sorts nothing: a page that stops at
 * its end instead of sorting every match.
 */
export function expectIndexOrder(plan: { op: string; details: string }[], operator: RegExp, index: string): void {
  const described = plan.map((p) => `${p.op} ${p.details}`).join('\n');
  expect(
    plan.some((p) => operator.test(p.op) && p.details.includes(index)),
    described,
  ).toBe(true);
  expect(
    plan.filter((p) => /Sort|Top/.test(p.op)),
    described,
  ).toEqual([]);
}
