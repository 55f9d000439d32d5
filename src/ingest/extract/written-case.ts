// An entity's display name keeps the capital the text gives it. Phrases are lower-cased at their start so that a
// sentence-initial capital ("Fatigue was …") does not make a name, but a capital inside the sentence is the writer's
// ("lower in Roseburia and Blautia"): a genus, a person's or place's name. Keys stay case-folded (entity-key.ts), so
// only the name shown changes, never which node a mention meets.

import { genusShaped } from '../ground/index.ts';
import type { EntityRef, FindingRecord } from '../record.ts';

const LEADING = /^[\s\-–—•*·]*/u;

/** Where `name` occurs in `sentence` as whole words, case-insensitively (offsets, none when it does not). */
function occurrences(sentence: string, name: string): number[] {
  const lowerSentence = sentence.toLowerCase();
  const lowerName = name.toLowerCase();
  const found: number[] = [];
  if (!lowerName) return found;
  for (let at = lowerSentence.indexOf(lowerName); at >= 0; at = lowerSentence.indexOf(lowerName, at + 1)) {
    const before = at === 0 ? '' : sentence[at - 1]!;
    const after = sentence[at + name.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) found.push(at);
  }
  return found;
}

/**
 * `name` with its first letter as the sentence writes it: capitalised where the sentence writes it so anywhere but at
 * its start, or at its start when its first word is written like a genus (Bacteroides, Faecalibacterium).
 *   writtenCase('roseburia', 'Levels were lower for Roseburia than …') → 'Roseburia'
 *   writtenCase('fatigue', 'Fatigue was higher …') → 'fatigue'
 */
export function writtenCase(name: string, sentence: string): string {
  if (!/^\p{Ll}/u.test(name)) return name;
  const start = LEADING.exec(sentence)![0].length;
  for (const at of occurrences(sentence, name)) {
    const written = sentence.slice(at, at + name.length);
    // Only the first letter differs: the rest of the name is the text's own spelling.
    if (!/^\p{Lu}/u.test(written) || written.slice(1) !== name.slice(1)) continue;
    if (at !== start || genusShaped(/^\S+/u.exec(written)![0])) return written;
  }
  return name;
}

function withCase(entity: EntityRef, sentence: string): EntityRef {
  const name = writtenCase(entity.name, sentence);
  return name === entity.name ? entity : { ...entity, name };
}

/** The finding with its subject's and object's names as the sentence capitalises them. */
export function withWrittenCase(finding: FindingRecord, sentence: string): FindingRecord {
  const subject = withCase(finding.subject, sentence);
  const object = withCase(finding.object, sentence);
  return subject === finding.subject && object === finding.object ? finding : { ...finding, subject, object };
}
