// How entity names become keys: one node per type and normalised canonical name.
import type { EntityType } from './record.ts';

/** Lower case, Unicode-normalised, one space between words, no surrounding punctuation. */
export function normalizeKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.,;:()[\]"'`]+|[\s.,;:()[\]"'`]+$/g, '')
    .trim();
}

export function entityId(type: EntityType, name: string): string {
  return `${type}:${normalizeKey(name)}`;
}
