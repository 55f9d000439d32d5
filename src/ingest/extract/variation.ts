// Variation by a factor ("response rates varied depending on the dose given"): an association of the measure with
// the factor.

import { cues } from './cues.ts';
import { entitiesFromChunk } from './entities.ts';
import { stripSubjectFrame } from './correlation.ts';
import type { Claim } from './claims.ts';

// "differed widely according to", "varies markedly with": a verb of variation, an optional -ly adverb, and the
// preposition that introduces the factor, read together beside the phrases of cues.json.
const VARIATION =
  /\b(?:varied|varies|vary|differed|differs|differ)\s+(?:\p{L}+ly\s+)?(?:according to|depending (?:on|upon)|with|by)\b/iu;

export function variationFrame(clause: string, masked: string): Claim[] | null {
  const listed = cues().variation.first(masked);
  const composed = listed ? null : VARIATION.exec(masked);
  const cue = listed ?? (composed && { start: composed.index, end: composed.index + composed[0].length });
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
