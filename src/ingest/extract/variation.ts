// Variation by a factor ("response rates varied depending on the dose given"): an association of the measure with
// the factor.

import { cues } from './cues.ts';
import { entitiesFromChunk } from './entities.ts';
import { stripSubjectFrame } from './correlation.ts';
import type { Claim } from './claims.ts';

export function variationFrame(clause: string, masked: string): Claim[] | null {
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
