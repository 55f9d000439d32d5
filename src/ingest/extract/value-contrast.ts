// Value contrasts: "Mean blood volume was 56 ml/kg in patients with OI, against 66 ml/kg in patients without OI".
// Two figures in one unit, each in its own group, are a higher/lower finding for the non-reference group (rule 1)
// even though no direction word is written.

import type { Claim, ClauseResult, SentenceContext } from './claims.ts';
import { entitiesFromChunk } from './entities.ts';
import { comparatorText, findGroupPhrases, resolveGroup, type StudyContext } from './groups.ts';
import { maskParentheses, tidy } from './text.ts';

const NUMBER = String.raw`(-?\d+(?:[.,]\d+)?)`;
const UNIT = String.raw`([^\s\d,;][^\s,;]*)?`;
const CONTRAST = String.raw`(?:against|versus|vs\.?|compared (?:with|to)|as against|while|whereas)`;
const VALUE_CONTRAST = new RegExp(
  String.raw`^(.+?)\s+(?:was|were|averaged|measured)\s+(?:a mean of\s+|on average\s+)?${NUMBER}\s*${UNIT}\s+(?:in|among|for)\s+(.+?)\s*,?\s+${CONTRAST}\s+(?:just\s+|only\s+)?${NUMBER}\s*${UNIT}\s+(?:in|among|for)\s+(.+?)\s*$`,
  'i',
);

export function valueContrastFrame(
  clause: string,
  study: StudyContext,
  sentence: SentenceContext,
): ClauseResult | null {
  const masked = maskParentheses(clause);
  const m = VALUE_CONTRAST.exec(masked);
  if (!m) return null;
  const [, subjectSpan, firstValue, firstUnit = '', firstGroupText, secondValue, secondUnit = '', secondGroupText] = m;
  if (firstUnit.toLowerCase() !== secondUnit.toLowerCase() && secondUnit !== '') return null;
  const first = Number(firstValue!.replace(',', '.'));
  const second = Number(secondValue!.replace(',', '.'));
  if (first === second) return null;
  const firstGroup = findGroupPhrases(firstGroupText!)[0];
  const secondGroup = findGroupPhrases(secondGroupText!)[0];
  if (!firstGroup || !secondGroup) return null;
  const [target, reference, higher] =
    firstGroup.kind === 'control'
      ? [secondGroup, firstGroup, second > first]
      : [firstGroup, secondGroup, first > second];
  if (target.kind === 'control') return null;

  const subjectText = tidy(clause.slice(0, subjectSpan!.length)).replace(/^(?:the\s+)?(?:mean|median|average)\s+/i, '');
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
