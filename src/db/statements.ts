// Every Cypher statement lives in cypher/<domain>/<name>.cypher and is read once, at first use, by name
// ("study/by-slugs"). Keeping them in files makes every query reviewable and testable on its own.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

export const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

let cache: Map<string, string> | undefined;

function loadAll(dir: string, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) loadAll(full, `${prefix}${entry.name}/`, into);
    else if (entry.name.endsWith('.cypher')) {
      into.set(`${prefix}${entry.name.slice(0, -'.cypher'.length)}`, fs.readFileSync(full, 'utf8').trim());
    }
  }
  return into;
}

export function statements(): Map<string, string> {
  cache ??= loadAll(CYPHER_DIR);
  return cache;
}

export function statement(name: string): string {
  const text = statements().get(name);
  if (text === undefined) throw new Error(`no Cypher statement named "${name}" in ${CYPHER_DIR}`);
  return text;
}

/** Split a file of several statements (migrations) on semicolons that end a line. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((part) => part.replace(/^\s*\/\/.*$/gm, '').trim())
    .filter((part) => part.length > 0);
}
