// Elliptical clauses ("…, but FMD did not", "…, and neither did X"): the previous clause's claim for another subject.

import type { EntityRef, Relation } from '../record.ts';
import { entitiesFromChunk } from './entities.ts';
import {
  comparatorText,
  controlGroupEntity,
  findGroupPhrases,
  resolveGroup,
  treatmentEntity,
  wholeGroupPhrase,
  type GroupPhrase,
  type StudyContext,
} from './groups.ts';
import type { Claim, ClauseResult } from './claims.ts';

/** "…, but FMD did not": the previous clause's claim, negated, for another subject. */
export function ellipticalFrame(
  clause: string,
  previous: ClauseResult | null,
  study: StudyContext,
): ClauseResult | null {
  // "…, and neither did X": X shares the previous clause's (negative) claim.
  const neither = /^(?:and\s+)?(?:neither|nor)\s+(?:did|does|was|were|had)\s+(.+?)(?:\s+as\s+[^,]*)?$/i.exec(
    clause.trim(),
  );
  if (neither && previous?.claims.length && previous.claims.every((c) => c.relation.startsWith('NOT_')))
    return sharedClaims(neither[1]!, previous);
  // "…, as did the NGAL ratio": X shares the previous clause's claim, whatever its direction.
  const likewise = /^(?:as|and\s+so)\s+(?:did|does|was|were|had)\s+(.+?)$/i.exec(clause.trim());
  if (likewise && previous?.claims.length) return sharedClaims(likewise[1]!, previous);
  // "…, a relationship not seen among gradual-onset patients": the previous correlations, denied in another group.
  if (
    DENIED_ELSEWHERE.test(clause.trim()) &&
    previous?.claims.length &&
    previous.claims.every((c) => c.relation === 'CORRELATES_WITH')
  ) {
    const claims = previous.claims.map((claim) => ({
      ...claim,
      relation: 'NOT_CORRELATED_WITH' as const,
      sign: null,
      cueStrength: 0.7,
    }));
    return { claims, group: previous.group };
  }
  // "…; fatigue and pyridostigmine use showed no such relation": the previous correlation's subject, not correlated
  // with each measure named.
  const noSuch = NO_SUCH_RELATION.exec(clause.trim());
  if (noSuch && previous?.claims.length && previous.claims.every((c) => c.relation === 'CORRELATES_WITH')) {
    const objects = entitiesFromChunk(noSuch[1]!);
    const subjects = distinctSubjects(previous.claims);
    const claims = subjects.flatMap((subject) =>
      objects.map((object): Claim => ({
        subject,
        relation: 'NOT_CORRELATED_WITH',
        sign: null,
        object: object.entity,
        objectMention: object,
        comparator: null,
        population: previous.claims[0]!.population ?? null,
        cueStrength: 0.7,
      })),
    );
    if (claims.length) return { claims, group: previous.group };
  }
  const gapped = gappedComparative(clause, previous);
  if (gapped) return gapped;
  const notToldApart = notToldApartFrom(clause, previous, study);
  if (notToldApart) return notToldApart;
  const unchanged =
    referenceGroupChange(clause, previous, study) ??
    nullInOtherGroup(clause, previous, study) ??
    referencesAlike(clause, previous, study) ??
    objectsAlike(clause, previous);
  if (unchanged) return unchanged;
  // ("…, whereas diethyl phosphates were not (p = 0.44)": the statistics after the denial are its own.)
  const m = /^(.+?)\s+(?:did|does|was|were|had)\s+not(?:\s+\w+)?$/i.exec(withoutTrailingStatistics(clause));
  if (!m || !previous?.claims.length) return null;
  const subjects = entitiesFromChunk(m[1]!);
  if (!subjects.length) return null;
  const negate: Partial<Record<Relation, Relation>> = {
    ELEVATED_IN: 'NOT_DIFFERENT_IN',
    REDUCED_IN: 'NOT_DIFFERENT_IN',
    CORRELATES_WITH: 'NOT_CORRELATED_WITH',
    ASSOCIATED_WITH: 'NOT_CORRELATED_WITH',
  };
  const template = previous.claims[0]!;
  const relation = negate[template.relation];
  if (!relation) return null;
  // "A and B were correlated; A and C were not": a relation between two measures is denied for the pair named.
  const inTemplate = (e: EntityRef) => [template.subject.entity.name, template.object.name].includes(e.name);
  if (
    relation === 'NOT_CORRELATED_WITH' &&
    subjects.length === 2 &&
    /\s+and\s+/i.test(m[1]!) &&
    subjects.some((s) => inTemplate(s.entity))
  ) {
    const [subject, object] = subjects as [(typeof subjects)[0], (typeof subjects)[0]];
    const claim = { ...template, subject, relation, sign: null, object: object.entity, objectMention: object };
    return { claims: [{ ...claim, cueStrength: 0.7 }], group: previous.group };
  }
  // "…, while COMT rs4680 and SLC6A4 genotypes were not": each member denies the claim.
  const claims = subjects.flatMap((subject) =>
    dedupeByObject(previous.claims).map((claim) => ({ ...claim, subject, relation, sign: null, cueStrength: 0.7 })),
  );
  return { claims, group: previous.group };
}

// "…; in lupus it did not", "…, whereas in ME/CFS it did not (ρ = 0.05)", "…; in ME/CFS no such correlation was found":
// the previous clause's claim, denied in the group named first. (Read before "it" is resolved to the previous
// subject, which leaves the clause without its previous one.)
const IN_GROUP_IT_DID_NOT =
  /^(?:(?:and|but|whereas|while|yet)\s+)?(?:in|among|for)\s+(.+?),?\s+(?:(?:did|does|was|were|had)\s+not(?:\s+\w+)?|no\s+such\s+(?:correlation|association|relationship|relation|link|difference|change|effect)\s+(?:was|were)\s+(?:found|seen|observed|present|detected|evident))$/i;

export function deniedInAnotherGroup(
  clause: string,
  previous: ClauseResult | null,
  study: StudyContext,
): ClauseResult | null {
  const m = IN_GROUP_IT_DID_NOT.exec(withoutTrailingStatistics(clause).trim());
  if (!m || !previous?.claims.length) return null;
  const phrase = findGroupPhrases(m[1]!)[0];
  if (!phrase || phrase.start > 4) return null;
  // What did not: a pronoun, or the previous clause's subject named again ("in ME/CFS IL-6 did not").
  const rest = m[1]!
    .slice(phrase.end)
    .replace(/^\s*,?\s*/, '')
    .toLowerCase();
  const named = previous.claims.flatMap((claim) => [
    claim.subject.entity.name,
    ...(claim.subject.entity.synonyms ?? []),
  ]);
  // ("in lupus it did not" names what did not; "no such correlation was found" needs nothing more.)
  const noSuch = /\sno\s+such\s/i.test(m[0]);
  const pronoun = /^(?:it|they|this|these|that)$/.test(rest) || named.some((n) => n.toLowerCase() === rest);
  if (noSuch ? rest : !pronoun) return null;
  const objects =
    phrase.kind === 'control'
      ? [controlGroupEntity(phrase.text, study)]
      : resolveGroup(phrase, study, { treatmentContext: null });
  const [object] = objects;
  if (!object) return null;
  // (A clause between that was not read leaves previous claims that already hold in the group: not these.)
  if (previous.claims.some((claim) => isDirected(claim) && claim.object.name === object.name)) return null;
  const claims = previous.claims.flatMap((claim): Claim[] => {
    if (isDirected(claim))
      return [{ ...claim, relation: 'NOT_DIFFERENT_IN', sign: null, object, objectMention: null, cueStrength: 0.7 }];
    if (claim.relation === 'CORRELATES_WITH' || claim.relation === 'ASSOCIATED_WITH')
      return [{ ...claim, relation: 'NOT_CORRELATED_WITH', sign: null, population: object.name, cueStrength: 0.7 }];
    return [];
  });
  return claims.length ? { claims, group: previous.group } : null;
}

// "…, and more heparan sulfate (p = 0.002) and hyaluronan (p = 0.01)": the previous clause's comparison, in the
// direction the comparative gives, for the measures it names.
const GAPPED_COMPARATIVE = /^(more|less|fewer|higher|lower|greater|smaller|larger)\s+(.+)$/i;

function gappedComparative(clause: string, previous: ClauseResult | null): ClauseResult | null {
  const m = GAPPED_COMPARATIVE.exec(clause.trim());
  const directed = previous?.claims.filter(isDirected) ?? [];
  if (!m || !previous || !directed.length) return null;
  const subjects = entitiesFromChunk(m[2]!);
  if (!subjects.length) return null;
  const relation: Relation = /^(?:more|higher|greater|larger)$/i.test(m[1]!) ? 'ELEVATED_IN' : 'REDUCED_IN';
  const claims = subjects.flatMap((subject) =>
    dedupeByObject(directed).map((claim): Claim => ({ ...claim, subject, relation, sign: null, cueStrength: 0.7 })),
  );
  return { claims, group: previous.group };
}

// "…, but could not tell it from rheumatoid arthritis (AUC 0.55)", "…, and it failed to separate ME/CFS from major
// depression": the previous clause's classifier, which told its group from one reference, does not from another.
const NOT_TOLD_APART =
  /^(?:(?:and|but|yet)\s+)?(?:(?:it|they|the\s+same\s+[\p{L}-]+)\s+)?(?:could\s+not|did\s+not|failed\s+to|was\s+unable\s+to|cannot)\s+(?:tell|separate|distinguish|discriminate)\s+(.+?)\s+(?:apart\s+)?from\s+([^()]+?)$/iu;

function notToldApartFrom(clause: string, previous: ClauseResult | null, study: StudyContext): ClauseResult | null {
  const m = NOT_TOLD_APART.exec(withoutTrailingStatistics(clause));
  if (!m || !previous?.claims.length || !previous.claims.every((c) => c.relation === 'DISCRIMINATES')) return null;
  const [, first, second] = m as unknown as [string, string, string];
  // "it": the group the classifier told apart before.
  const pronoun = /^(?:it|them)$/i.test(first);
  const phrase = pronoun ? null : wholeGroupPhrase(first);
  const objects = pronoun
    ? distinctObjects(previous.claims)
    : phrase
      ? resolveGroup(phrase, study, { treatmentContext: null })
      : [];
  if (!objects.length || !findGroupPhrases(second).length) return null;
  const claims = distinctSubjects(previous.claims).flatMap((subject) =>
    objects.flatMap((object) => nullsAgainst([subject], object, comparatorText(second))),
  );
  return { claims, group: previous.group };
}

// "…, and the two comparison groups did not differ", "…, the latter two groups being alike": the groups the previous
// clause set its patients against, set against each other.
const REFERENCES_ALIKE =
  /^(?:(?:and|while|whereas|but)\s+)?(?:the\s+)?(?:two\s+(?:comparison|reference|control)\s+groups|latter\s+two(?:\s+groups)?|latter)\s+(?:(?:did\s+not|do\s+not|not)\s+differ(?:ing)?(?:\s+(?:from\s+each\s+other|significantly))?|(?:were|being)\s+(?:indistinguishable|alike|similar|comparable))$/i;

// "…, and the two doses did not differ from each other", "…, with no difference between the two headache groups": the
// groups the previous clause found different from a reference, set against each other.
const OBJECTS_ALIKE =
  /^(?:(?:and|while|whereas|but)\s+)?(?:(?:with\s+)?no\s+(?:significant\s+)?difference\s+between\s+the\s+two\s+(?:[\p{L}-]+\s+)?(?:groups|arms|doses)|(?:the\s+)?two\s+(?:active\s+)?(?:doses|arms|regimens|patient\s+groups|disease\s+groups|disorders|conditions)\s+(?:did\s+not\s+differ(?:\s+(?:significantly\s+)?from\s+each\s+other)?|were\s+(?:statistically\s+)?(?:indistinguishable|alike|similar|comparable)))(?:\s+(?:at\s+either\s+time\s+point|at\s+any\s+visit))?$/iu;

/** The previous clause's measures, not different in its first group against its second. */
function objectsAlike(clause: string, previous: ClauseResult | null): ClauseResult | null {
  const text = withoutTrailingStatistics(clause);
  if (!OBJECTS_ALIKE.test(text) || !previous?.claims.length) return null;
  const directed = previous.claims.filter(isDirected);
  const objects = distinctObjects(directed);
  if (objects.length !== 2) return null;
  const [first, second] = objects as [EntityRef, EntityRef];
  return { claims: nullsAgainst(distinctSubjects(directed), first, second.name), group: previous.group };
}

/** The previous clause's measures, not different in its first reference group against its second. */
function referencesAlike(clause: string, previous: ClauseResult | null, study: StudyContext): ClauseResult | null {
  const text = withoutTrailingStatistics(clause);
  if (!REFERENCES_ALIKE.test(text) || !previous?.claims.length) return null;
  const references = [...new Set(previous.claims.map((c) => c.comparator).filter((c): c is string => !!c))];
  if (references.length !== 2) return null;
  const [first, second] = references as [string, string];
  const phrase = findGroupPhrases(first)[0];
  if (!phrase) return null;
  const object =
    phrase.kind === 'control'
      ? controlGroupEntity(first, study)
      : resolveGroup(phrase, study, { treatmentContext: null })[0];
  if (!object) return null;
  return { claims: nullsAgainst(distinctSubjects(previous.claims), object, second), group: previous.group };
}

/** Each measure not different in one group against another. */
function nullsAgainst(subjects: Claim['subject'][], object: EntityRef, comparator: string): Claim[] {
  return subjects.map((subject) => ({
    subject,
    relation: 'NOT_DIFFERENT_IN',
    sign: null,
    object,
    objectMention: null,
    comparator,
    cueStrength: 0.7,
  }));
}

const NO_SUCH_RELATION =
  /^(?:(?:and|but|while|whereas)\s+)?(.+?)\s+(?:showed|had|bore)\s+no\s+such\s+(?:relation(?:ship)?|correlation|association|link)(?:\s*\([^()]*\))?$/i;

const DENIED_ELSEWHERE =
  /^an?\s+(?:relationship|correlation|association|link)\s+(?:that\s+was\s+)?not\s+(?:seen|found|observed|present|evident|shared)\s+(?:in|among)\s+\S/i;

/** The previous clause's claims, one per object, for the subjects the chunk names; null when it names none. */
function sharedClaims(chunk: string, previous: ClauseResult): ClauseResult | null {
  const subjects = entitiesFromChunk(chunk);
  if (!subjects.length) return null;
  const claims = subjects.flatMap((subject) =>
    dedupeByObject(previous.claims).map((claim) => ({ ...claim, subject, cueStrength: 0.7 })),
  );
  return { claims, group: previous.group };
}

// "…, while controls showed no change", "…, with no significant change in controls", "…, whereas sedentary controls
// improved slightly": the reference group's own course over the same time, for the previous clause's measures.
const GROUP_COURSE =
  /^(?:(?:with\s+)?no\s+(?:significant\s+)?(?:change|changes)\s+(?:in|among)\s+(?<none>.+)|(?<group>.+?)\s+(?:(?<noneVerb>showed\s+no\s+(?:significant\s+)?(?:change|changes)|(?:were|was|remained)\s+(?:unaffected|unchanged|stable)|did\s+not\s+change)|(?<up>improved|increased|rose)|(?<down>worsened|declined|decreased|fell))(?:\s+\w+ly)?)$/i;

// A comparator that is a time point, not a group: the previous clause reported a change over time.
const TIME_POINT = /\b(?:baseline|pre-?\w*|before|first|day|week|month|visit|session|test|time point)\b/i;

function referenceGroupChange(clause: string, previous: ClauseResult | null, study: StudyContext): ClauseResult | null {
  const m = GROUP_COURSE.exec(clause.trim());
  if (!m?.groups || !previous?.claims.length) return null;
  const written = (m.groups['none'] ?? m.groups['group'])!.trim();
  const phrases = findGroupPhrases(written);
  if (phrases.length !== 1 || phrases[0]!.kind !== 'control' || written.slice(phrases[0]!.end).trim()) return null;
  const overTime = previous.claims.filter(
    (claim) => isDirected(claim) && claim.comparator !== null && TIME_POINT.test(claim.comparator),
  );
  if (!overTime.length) return null;
  const group = controlGroupEntity(written, study);
  const relation: Relation = m.groups['up'] ? 'ELEVATED_IN' : m.groups['down'] ? 'REDUCED_IN' : 'NOT_DIFFERENT_IN';
  const claims = overTime
    .filter(firstPerSubject())
    .map((claim) => ({ ...claim, relation, sign: null, object: group, objectMention: null, cueStrength: 0.7 }));
  return { claims, group: previous.group };
}

// "…, with no difference between male patients and male controls", "but neither differed between men and male
// controls": the previous clause's measures, not different in another group.
const NULL_BETWEEN = /^(?:(?:with\s+)?no\s+(?:significant\s+)?differences?|neither\s+differed)\s+(between\s+.+)$/i;

// "…, without a between-arm difference": in a trial, each active arm against the control arm.
const NULL_BETWEEN_ARMS =
  /^(?:(?:with|without)\s+)?(?:no|a|any)\s+(?:significant\s+)?between-(?:arm|group)\s+differences?(?:\s*\([^()]*\))?$/i;

function nullInOtherGroup(clause: string, previous: ClauseResult | null, study: StudyContext): ClauseResult | null {
  if (NULL_BETWEEN_ARMS.test(clause.trim()) && study.interventions.length && previous?.claims.length) {
    // Each active arm of the trial against its control arm.
    const arms = study.interventions.map((entry) => treatmentEntity(entry, null));
    const claims = previous.claims.filter(firstPerSubject()).flatMap((claim) =>
      arms.map((arm) => ({
        ...claim,
        relation: 'NOT_DIFFERENT_IN' as const,
        sign: null,
        object: arm,
        objectMention: null,
        comparator: study.controlArm?.name ?? null,
        cueStrength: 0.7,
      })),
    );
    return { claims, group: previous.group };
  }
  const pair = groupPairDenied(clause.trim());
  if (!pair) return null;
  // A group denied a difference in what an unread clause said holds nothing to read on its own.
  if (!previous?.claims.length) return { claims: [], group: null };
  const { group, other } = pair;
  const objects = resolveGroup(group, study, { treatmentContext: null });
  const claims = previous.claims
    .filter(isDirected)
    .filter(firstPerSubject())
    .flatMap((claim) =>
      objects.map((object) => ({
        ...claim,
        relation: 'NOT_DIFFERENT_IN' as const,
        sign: null,
        object,
        objectMention: null,
        comparator: comparatorText(other) || claim.comparator,
        cueStrength: 0.7,
      })),
    );
  return claims.length ? { claims, group: previous.group } : null;
}

// "…, whereas men with long COVID did not differ from recovered men", "…, and the arthritis group did not differ from
// peers in this respect": a group as the subject of a null, about the previous clause's measures.
// ("…, whereas ME/CFS did not differ from healthy women on either", "…, whereas in ME/CFS neither differed from
// healthy values": so are the measures it names back, and a group the clause opens with.)
const GROUP_NOT_DIFFERENT =
  /^(?:(?:while|whereas|and|but)\s+)?(?:(?:in|among)\s+(.+?),?\s+(?:neither|none(?:\s+of\s+them)?)\s+differed|(.+?)\s+(?:did\s+not\s+differ|(?:was|were)\s+not\s+(?:significantly\s+)?different))\s+from\s+(.+?)(?:\s+(?:in\s+this\s+respect|on\s+(?:either|any|both|these|either\s+measure|any\s+of\s+them)))?$/i;

// "…, while ME/CFS and volunteers did not differ (p = 0.41)": two groups alike in the previous clause's measures.
const GROUP_PAIR_ALIKE =
  /^(?:(?:while|whereas|and|but)\s+)?(.+?)\s+and\s+(.+?)\s+(?:did\s+not\s+differ|(?:were|remained)\s+(?:alike|similar|comparable|indistinguishable|not\s+(?:significantly\s+)?different))$/i;

const GROUP_NOT_DIFFERENT_ALONE =
  /^(?:(?:while|whereas|and|but)\s+)?(?:the\s+)?(.+?)(?:\s+(?:values?|means?|medians?|levels?|figures?|scores?))?\s+(?:was|were)\s+not(?:\s+(?:significantly|statistically))?\s+(?:different|raised|elevated|increased|higher|lower|reduced|decreased)$/i;

/** The group a null clause is about and the comparator it is set against, when the clause names just those. */
function groupPairDenied(clause: string): { group: GroupPhrase; other: string } | null {
  const between = NULL_BETWEEN.exec(clause);
  if (between) {
    const phrases = findGroupPhrases(between[1]!);
    const group = phrases.find((p) => p.kind !== 'control');
    return group && phrases.length === 2 ? { group, other: phrases.find((p) => p !== group)!.text } : null;
  }
  const pair = GROUP_PAIR_ALIKE.exec(withoutTrailingStatistics(clause));
  if (pair) {
    const [first, second] = [wholeGroupPhrase(pair[1]!), wholeGroupPhrase(pair[2]!)];
    if (!first || !second) return null;
    const group = first.kind !== 'control' ? first : second.kind !== 'control' ? second : null;
    return group ? { group, other: (group === first ? second : first).text } : null;
  }
  // "…, while ME/CFS patients (2.5; p = 0.38) were not different", "…, whereas the ME/CFS value (13.1 per hour) was
  // not significantly raised": a group alone denied the previous clause's difference, against its reference.
  const alone = GROUP_NOT_DIFFERENT_ALONE.exec(clause.replace(/\s*\([^()]*\)/g, ''));
  const aloneGroup = alone ? wholeGroupPhrase(alone[1]!) : null;
  if (aloneGroup) return aloneGroup.kind !== 'control' ? { group: aloneGroup, other: '' } : null;
  const subject = GROUP_NOT_DIFFERENT.exec(clause);
  if (!subject) return null;
  const group = wholeGroupPhrase((subject[1] ?? subject[2])!);
  // The reference side may be a group the vocabulary does not know as one ("recovered men", "peers").
  // ("from healthy values": the values of the reference the previous clause named, its comparator kept.)
  const other = /\b(?:values?|levels?)$/i.test(subject[3]!) ? '' : subject[3]!;
  const otherIsGroup =
    other === '' || wholeGroupPhrase(other) !== null || /^(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+){0,3}$/u.test(other);
  return group && group.kind !== 'control' && otherIsGroup ? { group, other } : null;
}

/** A filter keeping each subject's first claim: the measures a clause repeats for another group. */
function firstPerSubject(): (claim: Claim) => boolean {
  const seen = new Set<string>();
  return (claim) => !seen.has(claim.subject.entity.name) && !!seen.add(claim.subject.entity.name);
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

/** A claim that one group is higher or lower than another. */
function isDirected(claim: Claim): boolean {
  return claim.relation === 'ELEVATED_IN' || claim.relation === 'REDUCED_IN';
}

/** The claims' subjects, each once, in order. */
function distinctSubjects(claims: readonly Claim[]): Claim['subject'][] {
  return [...new Map(claims.map((c) => [c.subject.entity.name, c.subject])).values()];
}

/** The claims' objects, each once, in order. */
function distinctObjects(claims: readonly Claim[]): EntityRef[] {
  return [...new Map(claims.map((c) => [c.object.name, c.object])).values()];
}

/** The clause without the parenthesised statistics it ends with ("… were not (p = 0.44)"). */
function withoutTrailingStatistics(clause: string): string {
  return clause.trim().replace(/(?:\s*\([^()]*\))+$/, '');
}
