// The bench's same-graph import ceiling (bench/same-graph.ts) must write exactly the graph our import wrote, or the
// import ratio it gives compares two different amounts of work. This file WRITES: clearGraph at start and end.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { jsonl } from '../../bench/generate.ts';
import {
  graphShape,
  losslessDriver,
  replayGraph,
  snapshotGraph,
  snapshotShape,
  type GraphSnapshot,
} from '../../bench/same-graph.ts';
import { importUnits } from '../../src/ingest/import.ts';
import { dumpGraph } from './graph-dump.ts';
import { clearGraph, testDatabase } from './helpers.ts';

const { driver, cypher, connection } = testDatabase();

/** Each node's labels and each relationship's type with their properties, as sorted JSON (integers as {low, high}). */
function typedRows({ nodes, relationships }: GraphSnapshot): string[] {
  const sorted = (props: Record<string, unknown>) =>
    JSON.stringify(Object.entries(props).sort(([a], [b]) => (a < b ? -1 : 1)));
  return [
    ...nodes.map((n) => `N ${[...n.labels].sort().join(':')} ${sorted(n.props)}`),
    ...relationships.map((r) => `E ${r.type} ${sorted(r.props)}`),
  ].sort();
}
let lossless: Driver;

beforeAll(async () => {
  lossless = losslessDriver(connection);
  await clearGraph(cypher);
});

afterAll(async () => {
  await clearGraph(cypher);
  await lossless.close();
  await driver.close();
});

describe('the same-graph import ceiling', () => {
  it('writes again every node, relationship and property our import wrote, with the same types', async () => {
    const summary = await importUnits(cypher, [{ name: 'same-graph.jsonl', kind: 'jsonl', text: jsonl(120, 7, 0) }]);
    expect(summary.created).toBe(120);
    const imported = await dumpGraph(cypher);
    const snapshot = await snapshotGraph(lossless, connection.database, ['EvidenceGraphTestDatabase']);
    // The evidence view and the entity names are part of it, not only studies and findings.
    expect(snapshotShape(snapshot).labels).toMatchObject({
      Study: 120,
      PairEvidence: expect.any(Number),
      EntityName: expect.any(Number),
    });
    expect(snapshotShape(snapshot).types).toMatchObject({ VOTES: expect.any(Number), NAMED: expect.any(Number) });

    await clearGraph(cypher);
    expect(await dumpGraph(cypher)).toBe('');
    await replayGraph(lossless, snapshot, connection.database);
    expect(await dumpGraph(cypher)).toBe(imported);
    // Read without the server's number conversion: an integer written back as a float would differ here.
    const again = await snapshotGraph(lossless, connection.database, ['EvidenceGraphTestDatabase']);
    expect(typedRows(again)).toEqual(typedRows(snapshot));
    expect(typedRows(again).some((row) => row.includes('"low"'))).toBe(true);
  });

  it('reads back the shape it wrote, which the bench checks after every replay', async () => {
    const snapshot = await snapshotGraph(lossless, connection.database, ['EvidenceGraphTestDatabase']);
    const shape = await graphShape(lossless, connection.database, ['EvidenceGraphTestDatabase']);
    expect(shape).toEqual(snapshotShape(snapshot));
    expect(shape.labels.Study).toBe(120);
  });
});
