// How entity names become keys: one node per type and key, the normalised name with the variants of one entity
// folded (word order of a measurement phrase, plural, measurement words, Greek letters, sub/superscripts, Roman
// numerals, British spellings), so they are one node; punctuation stays, so keys stay readable ("mir-320a").
import {
  americanWord,
  GREEK_NAMES,
  headForm,
  MEASUREMENT_WORDS,
  NUMBERED_CLASS_WORDS,
  ROMAN_NUMERALS,
  TOO_GENERIC_ALONE,
} from './ground/canonical-key.ts';
import type { EntityType } from './record.ts';

/**
 * Which rule made an entity's key: stored on every entity, so keys made by an earlier rule are found and remade at
 * migrate (src/ingest/entity-ids.ts). 2: entityKey (before: normalizeKey).
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

const GREEK = new RegExp(`[${Object.keys(GREEK_NAMES).join('')}]`, 'gu');
const LETTERS = /^\p{L}+$/u;

/**
 * An entity's key, unique per type: the normalised name (normalizeKey) with Greek letters as their names, British
 * spellings and Roman numerals after a class word folded word by word, a measurement phrase dropped ("frequency of
 * X", "X levels", "X expression") and the head noun singular. "CD21+ CD38- B cell frequency" and "frequency of
 * CD21+ CD38- B cells" → "cd21+ cd38- b cell"; "TNF-α" = "TNF-alpha"; "VO₂ peak" = "VO2 peak"; "IL-6" stays "il-6".
 * The same folds as canonicalKey (grounding), at the level of words, so punctuation and spacing are kept.
 */
export function entityKey(name: string): string {
  const words = normalizeKey(name)
    .replace(GREEK, (letter) => GREEK_NAMES[letter]!)
    .split(' ')
    .filter(Boolean)
    .map((word, i, all) => {
      if (!LETTERS.test(word)) return word;
      const numeral = i > 0 && NUMBERED_CLASS_WORDS.has(all[i - 1]!) ? ROMAN_NUMERALS.get(word) : undefined;
      return numeral ?? americanWord(word);
    });
  let start = 0;
  let end = words.length;
  // "levels of", "the frequency of the": a leading measurement phrase, repeatedly.
  for (;;) {
    let probe = start;
    while (probe < end && (words[probe] === 'the' || MEASUREMENT_WORDS.has(words[probe]!))) probe++;
    if (probe > start && words[probe - 1] !== 'the' && words[probe] === 'of' && probe + 1 < end) start = probe + 1;
    else break;
  }
  while (words[start] === 'the' && end - start > 1) start++;
  while (end - start > 1 && MEASUREMENT_WORDS.has(words[end - 1]!)) {
    if (end - start === 2 && TOO_GENERIC_ALONE.has(words[start]!)) break;
    end--;
  }
  const kept = words.slice(start, end);
  const last = kept.at(-1);
  if (last && LETTERS.test(last)) kept[kept.length - 1] = headForm(last);
  return kept.join(' ') || normalizeKey(name);
}

export function entityId(type: EntityType, name: string): string {
  return `${type}:${entityKey(name)}`;
}
