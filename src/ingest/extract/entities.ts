// Noun phrases → entities. A phrase is first looked up in the lexicons (whole, by its abbreviation, without
// quantity words such as "levels"); a phrase the lexicons do not know is kept as its own entity only when it looks
// like a measured thing, and whether it was known is a feature of the finding's confidence (confidence-features.ts).
// Lists and parenthesised members ("cardiac measures (stroke volume, ejection fraction)") become one entity per
// member; the umbrella gets none.

import type { EntityRef, EntityType } from '../record.ts';
import { cues } from './cues.ts';
import { entityFromEntry, lookupLexicon, scanLexicon, type LexiconName } from './lexicon.ts';
import { classifyHead, groundName, isNameShaped } from '../ground/index.ts';
import { singular } from '../ground/canonical-key.ts';
import { groundEntity } from './grounding.ts';
import { CHANGE_AFTER, CHANGE_IN } from './change-words.ts';
import { countQuestion, nounPhraseOfChunk } from './chunk-bounds.ts';
import { isModifier, isNounPhrase } from './pos.ts';
import { nameVariants } from './name-variants.ts';
import { anatomicalPlaces, figuredPlaces, namesAtPlace, PLACE_MEASURES, type FiguredPlace } from './places.ts';
import { parsePValues, type PValue } from './statistics.ts';
import { hasWordLetters, parentheticals, splitList, splitOutsideParentheses, tidy, unsentenceCase } from './text.ts';

export interface EntityMention {
  entity: EntityRef;
  /** True when a lexicon entry named it. */
  known: boolean;
  /** A p-value printed next to this member only ("disease duration (p<0.001)"). */
  pValue: PValue | null;
  /** A direction word written on this member only ("lower sleep efficiency"). */
  leadingCue: string | null;
}

const ENTITY_LEXICONS: readonly LexiconName[] = ['Biomarker', 'Measure', 'Symptom', 'Condition'];
const MEASURE_HEADS =
  /\b(?:scores?|scales?|index|indices|questionnaires?|inventory|duration|severity|status|history|quality of life|well-being|wellbeing|activity|estimates?|definitions?)$/i;
const VAGUE_MODIFIERS =
  /^(?:a|an|every one of the|each of the|all of the|one of the|none of the|none of|every|all|some|several|multiple|various|different|specific|most of the|many of the|particular|detectable|measurable|distinct|individual|selected|biological|measured|other|key|two|three|four|five|six|seven|eight|nine|ten|the|these|those|its|their|certain|a few|few|many|one or more|any of the|any|each|\d[\d,.]*%?(?:\s+of)?(?!\s+(?:most|least)\s))\s+/i;
const NOISE_WORDS = new Set([
  'levels',
  'level',
  'serum',
  'plasma',
  'blood',
  'total',
  'circulating',
  'concentrations',
  'concentration',
  'self',
  'reported',
  'patients',
  'patient',
  's',
  'status',
  'health',
  'the',
  'of',
  'in',
  'on',
  'scores',
  'score',
  'values',
  'value',
  'measured',
  'rates',
]);

function lookupAny(name: string): { type: EntityType; entity: EntityRef } | null {
  for (const lexicon of ENTITY_LEXICONS) {
    const entry = lookupLexicon(lexicon, name);
    if (entry) return { type: lexicon as EntityType, entity: entityFromEntry(lexicon as EntityType, entry) };
  }
  return null;
}

/** A lexicon entity that covers the phrase except for noise words ("serum miR-320a levels" → miR-320a). */
function lookupCovering(phrase: string): EntityRef | null {
  const hits = scanLexicon(phrase, ENTITY_LEXICONS);
  if (hits.length !== 1) return null;
  const hit = hits[0]!;
  const rest = (phrase.slice(0, hit.start) + ' ' + phrase.slice(hit.end))
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (rest.every((word) => NOISE_WORDS.has(word))) return entityFromEntry(hit.lexicon as EntityType, hit.entry);
  return null;
}

function stripLeading(phrase: string): string {
  const c = cues();
  let text = tidy(phrase);
  for (let guard = 0; guard < 6; guard++) {
    const before = text;
    text = text.replace(VAGUE_MODIFIERS, '');
    const lead = c.leadIns.first(text);
    if (lead && lead.start === 0) text = text.slice(lead.end).trim();
    const adverb = c.adverbs.first(text);
    if (adverb && adverb.start === 0) text = text.slice(adverb.end).trim();
    if (text === before) break;
  }
  return text;
}

/** True when the phrase could name a measured thing (not a clause, not a bare generic word). */
function plausibleEntityPhrase(phrase: string): boolean {
  const c = cues();
  const words = phrase.split(/\s+/).filter(Boolean);
  // ("functional connectivity between the posterior cingulate cortex and the medial prefrontal cortex": a relation
  // between two named places may run longer.)
  if (words.length === 0 || words.length > (/\bbetween\s.+\sand\s/i.test(phrase) ? 16 : 10)) return false;
  if (c.genericSubjects.has(phrase.toLowerCase())) return false;
  // "the same panel", "the same measures": a reference back to something named earlier, not a name.
  if (/^(?:the\s+)?same\s/i.test(phrase)) return false;
  if (c.nonEntityHeads.has((/(\p{L}+)\W*$/u.exec(phrase)?.[1] ?? '').toLowerCase())) return false;
  // A population ("the group", "control subjects") is what a finding is about, never what was measured.
  const last = /(\p{L}+)$/u.exec(phrase)?.[1] ?? '';
  if ((c.groupHeads.is(last) || c.demographicGroups.is(last)) && !/\b(?:of|in)\b/i.test(phrase)) return false;
  if (c.verbs.test(phrase)) return false;
  // "patterns suggestive of immune activation": a reading of the data, not a measured thing.
  if (/\b(?:suggestive|indicative|reminiscent|characteristic)\s+of\b/i.test(phrase)) return false;
  if (/^(?:of|in|on|at|to|from|with|by|for|and|or|between|than|that|which)\b/i.test(phrase)) return false;
  if (/\b(?:and|or|that|which|who)$/i.test(phrase)) return false;
  if (!hasWordLetters(phrase)) return false;
  return isNounPhrase(phrase);
}

function guessType(phrase: string): EntityType {
  const hit = scanLexicon(phrase, ENTITY_LEXICONS)[0];
  if (MEASURE_HEADS.test(phrase)) return 'Measure';
  if (hit && hit.lexicon !== 'Condition') return hit.lexicon as EntityType;
  return 'Biomarker';
}

/** Other ways to write an unknown phrase: "frequency of CD57 on NK cells" → "CD57 frequency", … */
function variantsOf(phrase: string, abbreviation: string | null): string[] {
  const variants = new Set<string>();
  const quantities = cues().quantityWords;
  // "scores on the Montreal Cognitive Assessment" → "Montreal Cognitive Assessment score": a test's own result.
  const onTest = /^(scores?|performance|results?|errors|accuracy)\s+on\s+(?:the\s+)?(.+)$/i.exec(phrase);
  if (onTest) {
    const head = onTest[1]!.toLowerCase();
    variants.add(`${onTest[2]} ${head}`);
    if (/s$/.test(head) && head !== 'errors') variants.add(`${onTest[2]} ${head.slice(0, -1)}`);
    return [...variants];
  }
  // "eicosapentaenoic acid-derived 18-HEPE": a named species (a symbol with a digit) is itself without its origin.
  const derived = /-derived\s+(\S*\d\S*[A-Z]\S*|\S*[A-Z]\S*\d\S*)$/.exec(phrase);
  if (derived) variants.add(derived[1]!);
  const withoutPlace = phrase.replace(/\s+(?:on|in|within|from)\s+.+$/i, '');
  // A place qualifies the measure: "X to/in the Y" keeps it (variants below); only "on"/"from" specimens drop.
  if (withoutPlace !== phrase && /^\s*(?:on|from)\b/i.test(phrase.slice(withoutPlace.length)))
    variants.add(withoutPlace);
  // "resting pupil diameter in darkness", "slow-wave activity across the night": the measure without when, where or
  // against what it was taken is another name of it (a name of two words or more, so never a bare head noun).
  const measured =
    /^(\S+(?:\s+\S+)+?)\s+(?:in|over|across|during|against|at|under|within)\s+(?!.*\b(?:and|or)\b)\S.*$/i.exec(
      phrase,
    )?.[1];
  if (measured && !/\b(?:of|to|by|with)$/i.test(measured)) variants.add(measured);
  // "maximum constriction amplitude of the pupil", "phase IV overshoot of the Valsalva manoeuvre": the organ or test a
  // named measure is taken of.
  const ofThe = /^(\S+(?:\s+\S+)+?)\s+of\s+the\s+\S+(?:\s+\S+)?$/i.exec(phrase)?.[1];
  if (ofThe && !quantities.is(ofThe.split(/\s+/).at(-1)!)) variants.add(ofThe);
  for (const form of [phrase, withoutPlace]) {
    // "blood flow to the anterior cingulate cortex" → "anterior cingulate cortex blood flow" (one entity, either order).
    const located = /^(.+?)\s+(?:to|in|within)\s+(?:the\s+)?(.+)$/i.exec(form);
    if (located && !/\b(?:of|to|in|within)\b/i.test(located[2]!)) variants.add(`${located[2]} ${located[1]}`);
    const of = /^(.+?)\s+of\s+(?:the\s+)?(.+)$/i.exec(form);
    if (of) {
      variants.add(`${of[2]} ${of[1]}`);
      if (
        quantities.is(of[1]!) ||
        /^(?:proportion|percentage|share|fraction|number|relative abundance|periods?)$/i.test(of[1]!)
      ) {
        variants.add(of[2]!);
      }
      if (abbreviation) variants.add(`${of[2]} ${abbreviation}`);
    }
  }
  variants.delete(phrase);
  return [...variants].map((v) => stripLeading(v)).filter((v) => v.length > 1);
}

interface ParentheticalReading {
  members: string[];
  abbreviation: string | null;
  pValues: PValue[];
}

function readParenthetical(inner: string): ParentheticalReading {
  const pValues = parsePValues(inner);
  const reading: ParentheticalReading = { members: [], abbreviation: null, pValues };
  // Abbreviations of statistics are matched in their case: "or" between members is not an odds ratio.
  if (
    pValues.length ||
    /\b(?:IQR|SD|SEM|CI|OR|HR|RR|AUC)\b/.test(inner) ||
    // A statistic's name before its sign ("r = 0.52", "ρ=0.3", "n = 40"), a percentage, a spread or a contrast.
    // ("r between 0.29 and 0.41", "ρ from 0.3 to 0.5": a statistic's range.)
    /(?:^|[\s;,])(?:n|r|rs|rho|ρ|τ|β|beta)\s*(?:[=<>≤≥]|(?:between|from|of)\s+[−-]?\d)|\bbeta\b|%|±|\d+\s*(?:vs|versus)\b/iu.test(
      inner,
    )
  ) {
    // Statistics; an abbreviation may lead ("HRV: 31 vs 45 ms …").
    const lead = /^\s*([\p{L}][\p{L}\p{N}@₂+/-]*)\s*:/u.exec(inner);
    if (lead) reading.abbreviation = lead[1]!;
    return reading;
  }
  if (
    /^\s*(?:(?:as\s+)?(?:defined|measured|assessed|determined|quantified)\s+by|e\.g\.|i\.e\.|marker|measured|assessed|based on|via|using|such as)\b/i.test(
      inner,
    )
  )
    return reading;
  // "(A or B, C, and D)": in a list whose last member follows a comma, members are split at commas only, so a member
  // naming alternatives ("complement C3 or C4") stays one member.
  const items = /,\s+(?:and|or)\s+/i.test(inner)
    ? splitOutsideParentheses(inner, /\s*,\s*(?:(?:and|or)\s+)?/)
        .map((item) => item.trim())
        .filter(Boolean)
    : splitList(inner);
  // "(1.62, 1.66 and 1.69)", "(21, 34 and 38 ng/L)": each group's value, not members.
  if (items.every((item) => /^[−-]?\d/.test(item))) return reading;
  if (items.length >= 2 && items.every((item) => item.split(/\s+/).length <= 6)) {
    reading.members = items;
    return reading;
  }
  if (items.length === 1 && inner.trim().split(/\s+/).length <= 3 && !/^\p{Ll}+(?:\s\p{Ll}+)*$/u.test(inner.trim())) {
    reading.abbreviation = inner.trim();
  } else if (items.length === 1 && lookupAny(inner.trim())) {
    reading.abbreviation = inner.trim();
  }
  return reading;
}

/** "ASV 191, 44, 75" → "ASV 191", "ASV 44", "ASV 75". */
function carryIdentifierPrefix(members: string[]): string[] {
  const prefix = /^(\p{L}[\p{L}-]*\s*)\d/u.exec(members[0] ?? '')?.[1];
  if (!prefix) return members;
  return members.map((m) => (/^\d+\w*$/.test(m) ? `${prefix}${m}` : m));
}

/** Head words of a measured quantity: a member takes its umbrella's words before them ("IgG antibody levels"). */
const MEASURED_HEADS = new Set([
  'antibody',
  'antibodies',
  'levels',
  'level',
  'titers',
  'titres',
  'concentrations',
  'scores',
  'frequency',
  'frequencies',
  'proportions',
  'rates',
  'rate',
  'infection',
  'dna',
]);

/** "ceramide C16:0 and C24:1": a bare chain notation in a list is of the class the member before it names. */
function withChainClasses(items: string[]): string[] {
  let lipidClass: string | null = null;
  return items.map((item) => {
    const words = item.trim().split(/\s+/);
    const last = words[words.length - 1]!;
    if (!CHAIN_NOTATION.test(last)) {
      lipidClass = null;
      return item;
    }
    if (words.length > 1) {
      // The class is the word before the notation, not a specimen or modifier before that ("plasma LPC 16:0").
      lipidClass = /s$/.test(words[words.length - 2]!) ? null : words[words.length - 2]!;
      return item;
    }
    return lipidClass ? `${lipidClass} ${item.trim()}` : item;
  });
}

/**
 * A lipid's chain notation ("C16", "C18:1", "16:0", "C5:1-DC"): a species of the class it is listed under. One digit
 * without a colon is not one: "C3" and "C4" are complement components.
 */
const CHAIN_NOTATION = /^(?:C\d{2}(?::\d{1,2})?|C\d:\d{1,2}|\d{1,2}:\d{1,2})(?:-(?:OH|DC))?$/;

/** Names of organisms ("human herpesvirus 6", "cytomegalovirus"): infected with or measured against, never measured. */
/** What is measured of an infectious agent or antigen: "EBV IgG", "HHV-7 DNA", "VZV titres". */
const SEROLOGY_HEADS = /^(?:Ig[GMAE]|DNA|RNA|antibod(?:y|ies)|titres?|titers?|seropositivity|DNAemia|load)$/i;

const ORGANISM_NAME = /(?:virus|viruses)(?:\s+\d+\w*)?$/i;

/** An umbrella whose head is a plural class noun ("certain amino acids", "fatty acids"), not a quantity or descriptor. */
function isClassUmbrella(umbrella: string): boolean {
  const head = /(\p{L}+)\s*$/u.exec(umbrella)?.[1]?.toLowerCase() ?? '';
  // Descriptors ("parameters", "measures") are not classes: their members are fragments that take the umbrella's words.
  if (cues().umbrellaHeads.has(head)) return false;
  return (
    head.length > 3 &&
    head.endsWith('s') &&
    !head.endsWith('ss') &&
    !MEASURED_HEADS.has(head) &&
    head !== 'responses' &&
    !cues().quantityWords.is(head)
  );
}

/** Puts a member into its umbrella's place: ("Virus-specific antibody levels", "IgG") → "Virus-specific IgG antibody levels". */
function composeMember(umbrella: string, member: string): { name: string; synonyms: string[] } {
  const c = cues();
  let words = stripLeading(umbrella).split(/\s+/).filter(Boolean);
  const synonyms: string[] = [];
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  if (c.umbrellaHeads.has(last)) {
    words = words.slice(0, -1);
    synonyms.push(`${member} ${last.replace(/s$/, '')}`);
  }
  let headStart = words.length;
  while (headStart > 0 && MEASURED_HEADS.has(words[headStart - 1]!.toLowerCase())) headStart--;
  // A class adjective the member instantiates ("viral" for CMV) gives way to the member.
  const before = words.slice(0, headStart).filter((w) => !/^(?:viral|bacterial|microbial)$/i.test(w));
  const name = tidy([...before, member, ...words.slice(headStart)].join(' '));
  if (/\d/.test(member) || member.split(/\s+/).length >= 2) synonyms.push(member);
  if (before.length && headStart < words.length) {
    synonyms.push(tidy([member, ...words.slice(headStart)].join(' ')));
    // "haplogroup frequencies (H, J)": "haplogroup H" is the member whose frequency was measured.
    synonyms.push(tidy([...before, member].join(' ')));
  }
  return { name, synonyms: synonyms.filter((s) => s.toLowerCase() !== name.toLowerCase()) };
}

/** A leading direction word on a list member ("lower sleep efficiency"). */
function splitLeadingCue(item: string): { cue: string | null; rest: string } {
  const c = cues();
  for (const matcher of [c.increase, c.decrease, c.noDifference]) {
    const m = matcher.first(item);
    // ("loss of smell" is anosmia: a loss a vocabulary names is a symptom, not a fall in what was lost.)
    // ("loss of smell during the acute illness": when it was had is not part of the name looked up.)
    const when = /\s+(?:during|at|after|before|in|on|over|from|since)\s.*$/i;
    if (m && /^loss\s+of$/i.test(m.text) && groundName(item.replace(when, ''))) return { cue: null, rest: item };
    if (m && m.start === 0 && item.length > m.end) return { cue: m.text, rest: item.slice(m.end).trim() };
  }
  // "a higher DSQ-2 pain score", "a larger heart rate increment": a comparative after an article is the cue too
  // ("the reduction in X" is a change, which keeps its noun).
  // ("with larger increments": so is one whose article a frame has already read.)
  const compared =
    /^\s*(?:an?|the)\s+(higher|lower|larger|smaller|greater|longer|shorter|fewer)\s+(?=\S)/i.exec(item) ??
    /^\s*(larger|smaller)\s+(?=\S)/i.exec(item);
  if (compared) return { cue: compared[1]!, rest: item.slice(compared[0].length).trim() };
  return { cue: null, rest: item };
}

const DIAGNOSIS_OF =
  /^(?:(?:new|incident|subsequent|later|formal|clinical)\s+)?(?:diagnos[ie]s\s+(?:of|with)\s+(.+)|(.+?)\s+diagnos[ie]s)$/i;

/** One member phrase → entity, or null when it is neither known nor plausible. */
export function resolveEntityPhrase(raw: string, extraSynonyms: string[] = []): EntityMention | null {
  let phrase = raw;
  let abbreviation: string | null = null;
  let pValue: PValue | null = null;
  for (const paren of parentheticals(raw).reverse()) {
    const reading = readParenthetical(paren.inner);
    if (reading.pValues.length === 1) pValue = reading.pValues[0]!;
    abbreviation ??= reading.abbreviation;
    phrase = phrase.slice(0, paren.start) + ' ' + phrase.slice(paren.end);
  }
  phrase = stripLeading(phrase.replace(/\s+/g, ' '));
  phrase = phrase
    .replace(/^(?:patients['’]|participants['’]|['’](?:s\b)?)\s*/i, '')
    // "reported days of pesticide use": how the measure was obtained is not part of its name, nor is "later" in
    // "later post-exertional malaise" (when it was measured, which the tagger would read as an adverb).
    .replace(/^(?:(?:self-)?(?:reported|recorded|observed)|later)\s+(?=\S)/i, '')
    .replace(/['’]s?\s*$/, '')
    // "tryptophan itself did not differ": the emphatic pronoun is not part of the name.
    .replace(/\s+(?:itself|themselves|overall|as a whole)$/i, '');
  if (!phrase) return null;
  // "a new ME/CFS diagnosis", "a diagnosis of long COVID": being diagnosed with a condition is the condition.
  // ("a migraine diagnosis in the five years before the index date": when it was made does not change what it was.)
  const diagnosed =
    DIAGNOSIS_OF.exec(phrase) ??
    DIAGNOSIS_OF.exec(phrase.replace(/\s+(?:in|during|within|before|after|at|by)\s+(?:the\s+)?\S.*$/i, ''));
  const diagnosedCondition = diagnosed && lookupLexicon('Condition', (diagnosed[1] ?? diagnosed[2])!);
  if (diagnosedCondition)
    return { entity: entityFromEntry('Condition', diagnosedCondition), known: true, pValue, leadingCue: null };

  // "DHEA in morning saliva", "granzyme B content per NK cell": the specimen or the unit it is counted per is not
  // part of the name; the whole stays a synonym.
  const sampled =
    measureBefore(SAMPLE_TAIL, phrase, extraSynonyms) ?? measureBefore(ADJUNCT_TAIL, phrase, extraSynonyms);
  if (sampled) return sampled;
  const scored = onInstrument(phrase, pValue);
  if (scored) return scored;
  // "an apnoea–hypopnoea index of 15 events per hour or more", "end-diastolic dimensions under 40 mm", "IgG above the
  // cut-off", "fatigue lasting more than 6 months": a measure past a threshold is a state of its own, named as written,
  // when what comes before the threshold names a measure.
  const bare = phrase.replace(/^(?:an?|the)\s+/i, '');
  const threshold = THRESHOLD_TAIL.exec(bare);
  const thresholded = threshold && resolveEntityPhrase(threshold[1]!);
  if (thresholded && thresholded.entity.type !== 'Condition') {
    // (A kind of the measure: its ontology term is the state's broader one.)
    const broader = Object.values(thresholded.entity.xrefs ?? {})[0] ?? thresholded.entity.broadMatch;
    const name = unsentenceCase(bare);
    return {
      entity: { type: thresholded.entity.type, name, ...(broader ? { broadMatch: broader } : {}) },
      known: false,
      pValue,
      leadingCue: null,
    };
  }
  const known =
    lookupAny(phrase)?.entity ??
    (abbreviation ? lookupAny(abbreviation)?.entity : undefined) ??
    lookupCovering(phrase) ??
    (abbreviation ? lookupCovering(abbreviation) : null) ??
    lookupAny(phrase.replace(/\s+(?:on|in|within|from)\s+.+$/i, ''))?.entity ??
    // "median reaction time on the simple reaction task": the summary statistic is how the measure was reported.
    lookupAny(phrase.replace(SUMMARY_STATISTIC, '').replace(/\s+(?:on|in|within|from|during)\s+.+$/i, ''))?.entity;
  if (known) {
    const entity = groundEntity(known, true, guessType).entity;
    // ("plasma IL-6" read as IL-6: the written form, with its specimen, stays one of its names.)
    const written = unsentenceCase(phrase.trim());
    // (Its number variant too: "orthostatic intolerance scores" is written of one score.)
    const names = new Set([entity.name, ...(entity.synonyms ?? [])].map((name) => name.toLowerCase()));
    // ("Median sleep latency on the multiple sleep latency test": the measure as stated, before where, stays one too.)
    const stated = written.replace(/\s+(?:on|in|within|from|during)\s+.+$/i, '');
    const added = [...new Set([written, ...nameVariants(written), stated])].filter(
      (form) => !names.has(form.toLowerCase()),
    );
    const synonyms = added.length ? [...(entity.synonyms ?? []), ...added] : entity.synonyms;
    return { entity: { ...entity, ...(synonyms ? { synonyms } : {}) }, known: true, pValue, leadingCue: null };
  }
  // "time in N3 sleep", "time spent in moderate-to-vigorous activity": the state is what is measured, by its time.
  const timeIn = TIME_IN.exec(phrase);
  const state = timeIn ? resolveEntityPhrase(timeIn[1]!, extraSynonyms) : null;
  if (state) {
    const synonyms = [...new Set([...(state.entity.synonyms ?? []), unsentenceCase(phrase)])];
    return { ...state, entity: { ...state.entity, synonyms } };
  }
  // "time spent above the anaerobic-threshold heart rate": time past a bound is a measure of its own, named as written.
  const timePast = TIME_PAST.exec(phrase);
  if (timePast && resolveEntityPhrase(timePast[2]!)) {
    const written = unsentenceCase(phrase.replace(/^the\s+/i, ''));
    return {
      entity: { type: 'Measure', name: written.replace(/\s+spent\s+/i, ' '), synonyms: [written] },
      known: false,
      pValue,
      leadingCue: null,
    };
  }
  // "baseline glutathione": the untreated, unexercised state is the measure's own; the written form stays a synonym.
  // ("post-exercise lactate" keeps its time: it is another measurement.)
  const untreated = UNTREATED_STATE.exec(phrase);
  const measured = untreated ? resolveEntityPhrase(untreated[1]!, extraSynonyms) : null;
  if (measured) {
    const synonyms = [...new Set([...(measured.entity.synonyms ?? []), unsentenceCase(phrase)])];
    return { ...measured, pValue: measured.pValue ?? pValue, entity: { ...measured.entity, synonyms } };
  }
  // "the glucocorticoid receptor gene NR3C1", "secondary bile acids deoxycholic acid": a class before a name.
  const named = appositiveName(phrase);
  if (named) {
    const mention = resolveEntityPhrase(named, extraSynonyms);
    if (mention) {
      const synonyms = [...new Set([...(mention.entity.synonyms ?? []), unsentenceCase(phrase)])];
      return { ...mention, pValue: mention.pValue ?? pValue, entity: { ...mention.entity, synonyms } };
    }
  }

  // "glycolytic reserve measured by …", "salivary cortisol at waking": when the whole is no name, the measure before
  // how, when or under what it was measured is.
  if (!isKnownGerund(phrase) && !plausibleEntityPhrase(unsentenceCase(phrase)))
    return measureBefore(CONTEXT_TAIL, phrase, extraSynonyms) ?? qualifiedByParticiple(phrase, pValue);
  const name = unsentenceCase(phrase);
  const reordered = variantsOf(name, abbreviation);
  // Plural, "levels" and specimen forms of the name and of its reorderings ("CD57 frequency" of "frequency of …").
  const synonyms = [
    ...new Set([...reordered, ...extraSynonyms, ...[name, ...reordered].flatMap((form) => nameVariants(form))]),
  ].filter((s) => s.toLowerCase() !== name.toLowerCase());
  if (abbreviation && !/\s/.test(abbreviation) && abbreviation.length <= 8) synonyms.push(abbreviation);
  const written: EntityRef = { type: guessType(name), name, ...(synonyms.length ? { synonyms } : {}) };
  const { entity, grounded } = groundEntity(written, false, guessType);
  // Precision gate: a phrase no vocabulary knows is an entity only when it is shaped like a name; "including",
  // "3.4-fold" or "previous findings of" leaves the finding unstructured.
  // ("median reaction time on the simple reaction task": a name-shaped measure before its context still is one.)
  if (!grounded && !isNameShaped(name) && !isChangeOfMeasure(name))
    return measureBefore(CONTEXT_TAIL, phrase, extraSynonyms);
  // A name an ontology knows counts as known (a feature of the finding's confidence).
  return { entity, known: grounded, pValue, leadingCue: null };
}

// "symptoms rated moderate or severe", "days needed to recover", "hours spent lying down": a participle after a noun
// phrase says which of them were counted.
const PARTICIPLE_TAIL =
  /^((?:\S+\s+){0,4}?(?:number|hours|days|minutes|steps|time|proportion|percentage|share|count|symptoms)(?:\s+of\s+\S+)?)\s+((?:spent|needed|required|rated|taken|lying|sitting|standing|walking|upright)\s+\S.*)$/iu;

/**
 * A measure a participle narrows, named as written: its count or time ("the number of DSQ symptoms rated moderate or
 * severe") is another measure than the one before the participle, which stays a synonym.
 */
function qualifiedByParticiple(phrase: string, pValue: PValue | null): EntityMention | null {
  const bare = phrase.replace(/^(?:an?|the)\s+/i, '');
  const tail = PARTICIPLE_TAIL.exec(bare);
  if (!tail || /[,;:]/.test(bare)) return null;
  const head = resolveEntityPhrase(tail[1]!);
  if (!head || head.entity.type === 'Condition') return null;
  return {
    entity: { type: head.entity.type, name: unsentenceCase(bare), synonyms: [head.entity.name] },
    known: false,
    pValue,
    leadingCue: null,
  };
}

// "fatigue on the FACIT-Fatigue scale", "depression scores on the HADS": a construct as a named instrument measures it
// (a capitalised name of a scale, questionnaire, index or test, or one acronym; "on NK cells" names no instrument).
const ON_INSTRUMENT = /^(.+?)\s+on\s+(?:the\s+)?([\p{Lu}\d][^,;]*)$/u;
const INSTRUMENT_KIND = /\s+(?:scale|questionnaire|index|inventory|checklist|subscale)$/i;
const NAMED_INSTRUMENT =
  /(?:\s(?:scale|questionnaire|index|inventory|checklist|subscale|test|assessment|battery)|^(?!CD\d)[\p{Lu}\d][\p{Lu}\d-]*\p{Lu}[\p{L}\d-]*)$/iu;
// ("the Checklist Individual Strength": an instrument's own name, every word capitalised, names it too.)
const TITLED_INSTRUMENT = /^(?:\p{Lu}[\p{L}-]*\s+){1,5}\p{Lu}[\p{L}-]*$/u;

/**
 * A construct scored on a named instrument, named as written; its other names are the instrument's score ("FACIT-Fatigue
 * score", "HADS depression score") and the construct itself, whose ontology term it keeps.
 */
function onInstrument(phrase: string, pValue: PValue | null): EntityMention | null {
  const written = ON_INSTRUMENT.exec(phrase);
  if (!written) return null;
  const construct = unsentenceCase(written[1]!.replace(/\s+scores?$/i, ''));
  const instrument = written[2]!.trim();
  if (!(NAMED_INSTRUMENT.test(instrument) || TITLED_INSTRUMENT.test(instrument)) || !plausibleEntityPhrase(construct))
    return null;
  const core = instrument.replace(INSTRUMENT_KIND, '');
  const name = unsentenceCase(phrase);
  const synonyms = [
    ...new Set([
      construct,
      `${construct} score`,
      `${instrument} score`,
      `${core} score`,
      `${core} ${construct}`,
      `${core} ${construct} score`,
      `${construct} on ${instrument}`,
    ]),
  ].filter((form) => form.toLowerCase() !== name.toLowerCase());
  const { entity, grounded } = groundEntity({ type: 'Measure', name, synonyms }, false, () => 'Measure');
  return { entity, known: grounded || !!lookupAny(construct), pValue, leadingCue: null };
}

/**
 * "cadmium, lead and nickel": among listed analytes a single word an ontology names is a noun, though alone the
 * tagger reads it as a verb ("lead").
 */
function listedTerm(phrase: string): EntityMention | null {
  const word = phrase.trim();
  if (!/^\p{L}+$/u.test(word) || !groundName(word)) return null;
  const { entity } = groundEntity({ type: guessType(word), name: word.toLowerCase() }, false, guessType);
  return { entity, known: true, pValue: null, leadingCue: null };
}

/** "In neutrophils, …", "At the distal tibia, …": the cells or the place a sentence opens with. */
const LEADING_QUALIFIER = /^\s*(?:in|within|at)\s+(?:the\s+)?([\p{L}\d+-]+(?:\s+[\p{L}\d+-]+){0,2})\s*,\s*(?=\S)/iu;
const CELL_KINDS = new Set(['immune cell', 'cell type']);

/** The cells ("neutrophil") or the place ("distal tibia") an opening names, or null when it names neither. */
function qualifierOf(written: string, rest: string): string | null {
  const words = written.split(/\s+/);
  if (CELL_KINDS.has(classifyHead(written)?.kind ?? ''))
    return [...words.slice(0, -1), singular(words.at(-1)!)].join(' ');
  return anatomicalPlaces(written)?.length === 1 && !anatomicalPlaces(rest) ? written : null;
}

/** The opening of a text that names the cells or the place its measures were taken in, with what it names. */
function openingQualifier(text: string): { opening: string; qualifier: string } | null {
  const opening = LEADING_QUALIFIER.exec(text);
  const qualifier = opening && qualifierOf(opening[1]!, text.slice(opening[0].length));
  return qualifier ? { opening: opening[0], qualifier } : null;
}

/** "At the distal tibia, " when a sentence opens with the cells or the place its measures were taken in, else null. */
export function leadingQualifier(sentence: string): string | null {
  return openingQualifier(sentence)?.opening ?? null;
}

/**
 * A subject as measured in the cells or at the place the sentence opens with ("In the anterior insula, patients had
 * less GABA+ …" → "anterior insula GABA+"), for frames that read the subject apart from the opening; unchanged when
 * the sentence opens with neither or the name already says where.
 */
export function atOpeningQualifier(sentence: string, mention: EntityMention): EntityMention {
  const qualifier = openingQualifier(sentence)?.qualifier;
  const name = mention.entity.name;
  if (!qualifier || mention.entity.type === 'Condition' || name.toLowerCase().includes(qualifier.toLowerCase()))
    return mention;
  const qualified = resolveEntityPhrase(`${qualifier} ${name}`, [name]);
  return qualified ? { ...qualified, pValue: mention.pValue, leadingCue: mention.leadingCue } : mention;
}

/**
 * "In neutrophils, neither oxygen consumption nor …", "At the distal tibia, trabecular number …": each member as
 * measured in those cells or at that place ("neutrophil oxygen consumption", "distal tibia trabecular number"); null
 * when the chunk opens with neither (or its members are places themselves: "In the thalamus, caudate and putamen").
 */
function measuredIn(chunk: string): EntityMention[] | null {
  const found = openingQualifier(chunk);
  if (!found) return null;
  const { opening, qualifier } = found;
  return entitiesFromChunk(chunk.slice(opening.length)).map((member) => {
    if (member.entity.name.toLowerCase().includes(qualifier.toLowerCase())) return member;
    return resolveEntityPhrase(`${qualifier} ${member.entity.name}`, [member.entity.name]) ?? member;
  });
}

/**
 * "the heart-rate rise on standing", "IL-8 increase": a change named after a measure the gate accepts names a measured
 * quantity; a change named before it ("changes in IL-6") is a statement about it, read by the frames that read one.
 */
function isChangeOfMeasure(name: string): boolean {
  const after = CHANGE_IN.test(name) ? null : CHANGE_AFTER.exec(name);
  const measure = after && resolveEntityPhrase(after[1]!);
  return !!measure && measure.entity.type !== 'Condition';
}

/** "flushing", "wheezing": a gerund the tagger reads as a verb or modifier names a sign an ontology knows as one. */
function isKnownGerund(word: string): boolean {
  return /^\p{L}+ing$/u.test(word) && groundName(word) !== null;
}

const SUMMARY_STATISTIC = /^(?:(?:the|a|an)\s+)?(?:mean|median|average|geometric\s+mean)\s+(?=\S)/i;

const UNTREATED_STATE = /^(?:baseline|pre-?treatment|pre-?intervention|pre-?trial)\s+(\S.*)$/i;

const TIME_PAST =
  /^(?:the\s+)?((?:total\s+|daily\s+)?time\s+(?:spent\s+)?(?:above|below|over|under|outside))\s+(?:the\s+)?(\S.*)$/i;

const TIME_IN =
  /^(?:(?:the\s+)?(?:percentage|proportion|fraction)\s+of\s+)?(?:total\s+|daily\s+)?time\s+(?:spent\s+)?in\s+(\S.*)$/i;

// Class nouns that may stand before the name of one of their members ("the chemokine CXCL10").
const APPOSED_CLASS =
  /^(?:genes?|receptors?|proteins?|cytokines?|chemokines?|enzymes?|kinases?|transcripts?|markers?|metabolites?|hormones?|acids?|lipids?|phospholipids?|sphingolipids?|ceramides?|antigens?|peptides?|neuropeptides?|transporters?|channels?|micro-?RNAs?|miRNAs?|factors?)$/i;

/**
 * The name after a class noun or an expansion set before it ("the activating receptor NKG2D" → NKG2D,
 * "lysophosphatidylcholine LPC(18:2)" → LPC(18:2), "secondary bile acids deoxycholic acid" → deoxycholic acid), or
 * null. The name is a symbol or a term the lexicons know.
 */
function appositiveName(phrase: string): string | null {
  const words = phrase.trim().split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    const tail = words.slice(k).join(' ');
    const prefix = words
      .slice(0, k)
      .join(' ')
      .replace(/^(?:the|a|an)\s+/i, '');
    // "factor VIII", "complex I", "ceramide C16:0": a Roman numeral or a chain notation numbers its class; alone it
    // names nothing.
    const symbol =
      APPOSED_SYMBOL.test(words[k]!) && !/^[IVX]+[a-z]?$/.test(words[k]!) && !CHAIN_NOTATION.test(words[k]!);
    // A known word after a singular class noun may be what is measured of it ("gene methylation"): a member name
    // needs a symbol, a plural class ("bile acids deoxycholic acid") or an article ("the enzyme arginase").
    const member = symbol || /s$/i.test(words[k - 1]!) || /^(?:the|a|an)\s/i.test(phrase.trim());
    // "EBV early antigen IgG": an antibody after an antigen is raised against it, not one of its members.
    const raisedAgainst = /^antigens?$/i.test(words[k - 1]!) && SEROLOGY_HEADS.test(tail);
    const apposed =
      (member && APPOSED_CLASS.test(words[k - 1]!) && !raisedAgainst) || (symbol && abbreviates(words[k]!, prefix));
    // The vocabulary is asked only where a class or an expansion stands before the word (this runs per phrase).
    if (apposed && (symbol || lookupAny(tail) || groundName(tail))) return tail;
  }
  return null;
}

// A gene, protein or lipid symbol: capitals with a digit or several capitals ("NR3C1", "NKG2D", "LPC(18:2)").
const APPOSED_SYMBOL = /^(?=[^\s]*\p{Lu}[^\s]*(?:\p{Lu}|\d))[\p{L}\d()\-:/+]{2,}$/u;

/** The symbol's capitals, in order, within the expansion, the first at its start ("LPC" in "lysophosphatidylcholine"). */
function abbreviates(symbol: string, expansion: string): boolean {
  const letters = symbol.replace(/[^\p{Lu}]/gu, '').toLowerCase();
  const text = expansion.toLowerCase();
  // An expansion is words ("lysophosphatidylcholine"), not another symbol ("CD21+ CD38-").
  if (/[\d+−]/.test(expansion) || text.replace(/[^\p{L}]/gu, '').length < letters.length + 3) return false;
  if (letters.length < 2 || text[0] !== letters[0]) return false;
  let at = 0;
  for (const letter of letters) {
    at = text.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** The measure `tail` finds before a qualifier of the phrase, with the whole phrase as its synonym (the sentence's
 * own words stay findable); null when the tail does not match or the measure is no entity. */
function measureBefore(tail: RegExp, phrase: string, extraSynonyms: string[]): EntityMention | null {
  const qualified = tail.exec(phrase);
  if (!qualified) return null;
  const written = unsentenceCase(phrase);
  const measure = resolveEntityPhrase(qualified[1]!, [...extraSynonyms, written]);
  if (!measure) return null;
  // A condition keeps its own names: "long COVID at 12 weeks" is when it was counted, not another name for it.
  if (measure.entity.type === 'Condition') return measure;
  const synonyms = [...new Set([...(measure.entity.synonyms ?? []), written])];
  return { ...measure, entity: { ...measure.entity, synonyms } };
}

/** Head nouns of what is measured of a place ("caudate connectivity", "thalamus volume"). */

const SAMPLE_TAIL =
  /^(.+?)\s+(?:(?:in|of|from)\s+(?:the\s+)?(?:(?:morning|evening|nocturnal|fasting|whole|peripheral|faecal|fecal|gut|stool|their)\s+)*(?:saliva|plasma|serum|urine|stool|faeces|feces|blood|cerebrospinal fluid|CSF|microbiome|microbiota|PBMCs?|peripheral blood mononuclear cells)|per\s+(?:[\p{L}\d+-]+\s+){0,2}cells?|against\s+(?:[\p{L}\d-]+\s+)?(?:targets?|target cells))$/iu;

const NUMBER_WORD = String.raw`(?:\d+|one|two|three|four|five|six|eight|ten|twelve|eighteen|twenty-four)`;
const BODY_SITE = String.raw`(?:(?:distal|proximal|left|right|dominant|non-dominant|upper|lower)\s+)*(?:leg|legs|arm|arms|forearm|thigh|calf|trapezius|wrist|ankle|hand|foot|finger|fingertip|shoulder|back|thenar eminence)`;

/**
 * "long COVID at 12 weeks", "smoking after adjustment", "pressure pain thresholds at the trapezius", "cardiac index at
 * supine rest", "the number of symptoms reported", "gain at 0.10 Hz", "grip force seated", "napping time on
 * actigraphy": when, after what adjustment, at which body site or frequency, in which posture, by whom or by what
 * device a measure was taken does not name it (a trial's visit, "at week 16", stays: the outcome is named at it).
 */
const ADJUNCT_TAIL = new RegExp(
  String.raw`^(.+?)\s+(?:(?:at|after|by|within|over)\s+(?:the\s+)?${NUMBER_WORD}[\s-](?:hours?|days?|weeks?|months?|years?)(?:\s+(?:of follow-up|post-infection|after (?:infection|onset|diagnosis)))?|at\s+(?:the\s+)?(?:follow-up|baseline|enrol?ment|diagnosis|(?:supine\s+|seated\s+)?rest|the time of\s+\S.*|${BODY_SITE})|at\s+\d+(?:\.\d+)?\s*k?Hz|(?:while\s+|when\s+)?(?:seated|standing|supine|upright)|(?:during|in)\s+the\s+acute\s+(?:phase|illness|infection)(?:\s+of\s+\S.*)?|at\s+peak(?:\s+exercise)?|during\s+(?:the\s+)?(?:head-up\s+)?tilt(?:\s+test(?:ing)?)?|during\s+(?:the\s+)?exercise(?:\s+test)?|(?:in\s+response\s+)?to\s+an?\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+challenge|after\s+adjustment(?:\s+for\s+\S.*)?|in\s+(?:this|that|our|the\s+whole)\s+(?:respect|cohort|sample|study|population)|(?:reported|recorded|observed|experienced)(?:\s+by\s+(?:the\s+)?(?:patients|participants|respondents|parents))?|(?:(?:as\s+)?(?:measured|assessed|recorded|estimated)\s+)?(?:on|by|with)\s+(?:wrist\s+)?(?:actigraphy|accelerometry|polysomnography|echocardiography|spirometry|dynamometry|Holter\s+monitoring))$`,
  'iu',
);

/** Participles that say how a measure was taken ("measured by", "estimated with"). */
export const MEASURING_PARTICIPLES =
  'measured|estimated|assessed|determined|quantified|evaluated|recorded|calculated|logged|reported|obtained|collected|taken';

// "of 15 events per hour or more", "under 40 mm": a threshold closing a measure's name.
const THRESHOLD_TAIL =
  /^(.+?)\s+(?:(?:of|at)\s+(?:at\s+least\s+)?[\d.,]+\s[^,;]*?\bor\s+(?:more|above|higher|greater|over|less|below|lower|fewer)|(?:above|below|under|over|exceeding|≥|≤|>|<)\s*[\d.,]*\d(?![\d.,-])(?:\s*[^\s\d,;]+){0,4}|(?:above|below|under|over|outside|beyond|exceeding)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,4}?(?:limits?|range|norms?|cut-?offs?|thresholds?)(?:\s+of\s+[^,;]+)?|lasting\s+(?:(?:more|longer|less)\s+than|over|under|at\s+least|beyond|up\s+to)\s+(?:[\d.,]*\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+\p{L}+|lasting\s+[\d.,]*\d\s+\p{L}+\s+or\s+(?:more|longer))$/iu;

// ("symptom scores reported the same morning": a time phrase may follow the participle too.)
const CONTEXT_TAIL = new RegExp(
  `^(.+?)\\s+(?:(?:${MEASURING_PARTICIPLES})\\s+(?:by|with|using|via|through|from|on|in|at|during|the\\s+(?:same|next|following|previous)|that|each|every)|at|during|before|after|under|over|across|throughout|from|as\\s+an?\\s+(?:percentage|proportion|fraction|share)\\s+of|(?:adjusted|corrected|normali[sz]ed)\\s+(?:for|to))\\s+\\S.*$`,
  'i',
);

/** Attributes of one thing, listed after it: "PEM frequency, severity and duration scores". */
const ATTRIBUTE =
  /^(?:frequency|severity|duration|intensity|amplitude|latency|density|number|size|count|volume|thickness|area|length|velocity|speed|accuracy|impact|burden|variability|power)$/i;

/**
 * "PEM frequency, severity and duration scores": attributes listed after the first one share what it is of, so
 * "severity" is "PEM severity". Members that are names of their own are left alone.
 */
function withSharedModifier(items: string[]): string[] {
  if (items.length < 2) return items;
  const first = items[0]!.split(/\s+/);
  if (first.length < 2 || !ATTRIBUTE.test(first.at(-1)!)) return items;
  const rest = items.slice(1).map((item) => item.split(/\s+/));
  if (!rest.every((words) => ATTRIBUTE.test(words[0]!) && words.length <= 2)) return items;
  const owner = first.slice(0, -1).join(' ');
  return [items[0]!, ...items.slice(1).map((item) => `${owner} ${item}`)];
}

/** A stimulus written as a hyphenated prefix: "LPS-induced", "Pam3CSK4-driven". */
const PREFIXED_CONDITION = /^(\S+-(?:driven|induced|stimulated|evoked|triggered))\s+(\S.*)$/i;

/** When a measurement was taken, written before the first of two parallel modifiers ("Daytime systolic and …"). */
const MEASUREMENT_STATE =
  /^(?:daytime|night-?time|nocturnal|resting|morning|evening|supine|standing|upright|fasting|basal|maximal|submaximal|24-hour)$/i;

/** Plural heads of numbered kinds, whose members are numerals or letters ("complexes I and IV", "types 1 and 2"). */
const NUMBERED_KINDS =
  /^(.*?)\b(complexes|types|classes|grades|stages|phases|subunits|isoforms|layers|segments)\s+(\S+)$/i;
const KIND_NUMBER = /^(?:[IVX]+|\d+[a-z]?|[A-Z])$/;

/**
 * A body fluid other than blood written before an analyte ("salivary IL-6", "CSF glutamine", "urinary citrate"); blood
 * is the default specimen, which names leave out.
 */
const SHARED_SPECIMEN = /^(CSF|cerebrospinal fluid|urinary|urine|salivary|saliva|faecal|fecal|sweat|tear)\s+(?=\S)/i;

/** One word naming an analyte a vocabulary knows as a substance, gene or protein ("IL-8", "glycine", "zinc"). */
function isBareAnalyte(word: string): boolean {
  if (/\s/.test(word) || SHARED_SPECIMEN.test(`${word} x`)) return false;
  const known = lookupAny(word);
  if (known) return known.type === 'Biomarker';
  const source = groundName(word)?.source;
  return source === 'chebi' || source === 'gene';
}

/**
 * Words of the first member that every member shares: "LPS-induced IL-6 and TNF-α" (both LPS-induced), "daytime
 * systolic and diastolic pressures" (both daytime), "complexes I and IV" (complex I, complex IV).
 */
function withSharedPrefix(items: string[]): string[] {
  if (items.length < 2) return items;
  const later = items.slice(1);
  const short = later.every((item) => item.trim().split(/\s+/).length <= 2);
  const prefixed = PREFIXED_CONDITION.exec(items[0]!);
  if (prefixed && short && !later.some((item) => PREFIXED_CONDITION.test(item)))
    return [items[0]!, ...later.map((item) => `${prefixed[1]} ${item.trim()}`)];
  const numbered = NUMBERED_KINDS.exec(items[0]!);
  if (numbered && KIND_NUMBER.test(numbered[3]!) && later.every((item) => KIND_NUMBER.test(item.trim()))) {
    const kind = singular(numbered[2]!.toLowerCase());
    return [numbered[3]!, ...later].map((number) => `${numbered[1]}${kind} ${number.trim()}`);
  }
  // "salivary IL-6 and IL-8", "CSF glutamine, glycine and serine": a specimen before the first analyte is every
  // analyte's that names none of its own.
  const specimen = SHARED_SPECIMEN.exec(items[0]!.trim());
  if (specimen && later.every((item) => isBareAnalyte(item.trim())))
    return [items[0]!, ...later.map((item) => `${specimen[1]} ${item.trim()}`)];
  const words = items[0]!.trim().split(/\s+/);
  if (
    items.length === 2 &&
    words.length === 2 &&
    MEASUREMENT_STATE.test(words[0]!) &&
    isModifier(words[1]!) &&
    !MEASUREMENT_STATE.test(later[0]!.trim().split(/\s+/)[0]!) &&
    !DETERMINED.test(later[0]!.trim())
  )
    return [items[0]!, `${words[0]} ${later[0]!.trim()}`];
  return items;
}

/**
 * A subject or object chunk → its entities: list members split, parenthesised members expanded, shared heads
 * distributed ("physical and mental well-being", "frequency and MFI of CD24").
 */
export function entitiesFromChunk(chunk: string): EntityMention[] {
  const qualified = measuredIn(chunk);
  if (qualified) return qualified;
  const text = tidy(nounPhraseOfChunk(chunk));
  if (!text) return [];
  const phenotype = cellPhenotype(text);
  if (phenotype) return [phenotype];
  // Parenthesised members of an umbrella ("EEG parameters (alpha power and beta power)").
  for (const paren of parentheticals(text)) {
    const reading = readParenthetical(paren.inner);
    if (reading.members.length < 2) continue;
    const umbrella = tidy(text.slice(0, paren.start) + ' ' + text.slice(paren.end));
    if (splitList(umbrella).length > 1) continue;
    const members = carryIdentifierPrefix(reading.members);
    return members.flatMap((member) => {
      const alone = resolveEntityPhrase(member);
      const composed = composeMember(umbrella, member);
      const umbrellaWords = stripLeading(umbrella)
        .split(/\s+/)
        .filter((w) => w && !cues().umbrellaHeads.has(w.toLowerCase()));
      // A member that is a full name by itself stays itself; a fragment ("peak latencies", "IgG") takes the umbrella's words.
      const fullName = member.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length >= 2 || /\d/.test(member);
      // A virus is not what was measured of it: "rates of infection (HHV-6, EBV)" are infection rates per virus.
      const measuredOfOrganism =
        !!alone &&
        ORGANISM_NAME.test(alone.entity.name) &&
        umbrellaWords.some((w) => MEASURED_HEADS.has(w.toLowerCase()));
      // "acylcarnitines (C16, C18:1)": a chain notation names a species only with its class.
      if (CHAIN_NOTATION.test(member) && isClassUmbrella(umbrella)) {
        const head = singular(/(\S+)$/.exec(umbrella)![1]!.toLowerCase());
        const species = resolveEntityPhrase(`${member} ${head}`, [`${head} ${member}`, member]);
        if (species) return [species];
      }
      if (alone?.known && (fullName || umbrellaWords.length === 0) && !measuredOfOrganism) return [alone];
      // Members of a class ("amino acids (serine, alanine)") are instances that name
      // themselves; members of a measured quantity ("antibody levels (IgG and IgM)") take the quantity's words.
      if (alone && isClassUmbrella(umbrella)) return [alone];
      const knownSynonym = composed.synonyms.map((syn) => lookupAny(syn)).find(Boolean);
      if (knownSynonym) return [{ entity: knownSynonym.entity, known: true, pValue: null, leadingCue: null }];
      const mention = resolveEntityPhrase(composed.name, composed.synonyms);
      return mention ? [mention] : alone ? [alone] : [];
    });
  }

  // "hypometabolism localized to the insula and the hippocampus", "grey matter volume in the occipital lobe and
  // cerebellum": one entity per place (rule 7), when every place is one the anatomy ontology knows.
  const located =
    /^(.+?)\s+(?:localized|localised|located|concentrated)\s+(?:to|in|within)\s+(.+)$/i.exec(text) ??
    /^(.+?)\s+(?:in|within)\s+(?:both\s+)?(?:the\s+)?(.+)$/i.exec(text);
  // "… in the insula during 2-back": when it was measured does not name a place.
  const placeText = located?.[2]!.replace(/\s+(?:during|at|after|before|on|under)\s+\S.*$/i, '');
  const places = placeText ? figuredPlaces(placeText) : null;
  if (located && places) {
    // "NAA, choline and creatine signals in the thalamus": each member of a list (the place stays a synonym).
    if (splitList(located[1]!).length > 1)
      return entitiesFromChunk(located[1]!).map((member) => ({
        ...member,
        entity: {
          ...member.entity,
          synonyms: [...(member.entity.synonyms ?? []), ...places.map(({ place }) => `${place} ${member.entity.name}`)],
        },
      }));
    const base = resolveEntityPhrase(located[1]!) ?? placeMeasure(located[1]!);
    return base ? localise(base, places) : [];
  }
  if (located && /\s(?:localized|localised|located|concentrated)\s/i.test(text)) {
    const base = resolveEntityPhrase(located[1]!);
    const written = splitList(located[2]!.replace(/\s+(?:regions?|areas?|structures?)$/i, '')).map((place) =>
      place.replace(/^the\s+/i, ''),
    );
    return base && written.length
      ? localise(
          base,
          written.map((place) => ({ place, pValue: null })),
        )
      : [];
  }

  const instrumentParts = partsOfInstrument(text);
  if (instrumentParts) return instrumentParts;

  // "cerebrospinal fluid levels of A and B": the quantity is what was measured of each member.
  const quantityOfList =
    /^(?:[\p{L}-]+\s+){0,3}?(?:levels?|concentrations?|amounts?|abundance|expression)\s+of\s+(.+)$/iu.exec(text);
  if (quantityOfList && splitList(quantityOfList[1]!).length >= 2) return entitiesFromChunk(quantityOfList[1]!);
  // "resting counts of neutrophils, lymphocytes and monocytes": a count of each member ("resting neutrophil count"),
  // when every member is a single word.
  const countOfList = /^((?:[\p{L}-]+\s+){0,2}?)(counts?|numbers?|percentages?|proportions?)\s+of\s+(.+)$/iu.exec(text);
  const counted = countOfList ? splitList(countOfList[3]!) : [];
  if (counted.length >= 2 && counted.every((member) => /^\p{L}[\p{L}-]*$/u.test(member))) {
    const [, before, head] = countOfList as unknown as [string, string, string];
    const mentions = counted.map((member) =>
      resolveEntityPhrase(`${before}${singular(member.toLowerCase())} ${singular(head.toLowerCase())}`, [
        member,
        `${head} of ${member}`,
      ]),
    );
    if (mentions.every(Boolean)) return mentions as EntityMention[];
  }

  // "with unrefreshing sleep and with disease severity": a repeated preposition belongs to the frame, not the member.
  // "connectivity between the posterior cingulate and the medial prefrontal cortex": the "and" is between's.
  const between = /^(\S.*?)\s+between\s+\S.*\s+and\s+\S/i.exec(text);
  const items = withSharedModifier(
    withSharedPrefix(
      withChainClasses(
        between && splitList(between[1]!).length === 1
          ? [text]
          : splitList(text).map((item, i) =>
              i > 0 ? countQuestion(item.replace(/^(?:with|to|of|from|in)\s+/i, '')) : item,
            ),
      ),
    ),
  );
  // "a sudden, infection-triggered onset": adjectives separated by a comma, with no "and", modify one noun.
  const coordinate =
    items.length === 2 && !/\b(?:and|or)\b/i.test(text) ? /^(?:an?|the)\s+(\S+)$/i.exec(items[0]!) : null;
  if (coordinate && isModifier(coordinate[1]!)) {
    const mention = resolveEntityPhrase(`${coordinate[1]} ${items[1]!.trim()}`);
    return mention ? [mention] : [];
  }
  if (items.length === 1) {
    const { cue, rest } = splitLeadingCue(items[0]!);
    const mention = resolveEntityPhrase(rest);
    return mention ? [{ ...mention, leadingCue: cue }] : [];
  }
  const lastItem = items[items.length - 1]!;
  const sharedHead = sharedClassHead(splitLeadingCue(lastItem).rest);
  const inComplement = sharedHead ? complementStem(items) : null;
  if (inComplement) return inComplement;
  // "autoantibodies to tau, MBP and GFAP": the antibody head before the first target is every target's.
  const targeted = !sharedHead ? TARGETED_HEAD.exec(splitLeadingCue(items[0]!).rest) : null;
  // A member with its own determiner is a noun phrase of its own ("… to deep breathing and the Valsalva ratio").
  if (targeted && items.slice(1).every((item) => item.split(/\s+/).length <= 4 && !DETERMINED.test(item))) {
    return items.flatMap((item, i) => entitiesFromChunk(i === 0 ? item : `${targeted[1]} ${item}`));
  }
  const mentions: EntityMention[] = [];
  for (const [index, item] of items.entries()) {
    const { cue, rest } = splitLeadingCue(item);
    let phrase = rest;
    // The member whose words a lone modifier shares: the next one of several words when only lone words stand between
    // ("Total, LDL and HDL cholesterol, triglycerides and …"), else the last.
    const sharer = nextWordedMember(items, index) ?? lastItem;
    const lastWords = wordsOfMember(sharer);
    const lastHead = lastWords.at(-1) ?? '';
    const lastRest = lastWords.length >= 2 ? lastWords.slice(1).join(' ') : '';
    const ofTail = /\s(of\s.+)$/i.exec(sharer)?.[1];
    // "cervical and ocular VEMP amplitudes", "red and white blood cell counts": when the sharer opens with a modifier
    // too, a lone modifier takes everything after it, not the head alone.
    const modifierTail =
      lastRest && (isModifier(lastWords[0]!) || ADJECTIVE_ENDING.test(lastWords[0]!)) ? lastRest : lastHead;
    if (item !== lastItem) {
      // ("Warm and cold detection thresholds": a sentence's capital does not make a modifier a name.)
      const bare = unsentenceCase(phrase.trim().replace(/^(?:the|a|an)\s+/i, ''));
      const single = !/\s/.test(bare);
      // "gastrointestinal and secretomotor domain scores", "anti-M3 and anti-M4 muscarinic receptor antibodies",
      // "the sleep and neurocognitive subscales": a lone modifier parallel to the last member's first word shares
      // everything after that word.
      // "medium- and long-chain acylcarnitines", "pre- and post-exercise lactate": a suspended hyphen takes the rest
      // of the sharer's first word and everything after it.
      const suspended = single && /^\S+-$/.test(bare) ? /^[^-]+-(\S+)$/.exec(lastWords[0] ?? '') : null;
      if (symbolSharesMeasure(bare, lastWords)) phrase = `${phrase} ${lastHead}`;
      else if (suspended) phrase = [`${bare}${suspended[1]}`, ...lastWords.slice(1)].join(' ');
      else if (single && lastRest && parallelModifier(bare, lastWords)) phrase = `${bare} ${lastRest}`;
      // "CD1c⁺ and CD141⁺ conventional dendritic cells", "CD4+ and CD8+ T cells": a lone marker, before a member that
      // opens with another, names the same cells by its own marker.
      else if (single && lastRest && MARKER.test(bare) && MARKER.test(lastWords[0]!)) phrase = `${bare} ${lastRest}`;
      else if (single && ofTail && cues().quantityWords.is(phrase.trim())) phrase = `${phrase} ${ofTail}`;
      // "physical and mental well-being": a lone modifier shares the last member's head; a lone noun is a member.
      // ("wheezing and cough": a known sign is a member of its own.)
      else if (
        single &&
        !lookupAny(phrase) &&
        lastHead &&
        !/\d/.test(phrase) &&
        isModifier(bare) &&
        !isKnownGerund(bare)
      )
        phrase = `${phrase} ${modifierTail}`;
      // "symptom and disability profiles", "B and T cells": a lone word no vocabulary knows, before one modifier and
      // a class noun, is that class noun's other modifier.
      else if (single && sharedHead && !lookupAny(phrase) && !/\d/.test(phrase)) phrase = `${phrase} ${sharedHead}`;
      // "protein and fibre intakes", "the hepatocyte, erythroid-progenitor and skeletal-muscle fractions": a lone
      // singular word before one word and a plural measure noun is that noun's other modifier, even when the word
      // names something by itself (the plural says several quantities were measured).
      else if (
        single &&
        lastWords.length === 2 &&
        PLURAL_MEASURE_HEADS.test(lastHead) &&
        !/\d/.test(bare) &&
        !/(?<!s)s$/i.test(bare) &&
        !/(?<!s)s$/i.test(lastWords[0]!)
      )
        phrase = `${phrase} ${lastHead}`;
      // "LDL and HDL cholesterol": an acronym alone, before a member that opens with another, shares what follows it.
      else if (single && lastRest && ACRONYM.test(bare) && ACRONYM.test(lastWords[0]!)) phrase = `${bare} ${lastRest}`;
      // ("arsenic, cobalt and nickel": a substance an ontology names is a member of its own.)
      else if (ADJECTIVE_ENDING.test(phrase.trim()) && lastHead && !(single && groundName(bare)?.source === 'chebi'))
        phrase = `${phrase} ${single ? modifierTail : lastHead}`;
      // "thalamic, caudate and cerebellar connectivity", "posterior cingulate and cerebellar flow": a place alone,
      // before a member that measures a place, is that measure's other place.
      else if (
        (single || anatomicalPlaces(bare)?.join(' ') === bare.toLowerCase()) &&
        PLACE_MEASURES.test(lastHead) &&
        /\s/.test(sharer.trim()) &&
        anatomicalPlaces(phrase)
      )
        phrase = `${phrase} ${lastHead}`;
      // "masseter and temporalis pressure pain thresholds": a place alone, before a member that opens with another
      // place, shares what follows that place.
      else if (single && lastRest && anatomicalPlaces(bare) && anatomicalPlaces(lastWords[0]!))
        phrase = `${bare} ${lastRest}`;
      // "detection and identification reaction times": a lone noun formed like the sharer's first word is its
      // other modifier.
      else if (single && lastWords.length >= 3 && sameSuffix(bare, lastWords[0]!) && !lookupAny(bare))
        phrase = `${bare} ${lastRest}`;
    }
    // "CMV, HHV-6 and VZV IgG": names of agents before "<agent> IgG" share what was measured of them.
    if (
      item !== lastItem &&
      lastWords.length === 2 &&
      SEROLOGY_HEADS.test(lastHead) &&
      !/\s/.test(phrase.trim()) &&
      !SEROLOGY_HEADS.test(phrase.trim())
    )
      phrase = `${phrase.trim()} ${lastHead}`;
    // "β2-adrenergic receptor and M3 … autoantibodies": an earlier member may share the last member's head.
    if (item !== lastItem && lastHead && !lookupAny(phrase) && lookupAny(`${phrase} ${lastHead}`))
      phrase = `${phrase} ${lastHead}`;
    const mention = resolveEntityPhrase(phrase) ?? listedTerm(phrase);
    if (!mention) return []; // one member not understood: the list is not understood
    mentions.push({ ...mention, leadingCue: cue });
  }
  return mentions;
}

/** A symbol-like name: a gene, protein or vessel abbreviation ("PER1", "NR1D1", "PCA", "CD38"). */
const SYMBOL_NAME = /^(?=[A-Z](?:[^\s]*[A-Z0-9]){1,})[A-Z][A-Za-z0-9-]{1,11}$/;

/** What is measured of a symbol-named thing, written once after the last of several ("… amplitudes", "… velocities"). */
const SYMBOL_MEASURES =
  /^(?:amplitudes?|velocit(?:y|ies)|thresholds?|concentrations?|expression|activit(?:y|ies)|latenc(?:y|ies)|densit(?:y|ies)|ratios?|indices|index|phases?|acrophases?|peaks?)$/i;

/**
 * "PER1, BMAL1, NR1D1 and CRY1 amplitudes", "Supine MCA and PCA velocities": a member that is a symbol no vocabulary
 * knows (after modifiers), before a last member that is another symbol and what was measured of it, shares that
 * measure.
 */
function symbolSharesMeasure(member: string, lastWords: string[]): boolean {
  const words = member.split(/\s+/);
  const symbol = words.at(-1)!;
  return (
    lastWords.length === 2 &&
    SYMBOL_NAME.test(lastWords[0]!) &&
    SYMBOL_MEASURES.test(lastWords[1]!) &&
    SYMBOL_NAME.test(symbol) &&
    !lookupAny(symbol) &&
    words.slice(0, -1).every((word) => isModifier(word))
  );
}

/** A cell-surface marker as a phenotype writes it: a symbol with its expression ("CD141⁺", "CD27hi", "CCR7-"). */
const PLURAL_MEASURE_HEADS =
  /^(?:scores|subscores|intakes|fractions|profiles|times|outputs|values|volumes|thresholds|amplitudes|latencies|ratios|counts|concentrations|levels|indices|areas|velocities|proportions|percentages|frequencies|responses)$/i;
const ACRONYM = /^[A-Z]{2,6}$/;
const MARKER = /^[A-Z][A-Za-z0-9-]*\d[A-Za-z]?(?:[+⁺−⁻-]|hi|lo|bright|dim|high|low)+$/u;

/**
 * "SF-36 physical functioning, vitality and social functioning", "PedsQL general, sleep/rest and cognitive fatigue
 * subscale scores": an instrument named before a list of its parts names each part it does not name on its own. The
 * instrument is one the lexicon knows as a questionnaire, or an abbreviation written in mixed case as instruments are
 * ("PedsQL", "MoCA").
 */
function partsOfInstrument(text: string): EntityMention[] | null {
  const named = /^([\p{L}\d]+(?:-\d+)?)\s+(\S.*)$/u.exec(text);
  if (!named) return null;
  const instrument = named[1]!;
  const rest = named[2]!;
  const known = lookupLexicon('Measure', instrument)?.kind === 'questionnaire';
  const mixedCase = /\p{Ll}/u.test(instrument) && (instrument.match(/\p{Lu}/gu) ?? []).length >= 3;
  const members = splitList(rest);
  if ((!known && !mixedCase) || members.length < 2) return null;
  const parts = entitiesFromChunk(rest);
  if (parts.length !== members.length) return null;
  return parts.map((part, index) => {
    // A later member that is a name of its own ("… and step counts", "… and DunedinPACE", "… and the heart-rate rise")
    // is not the instrument's.
    if (index > 0 && (part.known || /^\p{Lu}/u.test(part.entity.name) || DETERMINED.test(members[index]!))) return part;
    const written = [part.entity.name, ...(part.entity.synonyms ?? [])];
    const knownPart = written.map((name) => lookupAny(`${instrument} ${name}`)).find(Boolean);
    if (knownPart) return { entity: knownPart.entity, known: true, pValue: part.pValue, leadingCue: part.leadingCue };
    return resolveEntityPhrase(`${instrument} ${part.entity.name}`) ?? part;
  });
}

/** True when two words of five letters or more end alike ("detection" / "identification"). */
function sameSuffix(a: string, b: string): boolean {
  return a.length >= 5 && b.length >= 5 && a.slice(-3).toLowerCase() === b.slice(-3).toLowerCase();
}

/** Endings of words that modify a noun ("renal", "cardiac", "oxidative", "venous", "ocular"). */
const ADJECTIVE_ENDING = /(?:al|ic|ive|ous|ar)$/i;

function wordsOfMember(item: string): string[] {
  return splitLeadingCue(item)
    .rest.replace(/\s*\(.*\)\s*$/, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
}

/** The first member after `index` of two or more words, when every member between is one word; else null. */
function nextWordedMember(items: string[], index: number): string | null {
  if (wordsOfMember(items[index]!).length !== 1) return null;
  for (const item of items.slice(index + 1)) if (wordsOfMember(item).length >= 2) return item;
  return null;
}

/**
 * Whether a one-word member modifies what the last member's first word modifies: both adjectives before a class
 * noun ("gastrointestinal and secretomotor domain scores"), or two forms of one pattern ("anti-M3 and anti-M4 …").
 */
function parallelModifier(word: string, lastWords: string[]): boolean {
  const [first, ...rest] = lastWords;
  if (!first || !rest.length) return false;
  const prefix = (w: string) => /^([\p{L}]+)-/u.exec(w)?.[1]?.toLowerCase();
  if (prefix(word) && prefix(word) === prefix(first)) return true;
  // "Th1 and Th2 proportions", "N2 and N3 durations": two symbols of one series.
  const series = (w: string) => /^(\p{L}+)\d+[a-z]?$/u.exec(w)?.[1];
  if (series(word) && series(word) === series(first)) return true;
  const head = rest.at(-1)!;
  // Parts of an instrument take any topic word ("the sleep and neurocognitive subscales").
  const instrumentPart = /^(?:subscales?|domains?|scores?|scales?|items?)$/i.test(head);
  if (!instrumentPart && !CLASS_HEADS.test(head)) return false;
  const firstIsModifier = isModifier(first) || (!lookupAny(first) && !groundName(first));
  return !/\d/.test(word) && firstIsModifier && (instrumentPart || isModifier(word) || !lookupAny(word));
}

/** Class nouns that coordinated modifiers share ("env and gag proteins", "symptom and disability profiles"). */
const CLASS_HEADS =
  /^(?:profiles?|proteins?|genes?|cells?|antibod(?:y|ies)|autoantibod(?:y|ies)|markers?|scores?|measures?|domains?|parameters?|receptors?|subsets?|counts?|patterns?|responses?|pathways?|titers?|titres?|tests?|tasks?)$/i;

/** The head of a member that is one modifier and a class noun ("gag proteins"), else null. */
function sharedClassHead(member: string): string | null {
  const words = member.trim().split(/\s+/);
  return words.length === 2 && CLASS_HEADS.test(words[1]!) && !/\d/.test(words[0]!) ? words[1]! : null;
}

/**
 * "IgG seroreactivity against XMRV env and gag proteins": two modifiers coordinated inside a prepositional
 * complement share the words before them, so each member is the whole phrase with its own modifier ("… against XMRV
 * gag"); the class noun after them says what kind of thing they are, not which. Only when the first member's last
 * word is no name by itself (a known entity ends its own member).
 */
function complementStem(items: string[]): EntityMention[] | null {
  // "… to deep breathing and the Valsalva ratio": a determiner opens a noun phrase of its own.
  if (items.length !== 2 || DETERMINED.test(items[1]!)) return null;
  const words = splitLeadingCue(items[0]!).rest.trim().split(/\s+/);
  const modifier = words.at(-1)!;
  const opensComplement = words.slice(1, -1).some((word) => COMPLEMENT_PREPOSITIONS.has(word.toLowerCase()));
  if (!opensComplement || /\d/.test(modifier) || lookupAny(modifier)) return null;
  const stem = words.slice(0, -1).join(' ');
  const other = splitLeadingCue(items[1]!).rest.trim().split(/\s+/)[0]!;
  const mentions = [`${stem} ${modifier}`, `${stem} ${other}`].map((phrase) => resolveEntityPhrase(phrase));
  return mentions.every(Boolean) ? (mentions as EntityMention[]) : null;
}

/**
 * "CD8+ T cells co-expressing PD-1 and TIM-3", "B cells lacking CD27": the markers a cell population expresses or
 * lacks are one phenotype, written in marker notation ("PD-1+ TIM-3+ CD8+ T cells"), not a list of entities.
 */
function cellPhenotype(text: string): EntityMention | null {
  const m =
    /^(.+?\b(?:cells?|lymphocytes?|monocytes?|neutrophils?|subsets?|populations?))\s+(co-?expressing|expressing|positive for|bearing|lacking|negative for)\s+(.+)$/i.exec(
      text,
    );
  if (!m) return null;
  const markers = splitList(m[3]!.replace(/^(?:both|the)\s+/i, ''));
  if (!markers.length || markers.some((marker) => !/^[\p{Lu}\d][\p{L}\d-]*$/u.test(marker))) return null;
  const sign = /lacking|negative/i.test(m[2]!) ? '-' : '+';
  const notation = markers.map((marker) => `${marker}${sign}`);
  const cells = m[1]!.replace(/^(?:the)\s+/i, '');
  return resolveEntityPhrase(`${notation.join(' ')} ${cells}`, [`${notation.join('')} ${cells}`, text]);
}

const DETERMINED = /^\s*(?:the|a|an|its|their)\s/i;

const TARGETED_HEAD =
  /^((?:[\p{L}\d-]+\s+){0,3}(?:autoantibod(?:y|ies)|antibod(?:y|ies)|IgG|IgM|IgA|titres?|titers?|seroreactivity|reactivity|responses?)\s+(?:to|against|directed against))\s+\S/iu;

/** Prepositions that open the complement a coordination inside it shares ("… against XMRV env and gag"). */
const COMPLEMENT_PREPOSITIONS = new Set(['against', 'to', 'of', 'for', 'toward', 'towards']);

/** A measure that names nothing by itself but does at a place ("binding" in "binding in the thalamus"). */
function placeMeasure(phrase: string): EntityMention | null {
  const word = phrase.trim().replace(/^(?:the|a|an)\s+/i, '');
  if (!PLACE_MEASURES.test(word)) return null;
  const name = word.toLowerCase();
  return { entity: { type: guessType(name), name }, known: false, pValue: null, leadingCue: null };
}

/** "<place> <measure>" for each place, with its other names at the place as synonyms ("thalamic CBF"). */
function localise(base: EntityMention, places: FiguredPlace[]): EntityMention[] {
  // The measure's short names ("CBF" of cerebral blood flow); a long written form would only repeat the place.
  const measureNames = [base.entity.name, ...(base.entity.synonyms ?? [])].filter(
    (name) => name.split(/\s+/).length <= 4 && !/\s(?:in|of|on|at)\s/i.test(name),
  );
  return places.map(({ place, pValue }) => {
    const [name, ...others] = namesAtPlace(measureNames, place);
    // ("thalamic flow" is "thalamic CBF" too.)
    const synonyms = [...new Set([...others, ...[name!, ...others].flatMap((form) => nameVariants(form))])].filter(
      (form) => form !== name,
    );
    return {
      entity: {
        type: base.entity.type,
        name: name!,
        synonyms,
        ...(base.entity.kind ? { kind: base.entity.kind } : {}),
      },
      known: false,
      pValue,
      leadingCue: null,
    };
  });
}
