// Value contrasts: "Mean blood volume was 56 ml/kg in patients with OI, against 66 ml/kg in patients without OI".
// Two figures in one unit, each in its own group, are a higher/lower finding for the non-reference group (rule 1)
// even though no direction word is written.

import type { Claim, ClauseResult, SentenceContext } from './claims.ts';
import { changeOfMeasure } from './change-measure.ts';
import { cues } from './cues.ts';
import { entitiesFromChunk } from './entities.ts';
import type { EntityRef } from '../record.ts';
import { comparatorText, findGroupPhrases, resolveGroup, type GroupPhrase, type StudyContext } from './groups.ts';
import { nonSignificant } from './directions.ts';
import { parsePValues, significanceOfP } from './statistics.ts';
import { leadingTime } from './leading-time.ts';
import { scanLexicon } from './lexicon.ts';
import { maskParentheses, tidy } from './text.ts';

const NUMBER = String.raw`(-?\d+(?:[.,]\d+)*)`;
// "46 ± 11 bpm": a spread after the value is not part of it.
const SPREAD = String.raw`(?:\s*±\s*\d+(?:[.,]\d+)?)?`;
const UNIT = String.raw`([^\s\d,;±][^\s,;]*)?`;
const CONTRAST = String.raw`(?:against|versus|vs\.?|compared (?:with|to)|as against|while|whereas|and)`;
/** "<measure> was|made up …": the measure and where its figures begin. */
const VALUE_HEAD =
  /^(.+?)\s+(?:was|were|averaged|measured|made up|accounted for|reached|stood at|came to|covered|occupied|totall?ed|amounted to)\s+(?:a (?:mean|median|average) of\s+|on average\s+)?(?=-?\d)/i;
/**
 * One figure and its group: "6.1 hours in mild ME/CFS", "14.2% of monocytes in long COVID", "71% of predicted in …",
 * "81% with chronic fatigue syndrome".
 */
const VALUE_IN_GROUP = new RegExp(
  String.raw`^${NUMBER}${SPREAD}\s*${UNIT}(?:\s+of\s+(?:the\s+)?[^,;]+?)?\s+(?:in|among|for|with|on)\s+(.+?)\s*$`,
  'i',
);
/** Where one figure ends and the next begins: ", 9.8% in …", " and 21% in …", ", against 9.2 hours in …". */
const NEXT_VALUE = new RegExp(
  // (A comma right before a digit is inside a figure: "1,020 mL".)
  String.raw`\s*,(?!\d)\s*(?:${CONTRAST}\s+)?(?:just\s+|only\s+)?(?=-?\d)|\s+${CONTRAST}\s+(?:just\s+|only\s+)?(?=-?\d)`,
  'gi',
);
// "ME/CFS patients took a median of 3,210 steps per day, compared with 8,940 in healthy controls": the group first,
// the measure after its figure.
const GROUP_VALUE_CONTRAST = new RegExp(
  String.raw`^(.+?)\s+(?:had|took|showed|reached|walked|slept|spent|achieved|scored)\s+(?:a (?:mean|median|average) of\s+|on average\s+)?${NUMBER}${SPREAD}\s+(\p{L}.*?)\s*,?\s+${CONTRAST}\s+(?:just\s+|only\s+)?${NUMBER}${SPREAD}(?:\s+\S+)?\s+(?:in|among|for)\s+(.+?)\s*$`,
  'iu',
);
// "During a 10-minute active stand, …": how the values were obtained, not the measure's name.
const LEADING_ADJUNCT = /^\s*(?:during|at|after|on|in)\s+[^,]+,\s*/i;

const ONLY_ONE_DIFFERED =
  /\bonly\s+(?:the\s+)?([\p{L}-]+)\s+(?:group|patients|subgroup|arm)\s+(?:differing|differed|differs|stood\s+apart|standing\s+apart)\b/iu;

const ANAPHORIC_SUBJECT = /^(?:the\s+)?(?:corresponding|respective|equivalent|same|these|those|such)\b/i;

interface GroupValue {
  value: number;
  unit: string;
  group: GroupPhrase;
}

/** "3,210" is three thousand; "3,2" (a decimal comma) is three point two. */
function numberOf(written: string): number {
  return Number(/,\d{3}(?!\d)/.test(written) ? written.replace(/,/g, '') : written.replace(',', '.'));
}

/** The figures of a value series, each with its group, or null when any part is not a figure in a group. */
function groupValues(series: string): GroupValue[] | null {
  const matches = series.split(NEXT_VALUE).map((part) => VALUE_IN_GROUP.exec(part));
  // "27% for A, 11% for controls, and 5% for B": a group that holds a figure of its own is not one group.
  if (matches.some((m) => !m || /\d/.test(m[3]!))) return null;
  const parts = matches as RegExpExecArray[];
  const written = parts.map((m) => m[3]!);
  // "33 in recovered and 31 in never-infected adults": a modifier alone shares the people another group names.
  const people = written
    .map((text) => findGroupPhrases(text)[0]?.text.split(/\s+/).at(-1) ?? '')
    .find((word) => cues().groupHeads.is(word) || cues().demographicGroups.is(word));
  // "6.1 hours in mild, 3.9 in moderate and 1.4 in severe ME/CFS": so does one that shares a condition.
  const condition = written.map((text) => scanLexicon(text, ['Condition'])[0]?.text).find(Boolean);
  const values: GroupValue[] = [];
  for (const [i, m] of parts.entries()) {
    const alone = /^(?:the\s+)?(\S+)$/.exec(written[i]!);
    const group =
      findGroupPhrases(written[i]!)[0] ??
      // "5.9 with IVIG and 6.1 with placebo": a treatment a figure was taken on is its arm.
      onTreatment(written[i]!) ??
      (alone && people && cues().controlWords.is(alone[1]!)
        ? findGroupPhrases(`${alone[1]} ${people}`)[0]
        : undefined) ??
      (alone && condition ? findGroupPhrases(`${alone[1]} ${condition}`)[0] : undefined);
    if (!group) return null;
    values.push({ value: numberOf(m[1]!), unit: (m[2] ?? '').toLowerCase(), group });
  }
  const unit = values[0]?.unit ?? '';
  return values.length >= 2 && values.every((v) => v.unit === unit || v.unit === '') ? values : null;
}

/** The arm of a treatment named alone ("IVIG" in "5.9 with IVIG"), as "on IVIG" names it; undefined otherwise. */
function onTreatment(written: string): GroupPhrase | undefined {
  const phrase = findGroupPhrases(`on ${written}`)[0];
  return phrase && phrase.end === written.length + 3
    ? { ...phrase, start: phrase.start - 3, end: phrase.end - 3 }
    : undefined;
}

/**
 * Which figure is set against which: each patient group's against each reference group's; of two patient groups
 * with no reference, the first against the second.
 */
function contrastedValues(values: GroupValue[]): [GroupValue, GroupValue][] {
  const references = values.filter((v) => v.group.kind === 'control');
  const targets = values.filter((v) => v.group.kind !== 'control');
  if (!references.length) return values.length === 2 ? [[values[0]!, values[1]!]] : [];
  return targets.flatMap((t) => references.map((r): [GroupValue, GroupValue] => [t, r]));
}

export function valueContrastFrame(
  clause: string,
  study: StudyContext,
  sentence: SentenceContext,
): ClauseResult | null {
  // ("One minute after exercise, …": a time the sentence opens with is an adjunct too.)
  const adjunct =
    LEADING_ADJUNCT.exec(maskParentheses(clause)) ?? (leadingTime(clause) ? /^[^,]*,\s*/.exec(clause) : null);
  const body = adjunct ? clause.slice(adjunct[0].length) : clause;
  const masked = maskParentheses(body);
  const head = VALUE_HEAD.exec(masked);
  const g = head ? null : GROUP_VALUE_CONTRAST.exec(masked);
  let pairs: [GroupValue, GroupValue][];
  let written: string;
  if (head) {
    const values = groupValues(masked.slice(head[0].length));
    if (!values) return null;
    pairs = contrastedValues(values);
    written = body.slice(0, head[1]!.length);
  } else if (g) {
    const firstGroup = findGroupPhrases(g[1]!)[0];
    const secondGroup = findGroupPhrases(g[5]!)[0];
    if (!firstGroup || !secondGroup || /\d/.test(g[5]!)) return null;
    pairs = contrastedValues([
      { value: numberOf(g[2]!), unit: '', group: firstGroup },
      { value: numberOf(g[4]!), unit: '', group: secondGroup },
    ]);
    written = g[3]!;
  } else return null;

  // "The arginine ratio, arginine divided by ornithine, was …": an appositive between commas defines the measure.
  const appositive = /^([^,]+),\s+[^,]+,\s*$/.exec(written);
  const subjectText = tidy(appositive ? appositive[1]! : written).replace(
    /^(?:the\s+)?(?:mean|median|average)\s+/i,
    '',
  );
  // "The corresponding figures were …": a subject that points back names no measure of its own.
  if (ANAPHORIC_SUBJECT.test(subjectText)) return null;
  // "The peak rise in X was 14% in A and 21% in B": a change given as a figure per group is what was measured.
  const change = changeOfMeasure(subjectText);
  const subjects = change ? [change] : entitiesFromChunk(subjectText);
  if (!subjects.length) return null;
  // "…, differences that did not reach significance (p = 0.18)": figures that differ by chance.
  const ps = parsePValues(clause);
  const byChance =
    nonSignificant(maskParentheses(clause)) || (ps.length > 0 && ps.every((p) => significanceOfP(p) === false));
  // "…, only the severe group differing from controls": the other groups' figures differ by chance and claim nothing.
  const only = ONLY_ONE_DIFFERED.exec(maskParentheses(clause))?.[1]?.toLowerCase();
  const claims: Claim[] = [];
  const objectsSeen: EntityRef[] = [];
  for (const [target, reference] of pairs) {
    if ((target.value === reference.value && !byChance) || target.group.kind === 'control') continue;
    if (only && !target.group.text.toLowerCase().split(/\s+/).includes(only)) continue;
    const objects = resolveGroup(target.group, study, { treatmentContext: sentence.treatment });
    objectsSeen.push(...objects);
    const comparator = comparatorText(reference.group.text);
    for (const subject of subjects)
      for (const object of objects)
        claims.push({
          subject,
          relation: byChance ? 'NOT_DIFFERENT_IN' : target.value > reference.value ? 'ELEVATED_IN' : 'REDUCED_IN',
          sign: null,
          object,
          objectMention: null,
          comparator: comparator || null,
          cueStrength: 0.7,
        });
  }
  const named = [...new Map(objectsSeen.map((o) => [o.name, o])).values()];
  return claims.length ? { claims, group: named.length === 1 ? named[0]! : null } : null;
}
