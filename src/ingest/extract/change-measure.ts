// A measure's change as the thing that correlates: "the fall in oxygenation index correlated with …", "the magnitude
// of the cerebral blood flow reduction was associated with …". Outside a correlation a change noun heads a
// meta-statement ("changes in IL-6 were seen"), which the entity gate rejects; inside one it names the variable.

import type { EntityMention } from './entities.ts';
import { resolveEntityPhrase } from './entities.ts';
import { CHANGE_AFTER, CHANGE_IN } from './change-words.ts';
import { splitList, tidy, unsentenceCase } from './text.ts';

// "the change in β2 antibody level between baseline and week 4", "the fall in pain over 12 weeks": the span a change
// was taken over is when, not what; the change keeps the measure's name.
const CHANGE_SPAN =
  /\s+(?:(?:between|from)\s+(?:baseline|entry|enrol?ment|screening|(?:week|month|day|visit)\s+\d+)\s+(?:and|to)\s+(?:(?:week|month|day|visit)\s+\d+|\d+\s+(?:weeks|months|days|years)|follow-up|(?:the\s+)?end\s+of\s+(?:treatment|the\s+trial))|over\s+(?:the\s+)?(?:\d+|two|three|four|six|twelve)\s+(?:weeks|months|years))$/i;

/** The change of a measure the lexicons or the entity gate accept, named as written; null for anything else. */
export function changeOfMeasure(chunk: string): EntityMention | null {
  // Statistics after the name ("the heart rate increase (r=0.12, p=0.41).") are not part of it.
  // ("a larger heart rate increment": how large a change was is the clause's comparison, not its name.)
  const text = unsentenceCase(
    tidy(
      chunk
        .replace(/(?:\s*\([^()]*\))*[\s.;,]*$/, '')
        .replace(/^\s*(?:(?:an?|the)\s+)?(?:larger|smaller|greater|bigger)\s+(?=\S)/i, ''),
    ),
  );
  const before = CHANGE_IN.exec(text.replace(CHANGE_SPAN, ''));
  const after = before ? null : CHANGE_AFTER.exec(text);
  const change = before?.[1] ?? after?.[2];
  // ("the increase in their DSQ score": whose change it is, the frame says.)
  const measureText = (before?.[2] ?? after?.[1])?.replace(/^(?:their|its|an?)\s+/i, '');
  // "Increases in fatigue and pain": each member is its own measure, read as the list it is.
  if (!change || !measureText || splitList(measureText).length > 1) return null;
  const measure = resolveEntityPhrase(measureText);
  if (!measure) return null;
  // "muscle pain on a visual analogue scale": the measure's name without the scale it was rated on.
  const full = tidy(measureText);
  const written = full.toLowerCase().startsWith(measure.entity.name.toLowerCase()) ? measure.entity.name : full;
  const when = after?.[3] ?? '';
  const name = before ? `${change} in ${written}` : `${written} ${change}${when}`;
  const other = before ? `${written} ${change}` : `${change} in ${written}${when}`;
  return {
    entity: {
      type: measure.entity.type,
      name,
      // ("the fall in FSS scores" names the change of the Fatigue Severity Scale, under any of the scale's names.)
      synonyms: [
        other,
        ...(written === full ? [] : [`${change} in ${full}`]),
        ...(measure.entity.synonyms ?? []).map((synonym) =>
          before ? `${change} in ${synonym}` : `${synonym} ${change}${when}`,
        ),
      ],
    },
    known: false,
    pValue: measure.pValue,
    leadingCue: null,
  };
}
