// Part-of-speech tags for candidate entity phrases, from wink-nlp's English model (docs/extraction.md says why this
// library). The extractor finds subjects and objects by its frames; this module answers one question about each:
// is the phrase a noun phrase that could name a measured thing, or a fragment of the clause around it ("leaned 9%",
// "a strong", "likewise", "presents in clinically heterogeneous ways")? Tagging is linear in the phrase's length. The
// rewrites ask it one more thing, through the same loaded model: a past-tense verb's base form.

import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { MEASUREMENT_WORDS } from '../ground/canonical-key.ts';

export interface TaggedToken {
  text: string;
  pos: string;
}

let nlp: WinkMethods | null = null;

function wink(): WinkMethods {
  nlp ??= winkNLP(model);
  return nlp;
}

/** Tokens of a phrase with their Universal POS tags (NOUN, PROPN, ADJ, VERB, ADP, DET, …). */
export function tagPhrase(phrase: string): TaggedToken[] {
  const { readDoc, its } = wink();
  const doc = readDoc(phrase);
  const texts = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  return joinSymbolPieces(texts.map((text, i) => ({ text, pos: tags[i]!, joined: i > 0 && spaces[i] === '' })));
}

/**
 * The model splits a written symbol it does not know at Greek letters and digits ("α2-antiplasmin" → α, 2, -,
 * antiplasmin); pieces written without a space between them that together read as a symbol are one token again.
 */
function joinSymbolPieces(tokens: (TaggedToken & { joined: boolean })[]): TaggedToken[] {
  const out: TaggedToken[] = [];
  for (let i = 0; i < tokens.length;) {
    let end = i + 1;
    while (end < tokens.length && tokens[end]!.joined) end++;
    const text = tokens
      .slice(i, end)
      .map((t) => t.text)
      .join('');
    if (end - i > 1 && isSymbol({ text, pos: 'PROPN' })) out.push({ text, pos: 'PROPN' });
    else if (end - i > 1 && HYPHEN_COMPOUND.test(text)) out.push({ text, pos: compoundTag(tokens, i, end) });
    else for (let j = i; j < end; j++) out.push({ text: tokens[j]!.text, pos: tokens[j]!.pos });
    i = end;
  }
  return out;
}

// A word compound written with hyphens ("all-cause", "well-being", "exercise-induced") is one word.
const HYPHEN_COMPOUND = /^\p{L}+(?:-\p{L}+)+$/u;

/**
 * A hyphenated compound's tag: its last piece's when that is nominal or adjectival ("well-being", "small-fibre");
 * otherwise a modifier of a noun that follows ("all-cause mortality", "exercise-induced fatigue").
 */
function compoundTag(tokens: readonly TaggedToken[], start: number, end: number): string {
  const last = tokens[end - 1]!.pos;
  // "orexin-A", "apolipoprotein-B": a closing capital letter names a variant.
  if (/^\p{Lu}$/u.test(tokens[end - 1]!.text)) return 'PROPN';
  if (last === 'NOUN' || last === 'PROPN' || last === 'ADJ') return last;
  const next = tokens[end]?.pos ?? '';
  return NOMINAL.has(next) || next === 'ADJ' ? 'ADJ' : last;
}

// Symbol-like tokens name analytes whatever the model calls them: IL-6, CD8, miR-21-5p, TNF, ME.
// A Greek letter may close a symbol ("IFN-β", "TGF-β1").
const SYMBOL =
  /^(?:\p{Lu}[\p{Lu}\p{N}-]*(?:[α-ω]\p{N}*)?|\p{L}*\p{N}[\p{L}\p{N}-]*|[\p{L}-]*\p{Lu}[\p{L}\p{N}-]*\p{N}[\p{L}\p{N}-]*)$/u;
const NOMINAL = new Set(['NOUN', 'PROPN']);
// Tags that never occur inside an entity's name: a phrase holding one is a piece of a clause.
const CLAUSAL = new Set(['AUX', 'SCONJ', 'PRON', 'PART', 'INTJ']);
// Words a name cannot start with: prepositions, conjunctions, adverbs and non-article determiners ("no", "each").
const BAD_START = new Set(['ADP', 'CCONJ', 'SCONJ', 'ADV', 'AUX', 'VERB', 'PART', 'PRON']);
const ARTICLE = /^(?:the|a|an)$/i;

function isSymbol(token: TaggedToken): boolean {
  return SYMBOL.test(token.text) && /\p{L}/u.test(token.text);
}

/** Out of its sentence a measurement word heading a phrase may be tagged as a verb ("neutrophil counts"): a noun. */
function measurementHeads(tokens: TaggedToken[]): TaggedToken[] {
  const last = tokens.at(-1);
  if (tokens.length < 2 || !last) return tokens;
  const measurement = last.pos === 'VERB' && MEASUREMENT_WORDS.has(last.text.toLowerCase());
  // "binding potential", "evoked potentials", "recovery time constant", "cognitive composite": a noun the model reads
  // as the adjective it also is.
  const adjectiveNoun =
    last.pos === 'ADJ' &&
    /^(?:potentials?|constants?|composites?|totals?|differentials?|minimum|maximum|average)$/i.test(last.text);
  return measurement || adjectiveNoun ? [...tokens.slice(0, -1), { ...last, pos: 'NOUN' }] : tokens;
}

/** Gerunds of change or of being, which predicate rather than name ("rising", "remaining"). */
const CHANGE_GERUND =
  /^(?:ris|fall|increas|decreas|improv|worsen|declin|remain|be|hav|show|gett|becom|return|stay|drop|climb|reach|persist|recover)ing$/i;

/** Whether the word closing a phrase is a noun the model read as a verb or an adjective. */
function closingNoun(tokens: TaggedToken[]): boolean {
  const i = tokens.length - 1;
  const [token, before] = [tokens[i]!, tokens[i - 1]];
  const afterName = !!before && (NOMINAL.has(before.pos) || before.pos === 'ADJ');
  // "volume per void", "episodes per night": what "per" counts by is a noun, whatever else the word can be.
  if (i > 1 && /^per$/i.test(before!.text) && ['ADJ', 'VERB'].includes(token.pos)) return true;
  if (token.pos !== 'VERB') return false;
  // "K562 killing", "heart-rate dipping", "abdominal cramping": a gerund after what it is of names the process; a
  // verb of change there ("IL-6 rising") predicates.
  if (/\p{L}{3}ing$/u.test(token.text))
    return !CHANGE_GERUND.test(token.text) && (afterName || (i === 1 && /ed$/i.test(tokens[0]!.text)));
  if (/(?:ed|s)$/i.test(token.text)) return false;
  // "delayed recall", "immediate recall": a bare verb after a modifier is the modifier's noun.
  if (before && (before.pos === 'ADJ' || (before.pos === 'VERB' && /ed$/i.test(before.text)))) return true;
  // "word-list recall", "Recall": a verb's base form is the noun it also is (a predicate would be inflected,
  // "recalled"; "rose" and "fell" are past forms; after a plural it is a present tense, "patients improve").
  return (
    /^\p{L}{4,}$/u.test(token.text) &&
    (i === 0 || (NOMINAL.has(before!.pos) && !/s$/i.test(before!.text))) &&
    pastVerbBase(token.text.toLowerCase()) === null
  );
}

/** The tokens with a closing noun the model misread (closingNoun) tagged as the noun it is. */
function closingNounReading(tokens: TaggedToken[]): TaggedToken[] {
  return tokens.length && closingNoun(tokens) ? [...tokens.slice(0, -1), { ...tokens.at(-1)!, pos: 'NOUN' }] : tokens;
}

const ADJECTIVAL_ADVERBS = new Set([
  'fast',
  'slow',
  'early',
  'late',
  'high',
  'low',
  'long',
  'short',
  'deep',
  'light',
  'daily',
  'weekly',
  'monthly',
  'nightly',
  'yearly',
  'overnight',
  'upright',
]);

/**
 * Words the model tags as clause words that are prepositions or nouns inside a name: "reaction times to reward cues"
 * ("to" after a noun), "time since infection", "percentage of predicted".
 */
function nominalReadings(tokens: TaggedToken[]): TaggedToken[] {
  return tokens.map((token, i) => {
    // "mean voided volume": a summary of the measure that opens its name, not the verb "mean".
    if (
      i === 0 &&
      token.pos === 'VERB' &&
      /^(?:mean|median|average)$/i.test(token.text) &&
      tokens[1] &&
      tokens[1].pos !== 'ADP'
    )
      return { ...token, pos: 'ADJ' };
    if (token.pos === 'PART' && /^to$/i.test(token.text) && i > 0 && NOMINAL.has(tokens[i - 1]!.pos))
      return { ...token, pos: 'ADP' };
    // "reactions to drugs": after that "to", a plural the model took for a verb is its noun (no infinitive ends in -s).
    if (
      token.pos === 'VERB' &&
      /\p{L}{2}s$/u.test(token.text) &&
      /^to$/i.test(tokens[i - 1]?.text ?? '') &&
      NOMINAL.has(tokens[i - 2]?.pos ?? '')
    )
      return { ...token, pos: 'NOUN' };
    // "the proband's FIQ score": a possessive after a noun opens the name of what it owns.
    // (A person who opens the phrase: "neither gene's burden" refers back to genes named before, and names nothing.)
    if (
      token.pos === 'PART' &&
      /^['’]s$/i.test(token.text) &&
      PERSON.test(tokens[i - 1]?.text ?? '') &&
      (i === 1 || (i === 2 && ARTICLE.test(tokens[0]!.text)))
    )
      return { ...token, pos: 'DET' };
    // "proportion of school days missed", "number of steps taken": a closing participle after a counted plural inside
    // an of-phrase says which of them are counted.
    if (
      token.pos === 'VERB' &&
      i === tokens.length - 1 &&
      /(?:ed|en|lost|spent|slept)$/i.test(token.text) &&
      NOMINAL.has(tokens[i - 1]?.pos ?? '') &&
      /s$/i.test(tokens[i - 1]!.text) &&
      (tokens.slice(0, i - 1).some((t) => /^of$/i.test(t.text)) || COUNTED_PLURAL.test(tokens[i - 1]!.text))
    )
      return { ...token, pos: 'NOUN' };
    // "Boston Naming", "Trail Making Test": a capitalised word after a capitalised one is part of a proper name.
    if (token.pos === 'VERB' && i > 0 && /^\p{Lu}/u.test(token.text) && tokens[i - 1]!.pos === 'PROPN')
      return { ...token, pos: 'PROPN' };
    // "time since infection", "years since onset": "since" after a noun opens a phrase, not a clause.
    const next = tokens[i + 1]?.pos ?? '';
    if (
      /^since$/i.test(token.text) &&
      i > 0 &&
      NOMINAL.has(tokens[i - 1]!.pos) &&
      (NOMINAL.has(next) || next === 'ADJ')
    )
      return { ...token, pos: 'ADP' };
    // "volume in one second", "heart rate rise during tilt": a closing unit after a number, or a bare word after a
    // preposition of time, is a noun whatever the model made of it.
    const previous = tokens[i - 1];
    if (
      i === tokens.length - 1 &&
      previous &&
      ((previous.pos === 'NUM' && TIME_UNIT.test(token.text)) ||
        (token.pos === 'VERB' &&
          /^(?:during|after|before|following)$/i.test(previous.text) &&
          !/(?:ed|ing)$/i.test(token.text)))
    )
      return { ...token, pos: 'NOUN' };
    // "fast spindle amplitude", "early morning cortisol", "daily step count": a word that is an adverb elsewhere is
    // an adjective before a noun.
    const nounFollows = NOMINAL.has(next) || (next === 'ADJ' && NOMINAL.has(tokens[i + 2]?.pos ?? ''));
    if (
      token.pos === 'ADV' &&
      (ADJECTIVAL_ADVERBS.has(token.text.toLowerCase()) || PERIODIC.test(token.text)) &&
      nounFollows
    )
      return { ...token, pos: 'ADJ' };
    // "percentage of predicted", "% predicted": the predicted value, a noun.
    if (/^predicted$/i.test(token.text) && i > 0 && /^(?:of|%|percent)$/i.test(tokens[i - 1]!.text))
      return { ...token, pos: 'NOUN' };
    // "one-card learning", "verbal learning", "social functioning": a gerund that names a faculty closes a noun phrase.
    if (token.pos === 'VERB' && i === tokens.length - 1 && i > 0 && FACULTY_GERUNDS.has(token.text.toLowerCase()))
      return { ...token, pos: 'NOUN' };
    // "response to deep breathing", "after prolonged standing", "grey matter binding" (tagged an adjective): a
    // closing gerund after a modifier names an activity, a noun. (After a bare preposition it is as often a clause:
    // "… after walking"; after a noun, a verb-tagged one is a participle: "patients reporting".)
    if (
      (token.pos === 'VERB' || token.pos === 'ADJ') &&
      i === tokens.length - 1 &&
      /ing$/i.test(token.text) &&
      i > 0 &&
      (tokens[i - 1]!.pos === 'ADJ' || (tokens[i - 1]!.pos === 'NOUN' && token.pos === 'ADJ'))
    )
      return { ...token, pos: 'NOUN' };
    return token;
  });
}

/** Plurals of things a test counts, which a closing participle qualifies ("categories completed", "words recalled"). */
const COUNTED_PLURAL =
  /^(?:categories|items|words|trials|sessions|steps|errors|responses|tasks|questions|targets|sets|repetitions|blocks)$/i;

/** "intradaily", "twice-daily": adjectives of a period that end like adverbs. */
const PERIODIC = /(?:daily|nightly|weekly|monthly|yearly|hourly)$/i;

/** Gerunds that name a faculty or an activity measured as such ("verbal learning", "social functioning"). */
const FACULTY_GERUNDS = new Set([
  'learning',
  'functioning',
  'processing',
  'reasoning',
  'planning',
  'naming',
  'reading',
  'spelling',
  'hearing',
  'swallowing',
  'breathing',
  'walking',
  'standing',
  'sitting',
  'training',
  'sleeping',
]);

const PERSON =
  /^(?:patient|proband|caregiver|carer|child|participant|mother|father|parent|twin|co-twin|spouse|partner|relative|sibling|subject|individual|person|respondent|adolescent|infant|woman|man|girl|boy|veteran|informant)$/i;
const TIME_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/i;

/** Adverbs that stay adverbs before a noun: degree and focus words ("only patients", "more IL-6"). */
const DEGREE_OR_FOCUS =
  /^(?:very|more|less|most|least|also|only|not|still|even|just|well|too|so|quite|rather|much|further|again|almost|nearly|about|often|never|always|already|yet|here|there|then|now|thus|hence|however|instead|overall|later|earlier|sometimes|twice)$/i;

/**
 * True when the phrase reads as a noun phrase: it ends in a noun (or a symbol such as IL-6), holds no auxiliary,
 * pronoun or subordinating word, and a verb appears only as a modifier before a noun ("stimulated NK cells").
 */
export function isNounPhrase(phrase: string): boolean {
  // "go/no-go errors", "sit/stand test", "two-back task": words joined by a slash, or an n-back, name one thing;
  // the tagger reads them apart.
  const joined = phrase
    .replace(/(?<![\p{L}\d])\p{L}[\p{Ll}-]*\/[\p{Ll}/-]*\p{Ll}(?![\p{L}\d])/gu, 'task')
    .replace(/\b(?:\d|one|two|three|four|n)-back\b/gi, 'task');
  const tokens = nominalReadings(
    closingNounReading(measurementHeads(tagPhrase(joined).filter((t) => t.pos !== 'PUNCT' && t.pos !== 'SYM'))),
  );
  if (!tokens.length) return false;
  const first = tokens[0]!;
  // Out of its sentence a modifier may be tagged as a verb ("left ventricular …"): it stays when a noun phrase follows.
  const modifierVerb = (i: number) =>
    tokens[i]!.pos === 'VERB' && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[i + 1]?.pos ?? '');
  // "heavy menstrual bleeding": an adjective the tagger took for an adverb (no "-ly", not a degree or focus word).
  const mistaggedAdjective =
    first.pos === 'ADV' &&
    !/ly$/i.test(first.text) &&
    !DEGREE_OR_FOCUS.test(first.text) &&
    ['ADJ', 'NOUN', 'PROPN'].includes(tokens[1]?.pos ?? '');
  if (!isSymbol(first) && BAD_START.has(first.pos) && !modifierVerb(0) && !mistaggedAdjective) return false;
  if (first.pos === 'DET' && !ARTICLE.test(first.text)) return false;
  let head = tokens.length - 1;
  // A trailing number belongs to a name ("ASV 191", "day 2") only after a noun or symbol.
  while (head > 0 && tokens[head]!.pos === 'NUM' && !isSymbol(tokens[head]!)) head--;
  const last = tokens[head]!;
  if (!NOMINAL.has(last.pos) && !isSymbol(last)) return false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isSymbol(token)) continue;
    if (CLAUSAL.has(token.pos)) return false;
    // A participle modifies a noun that follows it ("stimulated NK cells"); followed by anything else it is a predicate.
    if (token.pos === 'VERB' && !(i < head && modifierVerb(i))) return false;
    // "the 10 most common genera": a superlative's "most"/"least" before an adjective belongs to the name.
    const superlative = /^(?:most|least)$/i.test(token.text) && tokens[i + 1]?.pos === 'ADJ';
    if (token.pos === 'ADV' && i > 0 && !/ly$/i.test(token.text) && !superlative) return false;
  }
  return true;
}

/** True when a one-word list member is a modifier waiting for a shared head ("physical" in "physical and mental well-being"). */
export function isModifier(word: string): boolean {
  const tokens = tagPhrase(word);
  return tokens.length === 1 && (tokens[0]!.pos === 'ADJ' || (tokens[0]!.pos === 'VERB' && /(?:ed|ing)$/i.test(word)));
}

/**
 * The noun phrase a text opens with, up to the first verb that follows a noun: "eight metabolite biomarkers
 * identified in earlier work" → "eight metabolite biomarkers". Text without such a verb is returned whole.
 */
export function leadingNounPhrase(text: string): string {
  // ("Tender point counts": a closing measurement word is the head noun, not a verb.)
  const tokens = measurementHeads(tagPhrase(text));
  let offset = 0;
  let sawNoun = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const at = text.indexOf(token.text, offset);
    if (at < 0) break;
    // A participle before a noun still modifies it ("machine learning model").
    const modifies = token.pos === 'VERB' && ['NOUN', 'PROPN'].includes(tokens[i + 1]?.pos ?? '');
    // ("time spent above the threshold", "days needed to recover": a participle after a time says which time.)
    const whichTime =
      /^(?:spent|needed|required)$/i.test(token.text) &&
      /^(?:time|hours|days|minutes)$/i.test(tokens[i - 1]?.text ?? '');
    if (sawNoun && !whichTime && (token.pos === 'AUX' || (token.pos === 'VERB' && !modifies)))
      return text.slice(0, at).trim();
    if (NOMINAL.has(token.pos) || isSymbol(token)) sawNoun = true;
    offset = at + token.text.length;
  }
  return text.trim();
}

/**
 * Where the predicate verbs of a text are: tokens tagged VERB or AUX that do not modify a following noun ("took" in
 * "patients took fewer steps", not "stimulated" in "stimulated NK cells").
 */
export function predicateVerbSpans(text: string): { start: number; end: number }[] {
  const tokens = tagPhrase(text);
  const spans: { start: number; end: number }[] = [];
  let offset = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const at = text.indexOf(token.text, offset);
    if (at < 0) break;
    offset = at + token.text.length;
    const modifies = ['NOUN', 'PROPN'].includes(tokens[i + 1]?.pos ?? '') && token.pos === 'VERB';
    if ((token.pos === 'VERB' || token.pos === 'AUX') && !modifies && !isSymbol(token))
      spans.push({ start: at, end: offset });
  }
  return spans;
}

/**
 * The base form of a past-tense verb ("separated" → "separate", "bore" → "bear"), or null when the word is not one.
 * The model tags a verb out of context unreliably ("separated" after a noun reads as an adjective), so the word is
 * lemmatised in a carrier sentence that makes it a verb.
 */
export function pastVerbBase(word: string): string | null {
  if (!/^\p{Ll}+$/u.test(word)) return null;
  const { readDoc, its } = wink();
  const doc = readDoc(`They ${word} it.`);
  const pos = doc.tokens().out(its.pos)[1];
  // (wink-nlp's typings give its.lemma a signature `out` does not accept; it works as any token function does.)
  const lemma = doc.tokens().out(its.lemma as unknown as ItsFunction<string>)[1] as string;
  if (pos === 'VERB' && lemma !== word) return lemma;
  // "correlated", "associated": past participles the model calls adjectives, regular all the same.
  if (/(?:at|iz|is)ed$/.test(word)) return word.slice(0, -1);
  return null;
}
