// A sentence reworded into the forms the clause splitter and the frames read, each rewrite one way atlas entries
// say a thing the frames would otherwise miss: a subsample adjunct dropped, a reference value read as a comparison
// (reference-comparison.ts), "a change not seen in Y" as "but not in Y", "A and B alike" as "A and B", "showed no such
// change" as "remained unchanged", ", but this did not reach significance" as part of the clause it denies, "as
// common in A as in B" as "similar in A and B", "neither A nor B showed this change" as "but not in A or B",
// "highest in A, exceeding those in B and C" as "higher in A than in B and in C", "neither A nor B separated …" as
// "A and B did not separate …" (neither-nor.ts); and wordings that hide a plain
// comparison or null ("14% below the MS group", "ran 6% lower", "threefold", "changed in neither group", "met
// criteria for POTS", "no longer distinguishable from", "had higher X but similar Y", "within 2% of control values").

import { cues } from './cues.ts';
import { withoutDiscourseAdverbials } from './discourse-adverbials.ts';
import { withExceededGroupAsComparison } from './group-exceeded.ts';
import { findGroupPhrases } from './groups.ts';
import { scanLexicon } from './lexicon.ts';
import { withNeitherNorAsNegation } from './neither-nor.ts';
import { withReferenceAsComparative } from './reference-comparison.ts';
import { maskParentheses } from './text.ts';

/**
 * "In the 41 participants who underwent lumbar puncture, …", "Among patients with available MRI, …": a leading
 * adjunct naming the part of the sample a procedure reached is not a group the claim is about.
 */
const SUBSAMPLE_ADJUNCT =
  /^\s*(?:in|among|for)\s+(?:the\s+)?(?:[\d,]+\s+|\p{Ll}+\s+)?(?:participants|patients|subjects|individuals|people|cases)\s+(?:who\s+(?:underwent|completed|provided|attended|returned|consented|agreed|were\s+(?:sampled|scanned|tested|imaged|re-?tested|followed\s+up))|with\s+(?:available|complete|paired|usable)\s)[^,]*,\s*/iu;

function withoutSubsampleAdjunct(sentence: string): string {
  const adjunct = SUBSAMPLE_ADJUNCT.exec(maskParentheses(sentence));
  return adjunct ? sentence.slice(adjunct[0].length) : sentence;
}

/** "in ME/CFS and IBS alike", "in patients and controls alike": "alike" says each group, which the list already does. */
function withoutAlike(sentence: string): string {
  return sentence.replace(/(\b(?:in|among)\s+[^,;()]+?\s+and\s+[^,;()]+?)\s+alike\b/gi, '$1');
}

/** "…, whereas FMD showed no such change": the change the clause before asserted, denied. */
function withNoSuchChangeAsUnchanged(sentence: string): string {
  return sentence.replace(
    /\b(?:showed|had|displayed|exhibited)\s+no\s+such\s+(?:change|shift|rise|increase|decrease|fall|decline)\b/gi,
    'remained unchanged',
  );
}

/** ", a shift not seen in ME/CFS", ", a signature absent from controls": an apposition denying the claim elsewhere. */
const DENIED_APPOSITION =
  /,\s+an?\s+(?:similar\s+)?(?:change|shift|pattern|signature|difference|rise|fall|increase|decrease|reduction|elevation|effect|finding|abnormality|profile|excess|deficit|loss|gain|impairment|alteration)\s+(?:that\s+(?:was|were)\s+)?(?:not\s+(?:seen|observed|found|present|shared|evident|detected|replicated)|absent)\s+(?:in|from|among)\s+/gi;

/**
 * "A was raised in X, a change not seen in Y" → "A was raised in X but not in Y", a contrast the frames read. Only a
 * condition is denied so ("not seen in ME/CFS"): a change "not seen in controls" or "in control cells" describes the
 * reference group, which the sentence compares against rather than makes a claim about.
 */
function withDeniedAppositionAsContrast(sentence: string): string {
  return sentence.replace(DENIED_APPOSITION, (apposition, offset: number) => {
    const rest = sentence.slice(offset + apposition.length);
    const named = scanLexicon(rest, ['Condition'])[0];
    return named?.start === 0 ? ' but not in ' : apposition;
  });
}

/**
 * "X was lower in patients, but this did not reach significance": a clause denying the previous one's significance
 * is part of it (", a difference that did not reach significance", which the frames read as none).
 */
const DENIED_SIGNIFICANCE =
  /,?\s+(?:but|although|though|yet)\s+(?:this|that|it|the\s+(?:difference|trend|change|reduction|increase|decrease|effect))\s+(?:did\s+not\s+(?:reach|attain|achieve)|failed\s+to\s+reach|fell\s+short\s+of|was\s+not)\s+(?:statistical(?:ly)?\s+)?significan(?:ce|t)\b/gi;

// "3% lower but not significantly so", "differed less and not significantly", "tended lower": a direction its own
// clause says was not established.
const NOT_SIGNIFICANTLY_SO = /\s+but\s+not\s+significantly(?:\s+so)?\b/gi;
const DIFFERED_NOT_SIGNIFICANTLY = /\bdiffered\s+(?:less|little)\s+and\s+not\s+significantly\b/gi;
const TENDED = /\btended\s+(?=(?:lower|higher|greater|smaller|longer|shorter|larger|fewer|more|less)\b)/gi;

function withDeniedSignificanceJoined(sentence: string): string {
  return sentence
    .replace(DENIED_SIGNIFICANCE, ', a difference that did not reach significance')
    .replace(NOT_SIGNIFICANTLY_SO, ', though not significantly')
    .replace(DIFFERED_NOT_SIGNIFICANTLY, 'did not differ significantly')
    .replace(TENDED, 'tended to be ');
}

/**
 * "as common in ME as in MS", "equally frequent in ME and MS": an equality of two groups, the likeness "similar in ME
 * and MS" the frames read. ("Equally raised in A and B" is a rise in each, as "raised in A and B" says.)
 */
function withEqualityAsLikeness(sentence: string): string {
  return sentence
    .replace(
      // Not "twice as high in A as in B": a multiple is a difference.
      /(?<!\b(?:twice|half|times|fold)\s+)\bas\s+(?:common|frequent|prevalent|high|low|often)\s+(in|among)\s+([^,;()]+?)\s+as\s+(?:in|among)\s+/gi,
      'similar $1 $2 and ',
    )
    .replace(/\bequally\s+(?:common|frequent|prevalent|severe|likely)\s+(in|among)\s+/gi, 'similar $1 ')
    .replace(/\bequally\s+(?=(?:raised|elevated|increased|reduced|decreased|lowered|impaired|prolonged)\b)/gi, '');
}

/**
 * "reduced to a similar degree in both patient groups", "rose by similar amounts in all three arms", "fell at the same
 * rate in both groups": how alike the groups' changes were qualifies the claim of each; the claims are the verb's.
 */
function withoutLikeDegree(sentence: string): string {
  return sentence.replace(
    /,?\s+(?:to\s+(?:a\s+(?:similar|comparable|like)|the\s+same)\s+(?:degree|extent)|by\s+(?:a\s+|the\s+)?(?:similar|comparable|same)\s+(?:amounts?|margins?|proportions?)|at\s+(?:a\s+(?:similar|comparable)|the\s+same)\s+rate)(?=[\s,.;]|$)/gi,
    '',
  );
}

/** "rose in both groups, with a larger rise in ME/CFS": the larger change is a clause of its own, about that change. */
function withLargerChangeAsClause(sentence: string): string {
  return sentence.replace(
    /,\s+with\s+(?:a|the)\s+((?:significantly\s+)?(?:larger|greater|smaller|bigger|steeper))\s+(rise|fall|increase|decrease|drop|decline|reduction|gain)\s+(in|among|on|with)\s+/gi,
    ', and the $2 was $1 $3 ',
  );
}

// "were within 2% of control values", "fell within 40 minutes of control values", "lay within one point of
// healthy-adult means": a margin stated instead of a test says the values were alike.
const WITHIN_MARGIN_OF_VALUES =
  /\b(?:(?:was|were|lay|lie|stayed|remained|fell)\s+)?within\s+(?:[\d.,]+\s*(?:%|percent|points?|minutes?|hours?|days?|ms|units?)|(?:one|two|three|a\s+few)\s+(?:points?|minutes?|hours?|units?|percent(?:age\s+points?)?))\s+of\s+(?=(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:values?|means?|averages?|levels?)\b)/giu;

/**
 * "resembled those of women with TMD", "matched those of the migraine group", "stayed within 4% of control values": a
 * likeness the frames read as "similar to".
 */
function withResemblanceAsLikeness(sentence: string): string {
  return sentence
    .replace(/\b(?:resembled|resemble|resembles)\s+/gi, 'were similar to ')
    .replace(WITHIN_MARGIN_OF_VALUES, 'were similar to ')
    .replace(/\b(?:matched|mirrored|paralleled)\s+(?=(?:those|that)\s+of\b)/gi, 'were similar to ');
}

/** "…; neither the ME/CFS group nor the peers showed this change": the change denied in each, as "but not in". */
function withNeitherShowedAsContrast(sentence: string): string {
  return sentence.replace(
    /[;,]\s+(?:but\s+)?neither\s+(.+?)\s+nor\s+(.+?)\s+(?:showed|had|displayed|exhibited)\s+(?:this|that|such\s+an?|the\s+same|a\s+similar)\s+(?:change|rise|fall|increase|decrease|reduction|elevation|pattern|effect|response)(?=\s*[.;]?\s*$)/i,
    ', but not in $1 or $2',
  );
}

const RANKED = new RegExp(
  String.raw`^(\S.*?)\s+(?:was|were|ranked|lay)\s+(highest|lowest)\s+(?:in|among)\s+([^,;()]+?)(?:\s*\([^()]*\))?,\s+` +
    String.raw`intermediate\s+(?:in|among)\s+([^,;()]+?)(?:\s*\([^()]*\))?,?\s+and\s+(?:highest|lowest)\s+(?:in|among)\s+` +
    String.raw`([^,;()]+?)(?:\s*\([^()]*\))?(?=\s*(?:[,;]|\.?\s*$))`,
  'i',
);

/**
 * "X was highest in A, intermediate in B and lowest in C": each group above the next, as the comparatives the frames
 * read ("X was higher in A than in B; X was higher in B than in C"); A above C follows and is not a claim of its own.
 */
function withRankingAsComparatives(sentence: string): string {
  return sentence.replace(RANKED, (_m, subject: string, first: string, a: string, b: string, c: string) => {
    const comparative = /^lowest$/i.test(first) ? 'lower' : 'higher';
    const measure = subject.replace(/\s+(?:therefore|thus|accordingly)$/i, '');
    return `${measure} was ${comparative} in ${a} than in ${b}; ${measure} was ${comparative} in ${b} than in ${c}`;
  });
}

/**
 * "Patients with fibromyalgia had intermediate lactate values that did not differ from either ME/CFS or controls": the
 * measure in that group, not different from each other group ("lactate in patients with fibromyalgia did not differ
 * from …").
 */
function withIntermediateAsMeasureInGroup(sentence: string): string {
  return sentence.replace(
    /^(\S[^,;()]*?)\s+had\s+(?:an?\s+)?intermediate\s+([^,;()]+?)(?:\s+(?:values|levels))?\s+(?:that|which)\s+(?=(?:did\s+not\s+differ|(?:was|were)\s+not\s+(?:significantly\s+)?different)\b)/i,
    (_m, group: string, measure: string) => `${measure} in ${group.charAt(0).toLowerCase()}${group.slice(1)} `,
  );
}

const SUPERLATIVE_IN =
  /\b(was|were)\s+(highest|greatest|largest|longest|lowest|smallest|shortest)\s+(in|among)\s+([^,;()]+?)(?:,\s+(?:exceeding|above|below|under|surpassing)\s+(?:both\s+|all\s+)?(?:(?:those|that|the\s+values?|the\s+levels?)\s+(?:in|of)\s+)?([^;]+?))?(?=\s*(?:\([^()]*\)\s*)?(?:;|,\s*(?:whereas|while|but)\b|\.?\s*$))/gi;

const LOWER = /^(?:lowest|smallest|shortest)$/i;

/**
 * "X was highest in ME/CFS, exceeding those in long COVID (p) and fibromyalgia (p)", "lowest in A, below both B and
 * C": the group ranked first against each group it is said to exceed, as the comparative the frames read.
 */
function withSuperlativeAsComparative(sentence: string): string {
  return sentence.replace(
    SUPERLATIVE_IN,
    (_m, copula: string, superlative: string, preposition: string, group: string, others: string | undefined) => {
      const comparative = LOWER.test(superlative) ? 'lower' : 'higher';
      const head = `${copula} ${comparative} ${preposition} ${group}`;
      if (!others) return head;
      // Each group after "exceeding" its own comparison: "… than in B (p) and in C (p)".
      const each = others.replace(/\s*,\s*(?:and\s+)?|\s+and\s+/g, (sep) => `${sep.replace(/\s+$/, '')} in `);
      return `${head} than in ${each}`;
    },
  );
}

/**
 * "POTS heart-rate criteria were met by 18% of patients", "18% met diagnostic criteria for POTS": meeting a
 * condition's criteria is having it, the presence the prevalence frame reads ("POTS was present in 18% of …").
 */
function withCriteriaMetAsPresence(sentence: string): string {
  const kind = String.raw`(?:(?:heart[- ]rate|diagnostic|clinical|case[- ]definition)\s+)?`;
  return sentence
    .replace(
      new RegExp(
        String.raw`\b((?:the\s+)?[^\s,;()]+(?:\s+(?!heart|diagnostic|clinical|case)[^\s,;()]+)?)\s+${kind}criteria\s+(?:were|was)\s+(?:met|fulfilled)\s+(?:by|in)\s+`,
        'gi',
      ),
      '$1 was present in ',
    )
    .replace(
      new RegExp(
        String.raw`\b${kind}criteria\s+for\s+([^,;()]+?)\s+(?:were|was)\s+(?:met|fulfilled)\s+(?:by|in)\s+`,
        'gi',
      ),
      '$1 was present in ',
    )
    .replace(new RegExp(String.raw`\b(?:met|fulfilled)\s+(?:the\s+)?${kind}criteria\s+for\s+`, 'gi'), 'had ');
}

/**
 * "Dizziness affected 21% on 30 mg and 4% on placebo", "… affected 12% of patients": an event affecting a share of a
 * group occurred in that share, the presence the prevalence frame reads.
 */
function withAffectedShareAsOccurrence(sentence: string): string {
  return sentence.replace(/\baffected\s+(?=\d+(?:\.\d+)?\s*%\s+(?:of|on|in|among)\s)/gi, 'occurred in ');
}

/**
 * "was 23% below that of deployed controls", "14% above the multiple sclerosis group": a magnitude below or above a
 * group is a comparison with it ("23% lower than in deployed controls"). Not a reference value or limit, which
 * reference-comparison.ts reads.
 */
function withMagnitudeBelowAsComparative(sentence: string): string {
  return sentence
    .replace(
      // "remained below that of healthy peers": "that of" points to another group's value.
      /\b(was|were|is|are|remained|stayed)\s+(below|above)\s+(?:that|those)\s+(?:of|in|among)\s+/gi,
      (_m, copula: string, side: string) => `${copula} ${/^b/i.test(side) ? 'lower' : 'higher'} than in `,
    )
    .replace(
      /\b(\d+(?:\.\d+)?\s*%|\d+(?:\.\d+)?-fold)\s+(below|above)\s+(?:(?:that|those|the\s+values?|the\s+levels?)\s+(?:of|in|among)\s+)?(?!(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}(?:reference|limit|range|threshold|cut-?off|normal|norms?|baseline|value|values|level|levels|mean)\b)/gi,
      (_m, magnitude: string, side: string) => `${magnitude} ${/^b/i.test(side) ? 'lower' : 'higher'} than `,
    );
}

/**
 * "Erythrocyte magnesium ran 6% lower", "lay below", "took longer": a verb of position or duration before a comparative
 * is its copula.
 */
function withPositionVerbAsCopula(sentence: string): string {
  return (
    sentence
      .replace(
        /\b(?:ran|sat|lay|stood|stayed)\s+(?=(?:\d+(?:\.\d+)?\s*%\s+|\d+(?:\.\d+)?-fold\s+|[\w-]+ly\s+)?(?:lower|higher|greater|smaller|below|above)\b)/gi,
        'was ',
      )
      // "Redilation took longer in POTS": what took longer lasted longer.
      .replace(/\btook\s+(?=(?:[\w-]+ly\s+)?longer\s+(?:in|among|for|than)\b)/gi, 'was ')
  );
}

/**
 * "changed in neither group", "stayed flat in both arms", "remained stable in controls": the null change in each
 * group, as the frames read it.
 */
function withNeitherChangeAsNull(sentence: string): string {
  return (
    sentence
      .replace(
        /\bchanged\s+in\s+neither\b(?:\s+(group|arm|cohort)\b)?/gi,
        (_m, unit?: string) => `did not change in either ${unit ?? 'group'}`,
      )
      .replace(/\bstayed\s+flat\b/gi, 'remained stable')
      // "changed similarly in the two arms": no difference in the change.
      .replace(/\bchanged\s+(?:similarly|equally|to\s+a\s+similar\s+(?:degree|extent))\b/gi, 'did not differ')
      // "remained stable in recovered participants": a group's null change ("remained stable" alone is skipped).
      .replace(/\b(?:remained|stayed)\s+(?:stable|constant)\s+(?=(?:in|among)\s)/gi, 'remained unchanged ')
  );
}

/** "…, and the ratio was higher too", "was greater as well": the additive adverb repeats the comparison before it. */
function withoutAdditiveAdverb(sentence: string): string {
  return sentence.replace(
    /\b(higher|lower|greater|smaller|larger|raised|reduced|elevated|increased|decreased|longer|shorter|more|less|fewer)\s+(?:too|as\s+well)\b/gi,
    '$1',
  );
}

/**
 * "showed no exercise effect in either group": no change after exercise; "neither patient group departed from controls
 * in A or B": A and B did not differ from controls in either patient group; ", with no change on placebo": the change
 * denied on placebo.
 */
function withNoEffectAsNoChange(sentence: string): string {
  return (
    sentence
      .replace(/\bshowed\s+no\s+(?:significant\s+)?exercise\s+effects?\b/gi, 'did not change after exercise')
      .replace(
        /\bshowed\s+no\s+(?:significant\s+)?(?:time\s+effects?|effect\s+of\s+time)\b/gi,
        'did not change over time',
      )
      // "…fell on the active drug (p = 0.01), with no change on placebo": the change denied in the arm named after it.
      .replace(
        /,\s+with\s+no\s+(?:significant\s+)?(?:change|rise|fall|increase|decrease|decline)(?:\s+in\s+(?:either|any|it|them))?\s+(on|with|after)\s+(?=\S)/gi,
        ', but did not change $1 ',
      )
      .replace(
        /\bneither\s+((?:patient\s+)?group)\s+(?:departed|differed)\s+from\s+([^,;]+?)\s+in\s+([^,;]+?)(?=\s*[.;]?\s*$)/i,
        (_m, unit: string, reference: string, measures: string) =>
          `${measures.replace(/\s+or\s+/gi, ' and ')} did not differ from ${reference} in either ${unit}`,
      )
  );
}

const MULTIPLES: Record<string, string> = {
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
};

/** "threefold higher", "two-fold": a multiple in words is the figure the frames read as a magnitude ("3-fold"). */
function withMultipleAsFigure(sentence: string): string {
  return sentence.replace(
    /\b(two|three|four|five|six|seven|eight|nine|ten)[- ]?fold\b/gi,
    (_m, n: string) => `${MULTIPLES[n.toLowerCase()]}-fold`,
  );
}

/** "lower in POTS than in controls but normal in ME/CFS": a null in another group, its own clause. */
function withDeniedGroupAsClause(sentence: string): string {
  return sentence.replace(
    /(?<!,)\s+but\s+(?:was\s+|were\s+)?(?:normal|unchanged|preserved|not\s+different)\s+(?=(?:in|among)\s)/gi,
    ', but was not different ',
  );
}

/** "had higher X (p) but similar Y": a null member after "but" is one more member of the list ("… and similar Y"). */
function withContrastedNullMember(sentence: string): string {
  return sentence.replace(
    /(?<!,)\s+but\s+(similar|comparable|unchanged|normal)\s+(?!to\b|in\b|between\b|among\b)/gi,
    ' and $1 ',
  );
}

/**
 * "At 10 minutes the heart rate increment was …", "At baseline the ISG score correlated …": a leading time adjunct
 * without its comma, given one.
 */
function withLeadingTimeComma(sentence: string): string {
  return sentence.replace(
    /^(\s*(?:(?:at|after|by|within|over)\s+(?:\d+|one|two|three|four|five|six|ten|twelve|twenty-four)[\s-](?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)|(?:at|by)\s+(?:baseline|entry|enrol?ment|diagnosis|(?:week|month|day|visit)\s+\d+)))\s+(?=(?:the|a|an|all|both|mean|median)\s)/i,
    '$1, ',
  );
}

// "In fibromyalgia the interferon score …", "Among ill veterans the …": a leading group adjunct without its comma.
const LEADING_GROUP =
  /^(\s*(?:in|among|within)\s+((?:the\s+)?(?:[\p{L}\d/'’-]+\s+){0,3}?[\p{L}\d/'’-]+))\s+(?=(?:the|all|both|mean|median)\s)/iu;
const GROUP_NOUN =
  /\b(?:patients|participants|subjects|women|men|groups?|cohorts?|controls|veterans|children|adolescents|recipients|cases|arms?)$/i;

/** The group adjunct a sentence opens with, given its comma when it has none. */
function withLeadingGroupComma(sentence: string): string {
  const adjunct = LEADING_GROUP.exec(sentence);
  if (!adjunct) return sentence;
  const group = adjunct[2]!;
  const named = GROUP_NOUN.test(group) || scanLexicon(group, ['Condition']).some((hit) => hit.end === group.length);
  return named ? `${adjunct[1]},${sentence.slice(adjunct[1]!.length)}` : sentence;
}

// "Neither dose separated from placebo on X at week 12 (…)": X not different between either dose and placebo.
const NEITHER_ARM_SEPARATED =
  /^(\s*)neither\s+(dose|arm|regimen|treatment|active\s+arm)\s+(?:separated|differed|was\s+distinguishable)\s+from\s+(placebo|sham|usual\s+care|the\s+[\p{L}-]+\s+arm)\s+on\s+(.+?)(?=\s+(?:at|by|during|after|over|in)\s|\s*\(|\s*[.;]?$)/iu;

function withNeitherArmSeparatedAsNull(sentence: string): string {
  return sentence.replace(
    NEITHER_ARM_SEPARATED,
    (_m, lead: string, arm: string, control: string, measure: string) =>
      `${lead}${measure.replace(/^the\s+/i, 'The ')} did not differ between either ${arm} and ${control}`,
  );
}

// "After adjusting for age, sex and BMI, …", "…, after adjustment for age and sex, …": the covariates a model held
// constant are not measures the sentence compares.
// (The covariates may be a list: through its "and" member, else the first comma.)
const ADJUSTMENT_ADJUNCT =
  /(^\s*|,\s*)(?:after|when)\s+(?:adjust(?:ing|ment)|controlling|correct(?:ing|ion))\s+(?:for\s+)?(?:(?:[^,;()]{1,40},\s+){0,6}?[^,;()]{0,40}?\band\s+[^,;()]{1,40}|[^,;()]{1,80}?),\s*/i;

function withoutAdjustmentAdjunct(sentence: string): string {
  return sentence.replace(ADJUSTMENT_ADJUNCT, (_m, lead: string) => (lead.trim() ? ', ' : lead));
}

// One arm of a trial, named by its dose or kind ("the 1 g dose", "the higher-dose arm"), or its control.
const AMOUNT = String.raw`[\d.,]+\s*(?:mg|g|µg|mcg|IU)`;
const ARM = String.raw`(?:the\s+)?(?:${AMOUNT}|higher|lower|low|high|active|[\p{L}-]+-dose)\s+(?:dose|arm|regimen)`;
const AGAINST_ARM = String.raw`(?:placebo|sham|usual\s+care|${ARM}|${AMOUNT})`;
// "The 1 g dose did not separate from placebo on X", "The 15 g dose did not outperform 5 g on X": X not different
// between the two. "X did not separate the 1 g dose from placebo": the same, X named first.
const ARM_NOT_SEPARATED = new RegExp(
  String.raw`^(\s*)(${ARM})\s+(?:did\s+not|failed\s+to)\s+(?:separate\s+from|differ\s+from|outperform|beat)\s+(${AGAINST_ARM})\s+(?:on|in|for)\s+(.+?)(?=\s+(?:at|by|during|after|over)\s|\s*\(|\s*[.;]?$)`,
  'iu',
);
const MEASURE_NOT_SEPARATING_ARM = new RegExp(
  String.raw`^(\s*[^,;]+?)\s+did\s+not\s+separate\s+(${ARM}|either\s+(?:dose|arm))\s+from\s+(${AGAINST_ARM})\b`,
  'iu',
);

const AMOUNT_ALONE = new RegExp(`^${AMOUNT}$`, 'i');

/** "10 mg" set against another dose is that dose's arm ("the 10 mg dose"). */
function doseArm(written: string): string {
  return AMOUNT_ALONE.test(written) ? `the ${written} dose` : written;
}

function withArmNotSeparatedAsNull(sentence: string): string {
  return sentence
    .replace(
      ARM_NOT_SEPARATED,
      (_m, lead: string, arm: string, against: string, measure: string) =>
        `${lead}${measure.replace(/^the\s+/i, 'The ')} did not differ between ${arm.replace(/^The\b/, 'the')} and ${doseArm(against)}`,
    )
    .replace(
      MEASURE_NOT_SEPARATING_ARM,
      (_m, measure: string, arm: string, against: string) => `${measure} did not differ between ${arm} and ${against}`,
    )
    .replace(NOT_SEPARATED_BETWEEN_ARMS, 'did not differ $1 ');
}

// "X did not separate between arms at any visit": the measure, not told apart by arm, did not differ between them.
const NOT_SEPARATED_BETWEEN_ARMS =
  /\b(?:did\s+not|failed\s+to)\s+separate\s+(between|across)\s+(?=(?:the\s+)?(?:two\s+|three\s+)?(?:arms|groups|treatments|treatment\s+groups|periods)\b)/gi;

/** "any active arm", "either dose", "both regimens": each active arm of a trial, as "either active arm" says. */
function withDoseArmsAsActiveArms(sentence: string): string {
  return sentence
    .replace(/\b(?:any|each|every)\s+active\s+arm\b/gi, 'either active arm')
    .replace(/\b(?:either|both|any|each)\s+(?:doses?|regimens?)\b/gi, 'either active arm');
}

// "nine", "Sixty-four", "1,140": how many of a class.
const COUNT = String.raw`(?:\d[\d,]*|[A-Za-z]+(?:-[a-z]+)?)`;
// "Of the 41 organic acids quantified, nine differed between …": the count that differed of a class measured.
const OF_CLASS_COUNT = new RegExp(
  String.raw`^(\s*)(?:of|among)\s+(?:the\s+)?(?:\d[\d,]*\s+)([^,;()]+?)(?:\s+(?:quantified|measured|tested|assayed|detected|analy[sz]ed|profiled)(?:\s+[^,;()]*?)?)?,\s+${COUNT}\s+(?=(?:differed|separated|were\s+altered)\b)`,
  'i',
);
// "Sixty-four of the 812 lipid species separated ME/CFS from controls": the same, the count first.
const COUNT_OF_CLASS = new RegExp(
  String.raw`^(\s*)${COUNT}\s+of\s+(?:the\s+)?\d[\d,]*\s+([^,;()]+?)\s+(?=(?:differed|separated|were\s+altered)\b)`,
  'i',
);

/**
 * "Of the 41 organic acids quantified, nine differed between patients and controls", "Sixty-four of the 812 lipid
 * species separated ME/CFS from controls": some members of a class differing is the class differing (rule 6a), not
 * how well one of them classifies.
 */
function withCountOfClassAsClass(sentence: string): string {
  const counted = OF_CLASS_COUNT.exec(sentence) ?? COUNT_OF_CLASS.exec(sentence);
  if (!counted) return sentence;
  const rest = sentence
    .slice(counted[0].length)
    .replace(
      /^separated\s+(.+?)\s+from\s+(.+?)(?=\s*[,;(]|\s+(?:after|at|once|in)\b|\s*[.]?\s*$)/i,
      'differed between $1 and $2',
    );
  return `${counted[1]}${counted[2]!.replace(/^\p{Ll}/u, (ch) => ch.toUpperCase())} ${rest}`;
}

/** "was diagnosed more often in A than in B", "were not reported more frequently": how it was counted, dropped. */
function withoutCountingParticiple(sentence: string): string {
  return sentence.replace(
    /\b(was|were)(\s+not)?\s+(?:diagnosed|reported|recorded|observed|found|seen|detected|identified|coded|prescribed)\s+((?:no\s+)?(?:more|less)\s+(?:often|frequently|commonly))\b/gi,
    '$1$2 $3',
  );
}

/** "were no longer distinguishable from": at that time, not different (the earlier difference is another clause's). */
function withNoLongerAsNull(sentence: string): string {
  return sentence
    .replace(/\bno\s+longer\s+distinguishable\b/gi, 'indistinguishable')
    .replace(/\bno\s+longer\s+different\b/gi, 'not different');
}

/**
 * "remained above their pre-exercise values", "stayed 12% below baseline": a measure still away from its own earlier
 * value, a change over time the direction words of the frames say ("remained elevated above …").
 */
function withRemainedAwayAsDirection(sentence: string): string {
  return sentence.replace(
    /\b(remained|stayed|(?:was|were)\s+still)\s+((?:[\d.]+\s*%\s+)?)(above|below)(?=\s+(?:(?:their|its|the)\s+(?:own\s+)?)?(?:pre-?\S+|baseline|resting|supine)\b)/gi,
    (_m, verb: string, amount: string, side: string) =>
      `${verb} ${amount}${/^above$/i.test(side) ? 'elevated' : 'reduced'} ${side}`,
  );
}

/**
 * "Transferrin saturation was below 20% in 24% of A versus 11% of B", "Serum potassium fell below 3.5 mmol/L in seven
 * on 0.2 mg and none on placebo", "Recovery time exceeded 4 seconds in 29% of A": the measure past the threshold is a
 * state the groups have at different rates ("transferrin saturation below 20% was found in 24% of A …"), not a
 * difference in the measure itself. The threshold opens with its figure, or is a limit named as one ("exceeded the
 * upper reference limit", "lay above the cut-off"); "below the 12 beats/min threshold" names the state in words a
 * measure name does not end in. (It runs here, before withReferenceAsComparative would read "fell below the reference
 * range" as a comparison, and analyseClause applies it again to each clause: "…, and fell below the normative limit in
 * 34% of A against 9% of B".)
 */
const THRESHOLD_SHARE =
  /^([^,;()]*?\S)\s+(?:(?:was|were|fell|dropped|stayed|remained|lay|rose)\s+(below|above|under|over)|(exceeded))\s+(\d[^,;()]*?|(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+\s+){0,4}?(?:limits?|range|norms?|cut-?offs?|thresholds?)(?:\s+of\s+[^,;()]+?)?)\s+(?=(?:in|among)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|none\b|no\s))/diu;

const SECOND_SHARE =
  /^(?:in|among)\s+\S[^;]*?(?:\s(?:versus|vs\.?|against|compared\s+with|and|but|while|whereas)|,)\s+(?:(?:in|among)\s+)?(?:only\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|none\b|no\s)/i;

export function withThresholdShareAsState(sentence: string): string {
  const lead = /^\s*(?:(?:at|by|after|during|before|on|in|among)\s+[^,]+,\s*)?/i.exec(sentence)![0];
  const rest = sentence.slice(lead.length);
  // (Read on the masked text: "The albumin quotient (Qalb) exceeded …" keeps its parenthesis in the subject.)
  const m = THRESHOLD_SHARE.exec(maskParentheses(rest));
  // Only rates set side by side ("… in 24% of A versus 11% of B"): one group's rate describes it, compares nothing.
  if (!m || !SECOND_SHARE.test(maskParentheses(rest.slice(m[0].length)).split(';')[0]!)) return sentence;
  const side = (m[2] ?? '').toLowerCase().replace('under', 'below').replace('over', 'above') || 'above';
  // ("below its lower limit of normal" is below the lower limit of normal.)
  const threshold = rest.slice(m.indices![4]![0], m.indices![4]![1]).replace(/^(?:its|their)\s/i, 'the ');
  return `${lead}${rest.slice(0, m[1]!.length)} ${side} ${threshold} was found ${rest.slice(m[0].length)}`;
}

/**
 * "S100A8 was enriched in long COVID", "Streptococcus mitis depleted in patients": more or less of it in a group, a
 * difference; "enriched in immune pathways" is an annotation, which the skip phrases of cues.json leave unread.
 */
function withEnrichmentInGroupAsLevel(sentence: string): string {
  return sentence.replace(/\b(enriched|depleted)\s+in\s+(?=(\S[^,;()]*))/gi, (written, word: string, rest: string) =>
    findGroupPhrases(rest)[0]?.start === 0 || /^(?:the\s+)?(?:patients|cases|controls)\b/i.test(rest)
      ? `${/^enriched$/i.test(word) ? 'higher' : 'lower'} in `
      : written,
  );
}

/** "ISG15 and MX1 showed non-significant increases": a change the study did not establish, a null (GUIDE rule 2). */
function withNonSignificantChangeAsNull(sentence: string): string {
  return sentence.replace(
    /\b(?:showed|had)\s+(?:only\s+)?(?:small\s+|slight\s+)?(?:non-?significant|nonsignificant|insignificant)\s+(?:increases?|rises?|decreases?|falls?|reductions?|elevations?|changes?|differences?|trends?)\b/gi,
    'did not differ significantly',
  );
}

/**
 * "had not returned to baseline at 48 hours": still changed, not the null that "had returned to baseline" is
 * (cues.json); which way the clause before says, so no direction is read from it.
 */
function withUnreturnedAsStillAway(sentence: string): string {
  return sentence.replace(
    /\b(had|has|have|did)\s+not\s+(?:yet\s+)?(?:returned|return|come\s+back|came\s+back)\s+to\b/gi,
    '$1 stayed away from',
  );
}

/**
 * "…, without a difference in PTH": a null for another measure, said as a prepositional phrase; read as its own
 * clause ("PTH did not differ").
 */
function withNullPhraseAsClause(sentence: string): string {
  return sentence.replace(
    /,\s+without\s+(?:a|any)\s+(?:significant\s+)?(difference|change)\s+in\s+([^,;()]+?)(\s*\([^()]*\))?(?=\s*(?:[.;]|$))/gi,
    (_m, noun: string, measure: string, stats: string | undefined) =>
      `; ${measure} did not ${/^change/i.test(noun) ? 'change' : 'differ'}${stats ?? ''}`,
  );
}

/**
 * "X was lower in patients despite similar Y (p = 0.52)": the concession is a null for Y, its own clause. (Runs
 * before interpretive tails are cut: any other "despite …" is one.)
 */
export function withConcessiveNullAsClause(sentence: string): string {
  return sentence.replace(
    /\s*,?\s+despite\s+(similar|comparable|unchanged|normal)\s+([^,;()]+?)(\s*\([^()]*\))?(?=\s*(?:[.;]|$))/gi,
    (_m, null_: string, measure: string, stats: string | undefined) => `; ${measure} was ${null_}${stats ?? ''}`,
  );
}

/**
 * "IgG1 was lower but not IgG2 or IgG4", "X correlated with fatigue but not pain": members denied after "but not" are
 * an elliptical clause ("…, but IgG2 or IgG4 did not") or, after a correlation, its other object ("but not with
 * pain"). A group, a time or a manner after "but not" ("but not in controls", "but not at week 12") stays as written.
 */
const DENIED_MEMBERS =
  /\s+but\s+not\s+(?!(?:in|at|on|when|while|with|after|before|during|for|among|between|from|to|by|under|significantly|statistically|always|all|every|both|each|either|those|the|their|its|as|so|until|yet|only|than|that)\b)([^;,]+?)(?=\s*(?:\.(?!\d)|;|$)|,\s+(?:and|but|whereas|while)\b)/gi;
const GROUP_WORDS =
  /\b(?:patients?|participants?|subjects?|controls?|groups?|arms?|women|men|males?|females?|veterans|children|adults|adolescents|volunteers|cases|cohorts?|placebo|sham)\b/i;

function withDeniedMembersAsClause(sentence: string): string {
  return sentence.replace(DENIED_MEMBERS, (denial, members: string, offset: number) => {
    if (GROUP_WORDS.test(members) || scanLexicon(members, ['Condition']).some((hit) => hit.start === 0)) return denial;
    const before = sentence.slice(0, offset);
    if (/\b(?:correlat|associat|related|linked|predict)\w*\b/i.test(before)) return ` but not with ${members}`;
    return `, but ${members} did not`;
  });
}

/**
 * "P1NP, a bone formation marker, was reduced", "The ratio, a surrogate of muscle mass, correlated …": an apposition
 * describing the subject names nothing measured of its own.
 */
const SUBJECT_APPOSITION =
  /^([^,;()]{2,80}?),\s+(?:an?|the)\s+[^,;()]{2,60}?,\s+(?=(?:was|were|is|are|had|has|did|fell|rose|correlated|remained|showed|differed)\b)/i;

function withoutSubjectApposition(sentence: string): string {
  return sentence.replace(SUBJECT_APPOSITION, '$1 ').replace(COMPOSED_FROM, '$1');
}

/**
 * "the interferon score built from IFI27, IFI44L and ISG15 was higher …": what a composite was built from names its
 * parts, not what was measured; the composite is the subject.
 */
const COMPOSED_FROM =
  /\b(scores?|index|indices|signatures?|panels?|composites?)\s+(?:built|derived|computed|calculated|constructed|composed|made\s+up)\s+(?:from|of)\s+[^;()]+?(?=\s+(?:was|were|did|had|correlated|differed|rose|fell|separated|distinguished)\b)/gi;

/**
 * "between recovered and never-infected participants", "31% of exposed and 15% of unexposed residents": two modifiers
 * sharing one people noun name two groups, each with the noun.
 */
const PEOPLE = String.raw`(participants|patients|adults|controls|veterans|individuals|people|donors|volunteers|children|adolescents|residents|workers|women|men)`;
const SHARED_GROUP_HEAD = new RegExp(
  String.raw`\b(between\s+|\d+(?:\.\d+)?\s*%\s+of\s+)(?:both\s+)?((?:the\s+)?[\p{L}][\p{L}-]*)\s+(and\s+(?:\d+(?:\.\d+)?\s*%\s+of\s+)?)([\p{L}][\p{L}-]*)\s+${PEOPLE}\b`,
  'giu',
);

export function withSharedGroupHeadDistributed(sentence: string): string {
  return sentence.replace(
    SHARED_GROUP_HEAD,
    (written, lead: string, first: string, and: string, second: string, head: string) => {
      const c = cues();
      const bare = first.replace(/^the\s+/i, '');
      // ("in women and men", "in patients and controls": each already names its people.)
      const named = (word: string) =>
        c.groupHeads.is(word) || c.demographicGroups.is(word) || (c.controlWords.is(word) && /s$/i.test(word));
      if ([bare, second].some(named) || /^(?:both|either|all|two|three|each)$/i.test(bare)) return written;
      // ("between A and B" names both; "31% of A and 15% of B" only when each has its figure and each, with the noun,
      // is a group the study sets apart: "exposed residents" are residents to the group reader, and their rates would
      // be set against each other as the study's patients'.)
      const setApart = (modifier: string) =>
        findGroupPhrases(`${modifier} ${head}`).some((p) => p.start === 0 && p.kind !== 'population');
      if (!/^between/i.test(lead) && (!/\d/.test(and) || !setApart(bare) || !setApart(second))) return written;
      return `${lead}${first} ${head} ${and}${second} ${head}`;
    },
  );
}

/** The rewrites in the order each one needs the others' output. */
const REWRITES: ((sentence: string) => string)[] = [
  withoutDiscourseAdverbials,
  withoutSubjectApposition,
  withSharedGroupHeadDistributed,
  withoutSubsampleAdjunct,
  withLeadingTimeComma,
  withoutAdjustmentAdjunct,
  withLeadingGroupComma,
  withEnrichmentInGroupAsLevel,
  withThresholdShareAsState,
  withRemainedAwayAsDirection,
  withoutCountingParticiple,
  withCountOfClassAsClass,
  withNeitherArmSeparatedAsNull,
  withArmNotSeparatedAsNull,
  withDoseArmsAsActiveArms,
  withExceededGroupAsComparison,
  withMultipleAsFigure,
  withContrastedNullMember,
  withDeniedGroupAsClause,
  withCriteriaMetAsPresence,
  withAffectedShareAsOccurrence,
  withPositionVerbAsCopula,
  withMagnitudeBelowAsComparative,
  withDeniedSignificanceJoined,
  withEqualityAsLikeness,
  withResemblanceAsLikeness,
  withLargerChangeAsClause,
  withoutLikeDegree,
  withReferenceAsComparative,
  withDeniedAppositionAsContrast,
  withoutAlike,
  withNoSuchChangeAsUnchanged,
  withNeitherChangeAsNull,
  withNoEffectAsNoChange,
  withoutAdditiveAdverb,
  withNoLongerAsNull,
  withNonSignificantChangeAsNull,
  withUnreturnedAsStillAway,
  withNeitherShowedAsContrast,
  withNeitherNorAsNegation,
  withDeniedMembersAsClause,
  withRankingAsComparatives,
  withIntermediateAsMeasureInGroup,
  withSuperlativeAsComparative,
  withNullPhraseAsClause,
];

/** The sentence with every rewrite applied. */
export function rewrittenForAnalysis(sentence: string): string {
  return REWRITES.reduce((text, rewrite) => rewrite(text), sentence);
}
