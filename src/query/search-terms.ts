// Lucene queries from user text: the words of the text, never its syntax (StudyFilter.text and `search`).
import { badInput } from '../errors.ts';

/** Longest search text, and longest word in it (the longest words of biomedical prose are under 50 letters). */
export const MAX_SEARCH_TEXT = 1_000;
export const MAX_SEARCH_WORD = 100;

/**
 * The words of user text, lower-cased, split the way the index's standard analyzer splits (on anything that is
 * not a letter or digit). No Lucene syntax survives: `fibro*`, `title:x`, `AND OR NOT (` and `\` become plain words
 * or nothing, so user text can never change the query's structure.
 */
export function searchTerms(text: string, argument = 'text'): string[] {
  // Lucene builds an automaton per fuzzy or prefix term; a term of thousands of characters makes one too large to
  // build ("input automaton is too large"), which the database reports as a failure of its own.
  if (text.length > MAX_SEARCH_TEXT) {
    throw badInput(
      `${argument} is ${text.length} characters long; search text may hold at most ${MAX_SEARCH_TEXT}`,
      argument,
    );
  }
  const long = text.split(/[^\p{L}\p{N}]+/u).find((word) => word.length > MAX_SEARCH_WORD);
  if (long !== undefined) {
    throw badInput(
      `${argument} holds a word of ${long.length} characters; a search word may hold at most ${MAX_SEARCH_WORD}`,
      argument,
    );
  }
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((term) => term.length > 0)
    .slice(0, 16);
}

/** Backslash-escape Lucene's special characters (defence in depth: searchTerms already leaves none). */
export function escapeLucene(term: string): string {
  return term.replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, '\\$&');
}

/** Every term must occur, as a word or a word's beginning: the StudyFilter.text query. */
export function allTermsQuery(terms: string[]): string {
  return terms.map((term) => `+(${escapeLucene(term)} OR ${escapeLucene(term)}*)`).join(' ');
}

/**
 * The ranked, typo-tolerant `search` query: per term an exact match (boosted most), a prefix match, and for terms of
 * 4+ characters a fuzzy match (1 edit up to 5 characters, 2 beyond); several terms add a boosted phrase. With
 * `every` each term must match (in one of those ways), as search engines do by default, so a typo-tolerant match of
 * one word ("natural" ~ "lateral") cannot bring in a hit the other words do not; without it terms are optional
 * (OR) and hits that match more of them rank higher (the fallback when every-term finds nothing).
 */
export function rankedQuery(terms: string[], every = false): string {
  const clauses = terms.map((term) => {
    const t = escapeLucene(term);
    const parts = [`${t}^4`, `${t}*^2`];
    if (term.length >= 4) parts.push(`${t}~${term.length >= 6 ? 2 : 1}`);
    return `${every && terms.length > 1 ? '+' : ''}(${parts.join(' OR ')})`;
  });
  if (terms.length > 1) clauses.push(`"${terms.map(escapeLucene).join(' ')}"^6`);
  return clauses.join(' OR ');
}
