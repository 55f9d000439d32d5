// Clause → claims. Each frame recognises one way findings are worded and lives in its own module: correlation and
// association (correlation.ts), variation by a factor (variation.ts), classification accuracy (discrimination.ts),
// treatment effects, comparative phrases, group or time differences with their null forms (difference.ts),
// prevalence and value contrasts, and elliptical clauses. This module tries them in order on one clause.

import { cues } from './cues.ts';
import { withNullPhrasingAsPlain } from './null-phrasings.ts';
import { maskParentheses } from './text.ts';
import { colonMembers } from './colon-members.ts';
import { comparativePhraseFrame } from './comparative-phrases.ts';
import { correlationFrame } from './correlation.ts';
import { differenceFrame } from './difference.ts';
import { directedParts } from './directed-parts.ts';
import { discriminationFrame } from './discrimination.ts';
import { deniedInAnotherGroup, ellipticalFrame } from './elliptical.ts';
import { groupChangesFrame } from './group-changes.ts';
import { changeContrastFrame } from './change-contrast.ts';
import { withGroupAsScope, withGroupValuesAsScope, withPreviousSubjectReferred } from './clause-references.ts';
import type { StudyContext } from './groups.ts';
import { directionNamesCountedState, prevalenceFrame } from './prevalence.ts';
import { populationPrevalenceFrame } from './population-prevalence.ts';
import { withThresholdShareAsState } from './sentence-rewrites.ts';
import { riskFactorFrame } from './risk-factors.ts';
import { treatmentEffectFrame } from './treatment-effect.ts';
import { valueContrastFrame } from './value-contrast.ts';
import { hasVariationCue, variationFrame } from './variation.ts';
import { deniedClaims, deniedPlaces, negatedContrast } from './negated-contrast.ts';
import type { Claim, ClauseResult, FrameName, SentenceContext } from './claims.ts';

export type { Claim, ClauseResult, FrameName, SentenceContext } from './claims.ts';
export { sentenceContext } from './time-context.ts';

const MEASURED_POTENTIAL =
  /\b(?:binding|membrane|evoked|action|resting|redox|zeta|oxidation-reduction|event-related|motor evoked)\s+potentials?\b/gi;

function isSkipped(clause: string, masked: string): boolean {
  const c = cues();
  // "could not be predicted" states a result, and so does "more likely than controls to report"; "could be" and
  // "likely to" hedge one.
  // "binding potential", "evoked potentials": a measure named "potential" is no hedge.
  const stated = masked
    .replace(/\bcould not\b/gi, 'did not')
    .replace(/\b(?:more|less)\s+likely\b/gi, 'more often')
    .replace(MEASURED_POTENTIAL, 'measure');
  if (c.hedges.test(stated) || c.skipPhrases.test(masked)) return true;
  // ("…above the reference limit in 13% of patients and 4% of controls (p = 0.04)": two groups' figures, or a test,
  // compare the groups rather than describe one.)
  const compared = /\bsignificant|\bp\s*[<=>≤]/i.test(clause) || (clause.match(/\d\s*%/g) ?? []).length >= 2;
  if (c.skipPatterns.some((p) => p.test(clause)) && !compared) return true;
  return false;
}

/** The result with each claim marked as read by `frame` (an elliptical clause copies its predecessor's claims). */
function by(frame: FrameName, result: ClauseResult | null): ClauseResult | null {
  return result && { ...result, claims: result.claims.map((claim): Claim => ({ ...claim, frame })) };
}

// ", defined as CD3+ CD161high cells,", ", a marker of neutrophil traps,", ", reflecting clot strength,", ", estimated
// from the multi-delay acquisition,": a description set off by commas between a subject and its verb.
const INTERJECTION =
  /,\s+(?:defined\s+as|measured\s+as|expressed\s+as|assessed\s+as|an?\s+(?:marker|measure|index|indicator|proxy|estimate|surrogate)\s+of|which|that|reflecting|indicating|representing|indexing|\p{Ll}+ed\s+(?:as|by|from|per|with|using|via|over|across|during|on|at|in)\b)[^,;]*,\s+(?=(?:(?:was|were|is|are|had|has|did|showed|remained|correlated|rose|fell|increased|decreased|declined|differed)\b|(?:also|not|significantly|markedly)\s))/iu;

// "The primary outcome, DSQ post-exertional malaise at week 16, did not differ": the role names the measure after it.
const ROLE_APPOSITION =
  /^\s*(?:the\s+)?(?:(?:pre-?specified|main|key|co-?)\s*)?(?:primary|secondary|main|key)\s+(?:outcome|end-?point|measure)s?\s*,\s+(?=[^,;]+,\s+\S)/i;

// ("Predicted butyrate synthesis capacity was lower": a clause that opens with "predicted" opens with its measure.)
const PREDICTED_VALUE =
  /\b(?:(?<=^\s*)predicted(?=\s+\p{L})|(?<=(?:of|%|percent)\s+)predicted|(?<=\b(?:the|its|their|a)\s+)predicted(?=\s+(?:values?|norms?|normal|range|maximum|maximal|levels?|volumes?)\b))\b/giu;

/** The clause without a description interjected between its subject and its verb, or a role before its measure. */
function withoutInterjection(clause: string): string {
  const masked = maskParentheses(clause);
  const role = ROLE_APPOSITION.exec(masked);
  if (role) {
    const rest = clause.slice(role[0].length);
    const comma = maskParentheses(rest).indexOf(',');
    return `${rest.slice(0, comma)}${rest.slice(comma + 1)}`;
  }
  const m = INTERJECTION.exec(masked);
  return m ? `${clause.slice(0, m.index)} ${clause.slice(m.index + m[0].length)}` : clause;
}

// "A, B and C were the strongest contributors, all lower in patients": the predicate apposed to the list is theirs.
const APPOSED_PREDICATE = /^(.+?\s(?:were|was))\s+[^,;]+?,\s+(?:all|both|each|every one)\s+(?=\S)/i;

/** The clause with a predicate apposed to its subject ("…, all lower in patients") as the subject's own. */
function withApposedPredicate(clause: string): string {
  const m = APPOSED_PREDICATE.exec(maskParentheses(clause));
  if (!m) return clause;
  const predicate = clause.slice(m[0].length);
  const c = cues();
  const cue = [c.increase, c.decrease, c.noDifference].map((matcher) => matcher.first(predicate)).find(Boolean);
  // Only a predicate that opens with its direction ("lower in …", "significantly raised …") is apposed.
  if (!cue || !/^(?:\w+ly\s+)?$/i.test(predicate.slice(0, cue.start))) return clause;
  return `${clause.slice(0, m[1]!.length)} ${predicate}`;
}

// "X made up a larger share of NK cells in patients": X's proportion is what differs.
const LARGER_SHARE =
  /^(.+?)\s+(?:made up|comprised|constituted|accounted for|represented|formed)\s+an?\s+(larger|greater|higher|bigger|increased|smaller|lower|reduced|decreased)\s+(?:share|proportion|fraction|percentage)\s+of\s+(?:the\s+)?(?:total\s+)?[^,;()]*?(?=\s+(?:in|among|than|compared|relative|versus|vs)\b|\s*[,;(]|\s*$)/i;

/** "X made up a larger share of Y in A" → "X was higher in A": a share of a whole, read as the part's level. */
function withShareAsLevel(clause: string): string {
  const m = LARGER_SHARE.exec(maskParentheses(clause));
  if (!m) return clause;
  const up = /^(?:larger|greater|higher|bigger|increased)$/i.test(m[2]!);
  return `${clause.slice(0, m[1]!.length)} was ${up ? 'higher' : 'lower'}${clause.slice(m[0].length)}`;
}

// "X was the most elevated", "X and Y were the markers most strongly raised": a superlative predicate.
const SUPERLATIVE = /^(.+?)\s+(was|were)\s+the\s+(?:[\p{L}-]+\s+){0,2}?most\s+(?:\w+ly\s+)?/iu;
const SUPERLATIVE_TAIL =
  /^\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?=(?:in|among|than|compared|relative|versus|vs)\b)|^\s+[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+){0,2}\s*(?=[,;(]|$)/iu;

/** "X was the most elevated [marker] in A" → "X was elevated in A": the superlative ranks a direction it asserts. */
function withSuperlativeAsDirection(clause: string): string {
  const m = SUPERLATIVE.exec(maskParentheses(clause));
  if (!m) return clause;
  const rest = clause.slice(m[0].length);
  const c = cues();
  const cue = [c.increase, c.decrease].map((matcher) => matcher.first(rest)).find((hit) => hit?.start === 0);
  if (!cue) return clause;
  // The class noun after the cue ("cytokine", "markers") is what the subject is one of, not part of the claim.
  const after = rest.slice(cue.end);
  const tail = SUPERLATIVE_TAIL.exec(after);
  return `${m[1]} ${m[2]} ${rest.slice(0, cue.end)}${tail ? ` ${after.slice(tail[0].length)}` : after}`.trimEnd();
}

export function analyseClause(
  clause: string,
  study: StudyContext,
  sentence: SentenceContext,
  interventionNames: string[],
  previous: ClauseResult | null,
): ClauseResult | null {
  const deniedInGroup = by('elliptical', deniedInAnotherGroup(clause, previous, study));
  if (deniedInGroup) return deniedInGroup;
  const referred = withGroupValuesAsScope(withPreviousSubjectReferred(clause, previous), previous);
  if (referred !== clause) return analyseClause(referred, study, sentence, interventionNames, null);
  const plain = withNullPhrasingAsPlain(
    withThresholdShareAsState(
      withSuperlativeAsDirection(withShareAsLevel(withApposedPredicate(withoutInterjection(clause)))),
    ),
  );
  if (plain !== clause) return analyseClause(plain, study, sentence, interventionNames, previous);
  // "percentage of predicted", "% predicted", "the predicted value": the predicted value, not the verb of an
  // association.
  const masked = maskParentheses(clause).replace(PREDICTED_VALUE, (w) => ' '.repeat(w.length));
  if (isSkipped(clause, masked)) return null;
  const elliptical = by('elliptical', ellipticalFrame(clause, previous, study));
  if (elliptical) return elliptical;
  // (Only where no elliptical reading took it: "…, whereas men with long COVID did not differ from recovered men".)
  const scoped = withGroupAsScope(clause, previous);
  if (scoped !== clause) return analyseClause(scoped, study, sentence, interventionNames, null);
  const risk = riskFactorFrame(clause, masked, study);
  if (risk) return by('riskFactor', { claims: risk, group: null });
  const correlation = correlationFrame(clause, masked);
  if (correlation) return by('correlation', { claims: correlation, group: null });
  // A correlation or association the frame could not read is not a group difference either.
  if (cues().correlation.test(masked) || cues().noCorrelation.test(masked) || cues().association.test(masked))
    return null;
  const variation = variationFrame(clause, masked);
  if (variation) return by('variation', { claims: variation, group: null });
  // Nor is a variation by a factor ("did not vary depending on whether …") whose factor the frame could not read.
  if (hasVariationCue(masked)) return null;
  const discrimination = discriminationFrame(clause, masked, study);
  if (discrimination) return by('discrimination', { claims: discrimination, group: null });
  // "GWI was present in 31% of deployed and 11% of non-deployed veterans": shares in groups of a population.
  const population = by('prevalence', populationPrevalenceFrame(clause, masked));
  if (population) return population;
  // "X rose by 31% in A (p = 0.004) and by 9% in B (p = 0.22)": each group's own change, each with its own test.
  const changed = by('groupChanges', groupChangesFrame(clause, study, sentence));
  if (changed) return changed;
  // "X rose by 3.1 in patients against 0.5 in controls (p = 0.002)": two changes, one test between them.
  const contrasted = by('changeContrast', changeContrastFrame(clause, study, sentence));
  if (contrasted) return contrasted;
  // "The peak rise … was 14% in A and 21% in B": figures in groups say the direction; a cue word before them names
  // the measure ("rise"), not the finding.
  const valued = by('valueContrast', valueContrastFrame(clause, study, sentence));
  if (valued) return valued;
  const treated = by('treatment', treatmentEffectFrame(clause, study, sentence));
  if (treated) return treated;
  const comparative = by('comparative', comparativePhraseFrame(clause, study, sentence));
  if (comparative) return comparative;
  // "raised in ME/CFS but not in fibromyalgia": the clause before "but not", and a null in the denied group.
  const contrast = negatedContrast(clause, masked);
  if (contrast) {
    const head = analyseClause(contrast.head, study, sentence, interventionNames, previous);
    const denied = head ? deniedClaims(head.claims, contrast, study) : [];
    if (head && denied.length) return { ...head, claims: [...head.claims, ...denied] };
  }
  const placesDenied = deniedPlaces(clause, masked);
  if (placesDenied) {
    const head = analyseClause(placesDenied.head, study, sentence, interventionNames, previous);
    const denied = head && analyseClause(placesDenied.nullClause, study, sentence, interventionNames, head);
    // (The same comparison at other places: the head's group, which an opening "In long COVID," may have named.)
    const objects = new Set(head?.claims.map((claim) => claim.object.name));
    const object = objects.size === 1 ? head!.claims[0]!.object : null;
    const nulls = denied?.claims.map((claim) => (object ? { ...claim, object } : claim)) ?? [];
    if (head && nulls.length) return { ...head, claims: [...head.claims, ...nulls] };
  }
  if (directionNamesCountedState(masked)) {
    const counted = by('prevalence', prevalenceFrame(clause, masked, study, sentence));
    if (counted) return counted;
  }
  const parts = directedParts(clause, masked);
  if (parts) {
    const result = by(
      'directedParts',
      differenceFrame(parts, maskParentheses(parts), study, sentence, interventionNames),
    );
    if (result) return result;
  }
  const listed = colonMembers(clause, masked);
  if (listed) {
    const result = by(
      'colonMembers',
      differenceFrame(listed.head, maskParentheses(listed.head), study, sentence, interventionNames, listed.members),
    );
    if (result) return result;
  }
  // "…, their X": the group the previous clause named; "In male patients, A was near-normal, while B was raised":
  // the sentence's opening group.
  const anaphoric = /^\s*their\s/i.test(clause) || sentence.opensWithGroup ? (previous?.group ?? null) : null;
  const difference = by(
    'difference',
    differenceFrame(
      clause,
      masked,
      study,
      sentence,
      interventionNames,
      [],
      anaphoric,
      previous?.claims.some(
        (claim) => claim.relation !== 'CORRELATES_WITH' && claim.relation !== 'NOT_CORRELATED_WITH',
      ) ?? false,
    ),
  );
  // "An abnormal test was found in 58% of A and 18% of controls": the figures give the direction the undirected
  // "abnormal" does not.
  const undirected = difference?.claims.every((claim) => claim.relation === 'ASSOCIATED_WITH') ?? false;
  if (difference && !undirected) return difference;
  return by('prevalence', prevalenceFrame(clause, masked, study, sentence)) ?? difference;
}
