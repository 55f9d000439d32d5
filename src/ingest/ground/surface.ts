// A name as written, reduced to the words that name the entity (case kept), and the case-sensitive keys gene
// symbols are matched on. Symbols are matched as written because their lower-case spellings are English words or
// common abbreviations ("CAT", "MAX", "PEM", "impact").

import { GREEK_NAMES, GREEK_SYMBOL_LETTER, MEASUREMENT_WORDS } from './canonical-key.ts';

/** Specimen and summary words that qualify a measurement without changing the analyte ("plasma IL-6", "CSF miR-328"). */
export const QUALIFIER_WORDS = new Set([
  'serum',
  'plasma',
  'circulating',
  'csf',
  'salivary',
  'saliva',
  'urinary',
  'urine',
  'peripheral',
  'total',
  'free',
  'resting',
  'baseline',
  'mean',
  'average',
  'median',
  'intracellular',
  'extracellular',
  'cellular',
  'systemic',
  'the',
  'a',
  'an',
]);
/** Words after an analyte that say which molecule was measured, not which gene ("IL6 mRNA", "TRPM3 protein"). */
export const TRAILING_QUALIFIER_WORDS = new Set([
  'mrna',
  'mrnas',
  'protein',
  'proteins',
  'gene',
  'genes',
  'transcript',
  'transcripts',
]);

const ALNUM = /[\p{L}\p{N}]/u;
const ASCII = /^[\x20-\x7e]*$/;
const NOT_ASCII_ALNUM = /[^A-Za-z0-9]/g;

/** The word lower-cased without surrounding punctuation ("(plasma" → "plasma"); a loop, not a regex, so linear. */
export function bareWord(word: string): string {
  const chars = Array.from(word.toLowerCase());
  let start = 0;
  let end = chars.length;
  while (start < end && !ALNUM.test(chars[start]!)) start++;
  while (end > start && !ALNUM.test(chars[end - 1]!)) end--;
  return chars.slice(start, end).join('');
}

/**
 * The words of `name` that name the entity: leading qualifiers ("plasma", "CSF"), a leading "levels of", trailing
 * measurement words ("levels", "expression") and trailing molecule words ("mRNA") removed; never everything.
 */
export function coreSurface(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  let start = 0;
  let end = words.length;
  const lower = (i: number) => bareWord(words[i]!);
  for (;;) {
    if (end - start > 1 && QUALIFIER_WORDS.has(lower(start))) start++;
    else if (end - start > 2 && MEASUREMENT_WORDS.has(lower(start)) && lower(start + 1) === 'of') start += 2;
    else if (end - start > 1 && (MEASUREMENT_WORDS.has(lower(end - 1)) || TRAILING_QUALIFIER_WORDS.has(lower(end - 1))))
      end--;
    else break;
  }
  return words.slice(start, end).join(' ');
}

/**
 * Case-sensitive keys of a symbol as written: letters and digits only, Greek letters read as their Latin initial
 * (TNF-α → TNFA, IL-1β → IL1B) and as their spelled name (TNF-α → TNFalpha, which an alias "TNF-alpha" also gives).
 */
export function symbolKeys(surface: string): string[] {
  if (ASCII.test(surface)) return [surface.replace(NOT_ASCII_ALNUM, '')];
  const text = surface.normalize('NFKC');
  const byLetter = Array.from(text, (ch) => GREEK_SYMBOL_LETTER[ch] ?? ch)
    .join('')
    .replace(/[^\p{L}\p{N}]/gu, '');
  const byName = Array.from(text, (ch) => GREEK_NAMES[ch] ?? ch)
    .join('')
    .replace(/[^\p{L}\p{N}]/gu, '');
  return byLetter === byName ? [byLetter] : [byLetter, byName];
}

/**
 * Written like a gene or protein symbol: one or two words, an upper-case letter, no lower-case word of four or more
 * letters ("IL-6", "TNF-α", "CD56", "TRPM3", "HLA-DQB1"; not "Impact", "interleukin").
 */
export function symbolShaped(surface: string): boolean {
  const words = surface.split(/\s+/u);
  if (words.length > 2 || surface.length > 24) return false;
  if (!/\p{Lu}/u.test(surface)) return false;
  return !words.some(
    (w) => /^\p{Lu}?\p{Ll}{3,}$/u.test(w) && !/^(alpha|beta|gamma|delta|kappa)$/u.test(w.toLowerCase()),
  );
}

/** Short all-capital names ("ME", "CFS", "PEM") match only a mention written in capitals too. */
export function mustMatchCase(name: string): boolean {
  return name.length <= 5 && /^[\p{Lu}\p{N}/+-]+$/u.test(name) && /\p{Lu}/u.test(name);
}

export function writtenInCapitals(surface: string): boolean {
  return !/\p{Ll}/u.test(surface);
}
