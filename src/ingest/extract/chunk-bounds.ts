// Where the noun phrase of a subject or object chunk begins and ends: a comparison's "than" tail, a subordinate clause,
// a leading adjunct or time point, an embedded question ("how much IL-6 rose") are not part of what the chunk names.
// entities.ts reads the noun phrase this leaves.

import { cues } from './cues.ts';
import { leadingNounPhrase } from './pos.ts';
import { hasWordLetters, maskParentheses, splitList } from './text.ts';

/**
 * "muscle soreness once they had walked", "ME/CFS status when patients were compared with controls": a subordinate
 * clause ends the noun phrase before it. "once daily" is a frequency, not a clause.
 */
function withoutSubordinateClause(chunk: string): string {
  const masked = maskParentheses(chunk);
  const opener = cues()
    .subordinators.all(masked)
    .find((m) => m.start > 0 && !/^\s+(?:daily|weekly|monthly|a\s+(?:day|week|month))\b/i.test(masked.slice(m.end)));
  return opener ? chunk.slice(0, opener.start) : chunk;
}

// Words a "than" completes inside a name: "a fall of more than 15%", "values lower than 20".
const COMPARATIVE_BEFORE_THAN =
  /\b(?:more|less|greater|fewer|higher|lower|larger|smaller|longer|shorter|older|younger|rather|other|earlier|later|better|worse|faster|slower|above|below)$/i;

// People set apart only by lacking what the subgroup has ("than non-carriers", "than those not working"): the claim is
// about a subgroup the frames do not know.
const UNNAMED_REST =
  /^\s+than\s+(?:non-|those\b(?!\s+(?:from|of|in|among)\s|\s*$)|the\s+(?:rest|remainder|others)\b|others\b)/i;

/**
 * "succinate dehydrogenase staining intensity than muscle", "more necrotic fibres than their resting biopsies": what a
 * comparison sets the measure against ends its name (a comparative before "than" is the name's own: "a fall of more
 * than 15%"). Against the rest of a subgroup ("than non-responders") the chunk stays whole, and so unread.
 */
function withoutComparisonTail(chunk: string): string {
  const than = /\s+than\s+\S/i.exec(maskParentheses(chunk));
  if (!than || COMPARATIVE_BEFORE_THAN.test(chunk.slice(0, than.index))) return chunk;
  return UNNAMED_REST.test(chunk.slice(than.index)) ? chunk : chunk.slice(0, than.index);
}

/** "At 6 months zonulin …", "By week 12 fatigue …": a time point written before a subject without its comma. */
const LEADING_TIME_POINT =
  /^\s*(?:at|by|after|from)\s+(?:(?:week|month|day|visit|year)\s+\d+|(?:\d+|one|two|three|six|twelve)\s+(?:weeks?|months?|days?|years?|hours?))\s+(?=\p{L})/iu;

/**
 * "On circulating monocytes, CD163": a prepositional phrase set off by a comma locates what follows it. Only when one
 * member follows after "in" or "on": "in IL-6, IL-8 or TNF" is a list whose first member carries the frame's
 * preposition. A time adjunct ("After 4 cycles, X fell") is not stripped: it makes the clause a change over time,
 * which is read only when the time contrast is recognised (time-context.ts), never as a difference from the study's
 * population. A time point written without its comma ("At 6 months zonulin …") is stripped: the sentence's time
 * contrast is read from the whole sentence, and the subject is what follows it.
 */
function withoutLeadingAdjunct(chunk: string): string {
  const time = LEADING_TIME_POINT.exec(chunk);
  if (time && hasWordLetters(chunk.slice(time[0].length))) return chunk.slice(time[0].length);
  const adjunct = /^\s*(?:on|in|within|among|at|under|across|during|of)\s+[^,]+,\s*/i.exec(maskParentheses(chunk));
  if (!adjunct) return chunk;
  const rest = chunk.slice(adjunct[0].length);
  if (!hasWordLetters(rest)) return chunk;
  // A list member never carries "at", "under", "on", "across", "during" or a partitive "of" ("At rest, IL-6, IL-8 and
  // IL-10", "Of the amino acids, glutamine and alanine"); one in a place may ("in the thalamus, caudate and …").
  return /^\s*(?:at|under|on|across|during|of)\s/i.test(chunk) || splitList(rest).length === 1 ? rest : chunk;
}

/**
 * "correlated with how ER stress proteins changed during recovery", "… with how much IL-6 rose": an embedded question
 * about a measure's change names the measure, its subject; one about a count ("how many systems were affected") names
 * the count.
 */
function embeddedSubject(chunk: string): string {
  const counted = countQuestion(chunk);
  if (counted !== chunk) return counted;
  const question = /^\s*(?:how|whether)\s+(?:much\s+|many\s+|far\s+)?(.+)$/is.exec(chunk);
  if (!question) return chunk;
  const subject = leadingNounPhrase(question[1]!);
  return subject !== question[1]!.trim() ? subject : chunk;
}

/** "how many body systems were affected": the count is the measure ("number of body systems affected"). */
export function countQuestion(chunk: string): string {
  const count =
    /^\s*how\s+many\s+([^,;]+?)\s+(?:were|was|are|had\s+been|have\s+been)\s+(\p{L}+ed)\s*(\([^()]*\))?\s*$/iu.exec(
      chunk,
    );
  return count ? `number of ${count[1]} ${count[2]}${count[3] ? ` ${count[3]}` : ''}` : chunk;
}

/** The chunk's noun phrase: without its comparison tail, subordinate clause or leading adjunct; a question's subject. */
export function nounPhraseOfChunk(chunk: string): string {
  return embeddedSubject(withoutLeadingAdjunct(withoutSubordinateClause(withoutComparisonTail(chunk))));
}
