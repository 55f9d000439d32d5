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

/**
 * The match key without its spaces and punctuation ("IL-6", "il 6", "IL6" → "il6"): what `search` compares whole
 * names by, so an exact name or synonym ranks first however it is punctuated.
 */
export function compactKey(name: string): string {
  return normalizeKey(name).replace(/[^\p{L}\p{N}]+/gu, '');
}

export function entityId(type: EntityType, name: string): string {
  return `${type}:${normalizeKey(name)}`;
}
