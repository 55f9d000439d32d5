// Atlas slugs: `<first author's surname, lower-case ASCII, other letters dropped>-<year>-<two significant title
// words>`, `unknown-` without an author (data/atlas/README.md). Used only when a page does not say its own slug
// (no URL line, no BibTeX key); older hand-made atlas slugs cannot be derived and are not attempted.

import { SLUG_STOP_WORDS } from './vocabulary.ts';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lower-case ASCII; spaces and hyphens become one hyphen; every other character is dropped ("Jäkel" → "jkel"). */
export function slugPart(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\-‐‑–—]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The first two significant words of a title: words split at anything that is not a letter or digit
 * ("Meta-analysis" is two words, "Two-Day" gives "two"), single characters and stop words skipped.
 */
export function significantTitleWords(title: string, count = 2): string[] {
  const words: string[] = [];
  for (const raw of title.split(/[^\p{L}\p{N}]+/u)) {
    const word = slugPart(raw);
    if (word.length < 2 || SLUG_STOP_WORDS.has(word)) continue;
    words.push(word);
    if (words.length === count) break;
  }
  return words;
}

/**
 * The slug the atlas would give a paper, or undefined when the title has no significant word.
 * `surname` is the first author's surname as shown ("de Vega", "Prylińska-Jaśkowiak"), undefined without author.
 */
export function deriveAtlasSlug(input: {
  surname?: string | null;
  year?: number | null;
  title: string;
  /** Fewest significant words to accept (a whole title may have one; a cut-off title must show two). */
  minWords?: number;
}): string | undefined {
  const words = significantTitleWords(input.title);
  if (words.length === 0 || words.length < (input.minWords ?? 1)) return undefined;
  const author = (input.surname && slugPart(input.surname)) || 'unknown';
  const parts = [author, ...(input.year ? [String(input.year)] : []), ...words];
  const slug = parts.join('-');
  return SLUG_PATTERN.test(slug) ? slug : undefined;
}
