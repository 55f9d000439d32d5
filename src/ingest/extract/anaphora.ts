// A measure named back by its head alone ("the increment", "total scores", "velocity"): the entry named it in full
// before ("the standing heart-rate increment", "MFIS total score"), and the finding is about that measure, not about
// a thing called "increment". The full name is the one the entry gave last whose final words are the written ones.

import type { EntityRef, FindingRecord } from '../record.ts';
import { singular } from '../ground/canonical-key.ts';

/** Heads a measure is named back by: what was measured, never a substance or a group. */
const MEASURE_HEADS = new Set([
  'increment',
  'response',
  'ratio',
  'velocity',
  'recovery',
  'amplitude',
  'latency',
  'slope',
  'gain',
  'index',
  'threshold',
  'score',
  'total',
  'volume',
  'diameter',
  'thickness',
  'stiffness',
  'power',
  'count',
  'duration',
  'accuracy',
  'deficit',
  'flow',
  'speed',
]);

/** When or where a named measure was taken ("… at 10 minutes", "… during tilt"): not part of its head. */
const TAIL = /\s+(?:at|in|on|during|after|before|over|from|of|to|with|per|under|across)\s.+$/i;

/** A state or summary the earlier name was taken in or as ("resting …", "supine …", "mean …"). */
const STATE =
  /^(?:resting|supine|standing|upright|seated|sitting|baseline|basal|fasting|morning|evening|nocturnal|daytime|peak|mean|median|total)\b/i;

function headWords(name: string): string[] {
  return name
    .replace(TAIL, '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => singular(word));
}

/** The earlier entity `subject` names back, or null when it names a thing of its own. */
function antecedentOf(subject: EntityRef, named: readonly EntityRef[]): EntityRef | null {
  if (subject.type === 'Condition' || subject.xrefs || subject.broadMatch) return null;
  const written = subject.name.replace(/^the\s+/i, '');
  if (TAIL.test(written)) return null;
  const words = headWords(written);
  // ("the ISG score", "symptom counts": a head with a word of its own is a name the sentence chose.)
  if (words.length !== 1 || !MEASURE_HEADS.has(words[0]!)) return null;
  for (let i = named.length - 1; i >= 0; i--) {
    const earlier = named[i]!;
    const full = headWords(earlier.name);
    if (full.length < 2 || full.at(-1) !== words[0]) continue;
    // "resting MCA velocity" is the measure in one state; "velocity" alone, later, need not be in it.
    return STATE.test(earlier.name) ? null : earlier;
  }
  return null;
}

/** Each sentence's findings with subjects that name an earlier measure back replaced by it (entry order). */
export function withAnaphoraResolved(sentences: readonly FindingRecord[][]): FindingRecord[][] {
  const named: EntityRef[] = [];
  return sentences.map((findings) =>
    findings.map((finding) => {
      const antecedent = antecedentOf(finding.subject, named);
      const resolved = antecedent ? { ...finding, subject: antecedent } : finding;
      named.push(resolved.subject);
      return resolved;
    }),
  );
}
