// Group and time differences, with their null forms ("X was higher in patients than in controls", "no differences in
// Y", "Z fell after exercise"): the cue's direction, the groups' roles, and the subject from what is left.

import type { EntityRef, Relation } from '../record.ts';
import { changeOfMeasure } from './change-measure.ts';
import { figuredPlaces } from './places.ts';
import { cues } from './cues.ts';
import { entitiesFromChunk, MEASURING_PARTICIPLES, resolveEntityPhrase, type EntityMention } from './entities.ts';
import {
  comparatorText,
  controlGroupEntity,
  findGroupPhrases,
  resolveGroup,
  sexSubgroups,
  treatmentEntity,
  type GroupPhrase,
  type StudyContext,
} from './groups.ts';
import { scanLexicon } from './lexicon.ts';
import { predicateVerbSpans } from './pos.ts';
import { singular } from '../ground/canonical-key.ts';
import { blank, hasWordLetters, maskParentheses, normaliseKey, parentheticals, splitList, tidy } from './text.ts';
import {
  directionCues,
  directionOf,
  isAttributiveCue,
  isPredicatedCue,
  morphemeMeasure,
  negatedBefore,
  nonSignificanceAt,
  relationOf,
  type Direction,
} from './directions.ts';
import { assignGroupRoles, parentheticalComparator, plainComparator } from './group-roles.ts';
import { blankTimePhrases } from './time-context.ts';
import { parsePValues, significanceOfP } from './statistics.ts';
import type { Claim, ClauseResult, SentenceContext } from './claims.ts';

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

const TIME_MEASURE = /\b(?:times?|latenc(?:y|ies)|durations?|half-times?|half-li(?:fe|ves)|delays?)$/i;

// ("in patients of both sexes" is said of the patients as a whole; "in patients and controls of both sexes" of each.)
const BOTH_SEXES =
  /\bcontrols\s+of\s+both\s+sexes\b|\b(?:in|among|for|within)\s+(?:both\s+sexes|(?:either|each)\s+sex|(?:both\s+)?(?:men|males)\s+and\s+(?:women|females)|(?:both\s+)?(?:women|females)\s+and\s+(?:men|males))\b|^\s*(?:both\s+sexes|(?:women|men)\s+and\s+(?:men|women))\s+with\b/i;

/** The group a subgroup is part of ("ME/CFS" of "women with ME/CFS"), as the study names it. */
function baseOfSubgroup(subgroup: EntityRef, study: StudyContext): EntityRef {
  return (
    [study.condition, ...study.patientGroups].find((g) => g.name === subgroup.subgroupOf) ?? {
      type: 'Condition',
      name: subgroup.subgroupOf ?? subgroup.name,
    }
  );
}

// The two sexes compared with each other: "between the sexes", "in the two sexes", "women and men" (not "in both
// sexes", which is each sex's own comparison).
const SEX_PAIR =
  /\b(?:in|between|across|for)\s+(?:the\s+)?(?:two\s+)?(sexes)\b|\b((?:women|females|girls)\s+and\s+(?:men|males|boys)|(?:men|males|boys)\s+and\s+(?:women|females|girls))\b/i;
const BOTH_PATIENT_GROUPS =
  /\b(?:both|all|each of the|either|neither|any|every)\s+(?:the\s+)?(?:two\s+|three\s+)?(?:(?:patient|disease|illness|clinical)\s+(?:groups?|cohorts?)|disorders|conditions|illnesses|diseases)\b/i;
// "similar across all three groups", "between any pair of groups", "no group effect": every group the study
// compares, its patients each.
const ALL_GROUPS =
  /\b(?:among|across|between|in)\s+(?:all\s+)?(?:the\s+)?(?:three|four)\s+(?:groups|cohorts|conditions|disorders)\b|\b(?:between\s+)?any\s+(?:two|pair\s+of)\s+groups\b|\bany\s+group\s+from\s+(?:another|any\s+other)\b|\b(?:among|across)\s+(?:the\s+|all\s+)?groups\b|\b(?:in|across)\s+(?:every|each)\s+group\b|\bin\s+all\s+groups\b|\bno\s+(?:significant\s+)?(?:main\s+)?(?:group\s+effects?|effect\s+of\s+group)\b/i;

// A trial's control arm named as a comparator ("relative to sham", "than with placebo", "the placebo arm").
const CONTROL_ARM = /^(?:(?:the|a)\s+)?(?:matching\s+)?(?:placebo|sham|usual care)\b/i;
const BETWEEN_ARMS =
  /\b(?:between|across|among)(?:\s+(?:the|both|the two|all|all three))?\s+(?:treatment\s+)?arms\b|\bbetween-arm\b|\bby\s+(?:treatment\s+)?arm\b|\btreatment\s+effects?\b|\beffect\s+of\s+treatment\b/i;
const EACH_ARM =
  /\b(?:in|across)\s+(?:both|all|each|either|every|any)\s+(?:of\s+the\s+)?(?:two\s+|three\s+|four\s+)?(?:active\s+)?(?:treatment\s+)?arms?\b|\b(?:with|on|by)\s+(?:either|any|every|each)\s+(?:active\s+)?(?:treatment|drug|capsule|dose|preparation|regimen|formulation|product|intervention|patch|tablet|infusion)\b|\bat\s+(?:either|any|each|every|both)\s+doses?\b|\bbetween\s+(?:any|either|each|every)\s+(?:active\s+)?(?:arm|dose|regimen|treatment)\s+and\b/i;
const UNCHANGED =
  /\b(?:unchanged|unaffected|did\s+not\s+(?:change|improve|rise|fall|increase|decrease|decline|worsen)|(?:remained|stayed|was|were)\s+(?:stable|flat))\b/i;
const EACH_GROUP =
  /\bin\s+(?:(?:either|both|each|every|all)\s+(?:of\s+the\s+)?(?:two\s+|three\s+|four\s+)?|all\s+(?:three|four)\s+)(?:groups?|cohorts?)\b/i;

/** A comparator that is a time, not a group: "pre-exercise", "baseline", "before tilt", "their pre-task values". */
const TIME_REFERENCE = /^(?:(?:its|their|the)\s+)?(?:baseline|pre-\S+|before\s.+)(?:\s+(?:values?|levels?))?$/i;

/** A cue that is itself a change over time ("did not change", "remained stable"), whatever the sentence's time words. */
const CHANGE_CUE =
  /\b(?:change|changed|returned\s+to|(?:came|come|was|were)\s+back\s+to|held\s+(?:steady|stable|constant)|remained\s+(?:stable|unchanged|constant)|stayed\s+(?:stable|flat|constant)|(?:was|were)\s+stable)\b/i;

/** A verb of change over time ("rose", "had fallen", "doubled"; not "fell within the range"). */
const CHANGE_VERB =
  /\b(?:rose|risen|fell(?!\s+(?:within|inside|into|short))|fallen|increased|decreased|dropped|declined|climbed|doubled|halved|tripled)\b/i;

/**
 * A verb of change said of the control group it is "in" ("fell across the session in controls"), not of a placebo
 * arm "with" which it did not ("rose with the drug and did not change with placebo"), nor one figure of several set
 * side by side ("rose by 38 beats/min in affected adolescents and 21 beats/min in classmates").
 */
function changeInControls(cue: string, clause: string, control: GroupPhrase): boolean {
  const before = clause.slice(0, control.start);
  return (
    CHANGE_VERB.test(cue) &&
    /\b(?:in|among|within)\s+(?:the\s+)?$/i.test(before) &&
    !/\band\s+[-−+]?\d[\d.,]*\s*[^\s,;]*(?:\s+[^\s,;]+)?\s+(?:in|among)\s+(?:the\s+)?$/i.test(before)
  );
}

/** A change noun opening the clause's subject ("The fall in", "the 24-hour rise of"): group 1 is what precedes it. */
const CHANGE_NOUN_SUBJECT =
  /^(\s*(?:the\s+)?(?:(?:size|magnitude|extent)\s+of\s+the\s+)?(?:[\p{L}\d-]+\s+)?)(?:rise|fall|drop|increase|decrease|reduction|decline|gain|increment)s?\s+(?:in|of)\s/iu;

const JOINT_GROUPS =
  /\b(?:both|all|each of the|all (?:three|four) of the)\s+(?:the\s+)?(?:two\s+|three\s+)?(?:groups|cohorts)\b|\bin each group\b/i;

// "a modest", "a small but significant", "no further": a determiner and words of degree before a cue noun.
const DEGREE_AFTER_DETERMINER =
  /^(?:a|an|the|their|its|no)(?:\s+(?:but|and|modest|slight|small|large|marked|significant|non-?significant|nonsignificant|insignificant|substantial|further|sustained|transient|mild|moderate|dramatic|striking|clear|consistent|marginal|numerical|nominal|statistically|modestly|slightly|significantly))+$/i;

/** A number with its unit, or a percentage or fold-change, standing before a comparative cue. */
const MAGNITUDE =
  /^(?:(?:a\s+)?(?:\w+\s+)?[\d.,]+\s*(?:%|-?fold|times|percent)?|\d[\d.,]*\s*[\p{L}/]+(?:\s+[\p{L}/]+){0,2})$/iu;

const ANAPHORIC_DETERMINER = /\b(?:these|those|the same|such)\s+$/i;

const LEADING_TIME_ADJUNCT =
  /^\s*(?:[\w-]+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+|(?:immediately|directly|shortly|just|soon|long|even|only|still)\s+)?(?:before|after|during|following|throughout|at the end of|into|by|between)\s+[^,;]{1,60},/i;

/** A participle of measuring and its method, up to the clause's verb. */
const METHOD_PARTICIPLE = new RegExp(
  `\\s(?:${MEASURING_PARTICIPLES})\\s+(?:by|with|using|via|through|[\\w-]+\\s+(?:seconds?|minutes?|min|hours?|h|days?|weeks?)\\s+(?:after|before|into))\\s+[^,;]*?(?=,?\\s+(?:was|were|is|are|did|does|had|has|showed|remained)\\b)`,
  'gi',
);

/** A copula, a short predicate without a comma and "and" right before the cue: "were normal and ", "was low and ". */
const COORDINATED_PREDICATE = /(?<=\s(?:was|were|is|are|remained)\s)[^,;]{1,40}?\sand\s+$/i;

export function differenceFrame(
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
  // "X was within normal limits and did not differ from controls": of two coordinated nulls the later one compares.
  const coordinatedNull = all.find(
    (cue) => cue.start > main.end && cue.direction === 'none' && /^\s+and\s+$/i.test(masked.slice(main.end, cue.start)),
  );
  if (main.direction === 'none' && coordinatedNull) main = coordinatedNull;
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
  // "The fall in ferritin was smaller in patients": a change noun heading the subject names the measure compared
  // (its change), and the comparative after it says which way it differs.
  const changeHead = CHANGE_NOUN_SUBJECT.exec(masked);
  let changeCompared = false;
  // ("the size of the rise did not differ": a null compares the change too.)
  if (changeHead && main.direction === 'none' && main.start > changeHead[0].length) changeCompared = true;
  if (changeHead && main.start === changeHead[1]!.length && main.direction !== 'none') {
    const later = all.find(
      (cue) =>
        cue.start > main.end &&
        (cue.direction === 'increase' || cue.direction === 'decrease') &&
        /\s(?:was|were|is|are)\s+(?:\p{L}+ly\s+)?$/iu.test(masked.slice(main.end, cue.start)),
    );
    if (later) {
      main = later;
      changeCompared = true;
    }
  }
  // "fatigue, impaired concentration and dyspnoea were each more common in A": a cue naming a list member
  // ("impaired concentration") gives way to the cue a copula predicates.
  if (main.direction !== 'none' && isAttributiveCue(masked, main)) {
    const predicated = all.find((cue) => cue.start > main.end && isPredicatedCue(masked, cue));
    if (predicated) main = predicated;
  }
  let direction: Direction = main.direction;
  // "Patients without X reported reduced Y": a negation inside a group's name does not negate the cue.
  const outsideGroups = groupSpans.reduce((text, g) => blank(text, g.start, g.end), masked);
  if (direction !== 'none' && negatedBefore(outsideGroups, main.start)) direction = 'none';
  // "Differences in X between the groups were not significant": an undirected difference not established is a null too.
  // …unless a significant p stands between the cue and the denial: then the denial is a later member's ("X was
  // higher (p=0.01), and Y showed the same direction without reaching significance").
  const denial = nonSignificanceAt(masked);
  const deniedSignificance =
    (direction === 'increase' || direction === 'decrease' || direction === 'undirected') &&
    denial >= 0 &&
    !parsePValues(clause.slice(main.end, denial)).some((p) => significanceOfP(p));
  if (deniedSignificance) direction = 'none';

  const roles = assignGroupRoles(clause, masked, main.text);
  // A group word inside the cue ("showed no group difference") names no group.
  const insideCue = (p: GroupPhrase) => p.start >= main.start && p.end <= main.end;
  roles.objects = roles.objects.filter((p) => !insideCue(p));
  roles.controls = roles.controls.filter((p) => !insideCue(p));
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
  const printed = roles.comparators.length ? null : parentheticalComparator(clause);
  if (printed) roles.comparators.push(printed);

  // "Sleep apnea did not increase in CFS": a condition standing bare where a subject stands, while another group is
  // introduced by a preposition, is the measured thing (a comorbidity), not a group.
  // "in long COVID and ME/CFS": a group coordinated with an introduced one is introduced too.
  const introduced = (p: GroupPhrase): boolean =>
    /\b(?:in|among|within|from|for|of|with)\s+(?:(?:the|both|all)\s+)?$/i.test(masked.slice(0, p.start)) ||
    roles.objects.some(
      (q) => q.end <= p.start && /^\s*,?\s*(?:and|or)\s+$/i.test(masked.slice(q.end, p.start)) && introduced(q),
    );
  if (roles.objects.length >= 2 && roles.objects.some(introduced)) {
    const bare = roles.objects.filter((p) => p.kind === 'condition' && !introduced(p) && p.end <= main.start);
    if (bare.length && bare.length < roles.objects.length) {
      roles.objects = roles.objects.filter((p) => !bare.includes(p));
      roles.spans = roles.spans.filter((span) => !bare.some((p) => span.start === p.start && span.end === p.end));
    }
  }

  // "In controls, pain threshold rose": a clause about the control group alone says nothing about patients. With a
  // time contrast ("… rose after exercise") it is the control group's own change over time (rule 1), and the group
  // is the object.
  let controlOnly: EntityRef | null = null;
  if (!roles.objects.length && roles.controls.length && ![...roles.consumed].some((p) => p.kind !== 'control')) {
    const control = roles.controls[0]!;
    if (
      roles.controls.length > 1 ||
      roles.consumed.size ||
      // (A null change is a time contrast of its own: "remained stable in controls".)
      (sentence.timeComparator === null &&
        !CHANGE_CUE.test(main.text) &&
        !changeInControls(main.text, clause, control)) ||
      (direction !== 'increase' && direction !== 'decrease' && direction !== 'none')
    )
      return null;
    controlOnly = controlGroupEntity(clause.slice(control.start, control.end), study);
    roles.comparators = [];
  }

  // "did not differ between recovered adults and pre-pandemic donors": two reference groups set against each other say
  // nothing of the patients; the first is the object, as "between POTS and ME/CFS" makes its first group.
  let referenceComparator: string | null = null;
  if (!roles.objects.length && roles.betweenReferences && direction === 'none') {
    const [first, second] = roles.betweenReferences;
    controlOnly = controlGroupEntity(clause.slice(first.start, first.end), study);
    referenceComparator = comparatorText(clause.slice(second.start, second.end));
    roles.comparators = [];
  }

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
  // "Before the first test, X did not differ": a leading time adjunct set off by a comma holds no subject.
  const adjunct = LEADING_TIME_ADJUNCT.exec(restMasked);
  if (adjunct) rest = blank(rest, 0, adjunct[0].length);
  // "Glycolytic reserve measured by extracellular acidification was higher": how it was measured is not its name.
  for (const m of restMasked.matchAll(METHOD_PARTICIPLE)) rest = blank(rest, m.index, m.index + m[0].length);
  for (const matcher of [c.verbs, c.adverbs]) {
    for (const m of matcher.all(restMasked)) rest = blank(rest, m.start, m.end);
  }
  // A verb the list lacks right after the group it predicates ("Patients took fewer steps", "performed worse"); the
  // tagger runs only when a group opens the clause (after a comparison set off by a comma: "Relative to controls,
  // patients walked fewer steps") and words remain before the cue.
  const opening = roles.spans
    .filter((span) => span.end <= main.start)
    .sort((a, b) => a.start - b.start)
    .filter((span) => {
      const before = rest.slice(0, span.start);
      return before.replace(/\b(?:and|or|both)\b/gi, '').trim() === '' || /^[^,]*,\s*$/.test(before);
    })
    .at(-1);
  const groupEnd = opening?.end ?? Infinity;
  if (groupEnd < main.start && rest.slice(groupEnd, main.start).trim()) {
    for (const verb of predicateVerbSpans(restMasked)) {
      if (verb.start >= groupEnd && verb.end <= main.start && rest.slice(groupEnd, verb.start).trim() === '')
        rest = blank(rest, verb.start, verb.end);
    }
  }
  const negationAtStart = c.negations.first(restMasked);
  if (negationAtStart && negationAtStart.start === 0) {
    // "None of the X differed": the quantifier goes with the negation; X is the subject.
    const noneOf = /^none\s+of\s+(?:the\s+)?/i.exec(restMasked);
    rest = blank(rest, 0, noneOf ? noneOf[0].length : negationAtStart.end);
  }
  // "IgG and IgA were within the normal range and did not differ": a first predicate coordinated before the cue's
  // describes one group, so it belongs neither to the subject nor to the comparison.
  const coordinated = COORDINATED_PREDICATE.exec(masked.slice(0, main.start));
  if (coordinated && !roles.spans.some((span) => span.start < main.start && span.end > coordinated.index))
    rest = blank(rest, coordinated.index, main.start);
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
      hasWordLetters(maskParentheses(ch.text).replace(/\b(?:and|or|with|but|of|in|at|to|not|no|a|an|the)\b/gi, '')),
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
  // A hypo-/hyper- noun ("hypoperfusion") names its measure; an adjective ("hypomethylated") describes the subject.
  const isHypo =
    /^(?:hypo|hyper)/i.test(main.text) &&
    !cues().increase.is(main.text) &&
    !cues().decrease.is(main.text) &&
    !morphemeMeasure(main.text)?.adjective;
  if (containing) {
    let beforeCue = masked.slice(containing.start, main.start).trim();
    const afterCue = masked.slice(cueEnd, containing.end).trim();
    const lead = c.leadIns.first(beforeCue);
    if (lead && lead.start === 0 && lead.end === beforeCue.length) beforeCue = '';
    // A magnitude is not a subject ("35% lower", "a marked 2.3-fold drop", "8 beats per minute higher"): the subject
    // is the chunk before it.
    if (MAGNITUDE.test(beforeCue)) beforeCue = '';
    // A determiner alone is not a subject ("showed a higher prevalence"): the measure follows the cue.
    // …nor is one with words of degree ("showed a modest reduction", "a non-significant rise").
    if (/^(?:a|an|the|their|its|his|her|not|no|never)$/i.test(beforeCue) || DEGREE_AFTER_DETERMINER.test(beforeCue))
      beforeCue = '';
    // A cue noun takes its subject after "in"/"of" ("no differences in GABA levels", "downregulation of X").
    const nounCue =
      /(?:s|ence|ion|ment|rise|drop|fall|deficit|increase|decrease|gain|loss)$/i.test(main.text) &&
      /^(?:in|of)\b/i.test(afterCue);
    // "Patients and controls did not differ in their levels of X", "the groups were alike for X": a differ cue takes
    // its measure after "in" (or "for", "on", "in terms of").
    const differIn =
      (!beforeCue || /^(?:the\s+)?(?:two\s+|three\s+|four\s+)?groups$/i.test(beforeCue)) &&
      /\b(?:differ|similar|comparable|alike|indistinguishable)/i.test(main.text) &&
      /^(?:in|for|on|in\s+terms\s+of|with\s+respect\s+to)\s+\S/i.test(afterCue) &&
      // ("similar in the two sexes": who is compared, not what.)
      !/^(?:in|for)\s+(?:the\s+|both\s+)?(?:two\s+)?(?:sexes|groups|arms|cohorts|(?:wo)?men\s+and|(?:fe)?males\s+and|girls\s+and|boys\s+and)\b/i.test(
        afterCue,
      );
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
      subjectText = clause
        .slice(cueEnd, containing.end)
        .replace(/^\s*(?:in|for|on|in\s+terms\s+of|with\s+respect\s+to)\s+(?:their|the|its)?\s*/i, '');
    } else if (
      !beforeCue &&
      /^\p{L}/u.test(afterCue) &&
      (nounCue || !/^(?:in|to|at|from|by|on|with|over|after|during|for)\b/i.test(afterCue)) &&
      // ("did not differ from controls (p = 0.41)": a cue ending in its preposition is followed by a group.)
      !/\s(?:from|than|to)$/i.test(main.text)
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
    // "Declines … were also seen for A, B and C": "for" names them as "in" does.
    const of = after && /^(?:in|of|for)\s+(?:the\s+)?(.+)$/i.exec(after.text);
    if (of && /^[\uE000\s]*$/.test(separated.slice(cueEnd, after!.start))) subjectText = of[1]!;
  }
  if (!subjectText) {
    const before = chunks.filter((ch) => ch.end <= main.start && !/^(?:and|with|or|but|at|in|to|of)$/i.test(ch.text));
    const nearest = before[before.length - 1];
    if (nearest) {
      const between = separated.slice(nearest.end, main.start);
      const adjacent = /^[\uE000\s,]*$/.test(between);
      subjectText = adjacent ? nearest.text : before[0]!.text;
      // "Testing confirmed that TRPM3 …", "the data showed that X …": the subject of the complement clause.
      const complement = adjacent ? /(?:^|\b\p{L}+(?:ed|s)\s+)that\s+(\S.*)$/iu.exec(subjectText) : null;
      if (complement) subjectText = complement[1]!;
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
    // "Patients scored lower on verbal recall than controls": the same, inside the cue's own chunk.
    const within =
      containing &&
      /^\s*on\s+(?:(?:tests?|measures?|assessments?|scales?)\s+of\s+)?(?:the\s+)?(\S.*)$/i.exec(
        clause.slice(cueEnd, containing.end),
      );
    if (!subjectText && within && !clause.slice(containing.start, main.start).trim()) subjectText = within[1]!;
    // "less accurate on the two-back task": what the comparative says of the task is its measure.
    if (subjectText && /\baccurate(?:ly)?$/i.test(main.text))
      subjectText = `${tidy(subjectText.replace(/(?:\s*\([^()]*\))+\s*$/, '')).replace(/\s+(?:task|test)s?$/i, '')} accuracy`;
  }
  // "Patients had lower scores than controls on a composite memory index": what was scored follows "on".
  const scoredOn = chunks.find((ch) => ch.start >= main.end && /^on\s+\S/i.test(ch.text));
  if (subjectText && scoredOn && /^scores?$/i.test(tidy(subjectText).replace(/^(?:the|a|an|their|its)\s+/i, '')))
    subjectText = scoredOn.text.replace(/^on\s+(?:(?:tests?|measures?|assessments?)\s+of\s+)?(?:the\s+|an?\s+)?/i, '');
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
  // "reached a peak VO2 21% below that of controls": the magnitude after the measure is not part of its name.
  subjectText = subjectText.replace(/^(?:No|Not)\s+/i, '').replace(/\s+\d[\d.,]*\s*(?:%|-?fold)$/, '');
  // Members listed after a colon stand in for the umbrella subject (rule 7).
  if (members.length) subjectText = `${subjectText.replace(/\s*\([^()]*\)\s*$/, '')} (${members.join(', ')})`;
  // "Several metabolites, including citrate and succinate": the members stand for the umbrella (rule 7).
  const including = /^(.+?),?\s+(?:including|such as|namely)\s+(.+?)[\s,]*$/i.exec(subjectText);
  if (including) subjectText = including[2]!;
  const comparedChange = changeCompared ? changeOfMeasure(subjectText) : null;
  let subjects = comparedChange
    ? [comparedChange]
    : (inClassMembers(subjectText, clause, masked, main.end) ??
      entitiesFromChunk(withPlaces(subjectText, clause, masked)));
  // "a greater heart rate rise than controls", "the change in X did not differ between arms": compared between
  // groups, a change is a measure of its own.
  if (!subjects.length && direction !== 'undirected') {
    const change = changeOfMeasure(subjectText);
    if (change) subjects = [change];
  }
  if (!subjects.length) return null;
  // "TRPM3 was dysfunctional", "the promoters of X were hypomethylated": an adjective whose morpheme carries the
  // direction predicates the quantity it names of the subject (TRPM3 function, promoter methylation; rule 1).
  // "X was lower in patients (FMD: 5.1% versus 8.2%)": the abbreviation that labels the clause's figures names X.
  if (subjects.length === 1) {
    const label = parentheticals(clause)
      .map((p) => /^\s*(\p{Lu}[\p{L}\p{N}@₂+/-]{1,10})\s*:\s*[-−\d<>≤≥~]/u.exec(p.inner)?.[1])
      .find(Boolean);
    const only = subjects[0]!;
    if (label && normaliseKey(label) !== normaliseKey(only.entity.name))
      subjects = [
        { ...only, entity: { ...only.entity, synonyms: [...new Set([...(only.entity.synonyms ?? []), label])] } },
      ];
  }
  // "muscular perfusion" read from "muscular hypoperfusion" keeps the written word as a synonym.
  const stripped = isHypo ? main.text.replace(/^(hypo|hyper)-?/i, '') : '';
  if (stripped)
    subjects = subjects.map((s) => {
      const name = s.entity.name;
      if (!name.toLowerCase().endsWith(` ${stripped.toLowerCase()}`)) return s;
      const written = `${name.slice(0, name.length - stripped.length)}${main.text}`;
      const synonyms = [...new Set([...(s.entity.synonyms ?? []), written])];
      return { ...s, entity: { ...s.entity, synonyms } };
    });
  // Before a noun it measures that noun ("hypomethylated promoters" → promoter methylation), and a state or profile
  // is the quantity itself ("a hypometabolic state" → metabolism).
  const morpheme = morphemeMeasure(main.text);
  const subjectAt = clause.indexOf(subjectText);
  if (morpheme?.adjective && subjectAt >= 0 && (subjectAt < main.start || subjectAt >= main.end)) {
    const measured = subjects.map((s) =>
      subjectAt >= main.end && STATE_HEADS.test(s.entity.name)
        ? resolveEntityPhrase(morpheme.noun, [`${main.text} ${s.entity.name}`])
        : measureOf(s, morpheme.noun),
    );
    if (measured.some((m) => !m)) return null;
    subjects = measured as EntityMention[];
  }

  // Objects: named groups, or the study population.
  const treatmentContext = sentence.treatment;
  let objectEntities: { entity: EntityRef; comparator: string | null; explicit: boolean }[] = [];
  for (const phrase of objects) {
    const perObject = roles.perObjectComparator.get(phrase) ?? null;
    // "in these patients": the group named before.
    const referredBack = ANAPHORIC_DETERMINER.test(masked.slice(0, phrase.start)) ? study.lastGroup : null;
    for (const entity of referredBack ? [referredBack] : resolveGroup(phrase, study, { treatmentContext })) {
      // "between patients and controls": plain "patients" set against a named group is an explicit comparison.
      objectEntities.push({ entity, comparator: perObject, explicit: phrase.kind !== 'population' || !!perObject });
    }
  }
  if (controlOnly) objectEntities = [{ entity: controlOnly, comparator: referenceComparator, explicit: true }];
  // "…, yet their fatigue scores showed no change": "their" is the group the previous clause named.
  if (!objectEntities.length && anaphoricGroup)
    objectEntities = [{ entity: anaphoricGroup, comparator: null, explicit: true }];
  // "improved relative to sham", "did not differ between arms": in a trial, the clause compares the active arm.
  if (!objectEntities.length && study.interventions.length && !EACH_ARM.test(masked)) {
    const againstControlArm = comparators.length > 0 && comparators.every((c) => CONTROL_ARM.test(c));
    if (againstControlArm || BETWEEN_ARMS.test(masked)) {
      // ("no between-arm differences" in a trial of several active arms: each of them; of two active arms and no
      // control arm, one comparison, the second arm its reference.)
      const headToHead = !againstControlArm && !study.controlArm && study.interventions.length === 2;
      const arms =
        !againstControlArm && study.interventions.length > 1 && !headToHead
          ? study.interventions.map((entry) => treatmentEntity(entry, null))
          : [
              study.lastGroup?.kind === 'treatment group' && !headToHead
                ? study.lastGroup
                : treatmentEntity(study.interventions[0], null),
            ];
      // ("did not differ between arms": the arm it was set against is the control arm.)
      const against = comparators.length
        ? null
        : headToHead
          ? treatmentEntity(study.interventions[1], null).name
          : (study.controlArm?.name ?? null);
      objectEntities = arms.map((arm) => ({ entity: arm, comparator: against, explicit: true }));
    }
  }
  // "improved more with IVIG": a comparative of one arm, with no other named, is against the trial's control arm.
  if (
    objectEntities.length === 1 &&
    objectEntities[0]!.entity.kind === 'treatment group' &&
    !objectEntities[0]!.comparator &&
    !comparators.length &&
    sentence.timeComparator === null &&
    study.controlArm &&
    /\b(?:more|less|further)\s+(?:with|on)\b/i.test(masked)
  )
    objectEntities[0] = { ...objectEntities[0]!, comparator: study.controlArm.name };
  if (!objectEntities.length) {
    // No group named: the one the entry last spoke of (an empty phrase), else the study's.
    const fallback = resolveGroup({ text: '', start: 0, end: 0, kind: 'population' }, study, {
      treatmentContext,
    });
    objectEntities = fallback.map((entity) => ({ entity, comparator: null, explicit: false }));
  }
  // "fell from baseline in both arms", "did not change with either treatment": each arm's own change (rule 1); "both
  // active arms" are the treatments'.
  // "similar in both arms" without a time contrast is one comparison between them, the active arm the object.
  // In a trial against a control arm, "in both groups" are its arms.
  const eachArm = EACH_ARM.exec(masked) ?? (study.controlArm ? EACH_GROUP.exec(masked) : null);
  if (eachArm && study.interventions.length && !objectEntities.some((o) => o.explicit) && !controlOnly) {
    // "unchanged in both arms" is each arm's (lack of) change, as "fell in both arms" is.
    const overTime =
      sentence.timeComparator !== null ||
      direction === 'increase' ||
      direction === 'decrease' ||
      UNCHANGED.test(masked);
    const active = /\bactive\b/i.test(eachArm[0]);
    // (Every active arm: a trial of two doses or two treatments has more than one.)
    const activeArms = study.interventions.map((entry) => treatmentEntity(entry, null));
    // (A comparison in a trial of several active arms, "between either dose and placebo": each against the control.)
    const arms =
      active && overTime
        ? activeArms
        : study.controlArm && overTime
          ? [...activeArms, study.controlArm]
          : activeArms.length > 1
            ? activeArms
            : [activeArms[0]!];
    const against = !overTime && (!active || activeArms.length > 1) ? (study.controlArm?.name ?? null) : null;
    objectEntities = arms.map((entity) => ({ entity, comparator: against, explicit: true }));
  }
  // "C3a did not change after exercise in either group", "rose from day 1 in both groups": each group's own change
  // over time (rule 1), the study's patients and its reference group each an object.
  const eachGroupOverTime =
    EACH_GROUP.test(masked) &&
    // (A change cue with no time words names the groups only where the study names its reference group.)
    (sentence.timeComparator !== null ||
      ((CHANGE_CUE.test(main.text) || CHANGE_VERB.test(main.text) || UNCHANGED.test(main.text)) &&
        study.controlGroup !== null)) &&
    !objectEntities.some((o) => o.explicit) &&
    // ("… (all p < 0.001 against pre-exercise)": a time it is set against is no group.)
    comparators.every((comparator) => TIME_REFERENCE.test(comparator)) &&
    !controlOnly;
  // "lower in both patient groups": each of the conditions the study names, when it names several.
  // ("unchanged from supine in every group" is each group's own change, the reference group's too.)
  if (
    !eachGroupOverTime &&
    (BOTH_PATIENT_GROUPS.test(masked) || (ALL_GROUPS.test(masked) && direction === 'none')) &&
    study.patientGroups.length >= 2 &&
    !objectEntities.some((o) => o.explicit) &&
    !controlOnly
  )
    objectEntities = study.patientGroups.map((entity) => ({ entity, comparator: null, explicit: true }));
  else if (eachGroupOverTime) {
    const reference: EntityRef = study.controlGroup ?? { type: 'Condition', name: 'controls', kind: 'control group' };
    // ("in all three groups" of a study of two conditions and controls: each condition and the controls; "both groups"
    // are two.)
    const patients =
      study.patientGroups.length >= 2 && !/\b(?:both|either)\b/i.test(EACH_GROUP.exec(masked)![0])
        ? study.patientGroups
        : [study.condition];
    objectEntities = [...patients, reference].map((entity) => ({ entity, comparator: null, explicit: true }));
  }
  // "Among women, patients had higher X": the sex the sentence opens with scopes its patients; the patients of that
  // sex are the object, not all of them as well.
  const sexScoped = new Set(
    objectEntities
      .filter((o) => o.entity.subgroupFeature === 'female' || o.entity.subgroupFeature === 'male')
      .map((o) => o.entity.subgroupOf),
  );
  if (sexScoped.size) objectEntities = objectEntities.filter((o) => !sexScoped.has(o.entity.name));
  // "alike in the two sexes", "Women and men with ME/CFS had similar totals": a null set between the sexes of one
  // group, and against no other group, is its women's against its men (the sex named first).
  const sexes =
    direction === 'none' && !comparators.length && sentence.timeComparator === null && SEX_PAIR.exec(masked);
  const sexed = objectEntities.filter(
    (o) => o.entity.subgroupFeature === 'female' || o.entity.subgroupFeature === 'male',
  );
  if (sexes && objectEntities.every((o) => !o.explicit || sexed.includes(o))) {
    const base = sexed.length
      ? baseOfSubgroup(sexed[0]!.entity, study)
      : (objectEntities[0]?.entity ?? study.condition);
    const [women, men] = sexSubgroups(base);
    // ("reduced in both men and women, … similar in the two sexes": the sex the sentence names first.)
    const female = sexes[2] ? /^(?:women|females|girls)\b/i.test(sexes[2]) : sentence.firstSex !== 'male';
    const [first, second] = female ? [women!, men!] : [men!, women!];
    objectEntities = [{ entity: first, comparator: second.name, explicit: true }];
  }
  // "lower in patients than in controls in both sexes": the claim holds in the patients of each sex.
  // ("in both men and women with fibromyalgia": the one sex anchored is one of them.)
  else if (BOTH_SEXES.test(masked))
    objectEntities = objectEntities.flatMap((o) =>
      study.patientGroups.some((g) => g.name === o.entity.name) || o.entity.name === study.condition.name
        ? sexSubgroups(o.entity).map((entity) => ({ ...o, entity, explicit: true }))
        : sexed.includes(o)
          ? sexSubgroups(baseOfSubgroup(o.entity, study)).map((entity) => ({ ...o, entity, explicit: true }))
          : [o],
    );
  // "similar between groups", "in both groups": a comparison whose groups the study defines but the clause does not name.
  const unnamedGroups = c.unnamedGroupComparisons.test(masked);
  const explicitGroup =
    objectEntities.some((o) => o.explicit) ||
    comparators.length > 0 ||
    sentence.timeComparator !== null ||
    unnamedGroups ||
    continuesComparison ||
    // "lower in patients, a difference that did not reach significance": the study's comparison, not established.
    deniedSignificance;
  // A null with no group named ("Basal respiration was not significantly different", "NR3C1 was unchanged") is about
  // the study's groups when its cue is a comparison word; one set against a group the clause names but we could not
  // read ("comparable to those of normal responders", "did not differ from unmedicated patients") is not.
  // ("Migraine was no more frequent in patients": a denied comparative compares as a null cue does.)
  const deniedComparative = main.direction !== 'none' && /\b(?:more|less|fewer|\p{L}{2,}er)\b/iu.test(main.text);
  if (
    direction === 'none' &&
    !explicitGroup &&
    ((!c.noDifference.is(main.text) && !deniedComparative) ||
      /\b(?:from|to|with|than)\s*$/i.test(main.text) ||
      /^\s*(?:from|to|with|than)\b/i.test(masked.slice(main.end)))
  )
    return null;
  // "IL-6 rose in both groups after exercise": a change in each of the groups, not a difference between them.
  if (
    (direction === 'increase' || direction === 'decrease') &&
    JOINT_GROUPS.test(masked) &&
    !eachGroupOverTime &&
    !objectEntities.some((o) => o.explicit) &&
    !comparators.length
  )
    return null;

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
    // "Reaction time was slower": a slower process takes more time, so a time is higher (a speed, lower).
    if (/^(?:slow|more slowly)/i.test(main.text) && TIME_MEASURE.test(subject.entity.name))
      relation = relation === 'REDUCED_IN' ? 'ELEVATED_IN' : relation === 'ELEVATED_IN' ? 'REDUCED_IN' : relation;
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
  // "in both arms" names a trial's groups, not the body's arms.
  const groupWords = cues().unnamedGroupComparisons.all(masked);
  for (const m of masked.slice(from).matchAll(/\b(?:in|within|throughout)\s+(?:both\s+)?(?:the\s+)?/gi)) {
    const start = from + m.index + m[0].length;
    if (groupWords.some((g) => g.start === from + m.index)) continue;
    // The longest run of places: "of" may belong to one ("the splenium of the corpus callosum") or end them ("… of
    // patients").
    const stops = [
      ...masked
        .slice(start)
        .matchAll(
          /\s+(?:of|than|compared|relative|versus|vs|among|during|after|when|while|whereas|in|at|on)\b|,\s+with\b|[;.:]|$/gi,
        ),
    ];
    const ends = [stops[0]!.index];
    for (let i = 0; i < stops.length - 1 && i < 2 && /^\s+of$/i.test(stops[i]![0]); i++) ends.push(stops[i + 1]!.index);
    const longest = ends
      .map((end) => clause.slice(start, start + end).replace(/,\s*$/, ''))
      .reverse()
      .find((candidate) => figuredPlaces(candidate));
    if (longest) return `${subjectText} in ${longest}`;
  }
  return subjectText;
}

const STATE_HEADS = /^(?:state|states|status|profile|profiles|pattern|patterns|phenotype|picture|condition)$/i;

/**
 * "<X> <noun>" ("TRPM3 function", "immune gene promoter methylation": a plural modifier in the singular), or
 * "<noun> of <X>" when X has a prepositional phrase; the other forms as synonyms.
 */
function measureOf(subject: EntityMention, noun: string): EntityMention | null {
  const name = subject.entity.name;
  const compact = !/\s(?:of|in|within|on|from|to|for)\s/i.test(name);
  const joined = `${asModifier(name)} ${noun}`;
  const ofForm = `${noun} of ${name}`;
  // "DMFs within promoters" → "promoter DMF methylation": a place phrase moves before the thing, both as modifiers.
  const placed = /^(\S+(?:\s\S+)?)\s+(?:in|within)\s+(?:the\s+)?(\S+(?:\s\S+)?)$/i.exec(name);
  // "promoter regions of immune genes" → "immune gene promoter methylation": a region word after a noun only locates.
  const regionOf = /^(\S+)\s+(?:regions?|areas?|sites?)\s+of\s+(?:the\s+)?(.+)$/i.exec(name);
  const reordered = placed
    ? `${asModifier(placed[2]!)} ${asModifier(placed[1]!)} ${noun}`
    : regionOf
      ? `${asModifier(regionOf[2]!)} ${regionOf[1]} ${noun}`
      : null;
  const mention = compact
    ? resolveEntityPhrase(joined, [ofForm, `${name} ${noun}`])
    : reordered
      ? resolveEntityPhrase(reordered, [ofForm, ...(regionOf ? [`${regionOf[1]} ${noun} of ${regionOf[2]}`] : [])])
      : resolveEntityPhrase(ofForm);
  return mention && { ...mention, pValue: subject.pValue, leadingCue: subject.leadingCue };
}

/** A noun phrase as a modifier of another noun: its last word singular ("immune gene promoters" → "… promoter"). */
function asModifier(phrase: string): string {
  const last = /(\S+)$/.exec(phrase)?.[1] ?? '';
  const one = /^\p{Lu}{2,}s$/u.test(last) ? last.slice(0, -1) : singular(last);
  return phrase.slice(0, phrase.length - last.length) + one;
}

// "in genes for kinase signalling and lipid metabolism", "in pathways of A and B": where a measure changed, named by
// members of a class of genomic or molecular units.
const CLASS_OF_MEMBERS =
  /^\s*(?:in|within|across)\s+(?:the\s+)?(genes|pathways|loci|proteins|transcripts)\s+(?:for|of|involved in|related to|linked to|governing|regulating)\s+([^,;.]+?)(?=\s+(?:in|among|than|compared|relative|versus)\b|[,;.]|$)/i;
const GENERIC_MEASURE_HEAD = /\s+(?:patterns?|profiles?|changes|levels?)$/i;

/**
 * "Methylation patterns were altered in genes for kinase signalling and lipid metabolism" → kinase signalling gene
 * methylation, lipid metabolism gene methylation: one entity per member (rule 7), the measure without its generic
 * head ("patterns", "profiles").
 */
function inClassMembers(subjectText: string, clause: string, masked: string, cueEnd: number): EntityMention[] | null {
  const at = CLASS_OF_MEMBERS.exec(masked.slice(cueEnd));
  if (!at) return null;
  const measure = tidy(subjectText)
    .replace(/^(?:the|these|those)\s+/i, '')
    .replace(GENERIC_MEASURE_HEAD, '');
  if (!measure || /\s(?:in|of|for)\s/i.test(measure)) return null;
  const start = cueEnd + at.index + at[0].length - at[2]!.length;
  const members = splitList(clause.slice(start, start + at[2]!.length));
  if (members.length < 2) return null;
  const unit = singular(at[1]!.toLowerCase());
  const mentions = members.map((member) =>
    resolveEntityPhrase(`${member} ${unit} ${measure.toLowerCase()}`, [
      `${measure.toLowerCase()} of ${member} ${at[1]}`,
    ]),
  );
  return mentions.every(Boolean) ? (mentions as EntityMention[]) : null;
}
