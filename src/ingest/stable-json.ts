// JSON with sorted keys: the same record always serialises, and so hashes, to the same bytes. safe-stable-stringify
// takes about half the time of our former replacer-and-sort and writes the same bytes for every record whose keys
// are not integer-like (tests/unit/stable-json.test.ts), so stored hashes still compare.
import crypto from 'node:crypto';
import { configure } from 'safe-stable-stringify';

// A cycle is an error, as it was with JSON.stringify, never a "[Circular]" placeholder in a stored record.
const stringify = configure({ circularValue: Error, deterministic: true });

export function stableStringify(value: unknown): string {
  return stringify(value) as string;
}

export function hashText(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

export function contentHash(value: unknown): string {
  return hashText(stableStringify(value));
}
