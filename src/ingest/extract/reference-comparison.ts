// A measure set against a reference value instead of a group: "fell below that of controls", "exceeded control
// values", "sat 14% under the control level", "was 2.1 times the control value", "lay within the control range".
// Each is rewritten as the comparative the frames read ("was lower than in controls"); the group the claim is about
// stays where the sentence put it ("in ME/CFS").

/** The reference named by its group: "that of controls", "those of patients without IBS". */
const OF_GROUP = String.raw`(?:that|those)\s+(?:of|in|seen\s+in)\s+(?:the\s+)?(?<ofGroup>[^,;()]+?)`;
/** The reference named as a value of a group: "control values", "the ME/CFS level", "the control mean". */
const GROUP_VALUE = String.raw`(?:the\s+)?(?<valueGroup>(?:(?:healthy|matched)\s+)?(?:control|controls'?)|reference|healthy|\p{Ll}+-(?:adult|individual|control|volunteer|donor|participant|subject|woman|women|peer)s?|[\p{Lu}][\p{L}\p{N}/'’-]*(?:\s+[\p{L}\p{N}/'’-]+)?)\s+(?:values?|levels?|means?|medians?|figures?|performance|range)`;
const REFERENCE = String.raw`(?:${OF_GROUP}|${GROUP_VALUE})(?=\s+(?:in|among|for|at|during|after|but|and|whereas|while|as)\b|\s*[,;(]|\s*$)`;

/** "was 31% below", "fell short of", "sat under", "lay above": a verb, an optional magnitude and a side. */
const BELOW_ABOVE = new RegExp(
  String.raw`\b(?:was|were|fell|lay|sat|remained|stayed|dropped|ran)\s+(?:(?:[\d.,]+\s*(?:%|percent|points?|ms|s)?|\w+ly)\s+)?(?<side>below|under|short\s+of|above|beyond)\s+` +
    REFERENCE,
  'iu',
);
const EXCEEDED = new RegExp(String.raw`\b(?:exceeded|surpassed|outstripped)\s+` + REFERENCE, 'iu');
const TIMES = new RegExp(String.raw`\b(?:was|were)\s+[\d.]+\s+times\s+` + REFERENCE, 'iu');
const WITHIN = new RegExp(
  String.raw`\b(?:was|were|lay|remained|stayed|fell)\s+(?:(?:each|all|both|still)\s+)?(?:within|inside)\s+(?:the\s+)?(?:(?<valueGroup>control|healthy)\s+range\b|range\s+of\s+(?:the\s+)?(?<ofGroup>[^,;()]+?)(?=\s+(?:in|among|at|during|after|but|and|whereas|while)\b|\s*[,;(]|\s*[.]?\s*$)|(?<limits>(?:(?:laboratory|normal|normative|age-adjusted|age-specific|age-appropriate|sex-specific|paediatric|pediatric|adult|published|manufacturer['’]s)\s+)*(?:reference\s+|normal\s+)?(?:range|limits|interval|values)s?)\b)`,
  'iu',
);

/** The reference group as the comparative names it: "control values" are controls'. */
function referenceGroup(groups: Record<string, string | undefined>): string {
  const written = (groups.ofGroup ?? groups.valueGroup ?? '').trim();
  const control = /^(?:(healthy|matched)\s+)?(?:control|controls'?)$/i.exec(written);
  if (control) return control[1] ? `${control[1]} controls` : 'controls';
  // "healthy-adult values", "recovered-individual levels": the group the compound names, in the plural.
  const compound = /^(\p{Ll}+)-(\p{Ll}+?)s?$/u.exec(written);
  if (compound) {
    const head = compound[2]!;
    return `${compound[1]} ${head === 'group' ? head : /^wom[ae]n$/.test(head) ? 'women' : `${head}s`}`;
  }
  return /^(?:reference|healthy)$/i.test(written) ? 'controls' : written;
}

/** Every reference comparison of a sentence, rewritten; each rewrite removes its match, so the loop ends. */
export function withReferenceAsComparative(sentence: string): string {
  let text = sentence;
  for (let next = rewriteFirst(text); next !== text; next = rewriteFirst(text)) text = next;
  // "exceeded that of recovered adults (p = 0.004) and of never-infected adults": the second reference too.
  return text === sentence ? text : text.replace(SECOND_REFERENCE, '$1 in');
}

const SECOND_REFERENCE = /(\bthan in [^,;()]+?(?:\s*\([^()]*\))?\s+(?:and|or))\s+(?:(?:that|those)\s+)?of(?=\s+\S)/iu;

function rewriteFirst(clause: string): string {
  const below = BELOW_ABOVE.exec(clause);
  if (below) {
    const lower = !/^(?:above|beyond)$/i.test(below.groups!.side!);
    return replaceAt(clause, below, `was ${lower ? 'lower' : 'higher'} than in ${referenceGroup(below.groups!)}`);
  }
  const above = EXCEEDED.exec(clause) ?? TIMES.exec(clause);
  if (above) return replaceAt(clause, above, `was higher than in ${referenceGroup(above.groups!)}`);
  // "lay within the reference range", "within normative limits": a null, as "within normal limits" is.
  const within = WITHIN.exec(clause);
  if (within?.groups!.limits) return replaceAt(clause, within, 'was within normal limits');
  if (within) return replaceAt(clause, within, `did not differ from ${referenceGroup(within.groups!)}`);
  return clause;
}

function replaceAt(clause: string, match: RegExpExecArray, text: string): string {
  return clause.slice(0, match.index) + text + clause.slice(match.index + match[0].length);
}
