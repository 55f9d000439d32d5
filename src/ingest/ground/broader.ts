// A broader ontology term for a name no vocabulary has as such (SKOS broadMatch): in an English noun phrase the
// head names the class and everything before it narrows it, so "CD21+ CD38- B cells" is a kind of B cell,
// "cingulate cortex neuroinflammation" a kind of neuroinflammation and "ME/CFS with orthostatic intolerance" a
// subgroup of ME/CFS. The entity keeps its own name and node; the graph links it to the broader term apart from
// its exact cross-references, so roll-ups under the term reach it and nothing claims the two are the same.

import type { EntityType } from '../record.ts';
import { canonicalKey, singular } from './canonical-key.ts';
import { FUNCTION_WORDS, PREPOSITIONS } from './function-words.ts';
import { classifyHead } from './classify-head.ts';
import { groundName, type Grounding } from './ground-name.ts';
import { bareWord, coreSurface } from './surface.ts';

/** Words after the head that start its complement ("… meeting the IOM criteria", "… against XMRV"), besides
 * function words. */
const COMPLEMENT_STARTS = new Set([
  ...PREPOSITIONS,
  'against',
  'toward',
  'towards',
  'about',
  'like',
  'meeting',
  'fulfilling',
  'satisfying',
  'having',
  'receiving',
  'treated',
  'taking',
]);

/**
 * Heads too general to say what a thing is: grounding "immune activation markers" to a term for "marker" or
 * "treatment group" to a chemical group would be a claim, not a class.
 */
const GENERAL_HEADS = new Set([
  'marker',
  'biomarker',
  'group',
  'system',
  'condition',
  'disorder',
  'disease',
  'syndrome',
  'illness',
  'symptom',
  'sign',
  'feature',
  'factor',
  'parameter',
  'variable',
  'measure',
  'index',
  'profile',
  'pattern',
  'response',
  'change',
  'function',
  'activity',
  'level',
  'value',
  'protein',
  'gene',
  'cell',
  'molecule',
  'compound',
  'substance',
  'metabolite',
  'antibody',
  'dna',
  'rna',
  'score',
  'scale',
  'test',
  'history',
  'status',
  'state',
  'type',
  'subtype',
  'subset',
  'subgroup',
  'population',
]);

/** A broader term and how it was found: a known head phrase, or the class the head noun names. */
export interface BroaderTerm {
  curie: string;
  label: string;
  via: 'head phrase' | 'head class';
}

/**
 * Curated classes (data/ontology/classes.json) and terms that a head noun's class names, by classifyHead's kind:
 * "EBV ZEBRA antibodies" are immunoglobulins, "classical B cell subset percentages" immune cells.
 */
const CLASS_OF_KIND: Record<string, { curie: string; label: string; headOnly?: boolean }> = {
  immunoglobulin: { curie: 'EG:immunoglobulin', label: 'immunoglobulins' },
  microRNA: { curie: 'EG:microRNA', label: 'microRNAs' },
  cytokine: { curie: 'EG:cytokine', label: 'cytokines' },
  'virus/serology': { curie: 'EG:virus', label: 'viruses and viral serology' },
  // Only from a head noun ("… B cell subsets"): a CD marker pattern also names measures on cells ("CD8 MFI").
  'immune cell': { curie: 'CL:0000738', label: 'leukocyte', headOnly: true },
  // "complement system proteins", "TCA cycle-related proteins": proteins, by their head noun only (not "TRPM3").
  protein: { curie: 'CHEBI:36080', label: 'protein', headOnly: true },
  microbiome: { curie: 'EG:microbiome', label: 'microbiome and microbial taxa' },
  metabolite: { curie: 'EG:metabolite', label: 'metabolites' },
  epigenetic: { curie: 'EG:DNA-methylation', label: 'DNA methylation' },
  'mitochondrial function': { curie: 'EG:mitochondrial-function', label: 'mitochondrial function' },
};

/**
 * Words after a head that name a set of measurements of it, not another thing: "diastolic function parameters" are
 * measures of diastolic function, "cardiac strain variables" of cardiac strain.
 */
const DESCRIPTOR_WORDS = new Set(['parameter', 'variable', 'measure', 'measurement', 'value', 'metric']);

/**
 * Words after a head that name kinds of it: "immunoglobulin G subclasses" are kinds of immunoglobulin G, "ME/CFS
 * subtypes" of ME/CFS. (A subunit is a part, not a kind.)
 */
const KIND_WORDS = new Set([
  'subclass',
  'subtype',
  'subset',
  'subgroup',
  'subpopulation',
  'isotype',
  'isoform',
  'variant',
]);

/** The class the head noun names, when it is one of CLASS_OF_KIND's and read from the head or a naming pattern. */
function byHeadClass(name: string, type: EntityType): BroaderTerm | null {
  if (!KIN[type].includes('Biomarker')) return null;
  const head = classifyHead(name);
  const term = head && head.basis !== 'shape' ? CLASS_OF_KIND[head.kind] : undefined;
  if (!term || (term.headOnly && head!.basis !== 'head')) return null;
  return { curie: term.curie, label: term.label, via: 'head class' };
}

/** Types whose boundary the extractor draws by context: a measured quantity is a Biomarker or a Measure. */
const KIN: Record<EntityType, readonly EntityType[]> = {
  Biomarker: ['Biomarker', 'Measure'],
  Measure: ['Measure', 'Biomarker'],
  Symptom: ['Symptom'],
  Condition: ['Condition'],
};

/** Words naming the people in a condition's group: "fibromyalgia patients" is the fibromyalgia group. */
const GROUP_WORDS = new Set(['patient', 'subject', 'participant', 'case', 'individual', 'group', 'cohort', 'sufferer']);

/** Longest head tried, in words: a longer "name" is a clause, and trying each start of it would be quadratic. */
const MAX_HEAD_WORDS = 12;

/** A lone abbreviation this short names too many things once the words around it are gone ("CD24 MFI" → MFI). */
const SHORT_ABBREVIATION = /^[A-Z0-9]{1,3}$/;

/** The words of the phrase's head: up to the first word of its complement, and for a condition without trailing
 * group words. */
function headWords(name: string, type: EntityType): string[] {
  const words = coreSurface(name).split(/\s+/u).filter(Boolean);
  let end = words.findIndex(
    (word, i) => i > 0 && (FUNCTION_WORDS.has(bareWord(word)) || COMPLEMENT_STARTS.has(bareWord(word))),
  );
  if (end < 0) end = words.length;
  if (type === 'Condition') while (end > 1 && GROUP_WORDS.has(singular(bareWord(words[end - 1]!)))) end--;
  while (end > 1 && DESCRIPTOR_WORDS.has(singular(bareWord(words[end - 1]!)))) end--;
  while (end > 1 && KIND_WORDS.has(singular(bareWord(words[end - 1]!)))) end--;
  return words.slice(0, end);
}

/**
 * The term `name` is a kind or subgroup of, of the same entity type, or null: the head phrase alone when a
 * complement follows it, else the head phrase with its leading modifiers dropped one by one (the longest phrase a
 * vocabulary knows wins). Only exact names, never related synonyms; never a lone general head or short abbreviation;
 * only a term of the entity's type (or its kin: Biomarker and Measure; for these also an HPO phenotype). Failing
 * that, a measured thing whose head noun names a curated class (antibodies, microRNAs, cytokines, viruses, immune
 * cells) is a kind of that class; and failing that, one whose curated lexicon `kind` names such a class.
 *   groundBroader('CD21+ CD38- B cells', 'Biomarker') → CL:0000236 B cell
 *   groundBroader('fibromyalgia with comorbid insomnia', 'Condition') → MONDO:0005546 fibromyalgia
 *   groundBroader('family history of CFS/ME', 'Measure') → null (the head is "family history", not CFS/ME)
 */
export function groundBroader(name: string, type: EntityType, kind?: string | null): BroaderTerm | null {
  const head = headWords(name, type);
  if (head.length > MAX_HEAD_WORDS) return null;
  return byHeadPhrase(name, head, type) ?? byHeadClass(name, type) ?? byCuratedKind(kind, type);
}

/**
 * The class a curated kind names (a project lexicon entry's: "NAD+/NADH ratio" is a metabolite measure), for a name
 * whose head says nothing of it. Never a head-only class: those kinds also come from naming patterns.
 */
function byCuratedKind(kind: string | null | undefined, type: EntityType): BroaderTerm | null {
  const term = kind && KIN[type].includes('Biomarker') ? CLASS_OF_KIND[kind] : undefined;
  return term && !term.headOnly ? { curie: term.curie, label: term.label, via: 'head class' } : null;
}

/**
 * A term of the entity's type or its kin; for a measured thing also an HPO phenotype, as an exact match may be
 * ("brainstem neuroinflammation" is a kind of HPO's Neuroinflammation, measured by PET). A condition's is never one.
 */
function fitsType(found: Grounding, type: EntityType): boolean {
  return KIN[type].includes(found.entityType) || (found.source === 'hp' && KIN[type].includes('Biomarker'));
}

function byHeadPhrase(name: string, head: string[], type: EntityType): BroaderTerm | null {
  const whole = canonicalKey(name);
  for (let start = 0; start < head.length; start++) {
    const words = head.slice(start);
    const phrase = words.join(' ');
    if (canonicalKey(phrase) === whole) continue;
    if (words.length === 1 && (SHORT_ABBREVIATION.test(words[0]!) || GENERAL_HEADS.has(singular(bareWord(words[0]!)))))
      continue;
    const found = groundName(phrase, type);
    if (found && fitsType(found, type) && found.match !== 'weak')
      return { curie: found.curie, label: found.label, via: 'head phrase' };
  }
  return null;
}
