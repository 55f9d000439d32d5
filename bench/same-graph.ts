// The import ceiling for the graph our import writes: every node, label, property and relationship our import left
// (the evidence view's pairs and votes, entity names, ontology terms and facet cells included), read back once and
// written again by bare batched UNWIND on an empty graph. Since issue 19 the import precomputes what reads need at
// 100×, so the first ceiling (bench/run.ts, importCeiling: studies, entities, findings and tags only) writes a
// smaller graph than ours; this one writes the same graph, so the ratio against it is our path's own overhead:
// parsing, validation, lexicon resolution, merging, change detection and the computing of the derived rows.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnection } from '../src/config.ts';
import { chunks } from '../src/ingest/pair-votes.ts';

interface NodeRow {
  key: string;
  labels: string[];
  props: Record<string, unknown>;
}

interface RelationshipRow {
  a: string;
  b: string;
  type: string;
  props: Record<string, unknown>;
}

export interface GraphSnapshot {
  nodes: NodeRow[];
  relationships: RelationshipRow[];
}

/** What two graphs must agree on to be the same graph for this comparison. */
export interface GraphShape {
  labels: Record<string, number>;
  types: Record<string, number>;
  nodeProperties: number;
  relationshipProperties: number;
}

/** Rows per transaction: a 1x graph (6,000 studies) is written in about as many transactions as the first ceiling's. */
const NODES_PER_TRANSACTION = 10_000;
const RELATIONSHIPS_PER_TRANSACTION = 30_000;

/** Nodes with these labels are written by migrations, not by an import: an empty graph has them already. */
const SCHEMA_STATE = ['Migration', 'OntologyState', 'PairEvidenceRebuild'];

/** A driver that keeps Neo4j integers as integers (the server's driver turns them into JavaScript numbers). */
export function losslessDriver(connection: Neo4jConnection): Driver {
  const auth = connection.password ? neo4j.auth.basic(connection.user, connection.password) : undefined;
  return neo4j.driver(connection.uri, auth);
}

/**
 * The graph an import left, as rows (integers kept as integers, so the replay writes the same property types);
 * nodes labelled `skip` (besides the schema state) and their relationships are left out.
 */
export async function snapshotGraph(driver: Driver, database = 'neo4j', skip: string[] = []): Promise<GraphSnapshot> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const nodes = await session.run(
      `MATCH (n) WHERE none(label IN labels(n) WHERE label IN $skip)
       RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS props`,
      { skip: [...SCHEMA_STATE, ...skip] },
    );
    const relationships = await session.run(
      `MATCH (a)-[r]->(b)
       WHERE none(label IN labels(a) + labels(b) WHERE label IN $skip)
       RETURN elementId(a) AS a, elementId(b) AS b, type(r) AS type, properties(r) AS props`,
      { skip: [...SCHEMA_STATE, ...skip] },
    );
    return {
      nodes: nodes.records.map((r) => r.toObject() as NodeRow),
      relationships: relationships.records.map((r) => r.toObject() as RelationshipRow),
    };
  } finally {
    await session.close();
  }
}

/** Counts by label and type, and property counts, of the graph outside the schema state (and `skip`). */
export async function graphShape(driver: Driver, database = 'neo4j', skip: string[] = []): Promise<GraphShape> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  const excluded = { skip: [...SCHEMA_STATE, ...skip] };
  try {
    const labels = await session.run(
      `MATCH (n) WHERE none(label IN labels(n) WHERE label IN $skip)
       UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label`,
      excluded,
    );
    const types = await session.run(
      `MATCH (a)-[r]->(b) WHERE none(label IN labels(a) + labels(b) WHERE label IN $skip)
       RETURN type(r) AS type, count(*) AS n ORDER BY type`,
      excluded,
    );
    const properties = await session.run(
      `CALL () { MATCH (n) WHERE none(label IN labels(n) WHERE label IN $skip) RETURN sum(size(keys(n))) AS nodes }
       CALL () { MATCH (a)-[r]->(b) WHERE none(label IN labels(a) + labels(b) WHERE label IN $skip)
                 RETURN sum(size(keys(r))) AS relationships }
       RETURN nodes, relationships`,
      excluded,
    );
    const count = (value: unknown) => neo4j.integer.toNumber(value as number);
    return {
      labels: Object.fromEntries(labels.records.map((r) => [r.get('label'), count(r.get('n'))])),
      types: Object.fromEntries(types.records.map((r) => [r.get('type'), count(r.get('n'))])),
      nodeProperties: count(properties.records[0]!.get('nodes')),
      relationshipProperties: count(properties.records[0]!.get('relationships')),
    };
  } finally {
    await session.close();
  }
}

/** The snapshot's shape, computed from its rows (what graphShape reads back after a replay). */
export function snapshotShape({ nodes, relationships }: GraphSnapshot): GraphShape {
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  for (const node of nodes) for (const label of node.labels) labels[label] = (labels[label] ?? 0) + 1;
  for (const rel of relationships) types[rel.type] = (types[rel.type] ?? 0) + 1;
  const sorted = (counts: Record<string, number>) =>
    Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    labels: sorted(labels),
    types: sorted(types),
    nodeProperties: nodes.reduce((n, node) => n + Object.keys(node.props).length, 0),
    relationshipProperties: relationships.reduce((n, rel) => n + Object.keys(rel.props).length, 0),
  };
}

/**
 * The snapshot written on an empty graph by two bare UNWIND statements, nodes first (each batch one transaction,
 * returning the new nodes' element ids), then relationships between them by element id: no MERGE, no lookup by
 * property, no computing. Timed by the caller.
 */
export async function replayGraph(driver: Driver, snapshot: GraphSnapshot, database = 'neo4j'): Promise<void> {
  const session = driver.session({ database });
  try {
    const ids = new Map<string, string>();
    for (const batch of chunks(snapshot.nodes, NODES_PER_TRANSACTION)) {
      const created = await session.executeWrite((tx) =>
        tx.run(
          `UNWIND $rows AS row CREATE (n:$(row.labels)) SET n = row.props RETURN row.key AS key, elementId(n) AS id`,
          { rows: batch },
        ),
      );
      for (const record of created.records) ids.set(record.get('key'), record.get('id'));
    }
    for (const batch of chunks(snapshot.relationships, RELATIONSHIPS_PER_TRANSACTION)) {
      const rows = batch.map((rel) => ({ a: ids.get(rel.a), b: ids.get(rel.b), type: rel.type, props: rel.props }));
      await session.executeWrite((tx) =>
        tx.run(
          `UNWIND $rows AS row
           MATCH (a) WHERE elementId(a) = row.a
           MATCH (b) WHERE elementId(b) = row.b
           CREATE (a)-[r:$(row.type)]->(b) SET r = row.props`,
          { rows },
        ),
      );
    }
  } finally {
    await session.close();
  }
}
