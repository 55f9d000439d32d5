// How entity names become keys: one node per type and canonical name (canonicalKey: word order, plural,
// measurement words, Greek letters and sub/superscripts folded), so variants of one entity are one node.
import { canonicalKey } from './ground/canonical-key.ts';
import type { EntityType } from './record.ts';

/**
 * Which rule made an entity's key: stored on every entity, so keys made by an earlier rule are found and remade at
 * migrate (src/ingest/entity-ids.ts). 2: canonicalKey (before: normalizeKey).
 */
export const ENTITY_KEY_RULE = 2;

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

/**
 * An entity's key, unique per type: its canonical key ("CD21+ CD38- B cell frequency" and "frequency of CD21+ CD38- B
 * cells" → "cd 21 + cd 38 - b cell"; "VO₂ peak" = "VO2 peak"), or the normalised name when that has no letter or digit.
 */
export function entityKey(name: string): string {
  return canonicalKey(name) || normalizeKey(name);
}

export function entityId(type: EntityType, name: string): string {
  return `${type}:${entityKey(name)}`;
}
