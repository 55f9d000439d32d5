// Directed parts of an undirected umbrella ("reported better wellbeing (less pain and fatigue)"): the clause rewritten
// with the parts in the umbrella's place, for the difference frame to read.

import { cues } from './cues.ts';
import { blank, parentheticals } from './text.ts';
import { directionCues } from './directions.ts';

/**
 * "reported better wellbeing (less pain and fatigue)": an undirected umbrella broken down into directed parts
 * in parentheses. The parts replace the umbrella (rule 7), and their own cue becomes the clause's.
 */
export function directedParts(clause: string, masked: string): string | null {
  const c = cues();
  // "Autonomic dysfunction, including reduced heart rate variability, seen in …" reads the same way.
  // "Cohorts showed vascular dysfunction, such as muscular hypoperfusion" too: the umbrella ends at the verb.
  const including =
    /^([^,()]{3,60}?),?\s+(?:including|such as)\s+([^,()]+),\s*/i.exec(masked) ??
    /^([^,()]{3,120}?),\s+(?:including|such as)\s+([^,()]+?)\s*(?:,\s*|$)/i.exec(masked);
  const spans = [
    ...parentheticals(clause),
    ...(including
      ? [
          {
            inner: clause.slice(
              including.index + including[0].indexOf(including[2]!),
              including.index + including[0].indexOf(including[2]!) + including[2]!.length,
            ),
            start: including[1]!.length,
            end: including[0].length,
          },
        ]
      : []),
  ];
  for (const paren of spans) {
    // Only an umbrella the clause does not already direct elsewhere.
    if (directionCues(blank(masked, paren.start, paren.end)).some((cue) => cue.direction !== 'undirected')) continue;
    const inner = paren.inner.trim();
    const cue = [c.increase, c.decrease].map((m) => m.first(inner)).find((m) => m && m.start === 0);
    const hypo = directionCues(inner).some((d) => /^(?:hypo|hyper)/i.test(d.text) && d.direction !== 'undirected');
    if (!(cue && /\p{L}{3,}/u.test(inner.slice(cue.end))) && !hypo) continue;
    // The umbrella: the words right before the parenthesis, back to the verb or the clause start.
    const before = masked.slice(0, paren.start);
    const verb = c.verbs.all(before).pop();
    const umbrellaStart = verb ? verb.end : 0;
    const umbrella = before.slice(umbrellaStart).trim();
    if (umbrella.split(/\s+/).length > 4) continue;
    // A named condition glossed in parentheses ("tachycardia (elevated heart rate)") is not an umbrella to break
    // down; a description is ("vascular dysfunction (reduced X)", "symptom relief (less pain)").
    if (
      !c.undirectedDifference.test(umbrella) &&
      !/dysfunction|abnormal|impair|disturb|dysregulat|problem|deficit|irregular|relief|improve|benefit|worsen|response/i.test(
        umbrella,
      )
    )
      continue;
    return `${clause.slice(0, umbrellaStart).trimEnd()} ${inner} ${clause.slice(paren.end).trimStart()}`.trim();
  }
  return null;
}
