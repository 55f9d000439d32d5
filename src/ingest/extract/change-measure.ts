// A measure's change as the thing that correlates: "the fall in oxygenation index correlated with …", "the magnitude
// of the cerebral blood flow reduction was associated with …". Outside a correlation a change noun heads a
// meta-statement ("changes in IL-6 were seen"), which the entity gate rejects; inside one it names the variable.

import type { EntityMention } from './entities.ts';
import { resolveEntityPhrase } from './entities.ts';
import { splitList, tidy, unsentenceCase } from './text.ts';

// "the peak rise in X", "the 24-hour rise", "the post-exertional rise": how and when the change was taken is part
// of its name.
const CHANGE_NOUN = '(?:rise|fall|drop|increase|decrease|change|reduction|decline|increment)s?';
const CHANGE = String.raw`(?:(?:peak|maximal|maximum|mean|median|total|overall|[\p{L}\d]+(?:-[\p{L}\d]+)+)\s+)?${CHANGE_NOUN}`;
// What a change may be introduced by and is not part of its name: "the", "the magnitude of the", "day-to-day".
const LEAD = String.raw`^(?:the\s+)?(?:(?:magnitude|size|extent)\s+of\s+(?:the\s+)?)?(?:[\p{L}]+-to-[\p{L}]+\s+)?`;
const CHANGE_IN = new RegExp(`${LEAD}(${CHANGE})\\s+(?:in|of)\\s+(.+)$`, 'iu');
// ("the post-task IL-6 increase": before the measure, a hyphenated word is the measure's, not the change's.)
// ("the heart rate rise during tilt": when the change was taken stays in its name.)
const CHANGE_AFTER = new RegExp(
  `${LEAD}(.+?)\\s+(${CHANGE_NOUN})((?:\\s+(?:during|after|following|on|with)\\s+[\\p{L}\\d-]+(?:\\s+[\\p{L}\\d-]+)?)?)$`,
  'iu',
);

/** The change of a measure the lexicons or the entity gate accept, named as written; null for anything else. */
export function changeOfMeasure(chunk: string): EntityMention | null {
  // Statistics after the name ("the heart rate increase (r=0.12, p=0.41).") are not part of it.
  const text = unsentenceCase(tidy(chunk.replace(/(?:\s*\([^()]*\))*[\s.;,]*$/, '')));
  const before = CHANGE_IN.exec(text);
  const after = before ? null : CHANGE_AFTER.exec(text);
  const change = before?.[1] ?? after?.[2];
  // ("the increase in their DSQ score": whose change it is, the frame says.)
  const measureText = (before?.[2] ?? after?.[1])?.replace(/^(?:their|its)\s+/i, '');
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
      synonyms: [other, ...(written === full ? [] : [`${change} in ${full}`])],
    },
    known: false,
    pValue: measure.pValue,
    leadingCue: null,
  };
}

/**
 * A change named after its measure ("the heart-rate rise on standing", "IL-8 increase"), which names a measured
 * quantity wherever it stands; a change named before it ("changes in IL-6") is left to the frames that read one.
 */
export function measuredChange(chunk: string): EntityMention | null {
  return CHANGE_IN.test(unsentenceCase(tidy(chunk))) ? null : changeOfMeasure(chunk);
}
