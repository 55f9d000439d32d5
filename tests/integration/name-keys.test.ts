// Entities imported before the match keys (Entity.names as Cypher's toLower, no searchKeys) get the importer's keys
// at migrate (src/ingest/name-keys.ts), so a database kept from before answers names as a fresh import does.
import { afterAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/db/migrate.ts';
import { clearGraph, graphql, testDatabase, testYoga } from './helpers.ts';

const db = testDatabase();
const yoga = testYoga(db.cypher);

afterAll(async () => {
  await clearGraph(db.cypher);
  await db.driver.close();
});

describe('match keys of entities imported before them', () => {
  it('are computed at migrate: "VO2  PEAK" then finds "VO₂ peak", and search ranks it first for "vo2peak"', async () => {
    await clearGraph(db.cypher);
    await db.driver.executeQuery(
      `CREATE (:Entity:Measure {id: 'Measure:vo2 peak', key: 'vo2 peak', type: 'Measure', name: 'VO₂ peak',
         synonyms: ['peak VO₂'], synonymsText: ' peak VO₂', names: ['vo₂ peak', 'peak vo₂']})`,
      {},
      { database: db.cypher.database },
    );
    const before = await graphql(yoga, '{ measure(name: "VO2  PEAK") { name } }');
    expect(before.data).toEqual({ measure: null });
    await migrate(db.cypher);
    const after = await graphql<{ measure: { name: string }; search: { name: string }[] }>(
      yoga,
      '{ measure(name: "VO2  PEAK") { name } search(text: "vo2peak") { name } }',
    );
    expect(after.errors).toBeUndefined();
    expect(after.data!.measure.name).toBe('VO₂ peak');
    expect(after.data!.search[0]!.name).toBe('VO₂ peak');
    const { records } = await db.driver.executeQuery(
      'MATCH (e:Entity) RETURN e.names AS names, e.searchKeys AS keys',
      {},
      { database: db.cypher.database },
    );
    expect(records[0]!.get('names')).toEqual(['vo2 peak', 'peak vo2']);
    expect(records[0]!.get('keys')).toEqual(['vo2peak', 'peakvo2']);
  });
});
