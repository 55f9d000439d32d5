// Correlation and association between measures ("A correlated with B", "no association between A and B"), with the
// population the relation holds in and objects named to deny it ("… but not with C").

import type { Relation, Sign } from '../record.ts';
import { changeOfMeasure } from './change-measure.ts';
import { cues } from './cues.ts';
import { entitiesFromChunk, type EntityMention } from './entities.ts';
import { comparatorText, findGroupPhrases, groupText, SEX_WORD } from './groups.ts';
import { isNounPhrase, leadingNounPhrase } from './pos.ts';
import { escapeRegExp, maskParentheses, splitList, tidy } from './text.ts';
import { negatedBefore, nonSignificant } from './directions.ts';
import type { Claim } from './claims.ts';

function cutMeasureList(text: string, masked: string): string {
  let end = text.length;
  const cut =
    /\s+(?:that|which|measuring|assessing|reflecting|evaluating|using|specific to|at baseline|during|among|across|compared|relative to|versus|vs\.?|in (?:both|either|all|the|healthy|controls|patients))\b/i.exec(
      masked,
    );
  // The match may start in the blanked-out parenthesis before the word; cut at the word itself.
  if (cut) end = cut.index + (cut[0].length - cut[0].trimStart().length);
  // "…, a relation absent in volunteers": a noun phrase after a comma that opens with "a" comments on the claim.
  const comment = /,\s+an?\s/i.exec(masked);
  if (comment) end = Math.min(end, comment.index);
  for (const phrase of findGroupPhrases(masked.slice(0, end))) {
    const before = masked.slice(0, phrase.start);
    if (/\b(?:in|among|within|for|across)\s+(?:all\s+)?$/i.test(before)) {
      end = Math.min(end, before.replace(/\s*\b(?:in|among|within|for|across)\s+(?:all\s+)?$/i, '').length);
    }
  }
  // "any of the immune markers measured": the quantifier and the closing participle frame the measures.
  return text
    .slice(0, end)
    .replace(/^\s*(?:any|all|each|none|either)\s+of\s+(?:the\s+)?/i, '')
    .replace(/\s+(?:measured|assessed|examined|tested|studied|analy[sz]ed|logged|recorded|reported)\s*[.;]?\s*$/i, '');
}

/** "X and Y or health factors including A, B, and C" → ["X and Y", "A, B, and C"]: members replace the umbrella. */
function expandIncluding(text: string): string[] {
  const m = /^(.*?)\s+(?:including|such as)\s+(.+)$/i.exec(text);
  if (!m) return [text];
  const before = m[1]!;
  const separators = [...maskParentheses(before, '\u0001').matchAll(/\s*,\s*(?:and|or)\s+|\s*,\s*|\s+(?:and|or)\s+/gi)];
  const last = separators[separators.length - 1];
  const kept = last ? before.slice(0, last.index) : '';
  return [kept, m[2]!].filter((part) => part.trim().length > 0);
}

/**
 * "associated with lower odds of long COVID", "an increased risk of ME/CFS": the condition is what the exposure is
 * associated with; odds and risk are how the association was measured. Blanks keep the text aligned with its mask.
 */
function withoutRiskWords(text: string): string {
  return text
    .replace(RISK_WORDS, (m) => ' '.repeat(m.length))
    .replace(ADJUSTMENT, (m) => ' '.repeat(m.length))
    .replace(DEGREE, (m) => ' '.repeat(m.length))
    .replace(AT_EVERY_VISIT, (m) => ' '.repeat(m.length));
}

/** "unrelated to physical functioning at any visit": when the relation held (or not) is not what it held with. */
const AT_EVERY_VISIT =
  /,?\s+(?:at|in|on)\s+(?:any|every|each|either|both|all)\s+(?:of\s+the\s+)?(?:visits?|time\s*points?|assessments?|examinations?|occasions?|sessions?)\b/i;

/** "associated with ME/CFS to a smaller degree": how strongly is not what. */
const DEGREE = /,?\s+to\s+(?:a|an)\s+(?:smaller|lesser|greater|larger|similar|comparable)\s+(?:degree|extent)\b/i;

/** "… after adjustment for season and BMI", ", adjusted for age": the covariates are not objects of the association. */
const ADJUSTMENT = /,?\s+(?:(?:after|following|with)\s+adjustment\s+for|adjusted\s+for|controlling\s+for)\s+[^;]*$/i;

const RISK_WORDS =
  /^\s*(?:(?:an?|the)\s+)?(?:(?:higher|lower|increased|reduced|greater|decreased|elevated|raised)\s+)?(?:odds|risks?|likelihood|probability|hazard)\s+(?:of|for)\s+(?:developing\s+)?(?=\S)/i;

/** The objects listed from `at` on ("… but not with A and B", "… and positively with C"). */
function objectsFrom(objectText: string, objectMasked: string, at: number): EntityMention[] {
  return entitiesFromChunks(expandIncluding(cutMeasureList(objectText.slice(at), objectMasked.slice(at))));
}

/** Entities of every chunk (a measure's change counts), or none when one chunk is not understood. */
function entitiesFromChunks(chunks: string[]): EntityMention[] {
  const all: EntityMention[] = [];
  for (const chunk of chunks) {
    const change = changeOfMeasure(chunk);
    const mentions = change ? [change] : (changesListed(chunk) ?? entitiesFromChunk(chunk));
    if (!mentions.length) return [];
    all.push(...mentions);
  }
  return all;
}

/**
 * "Neither the reduction in autoantibody activity nor the change in vessel density": a list whose every member is a
 * change of a measure names those changes; null when a member is not one.
 */
function changesListed(chunk: string): EntityMention[] | null {
  const members = splitList(chunk);
  if (members.length < 2) return null;
  const changes = members.map(changeOfMeasure);
  return changes.every((change) => change !== null) ? (changes as EntityMention[]) : null;
}

export function stripSubjectFrame(text: string): string {
  // ("…, and neither A nor B correlated with C": the conjunction that joins the clause is not part of its subject.)
  let subject = text.replace(/^\s*(?:and|but|while|whereas)\s+(?=\S)/i, '');
  subject = subject.replace(
    /^\s*(?:among|in|within|across|throughout|only in|relative to|compared (?:to|with)|versus|vs\.?|pooling|combining)\s+[^,]+,\s*/i,
    '',
  );
  const verb = /\b(?:showed|show|shows|had|has|exhibited|displayed|demonstrated|did|does)\b/i.exec(
    maskParentheses(subject),
  );
  // "9 CpG sites showed altered methylation linked with …": the measure is what was shown; "X showed a strong
  // correlation with …": what follows the verb is the cue's own modifier, and the measure comes before it.
  // "Only in the CFS group did X correlate …": after an inverted auxiliary comes the subject.
  const after = verb ? tidy(subject.slice(verb.index + verb[0].length).replace(/^\s*(?:a|an|the)\s+/i, '')) : '';
  if (verb && /\p{L}{3,}/u.test(after) && (/^(?:did|does)$/i.test(verb[0]) || isNounPhrase(after)))
    subject = subject.slice(verb.index + verb[0].length);
  else if (verb) subject = subject.slice(0, verb.index);
  subject = subject.replace(/\s+(?:were|was|is|are)(?:\s+\w+ly)*\s*$/i, '');
  subject = subject.trimEnd().replace(/\s+(?:during|at|after)\s+\w+$/i, '');
  const verbAfterNoun = cues().verbs.first(maskParentheses(subject));
  if (verbAfterNoun && verbAfterNoun.start > 0) subject = subject.slice(0, verbAfterNoun.start);
  // A verb the list does not know ("Fatigue scores bore no relationship …"): the tagger finds where the noun phrase
  // ends. Not across a comma, where an apposition or "including" list still follows.
  // ("SF-36 physical functioning were": a gerund that ends the subject is its last noun, not a verb after it.)
  if (!subject.includes(',')) {
    const phrase = leadingNounPhrase(subject);
    if (!/^\s*\p{L}+ing\s*$/u.test(subject.slice(phrase.length))) subject = phrase;
  }
  return tidy(subject.replace(/,\s*$/, '').replace(/^(.*?),\s*(including|such as)\s+(.+?),?$/i, '$1 $2 $3'));
}

/**
 * "Cortisol and fatigue were not correlated", "grip strength and disability score were correlated (r = 0.49)": a
 * cue that closes its clause relates the two measures coordinated before it.
 */
function coordinatedPair(clause: string, masked: string, cueStart: number, cueEnd: number): [string, string] | null {
  if (
    !/^[\s.;,]*(?:(?:strongly|weakly|moderately|closely|significantly|only weakly)[\s.;,]*)?$/i.test(
      masked.slice(cueEnd),
    )
  )
    return null;
  const subject = stripSubjectFrame(clause.slice(0, cueStart))
    .replace(/\s+(?:were|was|are|is)(?:\s+(?:not|\w+ly))*\s*$/i, '')
    .replace(/^(?:neither|both)\s+/i, '');
  const parts = subject.split(/\s+(?:and|nor)\s+/i);
  return parts.length === 2 && parts.every((part) => part.trim()) && !/,/.test(subject) ? [parts[0]!, parts[1]!] : null;
}

/** The words of up to three before a cue ("no meaningful", "was not significantly", "a strong positive linear"). */
function wordsBefore(masked: string, at: number): string[] {
  return (/(?:[\p{L}-]+\s+){0,3}$/u.exec(masked.slice(Math.max(0, at - 80), at))?.[0] ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * "No meaningful correlations emerged", "was not significantly correlated": a negation word governing the cue,
 * whatever words stand between, so that a wording the phrase list lacks is not read as its opposite.
 */
function governedNegation(masked: string, at: number): boolean {
  const negations = new Set(cues().negations.phrases.map((p) => p.toLowerCase()));
  // "Neither miR-451a nor miR-145-5p correlated": the negation spans the whole coordinated subject.
  return (
    wordsBefore(masked, at).some((word) => negations.has(word)) ||
    NEITHER_NOR.test(masked.slice(0, at)) ||
    // "None of the taste measures correlated", "No taste measure correlated": a subject that is none of them.
    NONE_OF_SUBJECT.test(masked.slice(0, at))
  );
}

// (Not "no-reflow …": a hyphenated word after "no" is a name.)
const NONE_OF_SUBJECT = /^\s*(?:none\s+of|no)\s+(?!\S*-)[^,;]+$/i;

const NEITHER_NOR = /\bneither\b.*\bnor\b/i;

/** "a strong positive linear correlation": a sign word before the cue, with other words between. */
function signModifier(masked: string, at: number): Sign | null {
  const c = cues();
  const words = wordsBefore(masked, at);
  if (words.some((w) => c.positiveSignWords.is(w))) return 'POSITIVE';
  if (words.some((w) => c.negativeSignWords.is(w))) return 'NEGATIVE';
  return null;
}

/**
 * "A correlated with B and did not correlate with C": the null cue comes after the clause's own correlation, in the
 * predicate that denies it of C; the clause is the correlation's, with C among its denied objects.
 */
function deniedLater(masked: string): boolean {
  const c = cues();
  const none = c.noCorrelation.first(masked);
  const first = c.correlation.first(masked);
  if (!none || !first || first.start > none.start || governedNegation(masked, first.start)) return false;
  const denial = DENIED_OBJECT.exec(masked.slice(first.end));
  if (!denial) return false;
  const from = first.end + denial.index;
  return from <= none.start && none.start < from + denial[0].length;
}

export function correlationFrame(clause: string, masked: string): Claim[] | null {
  const c = cues();
  const none = deniedLater(masked) ? null : c.noCorrelation.first(masked);
  const correlation = none ? null : c.correlation.first(masked);
  const association = none || correlation ? null : c.association.first(masked);
  const cue = none ?? correlation ?? association;
  if (!cue) return null;

  let sign: Sign | null = null;
  let relation: Relation;
  if (none) relation = 'NOT_CORRELATED_WITH';
  else if (correlation && governedNegation(masked, correlation.start)) relation = 'NOT_CORRELATED_WITH';
  else if (correlation) {
    relation = 'CORRELATES_WITH';
    sign = c.positiveCorrelation.test(masked)
      ? 'POSITIVE'
      : c.negativeCorrelation.test(masked)
        ? 'NEGATIVE'
        : (signModifier(masked, correlation.start) ?? 'UNSPECIFIED');
  } else if (negatedBefore(masked, cue.start)) relation = 'NOT_CORRELATED_WITH';
  else {
    // "inversely related to", "positively associated with": an association with a sign is a correlation.
    sign = c.positiveCorrelation.test(masked) ? 'POSITIVE' : c.negativeCorrelation.test(masked) ? 'NEGATIVE' : null;
    relation = sign ? 'CORRELATES_WITH' : 'ASSOCIATED_WITH';
  }

  let subjectText: string;
  let objectText: string;
  let objectMasked: string;
  const between = /\bbetween\s+/i.exec(masked.slice(cue.start));
  if (between) {
    const from = cue.start + between.index + between[0].length;
    const andAt = /\s+and\s+/i.exec(masked.slice(from));
    if (!andAt) return null;
    subjectText = clause.slice(from, from + andAt.index);
    objectText = clause.slice(from + andAt.index + andAt[0].length);
    objectMasked = masked.slice(from + andAt.index + andAt[0].length);
    // "The correlation between A and B was weak and not significant": the predicate after the pair ends the object
    // and may deny the relation.
    const predicate = /\s+(?:was|were)\s+[^;]*$/i.exec(objectMasked);
    if (predicate) {
      if (relation === 'CORRELATES_WITH' && nonSignificant(predicate[0])) {
        relation = 'NOT_CORRELATED_WITH';
        sign = null;
      }
      objectText = objectText.slice(0, predicate.index);
      objectMasked = objectMasked.slice(0, predicate.index);
    }
  } else {
    const cueTakesObject = /\b(?:with|to|of|from|by|predict|predicted|predicts|track)$/i.test(cue.text);
    const withAt = cueTakesObject
      ? /^\s*/.exec(masked.slice(cue.end))!
      : /\b(?:with|to|of)\s+/i.exec(masked.slice(cue.end));
    const pair = withAt ? null : coordinatedPair(clause, masked, cue.start, cue.end);
    if (pair) {
      [subjectText, objectText] = pair;
      objectMasked = maskParentheses(objectText);
    } else {
      if (!withAt || withAt.index > 30) return null;
      subjectText = stripSubjectFrame(clause.slice(0, cue.start));
      const from = cue.end + withAt.index + withAt[0].length;
      objectText = clause.slice(from);
      objectMasked = masked.slice(from);
    }
  }

  // "with A (r=0.49) and, more weakly, with B", "… and moderately with B": how strongly an object correlates is
  // neither object.
  for (const pattern of [INTERJECTED_ADVERBIAL, STRENGTH_BEFORE_OBJECT])
    for (const m of objectMasked.matchAll(pattern)) {
      const blank = ' '.repeat(m[0].length);
      objectText = objectText.slice(0, m.index) + blank + objectText.slice(m.index + blank.length);
      objectMasked = objectMasked.slice(0, m.index) + blank + objectMasked.slice(m.index + blank.length);
    }

  // "correlated with A in controls but not in ME/CFS patients": the claim holds in one group and not the other.
  const contrast = populationContrast(masked);
  const relations: Relation[] =
    contrast && relation === 'CORRELATES_WITH' ? ['CORRELATES_WITH', 'NOT_CORRELATED_WITH'] : [relation];
  const populations =
    contrast && relation === 'CORRELATES_WITH' ? [contrast.holds, contrast.fails] : [populationOf(masked)];

  // "correlated with masseter thresholds in TMD (r = …) but not in fibromyalgia": the group the relation holds in
  // ends the object.
  const held = contrast?.holds ?? populations[0];
  const heldIn = held
    ? new RegExp(`\\s(?:in|among|within)\\s+(?:the\\s+)?${escapeRegExp(held)}\\b`, 'i').exec(objectMasked)
    : null;
  // ("… with A in fibromyalgia, but not with B": B, named after the group, is still denied the relation.)
  const deniedAfterGroup =
    heldIn && heldIn.index > 0 && relation !== 'NOT_CORRELATED_WITH'
      ? DENIED_OBJECT.exec(objectMasked.slice(heldIn.index + heldIn[0].length))
      : null;
  const deniedAfterGroupObjects =
    deniedAfterGroup?.index === 0
      ? objectsFrom(objectText, objectMasked, heldIn!.index + heldIn![0].length + deniedAfterGroup[0].length)
      : [];
  if (heldIn && heldIn.index > 0) {
    objectText = objectText.slice(0, heldIn.index);
    objectMasked = objectMasked.slice(0, heldIn.index);
  }

  // "correlated with A but not with B": B is named to deny the relation.
  const denied = relation === 'NOT_CORRELATED_WITH' ? null : DENIED_OBJECT.exec(objectMasked);
  const deniedObjects = [
    ...(denied ? objectsFrom(objectText, objectMasked, denied.index + denied[0].length) : []),
    ...deniedAfterGroupObjects,
  ];
  if (denied) {
    // Up to "but" (or "and") itself: the blanks before it may be a masked parenthesis that belongs to the object
    // ("IL-6 (p=…)").
    const butAt = denied.index + denied[0].search(/but|and|yet|while|whereas/i);
    objectText = objectText.slice(0, butAt).replace(/[,\s]+$/, '');
    objectMasked = objectMasked.slice(0, objectText.length);
  }
  // "correlated negatively with A and positively with B": B with its own sign.
  const signed = relation === 'CORRELATES_WITH' ? SECOND_SIGNED_OBJECT.exec(objectMasked) : null;
  const signedObjects = signed ? objectsFrom(objectText, objectMasked, signed.index + signed[0].length) : [];
  if (signed) {
    objectText = objectText.slice(0, signed.index);
    objectMasked = objectMasked.slice(0, signed.index);
  }
  const objects = entitiesFromChunks(expandIncluding(cutMeasureList(withoutRiskWords(objectText), objectMasked)));
  const subjects = entitiesFromChunks(expandIncluding(subjectText));
  if (!subjects.length || !objects.length) return null;

  // "ME/CFS status": an association with a group is a group association.
  const claims: Claim[] = [];
  relations.forEach((rel, i) => {
    for (const subject of subjects) {
      for (const object of objects) {
        claims.push({
          subject,
          relation: rel,
          sign: rel === 'CORRELATES_WITH' ? sign : null,
          object: object.entity,
          objectMention: object,
          comparator: comparatorOfAssociation(clause),
          population: populations[i] ?? null,
          cueStrength: none || correlation ? 0.9 : 0.8,
        });
      }
      // Objects named apart from the first ones: with their own sign, or to deny the relation.
      const apart: [EntityMention[], Relation, Sign | null][] = [
        [signedObjects, rel, signed && /^positiv/i.test(signed[1]!) ? 'POSITIVE' : 'NEGATIVE'],
        [deniedObjects, 'NOT_CORRELATED_WITH', null],
      ];
      for (const [named, namedRelation, namedSign] of apart) {
        for (const object of named) {
          claims.push({
            subject,
            relation: namedRelation,
            sign: namedSign,
            object: object.entity,
            objectMention: object,
            comparator: null,
            population: populations[i] ?? null,
            cueStrength: 0.85,
          });
        }
      }
    }
  });
  return claims.map(withFactorFirst);
}

/**
 * "… but not with B", "… and did not correlate with B", "…, yet showed no correlation with B", "… and was unrelated
 * to B": B is named to deny the relation the subject has with the first objects.
 */
const DENIED_OBJECT =
  /[,\s]+(?:but|and|yet|while|whereas)\s+(?:not|(?:was|were|remained)\s+(?:not\s+(?:significantly\s+)?(?:correlated|associated|related)|unrelated|uncorrelated)|(?:did|does)\s+not\s+(?:significantly\s+)?(?:correlate|associate)|(?:showed|had)\s+no\s+(?:significant\s+)?(?:correlation|association|relation(?:ship)?))\s+(?:with|to)\s+/i;

/** Demographic factors: what an association runs from, whichever side the sentence names them on. */
const DEMOGRAPHIC_FACTOR = /^(?:female sex|male sex|sex|age(?:\s+at\s+\S.*)?|older age|younger age)$/i;

/**
 * "chronic fatigue was associated with female sex": the factor is the association's subject, as the labels read risk
 * factors ("female sex ASSOCIATED_WITH chronic fatigue"); a correlation's direction is left as written.
 */
function withFactorFirst(claim: Claim): Claim {
  if (claim.relation === 'CORRELATES_WITH' || !claim.objectMention) return claim;
  if (!DEMOGRAPHIC_FACTOR.test(claim.objectMention.entity.name) || DEMOGRAPHIC_FACTOR.test(claim.subject.entity.name))
    return claim;
  return { ...claim, subject: claim.objectMention, object: claim.subject.entity, objectMention: claim.subject };
}

const SECOND_SIGNED_OBJECT = /,?\s+and\s+(positively|negatively|inversely)\s+(?:with|to)\s+/i;

const STRENGTH_BEFORE_OBJECT =
  /(?<=\band\s+)(?:(?:only|also|more|less)\s+)?(?:strongly|moderately|weakly|modestly|slightly|significantly)(?=\s+(?:with|to)\b)/gi;

const INTERJECTED_ADVERBIAL =
  /,\s+(?:(?:[\p{L}-]+\s+){0,3}[\p{L}-]+ly|to\s+a\s+(?:lesser|greater|similar)\s+extent)\s*,(?=\s+(?:with|to)\b)/giu;

/** "… in controls but not in ME/CFS patients", "… appeared in controls but were absent in patients". */
function populationContrast(masked: string): { holds: string; fails: string } | null {
  const m =
    /\b(?:in|among)\s+([^,;]+?)\s+but\s+(?:not\s+(?:in|among)|(?:were|was)\s+(?:absent|not seen|not found)\s+(?:in|among)|absent\s+in)\s+([^,;.]+)/i.exec(
      masked,
    );
  if (!m) return null;
  // ("in women … but not in men", "among hypersomnolent participants … but not among the others": people by sex, or
  // the rest of those just named, are the groups here too.)
  const group = (text: string) => {
    const phrase = findGroupPhrases(text)[0]?.text ?? peopleApart(text.trim());
    return phrase ? groupText(phrase) : null;
  };
  const holds = group(m[1]!);
  const fails = group(m[2]!);
  return holds && fails ? { holds, fails } : null;
}

/** People named by sex alone ("men", "the women"), or "the others": a group here, as written. */
function peopleApart(text: string): string | null {
  return SEX_WORD.test(text.replace(/^the\s+/i, '')) || /^the\s+(?:others|rest|remainder)$/i.test(text) ? text : null;
}

/** The one group a correlation is said to hold in: "Within the ME/CFS group, …", "… among patients (r=0.8)". */
function populationOf(masked: string): string | null {
  const found = findGroupPhrases(masked).filter((g) =>
    /\b(?:in|among|within)\s+(?:the\s+|both\s+)?$/i.test(masked.slice(Math.max(0, g.start - 12), g.start)),
  );
  return found.length === 1 ? groupText(found[0]!.text) : null;
}

function comparatorOfAssociation(clause: string): string | null {
  const m = /\b(?:compared (?:to|with)|versus|vs\.?|relative to)\s+([^,;.()]+)/i.exec(clause);
  return m ? comparatorText(m[1]!) : null;
}
