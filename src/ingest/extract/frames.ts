// Clause → claims. Each frame recognises one way findings are worded: correlation / association between measures,
// variation by a factor, classification accuracy, and group or time differences (with their null forms). A frame
// finds its cue, the groups and comparator, then takes the subject from what is left of the clause.

import type { EntityRef, Relation, Sign } from '../record.ts';
import { cues, type PhraseMatch, timeContrasts } from './cues.ts';
import { anatomicalPlaces, entitiesFromChunk, type EntityMention } from './entities.ts';
import { comparatorText, findGroupPhrases, resolveGroup, type GroupPhrase, type StudyContext } from './groups.ts';
import { scanLexicon, type LexiconEntry } from './lexicon.ts';
import { isNounPhrase, leadingNounPhrase, predicateVerbSpans } from './pos.ts';
import { maskParentheses, parentheticals, splitList, splitOutsideParentheses, tidy } from './text.ts';
import { comparativePhraseFrame } from './comparative-phrases.ts';
import { treatmentEffectFrame } from './treatment-effect.ts';
import { valueContrastFrame } from './value-contrast.ts';
import type { Claim, ClauseResult, SentenceContext } from './claims.ts';

export type { Claim, ClauseResult, SentenceContext } from './claims.ts';

type Direction = 'increase' | 'decrease' | 'none' | 'undirected';

const blank = (text: string, start: number, end: number) =>
  text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);

/** Finds time contrasts in a sentence, for treatment context and the implied comparator. */
export function sentenceContext(sentence: string, study: StudyContext, interventionNames: string[]): SentenceContext {
  let treatment: LexiconEntry | null = null;
  let timeComparator: string | null = null;
  for (const contrast of timeContrasts(interventionNames)) {
    contrast.pattern.lastIndex = 0;
    if (!contrast.pattern.test(sentence)) continue;
    if (contrast.treatment) treatment = study.interventions[0] ?? null;
    timeComparator ??= contrast.comparator;
  }
  return { treatment, timeComparator };
}

function blankTimePhrases(text: string, interventionNames: string[]): string {
  let out = text;
  for (const contrast of timeContrasts(interventionNames)) {
    out = out.replace(contrast.pattern, (m) => ' '.repeat(m.length));
  }
  return out;
}

function isSkipped(clause: string, masked: string): boolean {
  const c = cues();
  // "could not be predicted" states a result, and so does "more likely than controls to report"; "could be" and
  // "likely to" hedge one.
  const stated = masked.replace(/\bcould not\b/gi, 'did not').replace(/\b(?:more|less)\s+likely\b/gi, 'more often');
  if (c.hedges.test(stated) || c.skipPhrases.test(masked)) return true;
  if (c.skipPatterns.some((p) => p.test(clause)) && !/\bsignificant/i.test(clause)) return true;
  return false;
}

function directionOf(cueText: string): Direction {
  const c = cues();
  if (c.noDifference.is(cueText)) return 'none';
  if (c.increase.is(cueText)) return 'increase';
  if (c.decrease.is(cueText)) return 'decrease';
  for (const { prefix, direction } of c.hypoHyper) if (cueText.toLowerCase().startsWith(prefix)) return direction;
  return 'undirected';
}

function relationOf(direction: Direction): Relation {
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

/** hypo-/hyper- words ("hypomethylation", "hypometabolic") as cues, except established terms like "hypothesis". */
function hypoHyperCues(masked: string): PhraseMatch[] {
  const c = cues();
  const found: PhraseMatch[] = [];
  for (const m of masked.matchAll(/\b(hypo|hyper)[a-z-]{4,}\b/gi)) {
    if (c.hypoHyperBlocked.has(m[0].toLowerCase())) continue;
    found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return found;
}

interface DirectionCue extends PhraseMatch {
  direction: Direction;
}

function directionCues(masked: string): DirectionCue[] {
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
      !all.some(
        (other, j) =>
          j !== i && other.start <= cue.start && other.end >= cue.end && other.end - other.start > cue.end - cue.start,
      ),
  );
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

function negatedBefore(masked: string, at: number): boolean {
  return cues().negations.all(masked.slice(0, at)).length > 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Correlation and association between measures

function cutMeasureList(text: string, masked: string): string {
  let end = text.length;
  const cut =
    /\s+(?:that|which|measuring|assessing|reflecting|evaluating|using|specific to|at baseline|during|among|compared|relative to|versus|vs\.?|in (?:both|either|all|the|healthy|controls|patients))\b/i.exec(
      masked,
    );
  // The match may start in the blanked-out parenthesis before the word; cut at the word itself.
  if (cut) end = cut.index + (cut[0].length - cut[0].trimStart().length);
  for (const phrase of findGroupPhrases(masked.slice(0, end))) {
    const before = masked.slice(0, phrase.start);
    if (/\b(?:in|among|within|for)\s+$/i.test(before)) {
      end = Math.min(end, before.replace(/\s*\b(?:in|among|within|for)\s+$/i, '').length);
    }
  }
  // "any of the immune markers measured": the quantifier and the closing participle frame the measures.
  return text
    .slice(0, end)
    .replace(/^\s*(?:any|all|each|none|either)\s+of\s+(?:the\s+)?/i, '')
    .replace(/\s+(?:measured|assessed|examined|tested|studied|analy[sz]ed)\s*[.;]?\s*$/i, '');
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

/** Entities of every chunk, or none when one chunk is not understood. */
function entitiesFromChunks(chunks: string[]): EntityMention[] {
  const all: EntityMention[] = [];
  for (const chunk of chunks) {
    const mentions = entitiesFromChunk(chunk);
    if (!mentions.length) return [];
    all.push(...mentions);
  }
  return all;
}

function stripSubjectFrame(text: string): string {
  let subject = text;
  subject = subject.replace(
    /^\s*(?:among|in|within|only in|relative to|compared (?:to|with)|versus|vs\.?)\s+[^,]+,\s*/i,
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
  subject = subject.replace(/\s+(?:during|at|after)\s+\w+$/i, '');
  const verbAfterNoun = cues().verbs.first(maskParentheses(subject));
  if (verbAfterNoun && verbAfterNoun.start > 0) subject = subject.slice(0, verbAfterNoun.start);
  // A verb the list does not know ("Fatigue scores bore no relationship …"): the tagger finds where the noun phrase
  // ends. Not across a comma, where an apposition or "including" list still follows.
  if (!subject.includes(',')) subject = leadingNounPhrase(subject);
  return tidy(subject.replace(/,\s*$/, '').replace(/^(.*?),\s*(including|such as)\s+(.+?),?$/i, '$1 $2 $3'));
}

function correlationFrame(clause: string, masked: string): Claim[] | null {
  const c = cues();
  const none = c.noCorrelation.first(masked);
  const correlation = none ? null : c.correlation.first(masked);
  const association = none || correlation ? null : c.association.first(masked);
  const cue = none ?? correlation ?? association;
  if (!cue) return null;

  let sign: Sign | null = null;
  let relation: Relation;
  if (none) relation = 'NOT_CORRELATED_WITH';
  else if (correlation) {
    relation = 'CORRELATES_WITH';
    sign = c.positiveCorrelation.test(masked)
      ? 'POSITIVE'
      : c.negativeCorrelation.test(masked)
        ? 'NEGATIVE'
        : 'UNSPECIFIED';
  } else {
    relation = negatedBefore(masked, cue.start) ? 'NOT_CORRELATED_WITH' : 'ASSOCIATED_WITH';
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
  } else {
    const cueTakesObject = /\b(?:with|to|of|from|by|predict)$/i.test(cue.text);
    const withAt = cueTakesObject
      ? /^\s*/.exec(masked.slice(cue.end))!
      : /\b(?:with|to|of)\s+/i.exec(masked.slice(cue.end));
    if (!withAt || withAt.index > 30) return null;
    subjectText = stripSubjectFrame(clause.slice(0, cue.start));
    const from = cue.end + withAt.index + withAt[0].length;
    objectText = clause.slice(from);
    objectMasked = masked.slice(from);
  }

  // "correlated with A in controls but not in ME/CFS patients": the claim holds in one group and not the other.
  const contrast = populationContrast(masked);
  const relations: Relation[] =
    contrast && relation === 'CORRELATES_WITH' ? ['CORRELATES_WITH', 'NOT_CORRELATED_WITH'] : [relation];
  const populations =
    contrast && relation === 'CORRELATES_WITH' ? [contrast.holds, contrast.fails] : [populationOf(masked)];

  // "correlated with A but not with B": B is named to deny the relation.
  const denied = relation === 'NOT_CORRELATED_WITH' ? null : /[,\s]+but\s+not\s+(?:with|to)\s+/i.exec(objectMasked);
  const deniedObjects = denied
    ? entitiesFromChunks(
        expandIncluding(
          cutMeasureList(
            objectText.slice(denied.index + denied[0].length),
            objectMasked.slice(denied.index + denied[0].length),
          ),
        ),
      )
    : [];
  if (denied) {
    // Up to "but" itself: the blanks before it may be a masked parenthesis that belongs to the object ("IL-6 (p=…)").
    const butAt = denied.index + denied[0].search(/but/i);
    objectText = objectText.slice(0, butAt).replace(/[,\s]+$/, '');
    objectMasked = objectMasked.slice(0, objectText.length);
  }
  const objects = entitiesFromChunks(expandIncluding(cutMeasureList(objectText, objectMasked)));
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
      for (const object of deniedObjects) {
        claims.push({
          subject,
          relation: 'NOT_CORRELATED_WITH',
          sign: null,
          object: object.entity,
          objectMention: object,
          comparator: null,
          population: populations[i] ?? null,
          cueStrength: 0.85,
        });
      }
    }
  });
  return claims;
}

/** "… in controls but not in ME/CFS patients", "… appeared in controls but were absent in patients". */
function populationContrast(masked: string): { holds: string; fails: string } | null {
  const m =
    /\b(?:in|among)\s+([^,;]+?)\s+but\s+(?:not\s+(?:in|among)|(?:were|was)\s+(?:absent|not seen|not found)\s+(?:in|among)|absent\s+in)\s+([^,;.]+)/i.exec(
      masked,
    );
  if (!m) return null;
  const holds = findGroupPhrases(m[1]!)[0];
  const fails = findGroupPhrases(m[2]!)[0];
  return holds && fails ? { holds: comparatorText(holds.text), fails: comparatorText(fails.text) } : null;
}

/** The one group a correlation is said to hold in: "Within the ME/CFS group, …", "… among patients (r=0.8)". */
function populationOf(masked: string): string | null {
  const found = findGroupPhrases(masked).filter((g) =>
    /\b(?:in|among|within)\s+(?:the\s+|both\s+)?$/i.test(masked.slice(Math.max(0, g.start - 12), g.start)),
  );
  return found.length === 1 ? comparatorText(found[0]!.text) : null;
}

function comparatorOfAssociation(clause: string): string | null {
  const m = /\b(?:compared (?:to|with)|versus|vs\.?|relative to)\s+([^,;.()]+)/i.exec(clause);
  return m ? comparatorText(m[1]!) : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Variation by a factor ("response rates varied depending on the dose given")

function variationFrame(clause: string, masked: string): Claim[] | null {
  const cue = cues().variation.first(masked);
  if (!cue) return null;
  const subjects = entitiesFromChunk(stripSubjectFrame(clause.slice(0, cue.start)));
  const objectText = clause.slice(cue.end).replace(/\s+(?:used|applied|employed)\s*$/i, '');
  const objects = entitiesFromChunk(objectText);
  if (subjects.length !== 1 || objects.length !== 1) return null;
  return [
    {
      subject: subjects[0]!,
      relation: 'ASSOCIATED_WITH',
      sign: null,
      object: objects[0]!.entity,
      objectMention: objects[0]!,
      comparator: null,
      cueStrength: 0.7,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Classification ("a panel reached 88% accuracy (AUC 0.90) in telling ME/CFS from controls")

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
function discriminationFrame(clause: string, masked: string, study: StudyContext): Claim[] | null {
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
  const comparator = /^\s*(?:apart\s+)?(?:from|and|versus|vs\.?)\s+(?:the\s+)?(?:healthy|controls?|control)/i.test(rest)
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

// ---------------------------------------------------------------------------------------------------------------
// Group and time differences

interface GroupRoles {
  objects: GroupPhrase[];
  /** Alternatives give one claim each; a joint comparator is one string. */
  comparators: string[];
  /** Spans to remove before looking for the subject. */
  spans: { start: number; end: number }[];
  /** Object groups with the comparator each gets ("between CFS, MDD, and controls"). */
  perObjectComparator: Map<GroupPhrase, string>;
  /** Groups read as comparators after an intro ("than ME/CFS patients"). */
  consumed: Set<GroupPhrase>;
  /** Control groups named where an object would stand ("higher in controls than …"). */
  controls: GroupPhrase[];
}

function assignGroupRoles(clause: string, masked: string, cueText: string): GroupRoles {
  const phrases = findGroupPhrases(masked);
  const roles: GroupRoles = {
    objects: [],
    comparators: [],
    spans: [],
    perObjectComparator: new Map(),
    consumed: new Set(),
    controls: [],
  };
  const consumed = roles.consumed;
  const controlObjects = roles.controls;
  const isDiffer = /\bdiffer/i.test(cueText);

  // "between A and B" / "between A, B, and C"
  const between = /\bbetween\s+/i.exec(masked);
  if (between) {
    const inside = phrases.filter((p) => p.start >= between.index);
    if (inside.length >= 2) {
      // The span takes a statistic printed after the last group ("…and the control group (33.6%, IQR …),").
      const lastEnd = inside[inside.length - 1]!.end;
      const trailing = /^\s*\([^()]*\)/.exec(clause.slice(lastEnd))?.[0].length ?? 0;
      roles.spans.push({ start: between.index, end: lastEnd + trailing });
      const groups = inside.filter((p) => p.kind !== 'control');
      const controls = inside.filter((p) => p.kind === 'control');
      for (const group of groups) {
        const others = inside.filter((p) => p !== group).map((p) => comparatorText(p.text));
        roles.objects.push(group);
        roles.perObjectComparator.set(group, others.join(' and '));
      }
      if (!groups.length && controls.length) roles.comparators.push(comparatorText(controls[0]!.text));
      for (const p of phrases.filter((p) => p.start < between.index)) classifyOutside(p);
      return roles;
    }
  }
  for (const p of phrases) classifyOutside(p);
  return roles;

  function classifyOutside(p: GroupPhrase): void {
    const before = masked.slice(0, p.start);
    // "than in controls", "compared with those in the control group": the preposition belongs to the intro.
    // "than STOPP and control subjects": bare modifiers coordinated before a group share its head.
    const sharedHead =
      /(?:\b(?:compared to|compared with|in comparison (?:to|with)|relative to|versus|vs\.?|than)\s+(?:(?:in|among|for)\s+)?(?:(?:either|both|the)\s+)?)((?:[\p{L}\d/-]+\s*,\s*)*[\p{L}\d/-]+\s*,?\s+(?:and|or)\s+)$/iu.exec(
        before,
      );
    const sharedStart =
      sharedHead &&
      !cues().verbs.test(sharedHead[1]!) &&
      !phrases.some((q) => q !== p && q.end > sharedHead.index && q.start < p.start)
        ? before.length - sharedHead[1]!.length
        : null;
    const intro =
      /(?:\b(compared to|compared with|in comparison (?:to|with)|relative to|(?:set )?against|versus|vs\.?|than|over|from)\s+(?:(?:did|do|does|were|was)\s+)?(?:(?:in|among|for)\s+)?(?:(?:either|both|those|that of|the)\s+)?)$/i.exec(
        sharedStart === null ? before : before.slice(0, sharedStart),
      );
    const introWord = intro?.[1]?.toLowerCase();
    const introValid =
      intro && (introWord !== 'over' || /placebo|control/i.test(p.text)) && (introWord !== 'from' || isDiffer);
    if (introValid) {
      // Joint comparator "controls and patients without X" vs alternatives "either A or B".
      const start = intro.index;
      let end = p.end;
      const following = phrases.filter((q) => q.start >= p.end);
      let text = comparatorText(clause.slice(sharedStart ?? p.start, p.end));
      const alternatives = [text];
      let joint = text;
      for (const q of following) {
        const gap = masked.slice(end, q.start);
        if (/^\s*(?:,\s*)?or\s+$/i.test(gap)) {
          alternatives.push(comparatorText(clause.slice(q.start, q.end)));
        } else if (/^\s*(?:,\s*)?and\s+$/i.test(gap)) {
          joint = `${joint} and ${comparatorText(clause.slice(q.start, q.end))}`;
        } else break;
        end = q.end;
        consumed.add(q);
      }
      text = joint;
      roles.comparators.push(...(alternatives.length > 1 ? alternatives : [text]));
      roles.spans.push({ start, end });
      consumed.add(p);
      return;
    }
    if (consumed.has(p)) return;
    // "fell in patients but not in controls": a group where the change did not happen is not the reference.
    const denied = /\bbut\s+not\s+(?:in|among|for)\s+(?:the\s+)?$/i.exec(before);
    if (denied && p.kind === 'control') {
      roles.spans.push({ start: denied.index, end: p.end });
      return;
    }
    // "a higher prevalence of fibromyalgia": a condition named as what is counted belongs to the subject.
    if (
      p.kind === 'condition' &&
      /\b(?:prevalence|incidence|rates?|frequency|risk|odds|history|diagnos[ie]s)\s+of\s+$/i.test(before)
    )
      return;
    const prep = /\b(?:in|from|of|among|within|for|to)\s+$/i.exec(before);
    roles.spans.push({ start: prep ? prep.index : p.start, end: p.end });
    if (p.kind === 'control') {
      if (!roles.comparators.length) roles.comparators.push(comparatorText(clause.slice(p.start, p.end)));
      controlObjects.push(p);
    } else roles.objects.push(p);
  }
}

/** Non-group comparator text after an intro ("compared to day one"). */
function plainComparator(
  clause: string,
  masked: string,
  taken: { start: number; end: number }[],
): { text: string; start: number; end: number } | null {
  // "than those with gradual onset": a group the clause defines by its feature, not by a group noun.
  const intro =
    /\b(?:compared to|compared with|relative to|versus|vs\.?|below|above)\s+/i.exec(masked) ??
    /\bthan\s+(?:in\s+|did\s+)?(?=(?:those|patients|participants|subjects)\s+(?:with|without|who)\b)/i.exec(masked);
  if (!intro || taken.some((s) => s.start <= intro.index && s.end > intro.index)) return null;
  const from = intro.index + intro[0].length;
  const stop = /[,;(]|\s+in\s+/.exec(masked.slice(from));
  const end = stop ? from + stop.index : clause.length;
  const text = tidy(clause.slice(from, end));
  if (!text || text.split(/\s+/).length > 5) return null;
  return { text: comparatorText(text), start: intro.index, end };
}

function chunksOf(text: string): { text: string; start: number; end: number }[] {
  const chunks: { text: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\uE000]+/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    chunks.push({ text: trimmed, start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return chunks;
}

function differenceFrame(
  clause: string,
  masked: string,
  study: StudyContext,
  sentence: SentenceContext,
  interventionNames: string[],
  members: string[] = [],
  anaphoricGroup: EntityRef | null = null,
  /** An earlier clause of the sentence made the comparison ("X was higher in patients, but Y was unchanged"). */
  continuesComparison = false,
): ClauseResult | null {
  const c = cues();
  // Cue words inside a group's name ("patients with increased lactate responses") are not the clause's cue.
  const groupSpans = findGroupPhrases(masked);
  const all = directionCues(masked).filter(
    (cue) =>
      !groupSpans.some(
        (g) => g.start <= cue.start && g.end >= cue.end && /\b(?:with|without|reporting)\b/i.test(g.text),
      ),
  );
  if (!all.length) return null;
  // Cues of different directions offered as alternatives ("increased or remained stable") commit to nothing.
  for (let i = 0; i + 1 < all.length; i++) {
    const a = all[i]!;
    const b = all[i + 1]!;
    if (a.direction !== b.direction && /^\s*or\s+(?:\w+\s+)?$/i.test(masked.slice(a.end, b.start))) return null;
  }
  // The predicate cue: a clause-initial status adjective ("Elevated X decreased…") gives way to a later cue.
  let main =
    all.find((cue) => cue.direction === 'none') ?? all.find((cue) => cue.direction !== 'undirected') ?? all[0]!;
  // "higher A and B, lower C, and unchanged D": a null cue opening a list member is that member's, not the clause's.
  const listHead = all.find((cue) => cue.direction === 'increase' || cue.direction === 'decrease');
  if (
    main.direction === 'none' &&
    listHead &&
    listHead.start < main.start &&
    /(?:,|\band)\s*$/i.test(masked.slice(0, main.start))
  )
    main = listHead;
  if (main.start === 0) {
    const later = all.find(
      (cue) =>
        cue.start > main.end &&
        cue.direction !== 'undirected' &&
        !/^[\s\S]*?\b(?:and|,)\s*$/i.test(masked.slice(main.end, cue.start)),
    );
    if (
      later &&
      c.verbs.first(masked.slice(main.end, later.start)) === null &&
      /\S+\s+\S+/.test(masked.slice(main.end, later.start))
    )
      main = later;
  }
  let direction: Direction = main.direction;
  // "Patients without X reported reduced Y": a negation inside a group's name does not negate the cue.
  const outsideGroups = groupSpans.reduce((text, g) => blank(text, g.start, g.end), masked);
  if (direction !== 'none' && negatedBefore(outsideGroups, main.start)) direction = 'none';
  if ((direction === 'increase' || direction === 'decrease') && c.nonSignificance.test(masked)) direction = 'none';

  const roles = assignGroupRoles(clause, masked, main.text);
  // "Pyridostigmine had no effect on X": a treatment named before an outcome noun is the treated arm (rule 9).
  if (
    direction === 'none' &&
    c.outcomeNouns.is(/(\S+)$/.exec(main.text)?.[1] ?? '') &&
    !roles.objects.some((p) => p.kind === 'treatment')
  ) {
    const named = scanLexicon(masked.slice(0, main.start), ['Intervention']).find(
      (hit) => !roles.spans.some((s) => s.start <= hit.start && s.end >= hit.end),
    );
    if (named) {
      roles.objects.push({ text: named.text, start: named.start, end: named.end, kind: 'treatment' });
      roles.spans.push({ start: named.start, end: named.end });
    }
  }
  const plain = roles.comparators.length ? null : plainComparator(clause, masked, roles.spans);
  if (plain) {
    roles.comparators.push(plain.text);
    roles.spans.push({ start: plain.start, end: plain.end });
  }

  // "Sleep apnea did not increase in CFS": a condition standing bare where a subject stands, while another group is
  // introduced by a preposition, is the measured thing (a comorbidity), not a group.
  const introduced = (p: GroupPhrase) =>
    /\b(?:in|among|within|from|for|of|with)\s+(?:(?:the|both|all)\s+)?$/i.test(masked.slice(0, p.start));
  if (roles.objects.length >= 2 && roles.objects.some(introduced)) {
    const bare = roles.objects.filter((p) => p.kind === 'condition' && !introduced(p) && p.end <= main.start);
    if (bare.length && bare.length < roles.objects.length) {
      roles.objects = roles.objects.filter((p) => !bare.includes(p));
      roles.spans = roles.spans.filter((span) => !bare.some((p) => span.start === p.start && span.end === p.end));
    }
  }

  // "In controls, pain threshold rose after exercise": a clause about the control group alone says nothing about
  // patients.
  if (!roles.objects.length && roles.controls.length && ![...roles.consumed].some((p) => p.kind !== 'control'))
    return null;

  // Invert "higher in controls than in patients".
  let objects = roles.objects;
  let comparators = roles.comparators;
  if (!objects.length && roles.controls.length && roles.consumed.size) {
    const compared = [...roles.consumed].filter((p) => p.kind !== 'control');
    if (compared.length && (direction === 'increase' || direction === 'decrease')) {
      objects = compared;
      comparators = [comparatorText(clause.slice(roles.controls[0]!.start, roles.controls[0]!.end))];
      direction = direction === 'increase' ? 'decrease' : 'increase';
    }
  }

  // Remove groups, comparator, verbs, adverbs, negations, time phrases; what is left holds the subject.
  let rest = blankTimePhrases(clause, interventionNames);
  const restMasked = maskParentheses(rest);
  for (const span of roles.spans) rest = blank(rest, span.start, span.end);
  for (const m of c.unnamedGroupComparisons.all(restMasked)) rest = blank(rest, m.start, m.end);
  for (const m of c.specimenPhrases.all(restMasked)) rest = blank(rest, m.start, m.end);
  for (const matcher of [c.verbs, c.adverbs]) {
    for (const m of matcher.all(restMasked)) rest = blank(rest, m.start, m.end);
  }
  // A verb the list lacks right after the group it predicates ("Patients took fewer steps", "performed worse"); the
  // tagger runs only when a group opens the clause and words remain before the cue.
  const firstGroupEnd = Math.min(...roles.spans.map((span) => span.end));
  if (
    firstGroupEnd < main.start &&
    rest.slice(0, firstGroupEnd).trim() === '' &&
    rest.slice(firstGroupEnd, main.start).trim()
  ) {
    for (const verb of predicateVerbSpans(restMasked)) {
      if (verb.start >= firstGroupEnd && verb.end <= main.start && rest.slice(0, verb.start).trim() === '')
        rest = blank(rest, verb.start, verb.end);
    }
  }
  const negationAtStart = c.negations.first(restMasked);
  if (negationAtStart && negationAtStart.start === 0) rest = blank(rest, 0, negationAtStart.end);
  // The cue itself stays readable even when it contains a negation or an adverb ("No significant differences").
  rest = rest.slice(0, main.start) + clause.slice(main.start, main.end) + rest.slice(main.end);
  // Undirected cue nouns and adverbs belong to the subject ("methylation changes", "differentially methylated
  // sites"); adjectives do not ("altered redox signaling" → redox signaling).
  const nominalCue = /(?:s|ion|ly)$/i.test(main.text);
  const cueEnd = main.end;
  // Split at blanked runs into chunks.
  const separated = rest.replace(/ {2,}/g, (m) => '\uE000'.repeat(m.length));
  const chunks = chunksOf(separated)
    .map((ch) => ({ ...ch, text: clause.slice(ch.start, ch.end) }))
    // "the four parameters measured (A, B, C)": a parenthesised member list rejoins the phrase it names.
    .reduce<{ text: string; start: number; end: number }[]>((joined, ch) => {
      const prev = joined[joined.length - 1];
      if (prev && /^\([^()]*\)$/.test(ch.text) && /^\s*(?:\p{L}+\s*)?$/u.test(clause.slice(prev.end, ch.start)))
        joined[joined.length - 1] = { start: prev.start, end: ch.end, text: clause.slice(prev.start, ch.end) };
      else joined.push(ch);
      return joined;
    }, [])
    .filter((ch) =>
      /\p{L}{2,}/u.test(maskParentheses(ch.text).replace(/\b(?:and|or|with|but|of|in|at|to|not|no|a|an|the)\b/gi, '')),
    );

  let subjectText: string | null = null;
  // "no benefit over placebo on sleep measures": an outcome noun's measure follows on/in/for.
  const cueHead = /(\S+)$/.exec(main.text)?.[1] ?? '';
  if (direction === 'none' && c.outcomeNouns.is(cueHead)) {
    const target = chunksOf(separated.slice(cueEnd)).find((ch) => /^(?:on|in|for)\s+\S/i.test(ch.text));
    if (target)
      subjectText = clause.slice(cueEnd + target.start, cueEnd + target.end).replace(/^(?:on|in|for)\s+/i, '');
  }
  const containing = subjectText ? undefined : chunks.find((ch) => ch.start <= main.start && ch.end >= cueEnd);
  const isHypo = /^(?:hypo|hyper)/i.test(main.text) && !cues().increase.is(main.text) && !cues().decrease.is(main.text);
  if (containing) {
    let beforeCue = masked.slice(containing.start, main.start).trim();
    const afterCue = masked.slice(cueEnd, containing.end).trim();
    const lead = c.leadIns.first(beforeCue);
    if (lead && lead.start === 0 && lead.end === beforeCue.length) beforeCue = '';
    // A magnitude is not a subject ("35% lower", "a marked 2.3-fold drop"): the subject is the chunk before it.
    if (/^(?:a\s+)?(?:\w+\s+)?[\d.,]+\s*(?:%|-?fold|times|percent)?$/i.test(beforeCue)) beforeCue = '';
    // A determiner alone is not a subject ("showed a higher prevalence"): the measure follows the cue.
    if (/^(?:a|an|the|their|its|his|her|not|no|never)$/i.test(beforeCue)) beforeCue = '';
    // A cue noun takes its subject after "in"/"of" ("no differences in GABA levels", "downregulation of X").
    const nounCue =
      /(?:s|ence|ion|ment|rise|drop|fall|deficit|increase|decrease|gain|loss)$/i.test(main.text) &&
      /^(?:in|of)\b/i.test(afterCue);
    // "Patients and controls did not differ in their levels of X": a differ cue takes its measure after "in".
    const differIn =
      !beforeCue &&
      /\b(?:differ|similar|comparable|alike|indistinguishable)/i.test(main.text) &&
      /^in\s+\S/i.test(afterCue);
    if (
      isHypo &&
      !beforeCue &&
      /^in\b/i.test(afterCue) &&
      /^\s*in\s+(?:both\s+)?(?:the\s+)?\p{L}/iu.test(clause.slice(cueEnd))
    ) {
      // "hypoperfusion in both the putamen and the pallidum": one entity per place (as "localized to").
      const next = afterCue === 'in' ? chunks.find((ch) => ch.start >= containing.end) : undefined;
      const places = clause
        .slice(cueEnd, next?.end ?? containing.end)
        .replace(/^\s*in\s+(?:both\s+)?/i, '')
        .replace(/\b(?:and|,)\s+the\s+/gi, (m) => m.replace(/the\s+$/i, ''));
      subjectText = `${main.text.replace(/^(hypo|hyper)-?/i, '')} localized to ${places.replace(/^the\s+/i, '')}`;
    } else if (differIn) {
      subjectText = clause.slice(cueEnd, containing.end).replace(/^\s*in\s+(?:their|the|its)?\s*/i, '');
    } else if (
      !beforeCue &&
      /^\p{L}/u.test(afterCue) &&
      (nounCue || !/^(?:in|to|at|from|by|on|with|over|after|during|for)\b/i.test(afterCue))
    ) {
      // "reduced large-vessel endothelial function", "downregulation of TCA cycle proteins"
      if (isHypo) {
        subjectText = clause.slice(main.start, containing.end).replace(/^(hypo|hyper)-?/i, '');
      } else if (direction === 'undirected' && nominalCue && !/^of\b/i.test(afterCue)) {
        subjectText = clause.slice(containing.start, containing.end);
      } else if (direction === 'undirected') {
        subjectText = clause.slice(cueEnd, containing.end);
      } else {
        subjectText = clause.slice(cueEnd, containing.end).replace(/^\s*(?:of|in)\s+/i, '');
      }
    } else if (!beforeCue && !afterCue && isHypo) {
      subjectText = main.text.replace(/^(hypo|hyper)-?/i, '');
    } else if (
      isHypo &&
      !afterCue &&
      /^[\p{L}-]+(?:(?:\s*,\s*|\s+)(?:and\s+|or\s+)?[\p{L}-]+){0,3}$/u.test(beforeCue) &&
      !c.verbs.test(beforeCue)
    ) {
      // "muscular and cerebral hypoperfusion" → muscular perfusion, cerebral perfusion: the modifiers share the noun.
      subjectText = `${clause.slice(containing.start, main.start).trim()} ${main.text.replace(/^(hypo|hyper)-?/i, '')}`;
    } else if (beforeCue && !/^(?:at|in|on|to|with)$/i.test(beforeCue)) {
      // "The methylation changes", "Metabolic alterations": the cue noun ends the subject.
      subjectText =
        direction === 'undirected' && /(?:s|ation)$/i.test(main.text)
          ? clause.slice(containing.start, cueEnd)
          : clause.slice(containing.start, main.start).trim();
    }
  }
  // "No significant differences were observed in IL-8", "An increase in lactate was seen": a cue noun whose "in"/"of"
  // phrase stands after the verb the clause put between them.
  if (
    !subjectText &&
    containing &&
    containing.end === cueEnd &&
    /(?:s|ence|ion|ment|rise|drop|fall|deficit|increase|decrease)$/i.test(main.text)
  ) {
    const after = chunks.find((ch) => ch.start >= cueEnd);
    const of = after && /^(?:in|of)\s+(?:the\s+)?(.+)$/i.exec(after.text);
    if (of && /^[\uE000\s]*$/.test(separated.slice(cueEnd, after!.start))) subjectText = of[1]!;
  }
  if (!subjectText) {
    const before = chunks.filter((ch) => ch.end <= main.start && !/^(?:and|with|or|but|at|in|to|of)$/i.test(ch.text));
    const nearest = before[before.length - 1];
    if (nearest) {
      const between = separated.slice(nearest.end, main.start);
      const adjacent = /^[\uE000\s,]*$/.test(between);
      subjectText = adjacent ? nearest.text : before[0]!.text;
    }
  }
  // "Patients more often had detectable X than controls did": an adverbial cue before the verb; the measure follows.
  if (!subjectText && main.direction !== 'undirected' && /\s/.test(main.text.trim())) {
    const after = chunks.find((ch) => ch.start >= cueEnd);
    if (
      after &&
      !/^(?:in|on|at|to|from|with|by|for|of|than|among)\b/i.test(after.text) &&
      /^[\uE000\s]*$/.test(separated.slice(cueEnd, after.start))
    )
      subjectText = after.text;
  }
  // "Patients performed worse than controls on tests of processing speed": a comparative whose measure follows "on".
  if (!subjectText && (direction === 'increase' || direction === 'decrease')) {
    const after = chunks.find((ch) => ch.start >= cueEnd);
    const on =
      after && /^(?:on|in)\s+(?:(?:tests?|measures?|assessments?|scales?)\s+of\s+)?(?:the\s+)?(.+)$/i.exec(after.text);
    if (on && /^[\uE000\s]*$/.test(separated.slice(cueEnd, after!.start))) subjectText = on[1]!;
  }
  // "The 10 most common genera had a higher relative abundance in patients": a bare quantity after the cue measures
  // the noun phrase before the verb.
  if (subjectText && c.quantityWords.is(tidy(subjectText).replace(/^(?:the|a|an|their|its)\s+/i, ''))) {
    const earlier = chunks.filter((ch) => ch.end <= main.start && /\p{L}{3,}/u.test(ch.text));
    // "A greater proportion of patients had abnormal tilt tests": counted is what the group had, after the verb.
    const later = chunks.filter(
      (ch) => ch.start >= main.end && /\p{L}{3,}/u.test(ch.text) && !/^(?:of|in|on|than|at)\b/i.test(ch.text),
    );
    if (earlier.length) subjectText = earlier[earlier.length - 1]!.text;
    else if (later.length && !/\s/.test(tidy(subjectText).replace(/^(?:the|a|an)\s+/i, '')))
      subjectText = later[later.length - 1]!.text;
    else subjectText = null;
  }
  if (!subjectText) return null;
  subjectText = subjectText.replace(/^(?:No|Not)\s+/i, '');
  // Members listed after a colon stand in for the umbrella subject (rule 7).
  if (members.length) subjectText = `${subjectText.replace(/\s*\([^()]*\)\s*$/, '')} (${members.join(', ')})`;
  // "Several metabolites, including citrate and succinate": the members stand for the umbrella (rule 7).
  const including = /^(.+?),?\s+(?:including|such as|namely)\s+(.+?)[\s,]*$/i.exec(subjectText);
  if (including) subjectText = including[2]!;
  const subjects = entitiesFromChunk(withPlaces(subjectText, clause, masked));
  if (!subjects.length) return null;

  // Objects: named groups, or the study population.
  const treatmentContext = sentence.treatment;
  let objectEntities: { entity: EntityRef; comparator: string | null; explicit: boolean }[] = [];
  for (const phrase of objects) {
    const perObject = roles.perObjectComparator.get(phrase) ?? null;
    for (const entity of resolveGroup(phrase, study, { treatmentContext })) {
      // "between patients and controls": plain "patients" set against a named group is an explicit comparison.
      objectEntities.push({ entity, comparator: perObject, explicit: phrase.kind !== 'population' || !!perObject });
    }
  }
  // "…, yet their fatigue scores showed no change": "their" is the group the previous clause named.
  if (!objectEntities.length && anaphoricGroup)
    objectEntities = [{ entity: anaphoricGroup, comparator: null, explicit: true }];
  if (!objectEntities.length) {
    const fallback = resolveGroup({ text: 'patients', start: 0, end: 0, kind: 'population' }, study, {
      treatmentContext,
    });
    objectEntities = fallback.map((entity) => ({ entity, comparator: null, explicit: false }));
  }
  // "similar between groups", "in both groups": a comparison whose groups the study defines but the clause does not name.
  const unnamedGroups = c.unnamedGroupComparisons.test(masked);
  const explicitGroup =
    objectEntities.some((o) => o.explicit) ||
    comparators.length > 0 ||
    sentence.timeComparator !== null ||
    unnamedGroups ||
    continuesComparison;
  if (direction === 'none' && !explicitGroup) return null;

  const comparatorList: (string | null)[] = comparators.length ? comparators : [sentence.timeComparator];
  const claims: Claim[] = [];
  // A member's own direction word counts when members follow the cue ("less X, lower Y"), and holds for the members
  // after it until the next one ("higher A and B, lower C and D"); before a later predicate it only describes entry
  // status ("Elevated β2AR antibodies decreased…").
  const subjectFollowsCue = clause.indexOf(subjectText) >= main.start;
  let carried: Relation | null = null;
  for (const subject of subjects) {
    let relation = relationOf(direction);
    if (subject.leadingCue && direction !== 'none' && subjectFollowsCue)
      carried = relationOf(directionOf(subject.leadingCue));
    if (carried) relation = carried;
    // "improved" raises a function; for a symptom it would mean less of it, so it is left alone.
    if (/^improv/i.test(main.text) && subject.entity.type === 'Symptom') return null;
    for (const object of objectEntities) {
      for (const comparator of object.comparator ? [object.comparator] : comparatorList) {
        claims.push({
          subject,
          relation,
          sign: null,
          object: object.entity,
          objectMention: null,
          comparator,
          cueStrength: direction === 'undirected' ? 0.6 : object.explicit ? 0.9 : 0.75,
        });
      }
    }
  }
  const named = objectEntities.filter((o) => o.explicit);
  return { claims, group: named.length === 1 ? named[0]!.entity : null };
}

/**
 * "Neuroinflammation was elevated in the thalamus, midbrain and hippocampus of patients": places named apart from the
 * subject join it ("… in the thalamus, …"), so that each place gets its own entity (rule 7).
 */
function withPlaces(subjectText: string, clause: string, masked: string): string {
  if (/\s(?:in|within|localized|localised|located|concentrated)\s/i.test(subjectText)) return subjectText;
  const at = clause.indexOf(subjectText);
  const from = at < 0 ? 0 : at + subjectText.length;
  for (const m of masked.slice(from).matchAll(/\b(?:in|within|throughout)\s+(?:both\s+)?(?:the\s+)?/gi)) {
    const start = from + m.index + m[0].length;
    const stop =
      /\s+(?:of|than|compared|relative|versus|vs|among|during|after|when|while|whereas|in|at|on)\b|[;.:]|$/i.exec(
        masked.slice(start),
      )!;
    const candidate = clause.slice(start, start + stop.index).replace(/,\s*$/, '');
    if (anatomicalPlaces(candidate)) return `${subjectText} in ${candidate}`;
  }
  return subjectText;
}

// ---------------------------------------------------------------------------------------------------------------
// Prevalence contrasts ("X was found in 30% of patients versus 5% of controls"; "A and B were found in 6% and
// 2% of patients respectively, with neither in controls"): a figure set against another group's figure (rule 1).

const FIGURE = String.raw`\d+(?:\.\d+)?\s*%`;
const FIGURE_RUN = new RegExp(
  String.raw`(${FIGURE}(?:(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+)${FIGURE})*)\s+(?:of|in|among)\s+`,
  'gi',
);

interface FigureGroup {
  phrase: GroupPhrase;
  figures: number[];
}

/** The figures each group phrase carries: "30% of <group>", "6% and 2% of <group>", "no … in <group>". */
function figureGroups(masked: string, phrases: GroupPhrase[]): FigureGroup[] {
  const found: FigureGroup[] = [];
  const runs = [...masked.matchAll(FIGURE_RUN)];
  for (const phrase of phrases) {
    const run = runs.find((m) => {
      const end = m.index + m[0].length;
      return (
        phrase.start >= m.index &&
        phrase.end > end &&
        (phrase.start <= end ? true : /^(?:the\s+|all\s+)?$/i.test(masked.slice(end, phrase.start)))
      );
    });
    if (run) {
      const figures = [...run[1]!.matchAll(/(\d+(?:\.\d+)?)\s*%/g)].map((m) => Number(m[1]));
      found.push({ phrase, figures });
      continue;
    }
    // A group in which the thing was absent: "with no such cases in controls", "none of the controls".
    const before = masked.slice(Math.max(0, phrase.start - 80), phrase.start);
    const zero =
      /\b(?:no|none)\b[^,;]*?\b(?:in|among|of)\s+(?:the\s+|all\s+)?$/i.test(before) ||
      /\b(?:absent|not (?:detected|found|observed|present|seen))\s+(?:in|among|from)\s+(?:the\s+|all\s+)?$/i.test(
        before,
      ) ||
      /^\s*(?:none of|no)\s/i.test(phrase.text);
    if (zero) found.push({ phrase, figures: [0] });
  }
  return found;
}

function prevalenceFrame(
  clause: string,
  masked: string,
  study: StudyContext,
  sentence: SentenceContext,
): ClauseResult | null {
  const c = cues();
  if (c.noDifference.test(masked)) return null;
  const withFigures = figureGroups(masked, findGroupPhrases(masked));
  if (withFigures.length !== 2) return null;
  const [first, second] = withFigures as [FigureGroup, FigureGroup];
  let target = first;
  let reference = second;
  if (first.phrase.kind === 'control' && second.phrase.kind !== 'control') [target, reference] = [second, first];
  if (target.phrase.kind === 'control') return null;
  // Two patient groups are contrasted only through an explicit comparison word between them.
  if (
    reference.phrase.kind !== 'control' &&
    !/\b(?:versus|vs\.?|compared (?:to|with)|than|and|while|whereas)\b/i.test(
      masked.slice(first.phrase.end, second.phrase.start),
    )
  )
    return null;

  // The subject: what comes before the predicate ("Viral DNA was found in …"), or after it when the
  // figures open the clause ("30% of patients versus 5% of controls had X").
  const firstGroupStart = Math.min(first.phrase.start, ...[...masked.matchAll(FIGURE_RUN)].map((m) => m.index));
  const verb = c.verbs.first(masked);
  let subjectText = '';
  if (verb && verb.start < firstGroupStart) subjectText = clause.slice(0, verb.start);
  else if (verb && verb.start >= second.phrase.end) subjectText = clause.slice(verb.end).replace(/[,;].*$/, '');
  // "The plasma of 24.1% of patients held X, compared with 4% of controls": the thing follows the verb.
  else if (verb && verb.start >= first.phrase.end && verb.start < second.phrase.start)
    subjectText = clause.slice(verb.end, second.phrase.start).replace(/[,;][\s\S]*$/, '');
  // "On head-up tilt testing, orthostatic instability appeared in …": a leading adjunct is not the subject.
  const subjects = entitiesFromChunk(
    subjectText
      .replace(/^\s*(?:on|in|at|during|after|with|under|among)\b[^,]*,\s*/i, '')
      .replace(/^\s*(?:the\s+)?/i, ''),
  );
  if (!subjects.length) return null;
  const pick = (figures: number[], i: number) =>
    figures.length === 1 ? figures[0]! : figures.length === subjects.length ? figures[i]! : null;

  const objects = resolveGroup(target.phrase, study, { treatmentContext: sentence.treatment });
  const comparator = comparatorText(
    clause.slice(reference.phrase.start, reference.phrase.end).replace(/^\s*(?:none of|no)\s+/i, ''),
  );
  const claims: Claim[] = [];
  subjects.forEach((subject, i) => {
    const own = pick(target.figures, i);
    const other = pick(reference.figures, i);
    if (own === null || other === null || own === other) return;
    for (const object of objects) {
      claims.push({
        subject,
        relation: own > other ? 'ELEVATED_IN' : 'REDUCED_IN',
        sign: null,
        object,
        objectMention: null,
        comparator: comparator || null,
        cueStrength: 0.75,
      });
    }
  });
  if (!claims.length) return null;
  return { claims, group: objects.length === 1 ? objects[0]! : null };
}

// ---------------------------------------------------------------------------------------------------------------

/** "…, but FMD did not": the previous clause's claim, negated, for another subject. */
function ellipticalFrame(clause: string, previous: ClauseResult | null): ClauseResult | null {
  // "…, and neither did X": X shares the previous clause's (negative) claim.
  const neither = /^(?:and\s+)?(?:neither|nor)\s+(?:did|does|was|were|had)\s+(.+?)(?:\s+as\s+[^,]*)?$/i.exec(
    clause.trim(),
  );
  if (neither && previous?.claims.length && previous.claims.every((c) => c.relation.startsWith('NOT_'))) {
    const subjects = entitiesFromChunk(neither[1]!);
    if (!subjects.length) return null;
    const claims = subjects.flatMap((subject) =>
      dedupeByObject(previous.claims).map((claim) => ({ ...claim, subject, cueStrength: 0.7 })),
    );
    return { claims, group: previous.group };
  }
  const m = /^(.+?)\s+(?:did|does|was|were|had)\s+not(?:\s+\w+)?$/i.exec(clause.trim());
  if (!m || !previous?.claims.length) return null;
  const subjects = entitiesFromChunk(m[1]!);
  if (subjects.length !== 1) return null;
  const negate: Partial<Record<Relation, Relation>> = {
    ELEVATED_IN: 'NOT_DIFFERENT_IN',
    REDUCED_IN: 'NOT_DIFFERENT_IN',
    CORRELATES_WITH: 'NOT_CORRELATED_WITH',
    ASSOCIATED_WITH: 'NOT_CORRELATED_WITH',
  };
  const template = previous.claims[0]!;
  const relation = negate[template.relation];
  if (!relation) return null;
  const claims = dedupeByObject(previous.claims).map((claim) => ({
    ...claim,
    subject: subjects[0]!,
    relation,
    sign: null,
    cueStrength: 0.7,
  }));
  return { claims, group: previous.group };
}

/** One claim per object and comparator: the template an elliptical clause repeats for its own subject. */
function dedupeByObject(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((claim) => {
    const key = `${claim.object.name}|${claim.comparator}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function analyseClause(
  clause: string,
  study: StudyContext,
  sentence: SentenceContext,
  interventionNames: string[],
  previous: ClauseResult | null,
): ClauseResult | null {
  const masked = maskParentheses(clause);
  if (isSkipped(clause, masked)) return null;
  const elliptical = ellipticalFrame(clause, previous);
  if (elliptical) return elliptical;
  const correlation = correlationFrame(clause, masked);
  if (correlation) return { claims: correlation, group: null };
  // A correlation or association the frame could not read is not a group difference either.
  if (cues().correlation.test(masked) || cues().noCorrelation.test(masked) || cues().association.test(masked))
    return null;
  const variation = variationFrame(clause, masked);
  if (variation) return { claims: variation, group: null };
  const discrimination = discriminationFrame(clause, masked, study);
  if (discrimination) return { claims: discrimination, group: null };
  const treated = treatmentEffectFrame(clause, study, sentence);
  if (treated) return treated;
  const comparative = comparativePhraseFrame(clause, study, sentence);
  if (comparative) return comparative;
  const parts = directedParts(clause, masked);
  if (parts) {
    const result = differenceFrame(parts, maskParentheses(parts), study, sentence, interventionNames);
    if (result) return result;
  }
  const listed = colonMembers(clause, masked);
  if (listed) {
    const result = differenceFrame(
      listed.head,
      maskParentheses(listed.head),
      study,
      sentence,
      interventionNames,
      listed.members,
    );
    if (result) return result;
  }
  const anaphoric = /^\s*their\s/i.test(clause) ? (previous?.group ?? null) : null;
  return (
    differenceFrame(
      clause,
      masked,
      study,
      sentence,
      interventionNames,
      [],
      anaphoric,
      previous?.claims.some(
        (claim) => claim.relation !== 'CORRELATES_WITH' && claim.relation !== 'NOT_CORRELATED_WITH',
      ) ?? false,
    ) ??
    prevalenceFrame(clause, masked, study, sentence) ??
    valueContrastFrame(clause, study, sentence)
  );
}

/**
 * "reported better wellbeing (less pain and fatigue)": an undirected umbrella broken down into directed parts
 * in parentheses. The parts replace the umbrella (rule 7), and their own cue becomes the clause's.
 */
function directedParts(clause: string, masked: string): string | null {
  const c = cues();
  // "Autonomic dysfunction, including reduced heart rate variability, seen in …" reads the same way.
  const including = /^([^,()]{3,60}?),?\s+including\s+([^,()]+),\s*/i.exec(masked);
  const spans = [
    ...parentheticals(clause),
    ...(including
      ? [
          {
            inner: clause.slice(
              including.index + including[0].indexOf(including[2]!),
              including.index + including[0].indexOf(including[2]!) + including[2]!.length,
            ),
            start: including[1]!.length,
            end: including[0].length,
          },
        ]
      : []),
  ];
  for (const paren of spans) {
    // Only an umbrella the clause does not already direct elsewhere.
    if (directionCues(blank(masked, paren.start, paren.end)).some((cue) => cue.direction !== 'undirected')) continue;
    const inner = paren.inner.trim();
    const cue = [c.increase, c.decrease].map((m) => m.first(inner)).find((m) => m && m.start === 0);
    const hypo = directionCues(inner).some((d) => /^(?:hypo|hyper)/i.test(d.text) && d.direction !== 'undirected');
    if (!(cue && /\p{L}{3,}/u.test(inner.slice(cue.end))) && !hypo) continue;
    // The umbrella: the words right before the parenthesis, back to the verb or the clause start.
    const before = masked.slice(0, paren.start);
    const verb = c.verbs.all(before).pop();
    const umbrellaStart = verb ? verb.end : 0;
    const umbrella = before.slice(umbrellaStart).trim();
    if (umbrella.split(/\s+/).length > 4) continue;
    // A named condition glossed in parentheses ("tachycardia (elevated heart rate)") is not an umbrella to break
    // down; a description is ("vascular dysfunction (reduced X)", "symptom relief (less pain)").
    if (
      !c.undirectedDifference.test(umbrella) &&
      !/dysfunction|abnormal|impair|disturb|dysregulat|problem|deficit|irregular|relief|improve|benefit|worsen|response/i.test(
        umbrella,
      )
    )
      continue;
    return `${clause.slice(0, umbrellaStart).trimEnd()} ${inner} ${clause.slice(paren.end).trimStart()}`.trim();
  }
  return null;
}

const FIGURE_SPAN = String.raw`\d+(?:\.\d+)?\s*%?(?:\s*(?:[–—-]|to)\s*\d+(?:\.\d+)?\s*%?)?`;

/**
 * "<umbrella> were similar between groups: 60-70% for virus A, 75% for virus B" → the clause
 * before the colon and its members. Every item must pair a figure with a name, either way round
 * ("CMV (74-84%)"), so that a colon introducing anything else is left alone.
 */
function colonMembers(clause: string, masked: string): { head: string; members: string[] } | null {
  const colon = masked.indexOf(':');
  if (colon <= 0) return null;
  const items = splitList(clause.slice(colon + 1));
  if (items.length < 2) return null;
  const figureFirst = new RegExp(String.raw`^${FIGURE_SPAN}(?:\s*[A-Za-zµμ/]{1,8})?\s+(?:for|in|of)\s+(.+)$`, 'i');
  const figureAfter = new RegExp(String.raw`^(.+?)\s*\(\s*${FIGURE_SPAN}[^()]*\)$`, 'i');
  const members: string[] = [];
  for (const item of items) {
    const m = figureFirst.exec(item) ?? figureAfter.exec(item);
    const name = m?.[1]?.trim();
    if (!name || name.split(/\s+/).length > 5 || /\d\s*%/.test(name)) return null;
    members.push(name);
  }
  return { head: clause.slice(0, colon), members };
}
