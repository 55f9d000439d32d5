// Relation cue vocabulary (data/lexicon/cues.json), loaded once (per exclusion scope, see exclusions.ts) and
// compiled into word-boundary matchers.

import { readFileSync } from 'node:fs';
import { activeExclusions, type Exclusions } from './exclusions.ts';
import { escapeRegExp } from './text.ts';

export interface TimeContrast {
  pattern: RegExp;
  /** The reference time point the contrast implies ("baseline"), or null when it only locates the measurement. */
  comparator: string | null;
  /** True when the contrast is a treatment's before/after. */
  treatment: boolean;
  /** True when the pattern names an intervention ("after 4 IA cycles"), not a treatment in general. */
  namesIntervention: boolean;
}

interface CueFile {
  increase: string[];
  decrease: string[];
  hypoHyperPrefixes: Record<string, 'increase' | 'decrease'>;
  hypoHyperBlocked: string[];
  /** "up-", "down-", "over-", "under-" before a stem of directionPrefixStems ("downregulated", "over-activation"). */
  directionPrefixes: Record<string, 'increase' | 'decrease'>;
  directionPrefixStems: string[];
  noDifference: string[];
  /** "a trend that did not reach significance": a directed difference the study did not establish is a null. */
  nonSignificance: string[];
  undirectedDifference: string[];
  /** Nouns whose measure follows "on"/"in"/"for" ("no benefit on fatigue", "no effect on IL-6"). */
  outcomeNouns: string[];
  /** A group comparison whose groups are not named ("similar between groups"). */
  unnamedGroupComparisons: string[];
  positiveCorrelation: string[];
  negativeCorrelation: string[];
  positiveSignWords: string[];
  negativeSignWords: string[];
  correlation: string[];
  noCorrelation: string[];
  association: string[];
  variation: string[];
  discrimination: string[];
  negations: string[];
  hedges: string[];
  skipPhrases: string[];
  skipPatterns: string[];
  trailingClauseMarkers: string[];
  clauseSeparatorPatterns: string[];
  comparatorIntros: string[];
  groupHeads: string[];
  controlWords: string[];
  groupModifiers: string[];
  subgroupFeatureIntros: string[];
  sampleWords: string[];
  specimenPhrases: string[];
  treatmentGroupWords: string[];
  /** People named by sex or age ("healthy adolescents", "women with ME/CFS"). */
  demographicGroups: string[];
  verbs: string[];
  adverbs: string[];
  leadIns: string[];
  quantityWords: string[];
  umbrellaHeads: string[];
  genericSubjects: string[];
  nonEntityHeads: string[];
  /** Words that open a subordinate clause ("once they had exercised"), which ends the noun phrase before it. */
  subordinators: string[];
  timeContrastPatterns: { pattern: string; comparator: string | null; treatment?: boolean }[];
  /** A treatment's transitive verbs ("CoQ10 reduced fatigue"), by what they do to the outcome. */
  treatmentReduceVerbs: string[];
  treatmentRaiseVerbs: string[];
  /** "improved"/"worsened" move an outcome by its polarity (lowerIsBetter / higherIsBetter). */
  treatmentImproveVerbs: string[];
  treatmentWorsenVerbs: string[];
  treatmentNullVerbs: string[];
  /** Nouns of the same effects, followed by "in" ("led to improvements in pain"). */
  treatmentReduceNouns: string[];
  treatmentRaiseNouns: string[];
  treatmentImproveNouns: string[];
  treatmentWorsenNouns: string[];
  /** Head nouns that make a phrase a treatment ("LDN therapy", "treatment with X"). */
  treatmentAgentHeads: string[];
  /** Outcome words for which less is better (symptoms) or more is better (function, capacity). */
  lowerIsBetter: string[];
  higherIsBetter: string[];
}

export interface PhraseMatch {
  text: string;
  start: number;
  end: number;
}

/**
 * The regular expression source of a phrase, or of a template of phrases: `[a|b]` is one of the alternatives or
 * nothing, `{a|b}` one of them, so "no[ significant] difference[s]" is four phrases. A template says once what
 * English varies freely (number, an intensifier), so a wording no study of the sample used is still read.
 */
export function phraseSource(phrase: string): string {
  return phrase
    .split(/(\[[^\]]*\]|\{[^}]*\})/)
    .map((part) => {
      const group = /^([[{])(.*)[\]}]$/.exec(part);
      if (!group) return escapeRegExp(part);
      const alternatives = group[2]!.split('|').map(escapeRegExp).join('|');
      return group[1] === '[' ? `(?:${alternatives})?` : `(?:${alternatives})`;
    })
    .join('');
}

/** Matches any of `phrases` (or their templates: phraseSource) as whole words, case-insensitively, longest first. */
export class PhraseMatcher {
  private readonly pattern: RegExp | null;
  private readonly whole: RegExp | null;

  constructor(readonly phrases: readonly string[]) {
    const sorted = [...new Set(phrases)].sort((a, b) => b.length - a.length);
    const sources = sorted.map(phraseSource).join('|');
    this.pattern = sorted.length
      ? new RegExp(`(?<![\\p{L}\\p{N}]|\\p{L}-)(?:${sources})(?![\\p{L}\\p{N}]|-\\p{L})`, 'giu')
      : null;
    this.whole = sorted.length ? new RegExp(`^(?:${sources})$`, 'iu') : null;
  }

  all(text: string): PhraseMatch[] {
    if (!this.pattern) return [];
    return [...text.matchAll(this.pattern)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  }

  first(text: string): PhraseMatch | null {
    return this.all(text)[0] ?? null;
  }

  test(text: string): boolean {
    return this.all(text).length > 0;
  }

  /** Whole-string match, ignoring case. */
  is(text: string): boolean {
    return this.whole?.test(text.trim()) ?? false;
  }
}

export interface Cues {
  increase: PhraseMatcher;
  decrease: PhraseMatcher;
  hypoHyper: { prefix: string; direction: 'increase' | 'decrease' }[];
  hypoHyperBlocked: Set<string>;
  directionPrefixes: { prefix: string; direction: 'increase' | 'decrease' }[];
  directionPrefixStems: Set<string>;
  noDifference: PhraseMatcher;
  nonSignificance: PhraseMatcher;
  undirectedDifference: PhraseMatcher;
  outcomeNouns: PhraseMatcher;
  unnamedGroupComparisons: PhraseMatcher;
  positiveCorrelation: PhraseMatcher;
  negativeCorrelation: PhraseMatcher;
  /** Words that give a correlation its sign wherever they stand before it ("a strong positive linear correlation"). */
  positiveSignWords: PhraseMatcher;
  negativeSignWords: PhraseMatcher;
  correlation: PhraseMatcher;
  noCorrelation: PhraseMatcher;
  association: PhraseMatcher;
  variation: PhraseMatcher;
  discrimination: PhraseMatcher;
  negations: PhraseMatcher;
  hedges: PhraseMatcher;
  skipPhrases: PhraseMatcher;
  skipPatterns: RegExp[];
  trailingClauseMarkers: string[];
  clauseSeparators: RegExp;
  comparatorIntros: PhraseMatcher;
  groupHeads: PhraseMatcher;
  controlWords: PhraseMatcher;
  groupModifiers: Set<string>;
  subgroupFeatureIntros: PhraseMatcher;
  sampleWords: PhraseMatcher;
  /** "in their EVs": where a quantity was measured, not part of its name. */
  specimenPhrases: PhraseMatcher;
  treatmentGroupWords: PhraseMatcher;
  demographicGroups: PhraseMatcher;
  verbs: PhraseMatcher;
  adverbs: PhraseMatcher;
  leadIns: PhraseMatcher;
  quantityWords: PhraseMatcher;
  umbrellaHeads: Set<string>;
  genericSubjects: Set<string>;
  /** Head nouns that name a tool, method or manner, never a measured thing ("a machine learning model"). */
  nonEntityHeads: Set<string>;
  subordinators: PhraseMatcher;
  /** Compiled lazily because patterns mention the intervention lexicon. */
  timeContrastSources: CueFile['timeContrastPatterns'];
  treatmentEffects: TreatmentEffectCues;
}

export type TreatmentEffect = 'reduce' | 'raise' | 'improve' | 'worsen' | 'none';

export interface TreatmentEffectCues {
  verbs: Record<TreatmentEffect, PhraseMatcher>;
  nouns: Record<Exclude<TreatmentEffect, 'none'>, PhraseMatcher>;
  agentHeads: Set<string>;
  lowerIsBetter: PhraseMatcher;
  higherIsBetter: PhraseMatcher;
}

function readCueFile(): CueFile {
  return JSON.parse(readFileSync(new URL('../../../data/lexicon/cues.json', import.meta.url), 'utf8')) as CueFile;
}

/** How an exclusion names one item of a cue list: a phrase as written, a pattern's source, a prefix. */
function itemId(item: unknown): string | null {
  if (typeof item === 'string') return item;
  const pattern = (item as { pattern?: unknown } | null)?.pattern;
  return typeof pattern === 'string' ? pattern : null;
}

/** Every item of cues.json by its key, as exclusions name them (for the k-fold evaluation). */
export function cueItems(): Map<string, string[]> {
  const items = new Map<string, string[]>();
  for (const [key, value] of Object.entries(readCueFile())) {
    if (Array.isArray(value))
      items.set(
        key,
        value.map(itemId).filter((id): id is string => id !== null),
      );
    else if (value && typeof value === 'object') items.set(key, Object.keys(value));
  }
  return items;
}

/** The file as if the excluded items had never been written. */
function withoutItems(file: CueFile, excluded: Exclusions['cues']): CueFile {
  if (!excluded) return file;
  const kept: Record<string, unknown> = { ...file };
  for (const [key, ids] of Object.entries(excluded)) {
    const value = kept[key];
    if (Array.isArray(value)) kept[key] = value.filter((item) => !ids.has(itemId(item) ?? ''));
    else if (value && typeof value === 'object')
      kept[key] = Object.fromEntries(Object.entries(value).filter(([k]) => !ids.has(k)));
  }
  return kept as unknown as CueFile;
}

/** One compiled copy per exclusion scope (exclusions.ts); outside any scope, the file as written. */
const loaded = new WeakMap<Exclusions, Cues>();

export function cues(): Cues {
  const excluded = activeExclusions();
  const cached = loaded.get(excluded);
  if (cached) return cached;
  const compiled = compileCues(withoutItems(readCueFile(), excluded.cues));
  loaded.set(excluded, compiled);
  return compiled;
}

function compileCues(file: CueFile): Cues {
  const lower = (list: string[]) => new Set(list.map((s) => s.toLowerCase()));
  return {
    increase: new PhraseMatcher(file.increase),
    decrease: new PhraseMatcher(file.decrease),
    hypoHyper: Object.entries(file.hypoHyperPrefixes).map(([prefix, direction]) => ({ prefix, direction })),
    hypoHyperBlocked: lower(file.hypoHyperBlocked),
    directionPrefixes: Object.entries(file.directionPrefixes ?? {}).map(([prefix, direction]) => ({
      prefix,
      direction,
    })),
    directionPrefixStems: lower(file.directionPrefixStems ?? []),
    noDifference: new PhraseMatcher(file.noDifference),
    nonSignificance: new PhraseMatcher(file.nonSignificance),
    undirectedDifference: new PhraseMatcher(file.undirectedDifference),
    outcomeNouns: new PhraseMatcher(file.outcomeNouns ?? []),
    unnamedGroupComparisons: new PhraseMatcher(file.unnamedGroupComparisons ?? []),
    positiveCorrelation: new PhraseMatcher(file.positiveCorrelation),
    negativeCorrelation: new PhraseMatcher(file.negativeCorrelation),
    positiveSignWords: new PhraseMatcher(file.positiveSignWords),
    negativeSignWords: new PhraseMatcher(file.negativeSignWords),
    correlation: new PhraseMatcher(file.correlation),
    noCorrelation: new PhraseMatcher(file.noCorrelation),
    association: new PhraseMatcher(file.association),
    variation: new PhraseMatcher(file.variation),
    discrimination: new PhraseMatcher(file.discrimination),
    negations: new PhraseMatcher(file.negations),
    hedges: new PhraseMatcher(file.hedges),
    skipPhrases: new PhraseMatcher(file.skipPhrases),
    skipPatterns: file.skipPatterns.map((p) => new RegExp(p, 'i')),
    trailingClauseMarkers: file.trailingClauseMarkers,
    clauseSeparators: new RegExp(file.clauseSeparatorPatterns.join('|'), 'gi'),
    comparatorIntros: new PhraseMatcher(file.comparatorIntros),
    groupHeads: new PhraseMatcher(file.groupHeads),
    controlWords: new PhraseMatcher(file.controlWords),
    groupModifiers: lower(file.groupModifiers),
    subgroupFeatureIntros: new PhraseMatcher(file.subgroupFeatureIntros),
    sampleWords: new PhraseMatcher(file.sampleWords),
    specimenPhrases: new PhraseMatcher(file.specimenPhrases),
    treatmentGroupWords: new PhraseMatcher(file.treatmentGroupWords),
    demographicGroups: new PhraseMatcher(file.demographicGroups),
    verbs: new PhraseMatcher(file.verbs),
    adverbs: new PhraseMatcher(file.adverbs),
    leadIns: new PhraseMatcher(file.leadIns),
    quantityWords: new PhraseMatcher(file.quantityWords),
    umbrellaHeads: lower(file.umbrellaHeads),
    genericSubjects: lower(file.genericSubjects),
    nonEntityHeads: lower(file.nonEntityHeads),
    subordinators: new PhraseMatcher(file.subordinators ?? []),
    timeContrastSources: file.timeContrastPatterns,
    treatmentEffects: {
      verbs: {
        reduce: new PhraseMatcher(file.treatmentReduceVerbs),
        raise: new PhraseMatcher(file.treatmentRaiseVerbs),
        improve: new PhraseMatcher(file.treatmentImproveVerbs),
        worsen: new PhraseMatcher(file.treatmentWorsenVerbs),
        none: new PhraseMatcher(file.treatmentNullVerbs),
      },
      nouns: {
        reduce: new PhraseMatcher(file.treatmentReduceNouns),
        raise: new PhraseMatcher(file.treatmentRaiseNouns),
        improve: new PhraseMatcher(file.treatmentImproveNouns),
        worsen: new PhraseMatcher(file.treatmentWorsenNouns),
      },
      agentHeads: lower(file.treatmentAgentHeads),
      lowerIsBetter: new PhraseMatcher(file.lowerIsBetter),
      higherIsBetter: new PhraseMatcher(file.higherIsBetter),
    },
  };
}

// The extractor asks for these twice a sentence with the same names (the whole intervention lexicon), and building
// them is a quarter of extraction's time; callers reset lastIndex (test) or use replace, so sharing them is safe.
let lastContrasts: { cues: Cues; key: string; contrasts: TimeContrast[] } | null = null;

/** Time-contrast patterns with INTERVENTION replaced by the given intervention names. */
export function timeContrasts(interventionNames: readonly string[]): TimeContrast[] {
  const key = interventionNames.join('\u0000');
  const current = cues();
  if (lastContrasts?.cues === current && lastContrasts.key === key) return lastContrasts.contrasts;
  const names = [...interventionNames].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const alternation = names.length ? names.join('|') : '(?!)';
  const contrasts = current.timeContrastSources.map((source) => ({
    pattern: new RegExp(source.pattern.replace(/INTERVENTION/g, alternation), 'giu'),
    comparator: source.comparator,
    treatment: source.treatment === true,
    namesIntervention: source.pattern.includes('INTERVENTION'),
  }));
  lastContrasts = { cues: current, key, contrasts };
  return contrasts;
}
