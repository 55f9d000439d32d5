// Other ways one entity is written, kept as its synonyms so that its variants are one node and findable by any of
// them (GUIDE: the canonical name is the sentence's own, aliases are its "levels"/"frequency" forms, plural and
// specimen variants). The graph's entity key folds the same variants (entity-key.ts); these are the written forms.
//   "virus-specific IgG antibodies" → "virus-specific IgG antibody", "virus-specific IgG antibody levels"
//   "serum miR-320a levels" → "miR-320a levels", "miR-320a"
//   "CD24+ B cell frequency" → "CD24+ B cell", "CD24+ B cells"
// Every step looks at the first or last word only: linear in the name's length.

import { MEASUREMENT_WORDS, singular, TOO_GENERIC_ALONE } from '../ground/canonical-key.ts';
import { hasWordLetters } from './text.ts';

/** Where a quantity was measured, written before it ("serum IL-6", "CSF lactate levels"): not part of its name. */
const SPECIMEN_PREFIXES =
  /^(?:serum|plasma|blood|whole[\s-]blood|CSF|cerebrospinal fluid|urinary|urine|salivary|saliva)\s+/i;

/** A symbol-like word (IgG, IL-6, miR-320a, CD24+): the name is an analyte, which is measured as levels. */
const SYMBOL_WORD = /(?:^|\s)(?=\S*(?:\p{Ll}\p{Lu}|\p{Lu}{2}|\p{L}\p{N}|\p{N}\p{L}|[+-]\p{N}|\p{N}[+-]))\S+/u;

/** Plural of a regular English head noun ("cell" → "cells", "antibody" → "antibodies"); null when unsure. */
export function plural(word: string): string | null {
  if (!/^[a-z]{3,}$/.test(word) || singular(word) !== word) return null;
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  if (/(?:s|x|z|ch|sh)$/.test(word)) return null;
  return word + 's';
}

/** The name with its last word singular, or plural when it is singular and a count noun the name's words allow. */
function numberVariant(words: string[], countable: boolean): string | null {
  const last = words.at(-1) ?? '';
  const one = singularWord(last);
  if (one !== last) return [...words.slice(0, -1), one].join(' ');
  const many = countable ? plural(last) : null;
  return many ? [...words.slice(0, -1), many].join(' ') : null;
}

/** A word's singular, a hyphenated one by its last part ("Z-scores" → "Z-score", "T-cells" → "T-cell"). */
function singularWord(word: string): string {
  const hyphen = /^(.+-)(\p{Ll}+)$/u.exec(word);
  return hyphen ? hyphen[1]! + singular(hyphen[2]!) : singular(word);
}

/** Measurement words that name one measure in the singular ("a microclot count", not "an IgE level"). */
const SINGULAR_MEASURES = new Set(['count', 'number', 'frequency', 'proportion', 'percentage', 'titre', 'titer']);

/** Count nouns a symbol commonly heads ("CD8+ T cell", "IgG antibody", "β2 receptor"). */
const COUNT_HEADS = new Set(['cell', 'antibody', 'autoantibody', 'receptor', 'protein', 'fibre', 'fiber', 'gene']);

/** Variants of a written entity name, without the name itself; order is stable. */
export function nameVariants(name: string): string[] {
  const out = new Set<string>();
  const add = (variant: string | null) => {
    const v = variant?.trim();
    if (v && v.toLowerCase() !== name.toLowerCase() && hasWordLetters(v)) out.add(v);
  };
  const specimen = SPECIMEN_PREFIXES.exec(name);
  const bases = [name];
  if (specimen) {
    const rest = name.slice(specimen[0].length);
    const words = rest.toLowerCase().split(/\s+/);
    // "serum IL-6", "plasma cortisol levels" lose the specimen; "blood volume", "blood pressure" do not.
    // ("plasma von Willebrand factor", "serum butyrylcholinesterase activity": a fluid before a name of several words.)
    const named = words.length >= 2 && !/^(?:blood|whole blood)\s/i.test(specimen[0]);
    if (SYMBOL_WORD.test(rest) || named || (words.length >= 2 && MEASUREMENT_WORDS.has(words.at(-1)!))) {
      add(rest);
      bases.push(rest);
    }
  }
  for (const base of bases) {
    // "Chalder fatigue scores at week 6": a time after the head leaves its number free ("… score at week 6").
    const timed = /^(.*?)(\S+)(\s(?:at|during|after|before)\s.+)$/i.exec(base);
    if (timed && /^\p{Ll}+$/u.test(timed[2]!)) {
      const one = singular(timed[2]!);
      if (one !== timed[2]) add(`${timed[1]}${one}${timed[3]}`);
    }
    // "ratios of proteins": the head is not the last word, and "ratios of protein" is another thing; the head before
    // the preposition has its singular ("polygenic score for major depression").
    const prepositional = /^(.*?)(\S+)(\s(?:of|in|within|on|from|to|against|for|with)\s.+)$/i.exec(base);
    if (prepositional) {
      const head = prepositional[2]!;
      const one = singular(head.toLowerCase());
      if (one !== head.toLowerCase() && /^\p{Ll}+$/u.test(head)) add(`${prepositional[1]}${one}${prepositional[3]}`);
      continue;
    }
    const words = base.split(/\s+/).filter(Boolean);
    const lastLower = (words.at(-1) ?? '').toLowerCase();
    const symbol = SYMBOL_WORD.test(base);
    if (words.length >= 2 && MEASUREMENT_WORDS.has(lastLower)) {
      // "IgG antibody levels" → "IgG antibody", "IgG antibodies".
      const rest = words.slice(0, -1);
      if (rest.length === 1 && TOO_GENERIC_ALONE.has(rest[0]!.toLowerCase())) continue;
      add(rest.join(' '));
      add(numberVariant(rest, symbol && COUNT_HEADS.has(singular(rest.at(-1)!.toLowerCase()))));
      // "microclot counts" → "microclot count": a counted measurement word in the singular ("levels" stays plural).
      if (SINGULAR_MEASURES.has(singular(lastLower))) add(numberVariant(words, false));
      continue;
    }
    const counted = numberVariant(words, symbol && COUNT_HEADS.has(singular(lastLower)));
    add(counted);
    // Only an analyte itself ("IL-6", "IgG antibodies") is measured as levels, not a property of one ("TRPM3 function").
    if (symbol && (SYMBOL_WORD.test(` ${words.at(-1)!}`) || COUNT_HEADS.has(singular(lastLower)))) {
      // An analyte is measured as levels ("IgG antibodies" = "IgG antibody levels"), cells as a frequency.
      const one = singular(lastLower) !== lastLower ? counted! : base;
      add(`${one} ${singular(lastLower) === 'cell' ? 'frequency' : 'levels'}`);
    }
  }
  for (const variant of reorderedVariants(name)) add(variant);
  return [...out];
}

/** A brain place written before what was measured there ("frontal", "posterior cingulate", "left thalamic"). */
const BRAIN_PLACE =
  /^(?:(?:left|right|bilateral|global|regional|resting|whole-brain|anterior|posterior|medial|lateral|dorsolateral|ventromedial|dorsal|ventral|superior|inferior|middle|mid)\s+)*(?:frontal|prefrontal|parietal|occipital|temporal|insular|insula|cerebellar|cerebellum|hippocampal|hippocampus|thalamic|thalamus|cingulate|cortical|subcortical|striatal|caudate|putamen|pontine|pons|brainstem|precuneus|cerebral|grey[- ]matter|gray[- ]matter|white[- ]matter)(?:\s+(?:cortex|cortical|lobe|gyrus))?$|^(?:global|whole-brain)(?:\s+resting)?$/i;

/** Measures a name may put before "of" what they measure ("density of fast spindles" = "fast spindle density"). */
const OF_HEADS = new Set([...MEASUREMENT_WORDS, 'density', 'densities', 'rate', 'rates', 'share', 'fraction']);

/** Score words a name may put first ("T-scores for PROMIS physical function" = "PROMIS physical function T-score"). */
const SCORE_FIRST = /^(T-scores?|Z-scores?|scores?|totals?|subscores?)\s+(?:for|on|of)\s+(.+)$/i;

const TARGETED =
  /^((?:[\p{L}\d-]+\s+)?(?:auto)?antibod(?:y|ies)|Ig[GMAE](?:\s+(?:auto)?antibod(?:y|ies))?|titres?|titers?)\s+(?:to|against|directed against)\s+(?:the\s+)?([^,;()]+)$/iu;

const MODEL_FROM =
  /^((?:an?\s+)?\S+(?:\s+\S+)?\s+(?:model|classifier|panel|signature|algorithm))\s+(?:(?:built|trained|based|derived|constructed|developed|fitted)\s+(?:on|from|with|using)|combining|comprising|using|including)\s+\S.*$/i;

/**
 * The same name in another order or wording: "density of fast spindles over central electrodes" → "fast spindle
 * density over central electrodes"; "T-scores for PROMIS physical function" → "PROMIS physical function T-score";
 * "Fatigue Assessment Scale totals" → "… score", "… total score"; "VO₂ at the ventilatory threshold" → "VO₂ at
 * ventilatory threshold"; a state without the criteria it was judged by, a diagnosis as its condition.
 */
function reorderedVariants(name: string): string[] {
  const out: string[] = [];
  const of = /^(\p{L}+)\s+of\s+(?:the\s+)?([^()]+?)(\s+(?:over|in|at|on|during|after|from|within)\s+.+)?$/iu.exec(name);
  if (of && OF_HEADS.has(of[1]!.toLowerCase())) {
    const measured = of[2]!.split(/\s+/);
    const head = singular(of[1]!.toLowerCase());
    if (measured.length <= 4)
      out.push(`${[...measured.slice(0, -1), singularWord(measured.at(-1)!)].join(' ')} ${head}${of[3] ?? ''}`);
  }
  // "autoantibodies against the β2-adrenergic receptor" = "β2-adrenergic receptor autoantibodies".
  const targeted = TARGETED.exec(name);
  if (targeted) out.push(`${targeted[2]} ${targeted[1]}`);
  // "a random-forest model built on 20 plasma proteins": the model is named without what it was built from.
  const model = MODEL_FROM.exec(name);
  if (model) out.push(model[1]!);
  const scoreFirst = SCORE_FIRST.exec(name);
  if (scoreFirst) out.push(`${scoreFirst[2]} ${singularWord(scoreFirst[1]!)}`);
  const totals = /^(.+?)\s+totals?$/i.exec(name);
  if (totals) out.push(`${totals[1]} score`, `${totals[1]} total score`);
  // "median stiffness", "mean pain intensity": the statistic reported; "mean diffusivity", "mean arterial pressure"
  // are names of their own.
  const statistic = /^(?:(?:geometric\s+)?mean|median|average)\s+(.+)$/i.exec(name);
  if (statistic && !/^(?:diffusivity|arterial|corpuscular|platelet|cell|sleep\s+latency)\b/i.test(statistic[1]!))
    out.push(statistic[1]!);
  if (/\s(?:at|in|on|of|during)\s+the\s/i.test(name))
    out.push(name.replace(/(\s(?:at|in|on|of|during))\s+the\s/gi, '$1 '));
  // "probable sarcopenia by the EWGSOP2 grip cut-offs": a state is itself without the criteria it was judged by.
  const judged =
    /^(.+?)\s+(?:by|according to|per|on|using|under)\s+(?:the\s+)?\S.*?\b(?:criteria|cut-?offs?|thresholds?|definitions?)$/i.exec(
      name,
    );
  if (judged) out.push(judged[1]!);
  // "frontal flow", "insular blood flow", "cerebellar CBF": a brain place's flow is its cerebral blood flow, however
  // written.
  const flow = /^(.+?)\s+(?:flow|blood\s+flow|cerebral\s+blood\s+flow|CBF)$/i.exec(name);
  if (flow && BRAIN_PLACE.test(flow[1]!))
    for (const form of ['CBF', 'cerebral blood flow', 'blood flow', 'flow']) out.push(`${flow[1]} ${form}`);
  // "below 90% of the predicted value" = "below 90% of predicted".
  const predicted = name.replace(/\bof\s+(?:the\s+)?predicted(?:\s+values?)?\b/i, 'of predicted');
  if (predicted !== name) out.push(predicted);
  // "DC/TMD myalgia diagnosis", "new migraine diagnoses": the diagnosis of a condition names the condition.
  const diagnosed = /^(?:new\s+)?(.+?)\s+diagnos[ie]s$/i.exec(name);
  if (diagnosed) out.push(diagnosed[1]!);
  return out;
}
