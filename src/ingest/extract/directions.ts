// Direction cues of a clause: which words say "higher", "lower", "no different" or only "different", and where.
// Shared by the difference frame and the reading of directed parts.

import type { Relation } from '../record.ts';
import { groundName } from '../ground/index.ts';
import { cues, type PhraseMatch } from './cues.ts';
import { predicateVerbSpans } from './pos.ts';

export type Direction = 'increase' | 'decrease' | 'none' | 'undirected';

export function directionOf(cueText: string): Direction {
  const c = cues();
  if (c.noDifference.is(cueText)) return 'none';
  if (c.increase.is(cueText)) return 'increase';
  if (c.decrease.is(cueText)) return 'decrease';
  for (const { prefix, direction } of c.hypoHyper) if (cueText.toLowerCase().startsWith(prefix)) return direction;
  const prefixed = prefixedDirection(cueText);
  if (prefixed) return prefixed;
  const derived = derivedVerbDirection(cueText);
  if (derived) return derived;
  return 'undirected';
}

export function relationOf(direction: Direction): Relation {
  switch (direction) {
    case 'increase':
      return 'ELEVATED_IN';
    case 'decrease':
      return 'REDUCED_IN';
    case 'none':
      return 'NOT_DIFFERENT_IN';
    case 'undirected':
      return 'ASSOCIATED_WITH';
  }
}

/**
 * The quantity a direction morpheme's word measures: "hypomethylated"/"hypermethylation" → methylation,
 * "hypoperfused" → perfusion, "hypometabolic" → metabolism, "hyperactive" → activity, "dysfunctional" → function.
 * `adjective` when the word describes something else ("X were hypomethylated", "a hypometabolic state"). Null when
 * the word's stem gives no noun by these regular derivations.
 */
export function morphemeMeasure(word: string): { noun: string; adjective: boolean } | null {
  const stem = /^(?:hypo|hyper|dys)-?(\p{L}{4,})$/iu.exec(word)?.[1]?.toLowerCase();
  if (!stem) return null;
  const derivations: [RegExp, string][] = [
    [/ated$/, 'ation'],
    [/ized$/, 'ization'],
    [/ised$/, 'isation'],
    [/used$/, 'usion'],
    [/olic$/, 'olism'],
    [/ive$/, 'ivity'],
    [/able$/, 'ability'],
    [/ional$/, 'ion'],
  ];
  for (const [suffix, noun] of derivations)
    if (suffix.test(stem)) return { noun: stem.replace(suffix, noun), adjective: true };
  if (/(?:ion|ism|ity)$/.test(stem)) return { noun: stem, adjective: false };
  return null;
}

/**
 * A verb made from a comparative cue: "lowered" (lower), "weakened" (weaker), "slowed" (slower), "lessened" (less),
 * "deepened" (deeper): the comparative's direction.
 */
function derivedVerbDirection(word: string): 'increase' | 'decrease' | null {
  const c = cues();
  const w = word.toLowerCase();
  const stem = /^(\p{L}{3,}?)(?:ened|ed)$/u.exec(w);
  if (!stem) return null;
  const base = stem[1]!;
  const forms = w.endsWith('ened') ? [base, `${base}er`] : [base, `${base}er`, `${base}r`];
  for (const form of forms) {
    if (c.increase.is(form)) return 'increase';
    if (c.decrease.is(form)) return 'decrease';
  }
  return null;
}

/** "downregulated", "up-regulation", "overexpressed", "under-activated": a direction prefix on a regulation stem. */
function prefixedDirection(word: string): 'increase' | 'decrease' | null {
  const c = cues();
  const lower = word.toLowerCase();
  for (const { prefix, direction } of c.directionPrefixes) {
    if (!lower.startsWith(prefix)) continue;
    const stem = lower.slice(prefix.length).replace(/^-/, '');
    if (c.directionPrefixStems.has(stem)) return direction;
  }
  return null;
}

/** hypo-/hyper- words ("hypomethylation", "hypometabolic") as cues, except established terms like "hypothesis". */
function hypoHyperCues(masked: string): PhraseMatch[] {
  const c = cues();
  const found: PhraseMatch[] = [];
  for (const m of masked.matchAll(/\b(hypo|hyper)[a-z-]{4,}\b/gi)) {
    if (c.hypoHyperBlocked.has(m[0].toLowerCase())) continue;
    // "hypoxanthine": a molecule the ontologies name is no direction.
    if (groundName(m[0])?.entityType === 'Biomarker') continue;
    // "hyperaemia", "hypoxia", "hypokalaemia": a word with no measure by the regular derivations names a state.
    if (!morphemeMeasure(m[0]) && !/ness$/i.test(m[0])) continue;
    found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const m of masked.matchAll(/\b\p{L}{3,}ed\b/giu)) {
    if (derivedVerbDirection(m[0]) && !c.increase.is(m[0]) && !c.decrease.is(m[0]))
      found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const m of masked.matchAll(/\b(?:up|down|over|under)-?[a-z]{6,}\b/gi)) {
    // A word the phrase lists already hold is read once, by them.
    if (prefixedDirection(m[0]) && !c.increase.is(m[0]) && !c.decrease.is(m[0]))
      found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return found;
}

export interface DirectionCue extends PhraseMatch {
  direction: Direction;
}

export function directionCues(masked: string): DirectionCue[] {
  const c = cues();
  const all: DirectionCue[] = [
    ...c.noDifference.all(masked).map((m) => ({ ...m, direction: 'none' as const })),
    ...c.increase.all(masked).map((m) => ({ ...m, direction: 'increase' as const })),
    ...c.decrease.all(masked).map((m) => ({ ...m, direction: 'decrease' as const })),
    ...hypoHyperCues(masked).map((m) => ({ ...m, direction: directionOf(m.text) })),
    ...c.undirectedDifference.all(masked).map((m) => ({ ...m, direction: 'undirected' as const })),
  ];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  return all.filter(
    (cue, i) =>
      !isQuantityBound(masked, cue) &&
      !namesGroup(masked, cue) &&
      !all.some(
        (other, j) =>
          j !== i && other.start <= cue.start && other.end >= cue.end && other.end - other.start > cue.end - cue.start,
      ),
  );
}

/** "unaffected co-twins", "unaffected siblings": a word that describes a group is part of its name, not a result. */
function namesGroup(masked: string, cue: PhraseMatch): boolean {
  const c = cues();
  const next = /^\s+([\p{L}-]+)/u.exec(masked.slice(cue.end))?.[1];
  return c.groupModifiers.has(cue.text.toLowerCase()) && next !== undefined && c.groupHeads.is(next);
}

/** "more than 50%", "less than 40 mm", "fewer than three": a bound on a count, not a direction. */
function isQuantityBound(masked: string, cue: PhraseMatch): boolean {
  return (
    /^(?:more|less|fewer)$/i.test(cue.text) &&
    /^\s+than\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|half|a (?:third|quarter|half)|twice)/i.test(
      masked.slice(cue.end),
    )
  );
}

/** A cue used as an adjective: a noun follows it ("impaired concentration"), not a group, comparator or clause end. */
const ATTRIBUTIVE =
  /^\s+(?!(?:in|among|than|and|or|by|to|from|at|with|after|during|compared|relative|versus|vs|over|across|between|on|for|when|while|whereas|but|as|only|significantly|both|each|all|the|a|an|until|before|following|within|throughout|during|under|further|more|less|most|least|again|still|slightly|\p{L}+ly)\b)\p{Ll}[\p{L}\d-]*/iu;
/** A cue a copula predicates: "were each more common", "was significantly higher". */
const PREDICATED = /\b(?:was|were|is|are|remained|became)\s+(?:(?:not|each|all|both|also|still|[\w-]+ly)\s+){0,2}$/i;

export function isPredicatedCue(masked: string, cue: PhraseMatch): boolean {
  return PREDICATED.test(masked.slice(0, cue.start));
}

/**
 * "impaired concentration … were each more common": the cue names a thing; the clause's predicate is elsewhere. Not
 * the object of a verb before it ("patients showed reduced X and a lower Y"), whose cue is the predicate's.
 */
export function isAttributiveCue(masked: string, cue: PhraseMatch): boolean {
  return (
    ATTRIBUTIVE.test(masked.slice(cue.end)) &&
    !isPredicatedCue(masked, cue) &&
    !predicateVerbSpans(masked.slice(0, cue.start)).length
  );
}

export function negatedBefore(masked: string, at: number): boolean {
  return cues().negations.all(masked.slice(0, at)).length > 0;
}

// "a difference that missed statistical significance", "non-significantly higher", "did not attain significance":
// a negation of significance with up to two words between, beside the phrases of cues.json.
const NEGATED_SIGNIFICANCE =
  /\b(?:(?:non-?|in)significant(?:ly)?|(?:not|failed to|fell short of|short of|missed|missing|without\s+(?:reaching|attaining|achieving))\s+(?:[\p{L}-]+\s+){0,2}?(?:statistical(?:ly)?\s+)?significan\w*)/iu;

/** A directed difference the clause says the study did not establish: read as no difference. */
export function nonSignificant(masked: string): boolean {
  return nonSignificanceAt(masked) >= 0;
}

/** Where the clause first says a result was not significant; -1 when it does not. */
export function nonSignificanceAt(masked: string): number {
  const starts = [cues().nonSignificance.first(masked)?.start, NEGATED_SIGNIFICANCE.exec(masked)?.index].filter(
    (at) => at !== undefined,
  );
  return starts.length ? Math.min(...starts) : -1;
}
