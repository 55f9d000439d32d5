// Classification ("a panel reached 88% accuracy (AUC 0.90) in telling ME/CFS from controls"): DISCRIMINATES.

import { cues } from './cues.ts';
import { entitiesFromChunk, type EntityMention } from './entities.ts';
import { comparatorText, findGroupPhrases, resolveGroup, type StudyContext } from './groups.ts';
import { leadingNounPhrase } from './pos.ts';
import { maskParentheses, splitOutsideParentheses } from './text.ts';
import type { Claim } from './claims.ts';

const ACCURACY = /\b(?:AUC|ROC|accuracy|sensitivity|specificity|concordance|c-statistic|classif\w*)/i;
// The predicate of a classification clause: a reporting verb ("achieved", "kept") or the classifying verb itself.
const CLASSIFIER_VERB =
  /\b(?:achieved|showed|had|yielded|reached|gave|provided|kept|retained|maintained|attained|separated|distinguished|discriminated|differentiated|classified|identified)\b/i;

const CLASSIFIER_INPUTS =
  /^(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:classifier|model|algorithm|signature|score|approach)\s+(?:based on|using|built (?:on|from)|combining|trained on|that used|which used)\s+/iu;

/**
 * "<classifier> <verb> … (AUC/accuracy …) … <condition> from <comparator>": the classifier discriminates the
 * condition (rule 5). The condition is named after the cue ("distinguishing ME/CFS from controls") or in a leading
 * purpose phrase ("For telling CFS apart from controls, …"). Several classifiers joined by ", and" each get a claim.
 */
export function discriminationFrame(clause: string, masked: string, study: StudyContext): Claim[] | null {
  if (!ACCURACY.test(clause)) return null;
  const cue = cues().discrimination.first(masked);
  const apart = /\btell(?:ing|s)?\s+(.+?)\s+apart\s+from\b/i.exec(masked);
  if (!cue && !apart) return null;
  // After the cue: a participle cue before a group is not the group's modifier ("distinguished patients from …").
  const targetSearchFrom = apart ? apart.index : cue!.end;
  const groups = findGroupPhrases(masked.slice(targetSearchFrom)).map((g) => ({
    ...g,
    start: g.start + targetSearchFrom,
    end: g.end + targetSearchFrom,
  }));
  // Plain "patients" is the study's population ("distinguishing patients from controls").
  const target =
    groups.find((g) => g.kind === 'condition' || g.kind === 'subgroup') ?? groups.find((g) => g.kind === 'population');
  if (!target) return null;
  const rest = masked.slice(target.end);
  // The reference group as written ("from controls", "from fatigued controls"), else the healthy controls it implies.
  const from = /^\s*(?:apart\s+)?(?:from|and|versus|vs\.?)\s+/i.exec(rest);
  const refStart = target.end + (from?.[0].length ?? 0);
  // "from fatigued controls": modifiers the group phrase did not take are still the group's words.
  const reference =
    from &&
    groups.find(
      (g) =>
        g.start >= refStart && /^(?:[\p{L}-]+\s+){0,2}$/u.test(masked.slice(refStart, g.start)) && g.kind === 'control',
    );
  const comparator = reference
    ? comparatorText(clause.slice(refStart, reference.end))
    : /^\s*(?:apart\s+)?(?:from|and|versus|vs\.?)\s+(?:the\s+)?(?:healthy|controls?|control)/i.test(rest)
      ? 'healthy controls'
      : null;
  // Classifier phrases: each part of the clause (split at ", and") that has a predicate verb names one before it.
  const intro = apart ? masked.indexOf(',', apart.index + apart[0].length) + 1 : 0;
  const subjects: EntityMention[] = [];
  for (const part of splitOutsideParentheses(clause.slice(intro), /,\s+and\s+|;\s+/)) {
    const verb = CLASSIFIER_VERB.exec(maskParentheses(part));
    if (!verb) continue;
    // "A classifier based on ten metabolites": what the classifier reads is what discriminates.
    const classifier = leadingNounPhrase(part.slice(0, verb.index).replace(CLASSIFIER_INPUTS, ''));
    const found = entitiesFromChunk(classifier);
    if (found.length === 1) subjects.push(found[0]!);
  }
  if (!subjects.length) return null;
  const objects = resolveGroup(target, study, { treatmentContext: null });
  return subjects.flatMap((subject) =>
    objects.map((object) => ({
      subject,
      relation: 'DISCRIMINATES' as const,
      sign: null,
      object,
      objectMention: null,
      comparator,
      cueStrength: 0.85,
    })),
  );
}
