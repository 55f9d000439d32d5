// Variants of one entity are one node (issue 16): entity keys are canonical keys (word order, plural, measurement
// words, Greek letters, sub/superscripts folded), at import and, for a graph keyed by the earlier rule, at migrate.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { migrate } from '../../src/db/migrate.ts';
import { entityId } from '../../src/ingest/entity-key.ts';
import { importPaths } from '../../src/ingest/import.ts';
import { clearGraph, graphql, testDatabase, testYoga } from './helpers.ts';

const db = testDatabase();
const yoga = testYoga(db.cypher);
const RECORDS = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'entity-variant-records.json');

async function rows<T = Record<string, unknown>>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await db.driver.executeQuery(query, params, { database: db.cypher.database });
  return records.map((record) => record.toObject() as T);
}

const SUBSET_ID = entityId('Biomarker', 'CD99+ CD77- T cells');

afterAll(async () => {
  await clearGraph(db.cypher);
  await db.driver.close();
});

describe('entity variants', () => {
  it('two studies naming one entity in two word orders give one node, found by either name', async () => {
    await clearGraph(db.cypher);
    const summary = await importPaths(db.cypher, [RECORDS]);
    expect(summary.rejected).toEqual([]);
    const nodes = await rows<{ id: string; name: string; synonyms: string[]; findings: number }>(
      `MATCH (e:Biomarker) OPTIONAL MATCH (f:Finding)-[:SUBJECT]->(e)
       RETURN e.id AS id, e.name AS name, e.synonyms AS synonyms, count(f) AS findings`,
    );
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ id: SUBSET_ID, findings: 2 });
    expect([nodes[0]!.name, ...nodes[0]!.synonyms].sort()).toEqual([
      'CD99+ CD77- T cell frequency',
      'frequency of CD99+ CD77- T cells',
    ]);
    const found = await graphql<{ a: { name: string }; b: { name: string } }>(
      yoga,
      '{ a: biomarker(name: "CD99+ CD77- T cell frequency") { name } b: biomarker(name: "frequency of CD99+ CD77- T cells") { name } }',
    );
    expect(found.errors).toBeUndefined();
    expect(found.data!.a.name).toBe(nodes[0]!.name);
    expect(found.data!.b.name).toBe(nodes[0]!.name);
    // A re-import changes nothing.
    const again = await importPaths(db.cypher, [RECORDS]);
    expect(again.rejected).toEqual([]);
    expect(await rows('MATCH (e:Biomarker) RETURN e.id AS id')).toEqual([{ id: SUBSET_ID }]);
  });

  it('a graph keyed by the earlier rule is re-keyed at migrate, and variants merge with their findings and edges', async () => {
    await clearGraph(db.cypher);
    // Two variants as the earlier rule (the normalised name) keyed them, each with its finding and typed edge.
    await rows(
      `CREATE (c:Entity:Condition {id: 'Condition:me/cfs', key: 'me/cfs', type: 'Condition', name: 'ME/CFS',
                synonyms: [], names: ['me/cfs'], searchKeys: ['mecfs']})
       WITH c
       UNWIND [['frequency of cd99+ cd77- t cells', 'frequency of CD99+ CD77- T cells', 'f1'],
               ['cd99+ cd77- t cell frequency', 'CD99+ CD77- T cell frequency', 'f2']] AS v
       CREATE (e:Entity:Biomarker {id: 'Biomarker:' + v[0], key: v[0], type: 'Biomarker', name: v[1], synonyms: [],
                names: [v[0]], searchKeys: [replace(replace(v[0], ' ', ''), '-', '')]})
       CREATE (f:Finding {id: v[2]})-[:SUBJECT]->(e)
       CREATE (f)-[:OBJECT]->(c)
       CREATE (e)-[:ELEVATED_IN {findingId: v[2]}]->(c)`,
    );
    await migrate(db.cypher);
    const nodes = await rows<{ id: string; keyRule: number; names: string[]; subjectOf: number; edges: number }>(
      `MATCH (e:Biomarker)
       RETURN e.id AS id, e.keyRule AS keyRule, e.names AS names,
              COUNT { (:Finding)-[:SUBJECT]->(e) } AS subjectOf, COUNT { (e)-[:ELEVATED_IN]->(:Condition) } AS edges`,
    );
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ id: SUBSET_ID, subjectOf: 2, edges: 2 });
    expect(nodes[0]!.names.sort()).toEqual(['cd99+ cd77- t cell frequency', 'frequency of cd99+ cd77- t cells']);
    expect(await rows('MATCH (e:Condition) RETURN e.id AS id')).toEqual([{ id: entityId('Condition', 'ME/CFS') }]);
    // The findings carry their ends' new ids, which the pages of one role seek (entity/findings-in-id-order).
    expect(
      await rows(
        `MATCH (s:Entity)<-[:SUBJECT]-(f:Finding)-[:OBJECT]->(o:Entity)
         RETURN f.id AS id, f.subjectId = s.id AND f.objectId = o.id AS endsKept ORDER BY id`,
      ),
    ).toEqual([
      { id: 'f1', endsKept: true },
      { id: 'f2', endsKept: true },
    ]);
    // Nothing is left keyed by the earlier rule: a second migrate changes nothing.
    await migrate(db.cypher);
    expect(await rows('MATCH (e:Entity) WHERE e.keyRule IS NULL OR e.keyRule < 2 RETURN e.id AS id')).toEqual([]);
    expect(await rows('MATCH (e:Biomarker) RETURN count(e) AS n')).toEqual([{ n: 1 }]);
  });
});
