// "Neither A nor B <verb>…" and "<verb> neither with A nor with B": a negation that spans a coordination, reworded
// as the plain negated clause the frames read ("A and B did not <verb> …", "did not <verb> with A or with B"). The
// frames look for "not" before the verb; "neither … nor" puts it before the nouns instead.

import { scanLexicon } from './lexicon.ts';
import { pastVerbBase } from './pos.ts';

const AUXILIARY = /^(?:was|were|had|has|have|is|are|could|would|did|does|do)$/;

/**
 * What may follow a predicate verb, and not a modifier inside a name ("paired" in "CANTAB paired associates
 * learning"): a preposition, a determiner, an adverb of degree, a group or arm, punctuation or the end.
 */
const AFTER_VERB =
  /^(?:[,;.()]|$|(?:in|with|from|to|between|among|across|at|by|on|over|after|during|more|less|any|the|an?|either|significantly|patients|controls|placebo|sham)\b)/i;

const NEITHER_OPENING = /(^|[,;:]\s+|\b(?:and|but|whereas|while)\s+)neither\s+(?!differed\b|did\b|was\b|were\b)/gi;

/** "Neither A nor B separated patients from controls" → "A and B did not separate patients from controls". */
function withNeitherNorSubject(sentence: string): string {
  for (const match of sentence.matchAll(NEITHER_OPENING)) {
    const restAt = match.index + match[0].length;
    const rest = sentence.slice(restAt);
    const nor = /\s+nor\s+/i.exec(rest);
    if (!nor || /[;:]/.test(rest.slice(0, nor.index))) continue;
    const bAt = restAt + nor.index + nor[0].length;
    const verb = predicateAfter(sentence.slice(bAt));
    if (!verb) continue;
    const a = rest.slice(0, nor.index);
    const b = sentence.slice(bAt, bAt + verb.start).trimEnd();
    return `${sentence.slice(0, match.index)}${match[1]}${a} and ${b} ${verb.negated}${sentence.slice(bAt + verb.end)}`;
  }
  return sentence;
}

/**
 * Verbs whose negated clause the frames read ("did not separate patients from controls", "did not improve more with
 * X than with placebo"). A correlation verb is not among them: the correlation frame reads "neither … nor" itself.
 */
const READ_NEGATED =
  /^(?:separate|distinguish|discriminate|differ|change|improve|worsen|decline|rise|fall|increase|decrease|reduce|exceed|outperform|predict|show|reach|respond|benefit|deteriorate|recover|shift|bear|depart)$/;

/** The verb that ends the noun phrase B opens ("… nor B <verb> …"), negated, and where it stands in `text`. */
function predicateAfter(text: string): { start: number; end: number; negated: string } | null {
  for (const [i, word] of [...text.matchAll(/[\p{L}-]+/gu)].entries()) {
    if (i === 0) continue;
    const w = word[0];
    const following = text.slice(word.index + w.length).trimStart();
    if (AUXILIARY.test(w)) return { start: word.index, end: word.index + w.length, negated: `${w} not` };
    const base = pastVerbBase(w);
    if (
      !base ||
      !READ_NEGATED.test(base) ||
      !(AFTER_VERB.test(following) || scanLexicon(following, ['Intervention'])[0]?.start === 0)
    )
      continue;
    // "bore any relationship to": the negation falls on what was shown ("bore no relationship to").
    const any = /^any\s+/i.exec(following);
    if (any) {
      const end = word.index + w.length + (text.slice(word.index + w.length).length - following.length) + any[0].length;
      return { start: word.index, end, negated: `${w} no ` };
    }
    return { start: word.index, end: word.index + w.length, negated: `did not ${base}` };
  }
  return null;
}

/**
 * "correlated neither with A (ρ = 0.05) nor with B" → "did not correlate with A (ρ = 0.05) or with B"; "correlated
 * with neither A nor B" → "did not correlate with A or B".
 */
function withNeitherNorObjects(sentence: string): string {
  return sentence.replace(
    /\b(\p{Ll}+)\s+(?:neither\s+(with|to|in|from|between|among)\s+(.+?)\s+nor\s+\2\b|(with|to)\s+neither\s+(.+?)\s+nor\b)/giu,
    (match: string, verb: string, prep1?: string, a1?: string, prep2?: string, a2?: string) => {
      const base = pastVerbBase(verb);
      if (!base) return match;
      return prep1 ? `did not ${base} ${prep1} ${a1} or ${prep1}` : `did not ${base} ${prep2} ${a2} or`;
    },
  );
}

/**
 * "neither arm improved on the digit-symbol or word-recall tests" → "the digit-symbol or word-recall tests did not
 * change in either arm": no change in each group, as the frames read "in either arm".
 */
function withNeitherGroupChanged(sentence: string): string {
  return sentence.replace(
    /\bneither\s+(arm|group|cohort|sex)\s+(?:improved|changed|worsened|declined|deteriorated|recovered)\s+(?:on|in)\s+([^,;()]+?)(?=\s*(?:[,;(]|$|\.\s*$))/gi,
    (_m: string, unit: string, what: string) => `${what} did not change in either ${unit}`,
  );
}

/**
 * "In neither patient group was X correlated with Y" → "X was not correlated with Y": the negation the inversion put
 * before the group, back before the relation it denies (in each group, so in no one population).
 */
function withNeitherGroupInverted(sentence: string): string {
  return sentence.replace(
    /^(\s*)in\s+neither\s+(?:[\p{L}-]+\s+){0,2}(?:group|arm|sex|cohort)\s+(was|were)\s+(.+?)\s+((?:significantly\s+)?(?:correlated|associated|related|linked))\b([^;]*?)(?=[.;]?\s*$)/iu,
    (_m, lead: string, copula: string, subject: string, relation: string, rest: string) =>
      `${lead}${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${copula} not ${relation}${rest}`,
  );
}

/** The sentence with each negated coordination as a negated clause. */
export function withNeitherNorAsNegation(sentence: string): string {
  if (!/\bneither\b/i.test(sentence)) return sentence;
  return withNeitherNorObjects(withNeitherNorSubject(withNeitherGroupChanged(withNeitherGroupInverted(sentence))));
}
