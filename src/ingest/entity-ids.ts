// Bring entity keys made by an earlier rule up to date at migrate (ENTITY_KEY_RULE in entity-key.ts): keys were the
// normalised name, so variants of one entity ("CD21+ B cell frequency" / "frequency of CD21+ B cells") were two
// nodes; under entityKey they are one, and a database kept from before is merged as a fresh import would be.
// A cheap read when every entity has the current rule.
import type { Cypher } from '../db/cypher.ts';
import type { EntityType } from './record.ts';
import { ENTITY_KEY_RULE, entityId, entityKey } from './entity-key.ts';

const BATCH = 1_000;

interface Rekey {
  id: string;
  newId: string;
  newKey: string;
}

/** How many entities got a new key, or were merged into the entity that holds their new key (0 when none). */
export async function refreshEntityIds(cypher: Cypher): Promise<number> {
  let updated = 0;
  let changed = false;
  for (;;) {
    const rows = await cypher.read<{ id: string; type: EntityType; name: string }>('ingest/entities-with-old-keys', {
      rule: ENTITY_KEY_RULE,
      batch: BATCH,
    });
    if (rows.length === 0) break;
    // Two variants of one entity in a batch: the second waits for the next batch, where it finds the first's new id.
    const batch: Rekey[] = [];
    const taken = new Set<string>();
    for (const row of rows) {
      const newId = entityId(row.type, row.name);
      if (taken.has(newId)) continue;
      taken.add(newId);
      batch.push({ id: row.id, newId, newKey: entityKey(row.name) });
    }
    changed ||= batch.some((row) => row.id !== row.newId);
    await cypher.write('ingest/rekey-entities', { entities: batch, rule: ENTITY_KEY_RULE });
    updated += batch.length;
  }
  // New ids (and merged entities) change the pairs the materialized evidence view sums: it is rebuilt (pair-votes.ts).
  if (changed) await cypher.write('ingest/mark-pair-view-stale');
  return updated;
}
