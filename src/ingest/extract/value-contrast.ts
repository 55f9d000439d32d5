// Value contrasts: "Mean blood volume was 56 ml/kg in patients with OI, against 66 ml/kg in patients without OI".
// Two figures in one unit, each in its own group, are a higher/lower finding for the non-reference group (rule 1)
// even though no direction word is written.

import type { Claim, ClauseResult, SentenceContext } from './claims.ts';
import { entitiesFromChunk } from './entities.ts';
import { comparatorText, findGroupPhrases, resolveGroup, type StudyContext } from './groups.ts';
import { maskParentheses, tidy } from './text.ts';

const NUMBER = String.raw`(-?\d+(?:[.,]\d+)*)`;
// "46 ± 11 bpm": a spread after the value is not part of it.
const SPREAD = String.raw`(?:\s*±\s*\d+(?:[.,]\d+)?)?`;
const UNIT = String.raw`([^\s\d,;±][^\s,;]*)?`;
const CONTRAST = String.raw`(?:against|versus|vs\.?|compared (?:with|to)|as against|while|whereas|and)`;
const VALUE_CONTRAST = new RegExp(
  String.raw`^(.+?)\s+(?:was|were|averaged|measured)\s+(?:a (?:mean|median|average) of\s+|on average\s+)?${NUMBER}${SPREAD}\s*${UNIT}\s+(?:in|among|for)\s+(.+?)\s*,?\s+${CONTRAST}\s+(?:just\s+|only\s+)?${NUMBER}${SPREAD}\s*${UNIT}\s+(?:in|among|for)\s+(.+?)\s*$`,
  'i',
);
// "ME/CFS patients took a median of 3,210 steps per day, compared with 8,940 in healthy controls": the group first,
// the measure after its figure.
const GROUP_VALUE_CONTRAST = new RegExp(
  String.raw`^(.+?)\s+(?:had|took|showed|reached|walked|slept|spent|achieved|scored)\s+(?:a (?:mean|median|average) of\s+|on average\s+)?${NUMBER}${SPREAD}\s+(\p{L}.*?)\s*,?\s+${CONTRAST}\s+(?:just\s+|only\s+)?${NUMBER}${SPREAD}(?:\s+\S+)?\s+(?:in|among|for)\s+(.+?)\s*$`,
  'iu',
);
// "During a 10-minute active stand, …": how the values were obtained, not the measure's name.
const LEADING_ADJUNCT = /^\s*(?:during|at|after|on|in)\s+[^,]+,\s*/i;

/** "3,210" is three thousand; "3,2" (a decimal comma) is three point two. */
function numberOf(written: string): number {
  return Number(/,\d{3}(?!\d)/.test(written) ? written.replace(/,/g, '') : written.replace(',', '.'));
}

export function valueContrastFrame(
  clause: string,
  study: StudyContext,
  sentence: SentenceContext,
): ClauseResult | null {
  const adjunct = LEADING_ADJUNCT.exec(maskParentheses(clause));
  const body = adjunct ? clause.slice(adjunct[0].length) : clause;
  const masked = maskParentheses(body);
  const m = VALUE_CONTRAST.exec(masked);
  const g = m ? null : GROUP_VALUE_CONTRAST.exec(masked);
  if (!m && !g) return null;
  const [, subjectSpan, firstValue, firstUnit = '', firstGroupText, secondValue, secondUnit = '', secondGroupText] = m
    ? m
    : [g![0], '', g![2], '', g![1], g![4], '', g![5]];
  if (firstUnit.toLowerCase() !== secondUnit.toLowerCase() && secondUnit !== '') return null;
  // "27% for A, 11% for controls, and 5% for B": more than two figures are a series, not one contrast.
  if (/\d/.test(firstGroupText!) || /\d/.test(secondGroupText!)) return null;
  const first = numberOf(firstValue!);
  const second = numberOf(secondValue!);
  if (first === second) return null;
  const firstGroup = findGroupPhrases(firstGroupText!)[0];
  const secondGroup = findGroupPhrases(secondGroupText!)[0];
  if (!firstGroup || !secondGroup) return null;
  const [target, reference, higher] =
    firstGroup.kind === 'control'
      ? [secondGroup, firstGroup, second > first]
      : [firstGroup, secondGroup, first > second];
  if (target.kind === 'control') return null;

  const written = m ? body.slice(0, subjectSpan!.length) : g![3]!;
  const subjectText = tidy(written).replace(/^(?:the\s+)?(?:mean|median|average)\s+/i, '');
  const subjects = entitiesFromChunk(subjectText);
  if (!subjects.length) return null;
  const objects = resolveGroup(target, study, { treatmentContext: sentence.treatment });
  const comparator = comparatorText(reference.text);
  const claims: Claim[] = subjects.flatMap((subject) =>
    objects.map((object) => ({
      subject,
      relation: higher ? ('ELEVATED_IN' as const) : ('REDUCED_IN' as const),
      sign: null,
      object,
      objectMention: null,
      comparator: comparator || null,
      cueStrength: 0.7,
    })),
  );
  return claims.length ? { claims, group: objects.length === 1 ? objects[0]! : null } : null;
}
