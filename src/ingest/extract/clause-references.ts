// A clause that names its measure only by reference to the clause before: a pronoun ("…, whereas in controls it
// remained unchanged"), a bare change noun ("…, but the rise was larger in patients"), a group standing where the
// measure would ("…, while ME/CFS did not differ from volunteers") or a group's own values ("…, while volunteers'
// values did not change"). Each is rewritten to name the previous clause's subject, so that the frames read it as any
// other clause.

import type { ClauseResult } from './claims.ts';
import { findGroupPhrases } from './groups.ts';
import { maskParentheses } from './text.ts';

/** The clause with a pronoun or a bare change noun naming what it refers back to. */
export function withPreviousSubjectReferred(clause: string, previous: ClauseResult | null): string {
  return withChangeReferred(withPronounResolved(clause, previous), previous);
}

/** "A", "A and B", "A, B and C". */
function listOf(names: string[]): string {
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The previous clause's subjects, once each. */
function previousSubjects(previous: ClauseResult | null): string[] {
  return [...new Set((previous?.claims ?? []).map((claim) => claim.subject.entity.name))];
}

/**
 * "…, while ME/CFS did not differ from volunteers": a group standing alone before a verb of likeness is where the
 * previous clause's measure was compared ("…, while in ME/CFS it did not differ from volunteers").
 */
export function withGroupAsScope(clause: string, previous: ClauseResult | null): string {
  return scoped(clause, previous, LIKENESS_ANYWHERE, (after) => (LIKENESS_AFTER_GROUP.test(after) ? 0 : null));
}

/**
 * "…, while volunteers' values did not change", "…, whereas controls' had returned to baseline", "placebo values",
 * "that of controls", "scores in healthy veterans rose": a group's own values of the previous clause's measure, which
 * changed or not.
 */
export function withGroupValuesAsScope(clause: string, previous: ClauseResult | null): string {
  return scoped(clause, previous, CHANGE_ANYWHERE, (after, thatOf) => {
    const own = thatOf ? '' : (OWN_VALUES.exec(after)?.[0] ?? '');
    if (!thatOf && !own) return null;
    return CHANGE_PREDICATE.test(after.slice(own.length)) ? own.length : null;
  });
}

/**
 * The clause with the group that opens it made the scope of the previous clause's subjects ("in volunteers plasma
 * tryptase did not change"), when `predicate` accepts what follows the group; it returns how many characters after
 * the group the subjects replace.
 */
function scoped(
  clause: string,
  previous: ClauseResult | null,
  cue: RegExp,
  predicate: (after: string, thatOf: boolean) => number | null,
): string {
  const names = previousSubjects(previous);
  // (The cue first: looking for groups in every clause of every sentence cost 12% of extraction time.)
  if (!names.length || !cue.test(clause)) return clause;
  const masked = maskParentheses(clause);
  const lead = /^\s*(?:(?:and|but|whereas|while|though|although|yet)\s+)?/i.exec(masked)![0];
  const thatOf = VALUES_OF.exec(masked.slice(lead.length))?.[0].length ?? 0;
  const group = findGroupPhrases(masked).find((g) => g.start === lead.length + thatOf);
  if (!group || group.kind === 'population') return clause;
  const replaced = predicate(masked.slice(group.end), thatOf > 0);
  if (replaced === null) return clause;
  return `${clause.slice(0, lead.length)}in ${clause.slice(group.start, group.end)} ${listOf(names)}${clause.slice(group.end + replaced)}`;
}

// "that of controls", "those in controls", "scores in healthy veterans": the values of a group named after them.
const VALUES_OF =
  /^(?:(?:that|those)\s+(?:of|in|among)|(?:the\s+)?(?:values?|levels?|counts?|concentrations?|scores?|ratings?)\s+(?:of|in|among))\s+/i;

const LIKENESS_ANYWHERE = /\b(?:differ|separate)\s+from|\b(?:similar|comparable|close)\s+to|\bindistinguishable\b/i;
const CHANGE_ANYWHERE =
  /\b(?:did\s+not|returned\s+to|unchanged|stable|flat|constant|(?:was|were)\s+not|rose|fell|increased|decreased|declined)\b/i;

const OWN_VALUES = /^(?:['’]s?)?(?:\s+(?:values?|levels?|counts?|concentrations?|scores?|ratings?)\b)?/i;

const CHANGE_PREDICATE =
  /^\s+(?:did\s+not\s+(?:change|rise|fall|increase|decrease)|(?:had\s+)?returned\s+to|(?:was|were|remained|stayed)\s+(?:unchanged|stable|flat|constant)|(?:was|were)\s+not\b|(?:rose|fell|increased|decreased|declined)\b)/i;

const LIKENESS_AFTER_GROUP =
  /^\s+(?:did\s+not\s+(?:differ|separate)\s+from|(?:was|were)\s+(?:similar|comparable|close)\s+to|(?:was|were)\s+indistinguishable\s+from|lay\s+close\s+to)\b/i;

/**
 * "…, whereas in controls it remained unchanged": a pronoun subject stands for the previous clause's subjects, whose
 * names it takes (one name, or a list of them).
 */
function withPronounResolved(clause: string, previous: ClauseResult | null): string {
  const pronoun = PRONOUN_SUBJECT.exec(clause);
  const names = previousSubjects(previous);
  if (!pronoun || !names.length) return clause;
  const word = pronoun[1]!.toLowerCase();
  // ("both": the two subjects of the previous clause.)
  if ((word === 'it') !== (names.length === 1) || (word === 'both' && names.length !== 2)) return clause;
  const list = listOf(names);
  const at = pronoun.index + pronoun[0].search(/\b(?:it|they|both)\s+$/i);
  return clause.slice(0, at) + list + clause.slice(at + pronoun[1]!.length);
}

/**
 * "…, but the rise was larger in patients": a change noun with no measure of its own is the change of the previous
 * clause's one subject ("the rise in lactate").
 */
function withChangeReferred(clause: string, previous: ClauseResult | null): string {
  const bare = BARE_CHANGE_SUBJECT.exec(clause);
  const names = previousSubjects(previous);
  if (!bare || names.length !== 1) return clause;
  const at = bare.index + bare[0].length;
  return `${clause.slice(0, at)} in ${names[0]!}${clause.slice(at)}`;
}

const BARE_CHANGE_SUBJECT =
  /^\s*(?:(?:and|but|whereas|while|though|although|yet)\s+)?the\s+(?:(?:size|magnitude|extent)\s+of\s+the\s+)?(?:rise|fall|drop|increase|decrease|reduction|decline|gain)(?=\s+(?:was|were|did|differed)\b)/i;

const PRONOUN_SUBJECT =
  /(?:^|,\s*|^\s*(?:in|among)\s+[^,]+?\s+)\b(it|they|both)\s+(?=(?:had\s+)?(?:was|were|remained|stayed|did|showed|rose|fell|increased|decreased|declined|changed|differed|returned)\b)/i;
