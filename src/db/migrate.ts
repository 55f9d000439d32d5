// Migrations are the files of cypher/migrations, applied in name order, each exactly once; an applied migration
// is recorded as a (:Migration {id}) node. Statements use IF NOT EXISTS, so a run cut short can simply be repeated.
// Data derived at import whose definition can change (the materialized evidence view) is brought up to date last.
import crypto from 'node:crypto';
import { statements, splitStatements } from './statements.ts';
import type { Cypher } from './cypher.ts';
import { refreshPairEvidence, type RefreshResult } from '../ingest/pair-votes.ts';
import { refreshOntology, type OntologyRefresh } from '../ontology/refresh.ts';
import { refreshNameKeys } from '../ingest/name-keys.ts';
import { refreshEntityIds } from '../ingest/entity-ids.ts';

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
  /** Whether the materialized evidence view had to be (re)built: data imported before it, or new default weights. */
  pairEvidence: RefreshResult;
  /** Whether the graph's ontology had to be (re)built: data imported before it, or other ontology data. */
  ontology: OntologyRefresh;
}

export function migrationNames(): string[] {
  return [...statements().keys()].filter((name) => name.startsWith('migrations/')).sort();
}

export async function migrate(cypher: Cypher): Promise<MigrationResult> {
  const done = new Set((await cypher.read<{ id: string }>('migration/applied')).map((row) => row.id));
  const result: Omit<MigrationResult, 'pairEvidence' | 'ontology'> = { applied: [], alreadyApplied: [] };
  for (const name of migrationNames()) {
    const id = name.slice('migrations/'.length);
    if (done.has(id)) {
      result.alreadyApplied.push(id);
      continue;
    }
    const text = statements().get(name) ?? '';
    for (const part of splitStatements(text)) await cypher.schema(part);
    const checksum = crypto.createHash('sha256').update(text).digest('hex').slice(0, 16);
    await cypher.write('migration/record', { id, checksum });
    result.applied.push(id);
  }
  // Entities imported before the match keys get them (a cheap read when none lacks them).
  await refreshNameKeys(cypher);
  // Entities keyed by an earlier rule get the current key; variants of one entity merge (entity-ids.ts).
  await refreshEntityIds(cypher);
  // After the schema: a cheap read when the view is current, a rebuild in batches when it is not.
  const pairEvidence = await refreshPairEvidence(cypher);
  return { ...result, pairEvidence, ontology: await refreshOntology(cypher) };
}
