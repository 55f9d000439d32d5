// Classification ("a panel reached 88% accuracy (AUC 0.90) in telling ME/CFS from controls"): DISCRIMINATES.

import type { EntityRef } from '../record.ts';
import { cues } from './cues.ts';
import { negatedBefore } from './directions.ts';
import { entitiesFromChunk, type EntityMention } from './entities.ts';
import { comparatorText, findGroupPhrases, resolveGroup, type StudyContext } from './groups.ts';
import { leadingNounPhrase } from './pos.ts';
import { maskParentheses, parentheticals, splitOutsideParentheses, tidy, unsentenceCase } from './text.ts';
import type { Claim } from './claims.ts';

const ACCURACY = /\b(?:AUC|ROC|accuracy|sensitivity|specificity|concordance|c-statistic|classif\w*)/i;
const LEADING_ADJUNCT = /^\s*(?:as|in|across|on|at|against|versus|compared\s+(?:with|to)|relative\s+to)\s+[^,]+,\s*/i;

// "Against healthy women, X identified fibromyalgia …": the reference group named before the classification.
const LEADING_REFERENCE = /^\s*(?:against|versus|compared\s+(?:with|to)|relative\s+to)\s+([^,]+),\s*/di;

function leadingReferenceOf(clause: string, masked: string): string | null {
  const reference = LEADING_REFERENCE.exec(masked);
  if (!reference) return null;
  const [start, end] = reference.indices![1]!;
  return comparatorText(clause.slice(start, end)) || null;
}

/** "Combined with B, A" → the classifier "A combined with B"; null when the phrase does not open that way. */
function combinedLast(written: string): EntityMention | null {
  const lead = /^\s*(?:when\s+)?((?:combined|together)\s+with\s+[^,]+),\s*/i.exec(written);
  const own = lead && leadingNounPhrase(written.slice(lead[0].length));
  return own && entitiesFromChunk(own).length === 1 ? classifierModel(`${own} ${lead[1]!.toLowerCase()}`) : null;
}

// An accuracy figure and the contrast it is for: "an AUC of 0.73 for", "a cross-validated accuracy of 81% for".
// ("an AUC of only 0.68 for", "21% sensitivity and 92% specificity for": so does a test's specificity.)
const ACCURACY_FOR =
  /\b(?:(?:AUC|area under the (?:ROC\s+)?curve|c-statistic|accuracy|sensitivity|specificity)\s*(?:of\s+|was\s+|=\s*)?(?:only\s+|just\s+)?[\d.]+\s*%?|[\d.]+\s*%\s+specificity)\s+for\s+(?:the\s+)?/i;

// "an AUC of 0.86 for ME/CFS versus MS and 0.81 for ME/CFS versus depression": a further figure for another contrast.
const FURTHER_FIGURE_FOR =
  /\s+(?:and|but|while)\s+(?:an?\s+(?:AUC|accuracy)\s+of\s+)?(?:only\s+)?[\d.]+\s*%?\s+for\s+(?:the\s+)?/gi;

// The predicate of a classification clause: a reporting verb ("achieved", "kept") or the classifying verb itself.
const CLASSIFIER_VERB =
  /\b(?:achieved|showed|had|yielded|reached|gave|provided|kept|retained|maintained|attained|separated|distinguished|discriminated|differentiated|classified|identified|told|picked)\b/i;

const CLASSIFIER_INPUTS =
  /^(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,3}?(?:classifier|model|algorithm|signature|score|approach|tree|panel|forest)\s+(?:based on|using|built (?:on|from)|combining|trained on|that used|which used)\s+/iu;

// "a 40-gene classifier", "a model of six sphingolipids", "a model of A and B"; a listed membership ("a panel of A, B
// and C") is not part of the name, and "the same model" is an earlier sentence's.
const CLASSIFIER_KIND =
  /^\s*(?!(?:the\s+)?(?:same|this|that|these|those)\b)(?:(?:a|an|the)\s+)?(?:[\p{L}\d-]+\s+){0,3}?(?:classifier|model|algorithm|signature|panel)\b(?:\s+of\s+(?![^,]*(?:,|\band\b[^,]*\band\b))[^,]+)?/iu;

const METHOD_WORDS =
  /^(?:a|an|the|random|forest|machine|learning|logistic|linear|regression|gradient-boosted|boosted|statistical|predictive|prediction|classification|discriminant|neural|network|support|vector|multivariable|multivariate|combined|final|best|simple|single|new|novel|classifier|model|algorithm|signature|panel)$/i;

/** A classifier's name says what it reads ("40-gene", "three-microRNA", "of six sphingolipids"), not only its method. */
function namesWhatItReads(name: string): boolean {
  return name
    .trim()
    .split(/\s+/)
    .some((word) => !METHOD_WORDS.test(word));
}

/** A classifier named by its kind and its inputs ("random-forest model built on 20 metabolites"), or null. */
function classifierModel(written: string): EntityMention | null {
  const name = tidy(withoutTrailingVerbs(written.replace(/\s*\([^()]*\)/g, '')).replace(/^(?:a|an|the)\s+/i, ''));
  if (!name || name.split(/\s+/).length > 14 || /[;:]/.test(name)) return null;
  return {
    entity: { type: 'Measure', name: unsentenceCase(name), kind: 'classifier' },
    known: false,
    pValue: null,
    leadingCue: null,
  };
}

/** The written comparator after "from"/"and"/"versus": controls as before ("healthy controls"), another group as named. */
function comparatorAfter(masked: string, clause: string, targetEnd: number): string | null {
  const rest = masked.slice(targetEnd);
  const from = /^\s*(?:apart\s+)?(?:from|and|versus|vs\.?|against)\s+/i.exec(rest);
  if (!from) return null;
  const at = from[0].length;
  // The reference group as written ("from controls", "from fatigued controls"): modifiers the group phrase did not
  // take are still the group's words.
  const groups = findGroupPhrases(rest);
  const reference = groups.find(
    (g) => g.kind === 'control' && g.start >= at && /^(?:[\p{L}-]+\s+){0,2}$/u.test(rest.slice(at, g.start)),
  );
  if (reference) return comparatorText(clause.slice(targetEnd + at, targetEnd + reference.end));
  if (/^(?:the\s+)?(?:healthy|controls?|control)\b/i.test(rest.slice(at))) return 'healthy controls';
  if (/^\s*and\b/i.test(rest)) return null;
  const next = groups.find((g) => g.start <= at + 12 && g.start >= at - 1);
  return next ? comparatorText(clause.slice(targetEnd + next.start, targetEnd + next.end)) : null;
}

/** A noun phrase without the verbs and adverbs it ends in ("X were also", "X gave", "X alone"). */
function withoutTrailingVerbs(text: string): string {
  const c = cues();
  let phrase = text;
  for (let guard = 0; guard < 6; guard++) {
    const trailing = /(\s+[\p{L}-]+)\s*$/u.exec(phrase);
    if (!trailing || !(c.verbs.is(trailing[1]!.trim()) || c.adverbs.is(trailing[1]!.trim()))) break;
    phrase = phrase.slice(0, trailing.index);
  }
  return phrase;
}

/** The subject a predicate follows: the text before it, without trailing verbs and adverbs. */
function subjectBefore(text: string): EntityMention[] {
  // "In the supine position, A, B and C did not …": the setting before the list is not one of its members.
  const listed = text.replace(/^\s*(?:in|at|during|after|on|under|among|within|across)\s+[^,]+,\s*/i, '');
  return entitiesFromChunk(withoutTrailingVerbs(leadingNounPhrase(listed)));
}

// "poor at telling the groups apart", "failed to distinguish", "gave little discrimination", "not well separated by":
// a weak or negated word up to two words before the classification cue.
const WEAK_CLASSIFICATION =
  /\b(?:not|no|never|cannot|failed to|fails? to|unable to|poor(?:ly)?(?:\s+at)?|little|weak(?:ly)?|without)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** "tell", "telling", "told": the verb of "tell … apart". */
const TELL = String.raw`(?:tell(?:ing|s)?|told)`;

/** The cue of a classification clause: a classifying word, or "tell(ing) … apart". */
function classificationCue(masked: string): { start: number; end: number; text: string } | null {
  const cue = cues().discrimination.first(masked);
  const apart = new RegExp(String.raw`\b${TELL}\s+(?:[^\s,;]+\s+){1,4}?apart\b`, 'i').exec(masked);
  if (apart && (!cue || apart.index < cue.start))
    return { start: apart.index, end: apart.index + apart[0].length, text: apart[0] };
  return cue;
}

/**
 * "X failed to distinguish the groups", "X were poor at telling the groups apart", "X gave little discrimination
 * between the groups", "The groups were not well separated by X": a test that does not tell the groups apart is a
 * null comparison of X (rule 2, the null form of rule 5).
 */
function weakClassification(clause: string, masked: string, study: StudyContext): Claim[] | null {
  const cue = classificationCue(masked);
  if (!cue || !WEAK_CLASSIFICATION.test(masked.slice(Math.max(0, cue.start - 40), cue.start))) return null;
  const weakAt =
    Math.max(0, cue.start - 40) + WEAK_CLASSIFICATION.exec(masked.slice(Math.max(0, cue.start - 40), cue.start))!.index;
  // Passive: "were not well separated by X" names the test after "by".
  const by = /^\s+by\s+([^,;]+)/i.exec(masked.slice(cue.end));
  const subjects = by
    ? entitiesFromChunk(leadingNounPhrase(clause.slice(cue.end + by[0].length - by[1]!.length, cue.end + by[0].length)))
    : subjectBefore(clause.slice(0, weakAt));
  if (!subjects.length) return null;
  // The groups follow the cue word ("distinguish patients from …"), or "tell" inside "telling patients apart".
  const from = /^tell/i.test(cue.text) ? cue.start + cue.text.search(/\s/) : cue.end;
  const named = findGroupPhrases(masked.slice(from)).find(
    (g) => (g.kind === 'condition' || g.kind === 'subgroup' || g.kind === 'population') && g.start <= 12,
  );
  const target = named && { ...named, start: named.start + from, end: named.end + from };
  // "did not separate any two groups", "any group from another": a null in each group the study compares.
  const anyGroup = /^\s+any\s+(?:two\s+|pair\s+of\s+)?groups?\b/i.test(masked.slice(from));
  const objects =
    anyGroup && study.patientGroups.length >= 2
      ? study.patientGroups
      : resolveGroup(target ?? { text: 'patients', start: 0, end: 0, kind: 'population' }, study, {
          treatmentContext: null,
        });
  const comparator = target ? comparatorAfter(masked, clause, target.end) : null;
  return subjects.flatMap((subject) =>
    objects.map((object) => ({
      subject,
      relation: 'NOT_DIFFERENT_IN' as const,
      sign: null,
      object,
      objectMention: null,
      comparator,
      cueStrength: 0.75,
    })),
  );
}

// "The questionnaire showed high sensitivity and specificity": a test's diagnostic accuracy, no group named.
const DIAGNOSTIC_ACCURACY =
  /\b(?:showed|shows|had|has|achieved|yielded|reached|demonstrated|attained)\s+(?:(?:a|an)\s+)?(?:consistently\s+)?(?:strong|high|good|excellent|very high|robust)\s+(?:sensitivity\s+and\s+specificity|specificity\s+and\s+sensitivity|diagnostic\s+accuracy|classification\s+accuracy|discriminat\w+\s+(?:power|ability|accuracy))\b/i;

/**
 * "<classifier> <verb> … (AUC/accuracy …) … <condition> from <comparator>": the classifier discriminates the
 * condition (rule 5). The condition is named after the cue ("distinguishing ME/CFS from controls") or in a leading
 * purpose phrase ("For telling CFS apart from controls, …"). Several classifiers joined by ", and" each get a claim;
 * members of a classifier in parentheses ("three tests (A, B and C)") each get their own (rule 7). Without an accuracy
 * figure the classifying verb must itself set the condition against a group ("X distinguished patients from
 * fatigued controls"); a test said to have high sensitivity and specificity discriminates the study's condition.
 */
export function discriminationFrame(clause: string, masked: string, study: StudyContext): Claim[] | null {
  const weak = weakClassification(clause, masked, study);
  if (weak) return weak;
  const accuracy = ACCURACY.test(clause);
  const cue = cues().discrimination.first(masked);
  const apart = new RegExp(String.raw`\b${TELL}\s+(.+?)\s+apart\s+from\b`, 'i').exec(masked);
  // "gave an AUC of 0.73 for POTS against ME/CFS": the figure's own "for <group> versus <group>" names the contrast.
  const figureFor = cue || apart ? null : ACCURACY_FOR.exec(masked);
  if (!cue && !apart && !figureFor) return accuracy ? diagnosticAccuracy(clause, masked, study) : null;
  if (cue && negatedBefore(masked, (apart?.index ?? cue.start) + 1)) return null;
  // After the cue: a participle cue before a group is not the group's modifier ("distinguished patients from …").
  const targetSearchFrom = figureFor ? figureFor.index + figureFor[0].length : apart ? apart.index : cue!.end;
  const groups = findGroupPhrases(masked.slice(targetSearchFrom)).map((g) => ({
    ...g,
    start: g.start + targetSearchFrom,
    end: g.end + targetSearchFrom,
  }));
  // Plain "patients" is the study's population ("distinguishing patients from controls").
  const target =
    groups.find((g) => g.kind === 'condition' || g.kind === 'subgroup') ?? groups.find((g) => g.kind === 'population');
  if (!target) return null;
  // The figure's group is the first thing after its "for", and a reference group follows it, or nothing does ("92%
  // specificity for long COVID": against the study's reference).
  if (
    figureFor &&
    (target.start > targetSearchFrom + 4 ||
      !/^\s*(?:(?:versus|vs\.?|against|from)\s+\S|[\s.;]*$)/i.test(masked.slice(target.end)))
  )
    return null;
  // No accuracy figure: only "<cue> <group> from/and <group>" right after the cue is a classification.
  if (
    !accuracy &&
    !(
      cue &&
      /^\s*(?:(?:the|all|most)\s+)?$/i.test(masked.slice(cue.end, target.start)) &&
      /^\s*(?:apart\s+)?(?:from|versus|vs\.?)\s+\S/i.test(masked.slice(target.end))
    )
  )
    return null;
  const comparator = comparatorAfter(masked, clause, target.end) ?? leadingReferenceOf(clause, masked);
  // Classifier phrases: each part of the clause (split at ", and") that has a predicate verb names one before it.
  const intro = apart ? masked.indexOf(',', apart.index + apart[0].length) + 1 : 0;
  const subjects: EntityMention[] = [];
  for (const part of splitOutsideParentheses(clause.slice(intro), /,\s+and\s+|;\s+/)) {
    const verb = CLASSIFIER_VERB.exec(maskParentheses(part));
    if (!verb) continue;
    // "A random-forest model built on 20 metabolites": the model, named with what it reads, is what discriminates;
    // its inputs alone are not (another study's model of the same analytes is another model).
    // "As a classifier, the score …": a leading adjunct set off by a comma names no classifier, unless it says what
    // the classifier combines ("Combined with B, A yielded …" is A combined with B).
    const written = part.slice(0, verb.index).replace(LEADING_ADJUNCT, '');
    const combined = combinedLast(written);
    if (combined) {
      subjects.push(combined);
      continue;
    }
    // "A 40-gene classifier", "a three-microRNA panel of A, B and C": named by its kind, its members not listed apart.
    const withInputs = CLASSIFIER_INPUTS.test(written);
    const kind = withInputs ? undefined : CLASSIFIER_KIND.exec(written)?.[0];
    // "a random forest model" names a method, the same words in every study: not a thing a graph node can be.
    if (kind && !namesWhatItReads(kind)) continue;
    const model = withInputs ? classifierModel(written) : kind ? classifierModel(kind) : null;
    if (model) {
      subjects.push(model);
      continue;
    }
    const classifier = withoutTrailingVerbs(leadingNounPhrase(written));
    const found = entitiesFromChunk(classifier);
    // Several entities from one phrase only when they are its parenthesised members (rule 7).
    if (found.length === 1 || (found.length > 1 && parentheticals(classifier).length > 0)) subjects.push(...found);
  }
  if (!subjects.length) return null;
  const objects = resolveGroup(target, study, { treatmentContext: null });
  const claims = claimsOf(subjects, objects, comparator);
  if (figureFor) {
    // Each further "and <figure> for <the same group> versus <another>" is the classifier against that one too.
    for (const further of masked.slice(target.end).matchAll(FURTHER_FIGURE_FOR)) {
      const from = target.end + further.index + further[0].length;
      const next = findGroupPhrases(masked.slice(from))[0];
      if (!next || next.start > 4 || next.text.toLowerCase() !== target.text.toLowerCase()) continue;
      const other = comparatorAfter(masked, clause, from + next.end);
      if (other && other !== comparator) claims.push(...claimsOf(subjects, objects, other));
    }
  }
  return claims;
}

function claimsOf(subjects: EntityMention[], objects: EntityRef[], comparator: string | null): Claim[] {
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

/** "In validation, the questionnaire showed high sensitivity and specificity": it discriminates the study's condition. */
function diagnosticAccuracy(clause: string, masked: string, study: StudyContext): Claim[] | null {
  const verb = DIAGNOSTIC_ACCURACY.exec(masked);
  if (!verb || findGroupPhrases(masked).length) return null;
  const subjects = subjectBefore(withoutLeadingPhrase(clause.slice(0, verb.index)));
  if (subjects.length !== 1) return null;
  const objects = resolveGroup({ text: 'patients', start: 0, end: 0, kind: 'population' }, study, {
    treatmentContext: null,
  });
  return claimsOf(subjects, objects, null);
}

/** "In validation studies, X …": a leading adjunct set off by a comma is not the subject. */
function withoutLeadingPhrase(text: string): string {
  const lead = /^\s*(?:in|across|over|at|on|during|among)\s+[^,]+,\s*/i.exec(text);
  return lead ? text.slice(lead[0].length) : text;
}
