// Discourse adverbials ("However, …", "X, in contrast, was higher …", "X was, however, …") relate a sentence to the one
// before it; they say nothing of the finding, and set off by commas they split a clause where none ends.

import { predicateVerbSpans } from './pos.ts';

const ADVERBIAL = String.raw`(?:however|in\s+contrast|by\s+contrast|in\s+comparison|by\s+comparison|on\s+the\s+other\s+hand|moreover|furthermore|in\s+addition|additionally|likewise|similarly|conversely|notably|importantly|interestingly|as\s+expected|unexpectedly|surprisingly|nevertheless|nonetheless|in\s+turn|therefore|thus|instead)`;

// ("Regionally, …", "Overall, …": an opening adverb says how the finding was looked at, not what it was.)
const OPENING = new RegExp(
  String.raw`^\s*(?:${ADVERBIAL}|overall|(?!(?:italy|july|family|only|early)\b)\p{L}{3,}ly)\s*,\s*`,
  'iu',
);
const INTERJECTED = new RegExp(String.raw`\s*,\s*${ADVERBIAL}\s*,\s*`, 'gi');

/**
 * The sentence without its discourse adverbials. One interjected inside a clause ("Plasma lactate, however, was …",
 * "was, however, higher") goes; one between two clauses ("A rose, however, B did not change") leaves the clauses
 * apart, as a semicolon.
 */
export function withoutDiscourseAdverbials(sentence: string): string {
  const opened = sentence.replace(OPENING, '');
  const start = opened !== sentence && /^\p{Ll}/u.test(opened) ? opened[0]!.toUpperCase() + opened.slice(1) : opened;
  return start.replace(INTERJECTED, (_m: string, offset: number) => {
    const before = start.slice(0, offset);
    const insideClause =
      /\b(?:was|were|is|are|had|has|have|did|does|do|been|be)\s*$/i.test(before) || !predicateVerbSpans(before).length;
    return insideClause ? ' ' : '; ';
  });
}
