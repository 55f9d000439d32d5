// Bring the match keys of entities imported before them up to date at migrate: Entity.names held Cypher's toLower of
// each name, which does not fold Unicode forms or spacing as every lookup now does (normalizeKey), and searchKeys did
// not exist. A cheap read when every entity has its keys; otherwise the keys are computed here, in batches.
import type { Cypher } from '../db/cypher.ts';
import { nameKeys, searchKeys } from './graph-rows.ts';

const BATCH = 1_000;

/** How many entities got their keys (0 when all had them). */
export async function refreshNameKeys(cypher: Cypher): Promise<number> {
  let updated = 0;
  for (;;) {
    const rows = await cypher.read<{ id: string; name: string; synonyms: string[] }>('ingest/entities-without-keys', {
      batch: BATCH,
    });
    if (rows.length === 0) return updated;
    await cypher.write('ingest/set-name-keys', {
      entities: rows.map((row) => ({
        id: row.id,
        names: nameKeys(row.name, row.synonyms),
        searchKeys: searchKeys(row.name, row.synonyms),
      })),
    });
    updated += rows.length;
  }
}
