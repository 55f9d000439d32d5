// How a change of a measure is worded: before the measure ("the rise in IL-6") or after it ("the heart rate rise
// during tilt"). The entity gate (entities.ts) and the change-as-variable reading (change-measure.ts) share these.

// "the peak rise in X", "the 24-hour rise", "the post-exertional rise", "the luteal rise": how and when the change was
// taken is part of its name.
const CHANGE_NOUN =
  '(?:rise|fall|drop|increase|decrease|change|reduction|decline|increment|gain|improvement|worsening)s?';
const CHANGE = String.raw`(?:(?:peak|maximal|maximum|mean|median|total|overall|early|late|overnight|morning|evening|\p{L}+(?:al|ic|ary)|[\p{L}\d]+(?:-[\p{L}\d]+)+)\s+)?${CHANGE_NOUN}`;
// What a change may be introduced by and is not part of its name: "the", "the magnitude of the", "day-to-day".
const LEAD = String.raw`^(?:the\s+)?(?:(?:magnitude|size|extent)\s+of\s+(?:the\s+)?)?(?:[\p{L}]+-to-[\p{L}]+\s+)?`;
export const CHANGE_IN = new RegExp(`${LEAD}(${CHANGE})\\s+(?:in|of)\\s+(.+)$`, 'iu');
// ("the post-task IL-6 increase": before the measure, a hyphenated word is the measure's, not the change's.)
// ("the heart rate rise during tilt": when the change was taken stays in its name.)
export const CHANGE_AFTER = new RegExp(
  `${LEAD}(.+?)\\s+(${CHANGE_NOUN})((?:\\s+(?:during|after|following|on|with)\\s+[\\p{L}\\d-]+(?:\\s+[\\p{L}\\d-]+)?)?)$`,
  'iu',
);
