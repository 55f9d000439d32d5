// Text helpers shared by the extractor: comparison keys, tokens with offsets, parenthesis-aware splitting.

/** Comparison key: Unicode compatibility folding (VO₂ → VO2), lower case, punctuation and spacing collapsed. */
export function normaliseKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased, compatibility-folded form. */
  key: string;
  start: number;
  end: number;
}

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    tokens.push({
      text: match[0],
      key: match[0].normalize('NFKC').toLowerCase(),
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return tokens;
}

/** `text` with the span [start, end) replaced by spaces: offsets stay valid. */
export function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

/** Same length as `text`, with everything inside (possibly nested) parentheses or brackets blanked out. */
/**
 * Brackets glued to a name that hold lipid or chemical nomenclature ("Cer(d18:1/24:1)", "PE(P-18:0/20:4)") or a
 * short part of it ("lipoprotein(a)") are part of the name, not a parenthetical: their end offsets by start offset.
 */
function nameBrackets(text: string): Map<number, number> {
  const spans = new Map<number, number>();
  if (text.includes(':'))
    for (const m of text.matchAll(NOMENCLATURE_BRACKET)) spans.set(m.index, m.index + m[0].length);
  // A short bracket glued to a name ("lipoprotein(a)", "25(OH)D", "Lp(a)") is part of it.
  if (text.includes('(')) for (const m of text.matchAll(GLUED_SHORT_BRACKET)) spans.set(m.index, m.index + m[0].length);
  // An isotope label glued before a tracer ("[11C]PK11195", "[18F]FDG") is part of its name too.
  if (text.includes('[')) for (const m of text.matchAll(ISOTOPE_LABEL)) spans.set(m.index, m.index + m[0].length);
  return spans;
}

const NOMENCLATURE_BRACKET = /(?<=[\p{L}\p{N}])\((?:[A-Za-z]{1,2}-?)?\d+:\d+[^()\s]*\)/gu;
const GLUED_SHORT_BRACKET = /(?<=[\p{L}\p{N}])\([\p{L}\p{N}]{1,3}\)/gu;
const ISOTOPE_LABEL = /\[\d{1,3}[A-Z][a-z]?\](?=[\p{L}\p{N}])/gu;

export function maskParentheses(text: string, fill = ' '): string {
  const glued = nameBrackets(text);
  let depth = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const gluedEnd = depth === 0 ? glued.get(i) : undefined;
    if (gluedEnd !== undefined) {
      out += text.slice(i, gluedEnd);
      i = gluedEnd - 1;
      continue;
    }
    if (ch === '(' || ch === '[') {
      depth++;
      out += fill.repeat(ch.length);
      continue;
    }
    if ((ch === ')' || ch === ']') && depth > 0) {
      depth--;
      out += fill.repeat(ch.length);
      continue;
    }
    out += depth > 0 ? fill.repeat(ch.length) : ch;
  }
  return out;
}

/** Top-level parenthetical groups of `text`, with their offsets (of the brackets). */
export function parentheticals(text: string): { inner: string; start: number; end: number }[] {
  const found: { inner: string; start: number; end: number }[] = [];
  const glued = nameBrackets(text);
  let depth = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const gluedEnd = depth === 0 ? glued.get(i) : undefined;
    if (gluedEnd !== undefined) {
      i = gluedEnd - 1;
      continue;
    }
    const ch = text[i];
    if (ch === '(' || ch === '[') {
      if (depth === 0) open = i;
      depth++;
    } else if ((ch === ')' || ch === ']') && depth > 0) {
      depth--;
      if (depth === 0) found.push({ inner: text.slice(open + 1, i), start: open, end: i + 1 });
    }
  }
  return found;
}

/** Splits at every match of `separator` that lies outside parentheses. */
export function splitOutsideParentheses(text: string, separator: RegExp): string[] {
  // A non-space fill, so that separators with optional spaces cannot swallow a parenthetical.
  const masked = maskParentheses(text, '\u0001');
  const flags = separator.flags.includes('g') ? separator.flags : separator.flags + 'g';
  const global = new RegExp(separator.source, flags);
  const parts: string[] = [];
  let last = 0;
  for (const match of masked.matchAll(global)) {
    if (match[0].length === 0) continue;
    parts.push(text.slice(last, match.index));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** "A, B, and C" / "A and B" / "A or B" / "neither A nor B" / "higher A but lower B" → members, outside parentheses. */
export function splitList(text: string): string[] {
  return splitOutsideParentheses(
    text.replace(/^\s*(?:neither|either|both)\s+/i, ''),
    // A comma between digits is inside a chemical name ("2,3-DPG", "1,25-dihydroxyvitamin D"), not between items;
    // "or more" after a figure closes a threshold ("an index of 15 or more"), it adds no item.
    /\s*,\s*(?:and|or|nor|as well as|yet|but)\s+|(?<!\d),\s*|,(?!\d)\s*|\s+,\s*|\s+(?:and|or(?!(?<=\d[^,;]{0,40})\s+(?:more|less|above|below|higher|lower|greater|fewer|over|under)\b)|nor|as well as|but)\s+/i,
  )
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Collapses runs of white space and trims stray punctuation from the ends. */
export function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.—–-]+|[\s,;:.—–]+$/g, '')
    .trim();
}

/**
 * Lower-cases a sentence-initial capital ("Fatigue impact" → "fatigue impact") but keeps acronyms and symbols whose
 * first word has a capital or digit inside ("NK", "ATP", "IgG3", "HbA1c").
 */
export function unsentenceCase(text: string): string {
  const first = /^\S+/u.exec(text)?.[0] ?? '';
  // "Fatigue Severity Scale", "Boston Naming": a capitalised word after it says the first is part of a proper name.
  const titleCase = /^\S+\s+\p{Lu}\p{Ll}/u.test(text);
  if (/^\p{Lu}\p{Ll}/u.test(text) && !/[\p{Lu}\p{N}]/u.test(first.slice(1)) && !titleCase)
    return text[0]!.toLowerCase() + text.slice(1);
  return text;
}

/**
 * True when the text holds something word-like: two letters in a row, or a symbol's letters around a digit ("C3a",
 * "H2S", "T3", "p62"), so that a number or a lone letter is not a name but a complement fragment named by a symbol is.
 */
export function hasWordLetters(text: string): boolean {
  return /\p{L}{2,}|\p{Lu}\p{N}+\p{L}?|(?<!\p{L})\p{Ll}\p{N}{2,}(?!\p{L})/u.test(text);
}

/** Small counts as entries write them in words, each at the index of its value ("one" at 1 … "twelve" at 12). */
export const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
] as const;

/** A count written in digits or as a word, in digits ("three" → "3"); other text as it is. */
export function inDigits(count: string): string {
  const index = (NUMBER_WORDS as readonly string[]).indexOf(count.toLowerCase());
  return index < 0 ? count : String(index);
}
