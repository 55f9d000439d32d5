// Migrations are the files of cypher/migrations, applied in name order, each exactly once; an applied migration
// is recorded as a (:Migration {id}) node. Statements use IF NOT EXISTS, so a run cut short can simply be repeated.
import crypto from 'node:crypto';
import { statements, splitStatements } from './statements.ts';
import type { Cypher } from './cypher.ts';

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

export function migrationNames(): string[] {
  return [...statements().keys()].filter((name) => name.startsWith('migrations/')).sort();
}

export async function migrate(cypher: Cypher): Promise<MigrationResult> {
  const done = new Set((await cypher.read<{ id: string }>('migration/applied')).map((row) => row.id));
  const result: MigrationResult = { applied: [], alreadyApplied: [] };
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
  return result;
}
