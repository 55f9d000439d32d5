// Variation by a factor ("response rates varied depending on the dose given"): an association of the measure with
// the factor.

import { cues } from './cues.ts';
import { entitiesFromChunk } from './entities.ts';
import { stripSubjectFrame } from './correlation.ts';
import type { Claim } from './claims.ts';

// "differed widely according to", "varies markedly with": a verb of variation, an optional -ly adverb, and the
// preposition that introduces the factor, read together beside the phrases of cues.json. ("Did not differ by arm"
// compares a trial's groups: no factor.)
const VARIATION =
  /\b(?:varied|varies|vary|differed|differs|differ)\s+(?:\p{L}+ly\s+)?(?:according to|depending (?:on|upon)|with|by(?!\s+(?:treatment\s+)?(?:arms?|groups?|allocation)\b))\b/iu;

/** The negated auxiliary of the variation verb ("did not", "does not significantly"), ending where the verb starts. */
const NEGATED_VERB = /\s(?:did|does|do|was|were|is|are)\s+not\s+(?:\p{L}+ly\s+)?$|\s(?:never|not)\s+$/iu;

function variationCue(masked: string): { start: number; end: number } | null {
  const listed = cues().variation.first(masked);
  const composed = listed ? null : VARIATION.exec(masked);
  return listed ?? (composed && { start: composed.index, end: composed.index + composed[0].length });
}

/** True when the clause states variation by a factor, whether or not the frame can read its parts. */
export function hasVariationCue(masked: string): boolean {
  return variationCue(masked) !== null;
}

export function variationFrame(clause: string, masked: string): Claim[] | null {
  const cue = variationCue(masked);
  if (!cue) return null;
  // "Smell scores did not vary depending on the variant": no variation is no association (NOT_CORRELATED_WITH).
  const before = clause.slice(0, cue.start);
  const negation = NEGATED_VERB.exec(before);
  const subjects = entitiesFromChunk(stripSubjectFrame(negation ? before.slice(0, negation.index) : before));
  const objectText = clause.slice(cue.end).replace(/\s+(?:used|applied|employed)\s*$/i, '');
  // "did not vary with pyridostigmine use (p = 0.62) or with pesticide exposure (p = 0.35)": one claim per factor.
  const objects = entitiesFromChunk(objectText);
  if (subjects.length !== 1 || !objects.length) return null;
  return objects.map((object) => ({
    subject: subjects[0]!,
    relation: negation ? 'NOT_CORRELATED_WITH' : 'ASSOCIATED_WITH',
    sign: null,
    object: object.entity,
    objectMention: object,
    comparator: null,
    cueStrength: 0.7,
  }));
}
