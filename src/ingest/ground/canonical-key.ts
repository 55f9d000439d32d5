// The one normalisation rule for matching entity names: two names with the same canonical key name the same entity.
// Folds case, Unicode compatibility forms (NFKC: VO₂ → VO2, Ca²⁺ → Ca2+), Greek letters to their ASCII names
// (α → alpha), dashes and spacing (IL-6 = IL6 = il 6), joined prefixes (post-exertional = postexertional),
// measurement words that do not change the entity ("levels", "concentration", "expression", "frequency", "count";
// "frequency of X" = "X frequency"), and the plural of the head noun. "activity" and "function" are kept: NK cell
// activity is a different quantity from NK cells. Every step is one pass over the input: linear time.

export const GREEK_NAMES: Record<string, string> = {
  α: 'alpha',
  β: 'beta',
  γ: 'gamma',
  δ: 'delta',
  ε: 'epsilon',
  ζ: 'zeta',
  η: 'eta',
  θ: 'theta',
  ι: 'iota',
  κ: 'kappa',
  λ: 'lambda',
  μ: 'mu',
  ν: 'nu',
  ξ: 'xi',
  ο: 'omicron',
  π: 'pi',
  ρ: 'rho',
  σ: 'sigma',
  ς: 'sigma',
  τ: 'tau',
  υ: 'upsilon',
  φ: 'phi',
  ϕ: 'phi',
  χ: 'chi',
  ψ: 'psi',
  ω: 'omega',
};

const GREEK_NAME = new Map(Object.entries(GREEK_NAMES));

/** The Latin letter a Greek letter stands for in gene symbols (TNF-α → TNFA, IL-1β → IL1B, IFN-γ → IFNG). */
export const GREEK_SYMBOL_LETTER: Record<string, string> = {
  α: 'A',
  β: 'B',
  γ: 'G',
  δ: 'D',
  ε: 'E',
  ζ: 'Z',
  η: 'H',
  θ: 'Q',
  ι: 'I',
  κ: 'K',
  λ: 'L',
  μ: 'M',
  ν: 'N',
  ξ: 'X',
  ο: 'O',
  π: 'P',
  ρ: 'R',
  σ: 'S',
  ς: 'S',
  τ: 'T',
  υ: 'U',
  φ: 'F',
  ϕ: 'F',
  χ: 'C',
  ψ: 'Y',
  ω: 'W',
};

/** Hyphen, non-breaking hyphen, figure/en/em dash, minus sign, small/full-width hyphen-minus (after NFKC most are '-'). */
const DASHES = new Set(['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D']);
const APOSTROPHES = new Set(["'", '\u2019', '\u02BC', '\u2018']);
/** After a marker, a dash followed by one of these (or the end) is a sign: CD38-, CD27-/IgD-. */
const SIGN_FOLLOWERS = new Set([' ', '\t', '\n', '/', ',', ';', ')', ']', '+', '-', '\u2212', '\u2013']);

/**
 * Prefixes written joined, hyphenated or apart ("post-exertional", "postexertional", "post exertional"): joined to
 * the word after them so the three spellings meet.
 */
const JOINED_PREFIXES = new Set([
  'post',
  'pre',
  'non',
  'anti',
  'co',
  'sub',
  'inter',
  'intra',
  'extra',
  'multi',
  'hyper',
  'hypo',
  'auto',
  'micro',
  'neuro',
  'immuno',
]);

/** Words that say how an entity was measured, not which entity it is. */
export const MEASUREMENT_WORDS = new Set([
  'level',
  'levels',
  'concentration',
  'concentrations',
  'expression',
  'expressions',
  'frequency',
  'frequencies',
  'count',
  'counts',
  'number',
  'numbers',
  'abundance',
  'abundances',
  'amount',
  'amounts',
  'titer',
  'titers',
  'titre',
  'titres',
  'percentage',
  'percentages',
  'proportion',
  'proportions',
  'content',
  'quantity',
  'quantities',
]);

/** A measurement word never removed when this is all that would remain ("gene expression" stays itself). */
export const TOO_GENERIC_ALONE = new Set([
  'gene',
  'mrna',
  'rna',
  'dna',
  'protein',
  'cell',
  'serum',
  'plasma',
  'blood',
  'urine',
  'total',
]);

const LEADING_ARTICLES = new Set(['the', 'a', 'an']);

/** Words ending in s that are not plurals, or whose singular is not the word minus s. */
const NOT_PLURAL = new Set([
  'species',
  'series',
  'diabetes',
  'herpes',
  'pons',
  'mumps',
  'measles',
  'rabies',
  'scabies',
  'tetanus',
  'news',
  'aids',
  'lupus',
  'status',
  'mellitus',
  'corpus',
  'plexus',
  'fetus',
  'sinus',
  'thalamus',
  'hypothalamus',
  'hippocampus',
  'nucleus',
  'uterus',
  'bronchus',
  'stimulus',
  'virus',
  'sepsis',
  'stasis',
  'analysis',
  'psoriasis',
  'fibrosis',
  'stenosis',
  'apoptosis',
  'homeostasis',
  'diagnosis',
  'prognosis',
  'genesis',
  'gas',
  'bias',
  'biceps',
  'triceps',
  'glucose',
  'stress',
  'distress',
  'illness',
  'sickness',
  'weakness',
  'stiffness',
  'tiredness',
  'dizziness',
  'fitness',
  'consciousness',
  'wellness',
  'thickness',
  'alertness',
  'sleepiness',
  'mass',
  'access',
  'process',
  'physics',
  'genetics',
  'kinetics',
  'dynamics',
  'mechanics',
  'metabolomics',
  'proteomics',
  'genomics',
  'tropics',
]);

/** Latin and Greek plurals of biology, where dropping "s" is wrong. */
const IRREGULAR_PLURALS = new Map([
  ['indices', 'index'],
  ['cortices', 'cortex'],
  ['matrices', 'matrix'],
  ['vertices', 'vertex'],
  ['apices', 'apex'],
  ['appendices', 'appendix'],
  ['analyses', 'analysis'],
  ['diagnoses', 'diagnosis'],
  ['foci', 'focus'],
  ['nuclei', 'nucleus'],
  ['stimuli', 'stimulus'],
  ['bacilli', 'bacillus'],
  ['cocci', 'coccus'],
  ['criteria', 'criterion'],
  ['phenomena', 'phenomenon'],
]);

/** Singular of a head noun written in the plural (regular English plurals and the Latin/Greek ones biology uses). */
export function singular(word: string): string {
  const irregular = IRREGULAR_PLURALS.get(word);
  if (irregular) return irregular;
  if (word.length <= 3 || NOT_PLURAL.has(word) || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  // viruses, sinuses, fetuses, statuses (but causes, doses); processes, boxes, branches (but headaches, niches).
  if (/(r|n|t|x)uses$/.test(word) || word.endsWith('sses') || word.endsWith('xes') || word.endsWith('shes'))
    return word.slice(0, -2);
  if (word.endsWith('ches') && !word.endsWith('aches') && !word.endsWith('iches')) return word.slice(0, -2);
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  if (word.endsWith('ae') && word.length > 4) return word.slice(0, -1); // vertebrae, fimbriae
  return word;
}

type TokenClass = 'letters' | 'digits' | 'sign';

export interface KeyToken {
  text: string;
  type: TokenClass;
}

const NON_ASCII_LETTER = /\p{L}/u;

function isLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return NON_ASCII_LETTER.test(ch);
}

/** "CD8-positive" is how CL writes "CD8+": a sign word right after a marker's number becomes the sign. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

const SIGN_WORDS = new Map([
  ['positive', '+'],
  ['negative', '-'],
  ['positives', '+'],
  ['negatives', '-'],
]);

/**
 * The name as a list of tokens: letter runs, digit runs (split from letters: IL6 → il, 6), Greek letters as their
 * names, and + / - signs of markers (CD38-, Ca2+, CD8-positive). Apostrophes vanish (Crohn's = Crohns); other
 * punctuation separates. One pass over the UTF-16 units (letters outside the BMP separate, which is harmless).
 */
export function keyTokens(name: string): KeyToken[] {
  // NFKC only changes non-ASCII text; most names are ASCII.
  const text = (PRINTABLE_ASCII.test(name) ? name : name.normalize('NFKC')).toLowerCase();
  const tokens: KeyToken[] = [];
  let current = '';
  let currentType: TokenClass = 'letters';
  const flush = () => {
    if (!current) return;
    const sign = currentType === 'letters' ? SIGN_WORDS.get(current) : undefined;
    if (sign && tokens.at(-1)?.type === 'digits') tokens.push({ text: sign, type: 'sign' });
    else tokens.push({ text: current, type: currentType });
    current = '';
  };
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    // Runs of ASCII letters or digits in one step; every other character on its own.
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
      const digits = code <= 57;
      let j = i + 1;
      for (; j < length; j++) {
        const c = text.charCodeAt(j);
        if (digits ? !(c >= 48 && c <= 57) : !(c >= 97 && c <= 122)) break;
      }
      const type: TokenClass = digits ? 'digits' : 'letters';
      if (currentType !== type) flush();
      currentType = type;
      current += text.slice(i, j);
      i = j;
      continue;
    }
    const ch = text[i]!;
    const greek = GREEK_NAME.get(ch);
    if (greek) {
      flush();
      tokens.push({ text: greek, type: 'letters' });
    } else if (isLetter(ch)) {
      if (currentType !== 'letters') flush();
      currentType = 'letters';
      current += ch;
    } else if (APOSTROPHES.has(ch)) {
      // dropped: Crohn's = Crohns
    } else if (ch === '+') {
      flush();
      if (tokens.length) tokens.push({ text: '+', type: 'sign' });
    } else if (DASHES.has(ch)) {
      const after = text[i + 1];
      // A sign follows a marker (CD38-, CD27-/IgD-); the key itself writes it apart ("cd 38 -"), so apart counts too.
      const afterMarker = current !== '' || tokens.length > 0;
      flush();
      if (afterMarker && tokens.length && (after === undefined || SIGN_FOLLOWERS.has(after)))
        tokens.push({ text: '-', type: 'sign' });
    } else {
      flush();
    }
    i++;
  }
  flush();
  return tokens;
}

/** Joins "post exertional" / "post-exertional" into "postexertional" (the prefix and a word of 3+ letters). */
function joinPrefixes(tokens: KeyToken[]): KeyToken[] {
  const out: KeyToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (
      token.type === 'letters' &&
      JOINED_PREFIXES.has(token.text) &&
      next?.type === 'letters' &&
      next.text.length >= 3
    ) {
      out.push({ text: token.text + next.text, type: 'letters' });
      i++;
    } else {
      out.push(token);
    }
  }
  return out;
}

function isMeasurementWord(token: KeyToken | undefined): boolean {
  return token?.type === 'letters' && MEASUREMENT_WORDS.has(token.text);
}

/** Removes "levels of [the] X" at the start and "X levels/expression/…" at the end (repeatedly: "expression levels"). */
function stripMeasurementWords(tokens: KeyToken[]): KeyToken[] {
  let start = 0;
  let end = tokens.length;
  const isArticle = (i: number) =>
    tokens[i]!.type === 'letters' && LEADING_ARTICLES.has(tokens[i]!.text) && tokens[i + 1]?.type !== 'sign';
  // "levels of X", "the frequency of the X", repeatedly ("levels of expression of X").
  for (;;) {
    while (start < end - 1 && isArticle(start)) start++;
    let probe = start;
    while (probe < end && isMeasurementWord(tokens[probe])) probe++;
    if (!(probe > start && tokens[probe]?.text === 'of' && probe + 1 < end && tokens[probe + 1]!.type !== 'sign'))
      break;
    start = probe + 1;
  }
  while (end - start > 1 && isMeasurementWord(tokens[end - 1])) {
    if (end - 1 - start === 1 && TOO_GENERIC_ALONE.has(singular(tokens[start]!.text))) break;
    end--;
  }
  return tokens.slice(start, end);
}

/** Words after which a Roman numeral numbers a class: "type I muscle fibres" = "type 1 muscle fibers". */
export const NUMBERED_CLASS_WORDS = new Set(['type', 'class', 'grade', 'stage', 'phase', 'complex', 'group']);
export const ROMAN_NUMERALS = new Map(
  ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'].map((r, i) => [r, `${i + 1}`]),
);

/** Roman numerals after a class word written as digits, so either spelling gives the same key. */
function arabicNumerals(tokens: KeyToken[]): KeyToken[] {
  return tokens.map((token, i) => {
    const numeral = token.type === 'letters' ? ROMAN_NUMERALS.get(token.text) : undefined;
    const previous = tokens[i - 1];
    return numeral && previous?.type === 'letters' && NUMBERED_CLASS_WORDS.has(previous.text)
      ? { text: numeral, type: 'digits' }
      : token;
  });
}

/** British spellings the vocabularies write the American way (or both ways): haemoglobin, ischaemia, fibre, tumour. */
const BRITISH_SPELLINGS: [RegExp, string][] = [
  [/aemi/, 'emi'],
  [/^haem/, 'hem'],
  [/^paed/, 'ped'],
  [/^oe(?=dem|soph|str)/, 'e'],
  [/^(fib|cent|lit|met|calib)re(s?)$/, '$1er$2'],
  [/^(tum|behavi|col|fav)our(s?)$/, '$1or$2'],
];

/** A lower-case word in American spelling. */
export function americanWord(word: string): string {
  if (word.length < 4) return word;
  let text = word;
  for (const [british, american] of BRITISH_SPELLINGS) text = text.replace(british, american);
  return text;
}

function americanSpelling(token: KeyToken): KeyToken {
  if (token.type !== 'letters') return token;
  const text = americanWord(token.text);
  return text === token.text ? token : { text, type: 'letters' };
}

/** A head noun's form in the key: its singular, and "functioning" as "function" (physical functioning). */
export function headForm(word: string): string {
  return word === 'functioning' ? 'function' : singular(word);
}

/** Canonical tokens: the key's words, for callers that need the head noun or want to reduce a name. */
export function canonicalTokens(name: string): KeyToken[] {
  const tokens = stripMeasurementWords(arabicNumerals(joinPrefixes(keyTokens(name)).map(americanSpelling)));
  const last = tokens.at(-1);
  if (last && last.type === 'letters') tokens[tokens.length - 1] = { text: headForm(last.text), type: 'letters' };
  return tokens;
}

/**
 * The matching key of an entity name: equal keys, same entity. Empty for a name with no letters or digits.
 *   canonicalKey('IL-6 levels') === canonicalKey('il 6') === 'il 6'
 *   canonicalKey('frequency of CD21+ CD38- B cells') === canonicalKey('CD21+ CD38- B cell frequency')
 */
export function canonicalKey(name: string): string {
  return joinKey(canonicalTokens(name));
}

export function joinKey(tokens: readonly KeyToken[]): string {
  return tokens.map((t) => t.text).join(' ');
}
