// `evidence-graph keys create|list|revoke` (SPEC §5). A new key goes to stdout once, alone on its line (so
// `KEY=$(evidence-graph keys create …)` works); everything else goes to stderr. Only the key's hash is stored.
import { Command, InvalidArgumentError } from 'commander';
import type { Database } from '../app.ts';
import { migrate } from '../db/migrate.ts';
import {
  createApiKey,
  isKeyId,
  isScope,
  KeyInputError,
  listApiKeys,
  parseKey,
  revokeApiKey,
  SCOPES,
  type ApiKeyInfo,
} from './keys.ts';

const log = (line: string) => console.error(line);

function collectScope(value: string, previous: string[] = []): string[] {
  if (!isScope(value)) throw new InvalidArgumentError(`unknown scope "${value}" (expected ${SCOPES.join(', ')})`);
  return [...previous, value];
}

async function withDatabase<T>(open: () => Promise<Database>, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await open();
  try {
    await migrate(db.cypher);
    return await work(db);
  } finally {
    await db.close();
  }
}

function table(keys: ApiKeyInfo[]): string {
  const header = ['ID', 'NAME', 'SCOPES', 'CREATED', 'LAST USED', 'REVOKED'];
  const rows = keys.map((k) => [
    k.id,
    k.name,
    k.scopes.join(','),
    k.createdAt,
    k.lastUsedAt ?? '-',
    k.revokedAt ?? '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function registerKeysCommand(program: Command, openDatabase: () => Promise<Database>): Command {
  const keys = program
    .command('keys')
    .description('API keys for the GraphQL mutations (only a hash of each key is stored).');

  keys
    .command('create')
    .description('Create a key and print it once: it cannot be shown again.')
    .requiredOption('--name <name>', 'who or what uses the key')
    .requiredOption(
      '--scope <scope>',
      `a scope the key grants (${SCOPES.join(', ')}); repeat for several`,
      collectScope,
    )
    .action(async (options: { name: string; scope: string[] }) => {
      try {
        const { key, info } = await withDatabase(openDatabase, (db) =>
          createApiKey(db.cypher, { name: options.name, scopes: options.scope }),
        );
        console.log(key);
        log(`created key ${info.id} ("${info.name}", scopes: ${info.scopes.join(', ')}).`);
        log(
          'This is the only time the key is shown: only its hash is stored. Keep it secret; revoke it with `evidence-graph keys revoke ' +
            info.id +
            '`.',
        );
      } catch (error) {
        if (!(error instanceof KeyInputError)) throw error;
        log(`evidence-graph keys create: ${error.message}`);
        process.exitCode = 1;
      }
    });

  keys
    .command('list')
    .description('List the keys: id, name, scopes, created, last used, revoked (never a hash or a key).')
    .option('--json', 'one JSON array instead of a table')
    .action(async (options: { json?: boolean }) => {
      const list = await withDatabase(openDatabase, (db) => listApiKeys(db.cypher));
      if (options.json) console.log(JSON.stringify(list, null, 2));
      else if (list.length === 0)
        log('no API keys yet: create one with `evidence-graph keys create --name NAME --scope import`');
      else console.log(table(list));
    });

  keys
    .command('revoke')
    .description('Revoke a key for good: it stops working on the next request.')
    .argument('<id>', 'the key id (the 16 hex digits after "egk_", as `keys list` shows them)')
    .action(async (given: string) => {
      // A whole key is accepted too (its id is read from it), and never printed back.
      const id = parseKey(given)?.id ?? given;
      if (!isKeyId(id)) {
        log('evidence-graph keys revoke: expected a key id: 16 hex digits, as `evidence-graph keys list` shows them');
        process.exitCode = 1;
        return;
      }
      const outcome = await withDatabase(openDatabase, (db) => revokeApiKey(db.cypher, id));
      if (outcome === 'not-found') {
        log(`evidence-graph keys revoke: no key with id ${id}`);
        process.exitCode = 1;
      } else {
        console.log(outcome === 'revoked' ? `revoked: ${id}` : `already revoked: ${id}`);
      }
    });

  return keys;
}
