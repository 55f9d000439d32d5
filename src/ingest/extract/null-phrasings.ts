// Nulls phrased around their groups or over a class: "Patients did not differ from controls in resting heart rate",
// "No organic acid separated patients from controls", "Patients and controls did not differ on any cytokine", "In no
// region did NAA separate A from B". Each is rewritten as the plain null the difference frame reads ("organic acids did
// not differ between patients and controls"), a class named in the plural, as a statement about all its members is.

import { findGroupPhrases } from './groups.ts';
import { plural } from './name-variants.ts';
import { withSharedGroupHeadDistributed } from './sentence-rewrites.ts';
import { maskParentheses, unsentenceCase } from './text.ts';

// ("No organic acid separated A from B", "none of the cytokines distinguished A from B".)
const NONE_SEPARATED =
  /^\s*(?:no|none\s+of\s+the)\s+([^,;]+?)\s+(?:separated|distinguished|discriminated)\s+([^,;]+?)\s+from\s+(\S[^,;]*?)(?=\s*[,;(]|\s*$)/di;
// ("No salivary protein differed between …", "no cytokine was different from …".)
const NONE_DIFFERED = /^\s*no\s+([^,;]+?)\s+(?=(?:differed|was\s+different|was\s+altered)\b)/di;
// ("A and B did not differ on any X", "A did not differ from B in any X", "A did not differ from B in X".)
const NOT_IN_ANY =
  /^\s*([^,;]+?)\s+did\s+not\s+differ(?:\s+from\s+([^,;]+?))?\s+(?:in|on)\s+(?:(any|every)\s+)?(?!(?:either|both|each|all|the\s+(?:two|three|four))\b)([^,;]+?)(?=\s*[,;(]|\s*$)/di;
// ("In no region did NAA/creatine separate long COVID from recovered adults".)
const IN_NO =
  /^\s*in\s+no\s+([^,;]+?)\s+did\s+([^,;]+?)\s+(?:separate|distinguish|differ\s+between)\s+([^,;]+?)\s+(?:from|and)\s+(\S[^,;]*?)(?=\s*[,;(]|\s*$)/di;

// ("any gene after correction", "any barrier marker at either time point": when or how it was read follows the class.)
const CLASS_CONTEXT = /\s+(?:after|at|before|during|over|across|in|on|from|between)\s.*$/i;

/** "organic acid" → "organic acids": the class a quantifier ranged over, by its plural (before its context). */
function classNamed(written: string): string {
  const context = CLASS_CONTEXT.exec(written);
  if (context) return `${classNamed(written.slice(0, context.index))}${context[0]}`;
  const words = written.trim().split(/\s+/);
  const many = plural(words.at(-1)!.toLowerCase());
  return many && words.at(-1) === words.at(-1)!.toLowerCase()
    ? [...words.slice(0, -1), many].join(' ')
    : written.trim();
}

/**
 * Whether "A did not differ (from B) in|on (any) X" compares two groups on a measure: with a quantifier, when two groups
 * are named; without one, only two groups and a measure ("from baseline in 2019" compares times, "in women" names a
 * group, "in this respect" points back).
 */
function comparesGroups(m: RegExpExecArray): boolean {
  const [, first = '', second, quantifier, measure = ''] = m;
  if (quantifier) return !!second || /\s(?:and|or)\s/i.test(first);
  return (
    !!second &&
    findGroupPhrases(first).length > 0 &&
    findGroupPhrases(second).length > 0 &&
    !findGroupPhrases(measure).length &&
    !/\b(?:baseline|pre-?\S+|values?|levels?|norms?)\b/i.test(second) &&
    !/^\d|\b(?:day|week|month|year|visit|time|respect|regard|way)s?\b|\b(?:this|that|these|those|which)\b/i.test(
      measure,
    )
  );
}

/** The clause's null phrased around its groups or over a class as the plain null, or the clause unchanged. */
export function withNullPhrasingAsPlain(clause: string): string {
  const masked = maskParentheses(clause);
  // The clause's own words for a group of a match on the masked text.
  const of = (m: RegExpExecArray, i: number) => clause.slice(m.indices![i]![0], m.indices![i]![1]);
  const after = (m: RegExpExecArray) => clause.slice(m[0].length);
  const separated = NONE_SEPARATED.exec(masked);
  if (separated)
    return `${classNamed(of(separated, 1))} did not differ between ${of(separated, 2)} and ${of(separated, 3)}${after(separated)}`;
  const differed = NONE_DIFFERED.exec(masked);
  if (differed)
    return `${classNamed(of(differed, 1))} did not differ${after(differed).replace(/^(?:differed|was\s+different|was\s+altered)\b/i, '')}`;
  const notInAny = NOT_IN_ANY.exec(masked);
  if (notInAny && comparesGroups(notInAny)) {
    // (The groups opened the sentence: "Recovered adults" is written in its case.)
    const first = unsentenceCase(of(notInAny, 1));
    const measure = notInAny[3] ? classNamed(of(notInAny, 4)) : of(notInAny, 4);
    // ("X in A did not differ from that in B": "between A and B" would let a list A opens, "with comorbid migraine",
    // take B. Two reference groups are set against each other only by "between".)
    const references = [notInAny[1]!, notInAny[2] ?? ''].every((text) =>
      findGroupPhrases(text).some((group) => group.kind === 'control'),
    );
    if (notInAny[2] && !references)
      return `${measure} in ${first} did not differ from that in ${of(notInAny, 2)}${after(notInAny)}`;
    const groups = notInAny[2] ? `${first} and ${of(notInAny, 2)}` : first;
    return withSharedGroupHeadDistributed(`${measure} did not differ between ${groups}${after(notInAny)}`);
  }
  const inNo = IN_NO.exec(masked);
  if (inNo)
    return `${of(inNo, 2)} did not differ between ${of(inNo, 3)} and ${of(inNo, 4)} in any ${of(inNo, 1)}${after(inNo)}`;
  return clause;
}
