// The graph's ontology (issue 20, Build 1): terms the entities link to and their ancestors, IS_A edges (the
// ontologies' own and the curated classes'), GROUNDED_TO links; built at import and by migrate, idempotent.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { entityId } from '../../src/ingest/entity-key.ts';
import { importPaths } from '../../src/ingest/import.ts';
import { SAMPLE_PATHS } from '../../src/ingest/sample.ts';
import { refreshOntology } from '../../src/ontology/refresh.ts';
import { dumpGraph } from './graph-dump.ts';
import { clearGraph, testDatabase } from './helpers.ts';

const db = testDatabase();
const RECORDS = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'ontology-records.json');

async function rows<T = Record<string, unknown>>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await db.driver.executeQuery(query, params, { database: db.connection.database });
  return records.map((record) => record.toObject() as T);
}

beforeAll(async () => {
  await clearGraph(db.cypher);
  const summary = await importPaths(db.cypher, [...SAMPLE_PATHS, RECORDS]);
  expect(summary.rejected).toEqual([]);
  // As migrate before serving does: clearGraph removed the record of the data version the ontology was built from.
  await refreshOntology(db.cypher);
});

afterAll(async () => {
  await clearGraph(db.cypher);
  await db.driver.close();
});

describe('the ontology in the graph', () => {
  it('links entities to their terms and holds their ancestors, with the source of every IS_A edge', async () => {
    const links = await rows<{ entity: string; curie: string }>(
      'MATCH (e:Entity)-[:GROUNDED_TO]->(t:OntologyTerm) WHERE e.id IN $ids RETURN e.id AS entity, t.curie AS curie ORDER BY entity, curie',
      {
        ids: [
          entityId('Symptom', 'fatigue'),
          entityId('Symptom', 'mental fatigue'),
          entityId('Biomarker', 'IL-6'),
          entityId('Condition', 'ME/CFS'),
        ],
      },
    );
    expect(links).toEqual([
      { entity: entityId('Biomarker', 'IL-6'), curie: 'NCBIGene:3569' }, // the lexicon's HGNC:6018, through the gene's HGNC id
      { entity: entityId('Condition', 'ME/CFS'), curie: 'MONDO:0005404' },
      { entity: entityId('Symptom', 'fatigue'), curie: 'HP:0012378' },
      { entity: entityId('Symptom', 'mental fatigue'), curie: 'HP:0033236' },
    ]);
    const edges = await rows<{ child: string; parent: string; source: string }>(
      `MATCH (c:OntologyTerm)-[r:IS_A]->(p:OntologyTerm) WHERE c.curie IN $curies
       RETURN c.curie AS child, p.curie AS parent, r.source AS source ORDER BY child, parent`,
      { curies: ['HP:0033236', 'HP:0012378', 'NCBIGene:3569', 'EG:interleukin'] },
    );
    expect(edges).toEqual([
      { child: 'EG:interleukin', parent: 'EG:cytokine', source: 'eg' },
      { child: 'HP:0012378', parent: 'HP:0025142', source: 'hp' },
      { child: 'HP:0033236', parent: 'HP:0012378', source: 'eg' },
      { child: 'NCBIGene:3569', parent: 'EG:interleukin', source: 'eg' },
    ]);
    const [fatigue] = await rows<{ label: string; source: string }>(
      "MATCH (t:OntologyTerm {curie: 'HP:0012378'}) RETURN t.label AS label, t.source AS source",
    );
    expect(fatigue).toEqual({ label: 'Fatigue', source: 'hp' });
  });

  it('holds only terms an entity reaches through IS_A, not the whole ontology', async () => {
    const [count] = await rows<{ terms: number; unreached: number }>(
      `MATCH (t:OntologyTerm)
       RETURN count(t) AS terms,
              count(CASE WHEN NOT EXISTS { MATCH (t)<-[:IS_A*0..]-(:OntologyTerm)<-[:GROUNDED_TO|BROAD_MATCH]-(:Entity) } THEN 1 END) AS unreached`,
    );
    expect(count!.unreached).toBe(0);
    expect(count!.terms).toBeGreaterThan(50);
    expect(count!.terms).toBeLessThan(2000);
  });

  it('changes nothing on a re-import, nor when migrate finds it current; a forced rebuild gives the same graph', async () => {
    const before = await dumpGraph(db.cypher);
    const again = await importPaths(db.cypher, [...SAMPLE_PATHS, RECORDS]);
    expect(again.created + again.updated).toBe(0);
    expect(await dumpGraph(db.cypher)).toBe(before);
    expect((await refreshOntology(db.cypher)).rebuilt).toBe(false);
    const forced = await refreshOntology(db.cypher, { force: true });
    expect(forced.rebuilt).toBe(true);
    expect(forced.links).toBeGreaterThan(40);
    expect(await dumpGraph(db.cypher)).toBe(before);
  });

  it('builds the ontology of a graph imported without it (migrate), and drops terms no entity reaches any more', async () => {
    await rows('MATCH (t:OntologyTerm) DETACH DELETE t');
    await rows('MATCH (s:OntologyState) DELETE s');
    const built = await refreshOntology(db.cypher);
    expect(built.rebuilt).toBe(true);
    const [term] = await rows<{ n: number }>(
      "MATCH (:Entity {id: $id})-[:GROUNDED_TO]->(:OntologyTerm)-[:IS_A*]->(c:OntologyTerm {curie: 'EG:cytokine'}) RETURN count(c) AS n",
      { id: entityId('Biomarker', 'IL-6') },
    );
    expect(term!.n).toBe(1);
    // A rewritten study that no longer names TNF-α (as delete-derived leaves it): the entity and the terms only it
    // reached go; IL-6's stay.
    const tnfId = { id: entityId('Biomarker', 'TNF-α') };
    await rows('MATCH (f:Finding)-[:SUBJECT]->(:Entity {id: $id}) DETACH DELETE f', tnfId);
    await rows('MATCH (:Entity {id: $id})-[r:ELEVATED_IN]->() DELETE r', tnfId);
    await db.cypher.write('ingest/delete-orphans');
    const left = await rows<{ curie: string }>(
      "MATCH (t:OntologyTerm) WHERE t.curie IN ['NCBIGene:7124', 'EG:tnf-family', 'NCBIGene:3569', 'EG:cytokine'] RETURN t.curie AS curie ORDER BY curie",
    );
    expect(left).toEqual([{ curie: 'EG:cytokine' }, { curie: 'NCBIGene:3569' }]);
    const [tnf] = await rows<{ n: number }>('MATCH (e:Entity {id: $id}) RETURN count(e) AS n', tnfId);
    expect(tnf!.n).toBe(0);
  });
});
