// Sentence → clauses: interpretive tails ("…, suggesting immune overactivation") are dropped, contrasts
// ("…, but FMD did not", "…, while IgA remained unchanged", "—both groups…") and coordinated predications
// ("X decreased and Y increased") become separate clauses.

import { cues } from './cues.ts';
import {
  hasDirectionCue,
  leftEnd,
  scopedSubject,
  splitCommaPredications,
  splitCoordinatedPredications,
  splitCoordinatedVerbPhrases,
  splitCorrelationThenComparison,
} from './coordinated-predicates.ts';
import { colonMembers } from './colon-members.ts';
import { findGroupPhrases } from './groups.ts';
import { scanLexicon } from './lexicon.ts';
import { isNounPhrase, predicateVerbSpans } from './pos.ts';
import { rewrittenForAnalysis, withConcessiveNullAsClause } from './sentence-rewrites.ts';
import { maskParentheses, splitOutsideParentheses } from './text.ts';

const INTERJECTED = /[^,;]*,\s+(?:was|were|is|are|had|has|did|showed|remained)\b/y;

/** True when the text from `from` runs to a comma and a verb: an interjection, not a tail. */
function interjectedAt(text: string, from: number): boolean {
  INTERJECTED.lastIndex = from;
  return INTERJECTED.test(text);
}

/** Cuts the sentence at the first interpretive tail marker outside parentheses. */
export function dropInterpretiveTail(sentence: string): string {
  const masked = maskParentheses(sentence);
  let cut = sentence.length;
  const lower = masked.toLowerCase();
  for (const marker of cues().trailingClauseMarkers) {
    let at = lower.indexOf(marker.toLowerCase());
    // "Maximum amplitude, reflecting clot strength, was higher": set off between a subject and its verb, the
    // participle describes the measure and ends nothing.
    while (at > 0 && interjectedAt(lower, at + marker.length)) at = lower.indexOf(marker.toLowerCase(), at + 1);
    if (at > 0 && at < cut) cut = at;
  }
  const kept = sentence.slice(0, cut).replace(/[\s,.;]+$/, '');
  // "… despite the matching for BMI, but triglycerides were not": a contrasting clause after the tail is a finding.
  const resumed = /,\s+(?:but|whereas|while)\s+|;\s+/.exec(masked.slice(cut));
  return resumed && cut < sentence.length ? `${kept}${sentence.slice(cut + resumed.index)}` : kept;
}

/**
 * "Although X was similar in A and B, Y was lower": a leading concessive clause is a clause of its own, ending at
 * the first comma after its verb.
 */
function splitLeadingConcession(clause: string): string[] {
  const lead = /^\s*(?:although|though|while|whereas|even though)\s+/i.exec(clause);
  if (!lead) return [clause];
  const masked = maskParentheses(clause);
  const verb = cues().verbs.first(masked.slice(lead[0].length));
  if (!verb) return [clause];
  const comma = masked.indexOf(',', lead[0].length + verb.end);
  if (comma < 0) return [clause];
  return [clause.slice(lead[0].length, comma), clause.slice(comma + 1)];
}

/**
 * "similar rates of infection—82% for HHV-6, 81% for EBV, and 74% for CMV—showing …": members set between dashes,
 * each a name with its figure, are the members of the clause before them, as after a colon (colon-members.ts); what
 * follows the closing dash is a clause of its own.
 */
function dashMembersAsColon(sentence: string): string {
  const masked = maskParentheses(sentence);
  const open = /\s*[—–]\s*/.exec(masked);
  if (!open || open.index === 0) return sentence;
  const from = open.index + open[0].length;
  const close = /\s*[—–]\s*/.exec(masked.slice(from));
  const inside = sentence.slice(from, close ? from + close.index : sentence.length);
  const head = sentence.slice(0, open.index);
  if (!colonMembers(`${head}: ${inside}`, maskParentheses(`${head}: ${inside}`))) return sentence;
  const after = close ? sentence.slice(from + close.index + close[0].length) : '';
  return `${head}: ${inside}${after ? `; ${after}` : ''}`;
}

/**
 * "Cohorts showed A and B, which correlated with fatigue": a non-restrictive relative clause whose predicate is a
 * correlation or association is a clause of its own about its antecedent (the noun phrase after the main verb).
 */
function splitRelativeFinding(clause: string): string[] {
  const c = cues();
  const masked = maskParentheses(clause);
  const which = /,\s+which\s+(?:(?:also|was|were|significantly|strongly|in turn)\s+)*/i.exec(masked);
  if (!which) return [clause];
  const right = clause.slice(which.index + which[0].length);
  const rightMasked = masked.slice(which.index + which[0].length);
  const predicate = [c.correlation, c.noCorrelation, c.association, c.positiveCorrelation, c.negativeCorrelation]
    .map((m) => m.first(rightMasked))
    .some((m) => m?.start === 0);
  if (!predicate) return [clause];
  const left = clause.slice(0, which.index);
  const verb = c.verbs.all(masked.slice(0, which.index)).pop();
  const antecedent = left.slice(verb ? verb.end : 0).trim();
  if (!antecedent) return [clause];
  return [left, `${antecedent} ${right}`];
}

/**
 * "Patients carried more A than controls (p < 0.001), and more B (p = 0.002) and C (p = 0.01)": a comparative and the
 * measures it applies to, the verb and groups left out, is a clause of its own (read as the previous clause's
 * comparison for those measures, elliptical.ts).
 */
function splitGappedComparative(clause: string): string[] {
  const masked = maskParentheses(clause);
  const gap = /(?:,\s*|\s+)and\s+(?=(?:more|less|fewer|higher|lower|greater|smaller|larger)\s+[^,;]+$)/i.exec(masked);
  if (!gap || !hasDirectionCue(masked.slice(0, gap.index))) return [clause];
  const right = masked.slice(gap.index + gap[0].length);
  if (predicateVerbSpans(right).length || findGroupPhrases(right).length || /\b(?:than|in|among)\b/i.test(right))
    return [clause];
  return [clause.slice(0, leftEnd(clause, gap)), clause.slice(gap.index + gap[0].length)];
}

const FIGURE = String.raw`-?\d+(?:\.\d+)?`;
/** ", and OHDAS scores 6.2, 5.0 and 0.3": a measure and a figure per group, the verb and the groups left out. */
const GAPPED_VALUES = new RegExp(
  String.raw`,\s+and\s+([^,;\d]+?)\s+(${FIGURE}(?:\s*,\s*${FIGURE})*\s*,?\s+and\s+${FIGURE})(?=\s*(?:[,;(]|$))`,
  'i',
);
/** One figure of a value series and the group it is in: "5.8 in POTS", "0.6 points among healthy volunteers". */
const VALUE_GROUP = new RegExp(
  String.raw`${FIGURE}(?:\s*[^\s\d,;]+)?\s+(?:in|among)\s+([^,;]+?)(?=\s*,|\s+and\s+-?\d|\s+(?:against|versus|vs)\b|\s*$)`,
  'gi',
);

/**
 * "OHSA scores were 5.8 in POTS, 4.1 in ME/CFS and 0.6 in volunteers, and OHDAS scores 6.2, 5.0 and 0.3": the gapped
 * series takes the verb and, figure by figure, the groups of the series before it. What follows both (", each patient
 * group differing from volunteers (all p < 0.001)") is said of both.
 */
function splitGappedValues(clause: string): string[] {
  const masked = maskParentheses(clause);
  const gap = GAPPED_VALUES.exec(masked);
  if (!gap) return [clause];
  const left = masked.slice(0, gap.index);
  const head = /^(.+?)\s+(was|were)\s+(?=-?\d)/i.exec(left);
  if (!head) return [clause];
  const groups = [...left.slice(head[0].length).matchAll(VALUE_GROUP)].map((m) => m[1]!);
  const figures = gap[2]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
  if (groups.length < 2 || groups.length !== figures.length) return [clause];
  const series = figures.map((figure, i) => `${figure} in ${groups[i]}`);
  const rest = clause.slice(gap.index + gap[0].length);
  const right = `${gap[1]} ${head[2]} ${series.slice(0, -1).join(', ')} and ${series.at(-1)}${rest}`;
  return [`${clause.slice(0, gap.index)}${rest}`, right];
}

const SHARE = /\d+(?:\.\d+)?\s*%/g;
/** ", and drowsiness by 18% against 11%": a measure and its two shares, the verb and the groups left out. */
const GAPPED_SHARES =
  /,?\s+and\s+([^,;\d]+?)\s+(?:by|in|among)\s+(\d+(?:\.\d+)?\s*%)\s+(?:against|versus|vs\.?|and|compared\s+with)\s+(\d+(?:\.\d+)?\s*%)(?=\s*(?:[,;(]|$))/i;

/**
 * "Dizziness was reported by 23% on active treatment against 9% on placebo, and drowsiness by 18% against 11%": the
 * gapped shares take the clause before them, with their measure and their figures in its.
 */
function splitGappedShares(clause: string): string[] {
  const masked = maskParentheses(clause);
  const gap = GAPPED_SHARES.exec(masked);
  if (!gap) return [clause];
  const left = clause.slice(0, gap.index);
  const shares = [...masked.slice(0, gap.index).matchAll(SHARE)];
  const verb = cues().verbs.first(masked.slice(0, gap.index));
  if (shares.length !== 2 || !verb || verb.start === 0 || verb.start > shares[0]!.index) return [clause];
  const [first, second] = shares as [RegExpExecArray, RegExpExecArray];
  const right =
    `${gap[1]} ${left.slice(verb.start, first.index)}${gap[2]}` +
    `${left.slice(first.index + first[0].length, second.index)}${gap[3]}${left.slice(second.index + second[0].length)}`;
  return [left, `${right}${clause.slice(gap.index + gap[0].length)}`];
}

/**
 * "A was higher in long COVID, B in controls", "A was reduced in fibromyalgia, and B in ME/CFS": a gapped clause (a
 * noun phrase and a group, the predicate left out) repeats the predicate of the clause before it.
 */
function splitGappedPredicate(clause: string): string[] {
  const masked = maskParentheses(clause);
  const gap = /,\s+(?:and\s+)?([^,;]+?)\s+(in|among)\s+([^,;]+?)\s*$/i.exec(masked);
  if (!gap) return [clause];
  const [, np, prep, group] = gap;
  const left = masked.slice(0, gap.index);
  // The gapped side holds no verb and no direction of its own: it is a noun phrase and a group only.
  if (predicateVerbSpans(`${np} ${prep} ${group}`).length || hasDirectionCue(`${np} ${prep} ${group}`)) return [clause];
  if (!isNounPhrase(np!)) return [clause];
  if (!scanLexicon(group!, ['Condition']).length && !cues().groupHeads.first(group!)) return [clause];
  const verb = predicateVerbSpans(left)[0];
  const place = [...left.matchAll(/\s(?:in|among)\s/gi)].pop();
  if (!verb || !place || place.index <= verb.end) return [clause];
  if (!hasDirectionCue(left.slice(verb.start, place.index))) return [clause];
  const npStart = gap.index + gap[0].indexOf(np!);
  const npText = clause.slice(npStart, npStart + np!.length);
  let right = `${npText} ${clause.slice(verb.start, place.index)}${clause.slice(npStart + np!.length)}`;
  // "A was higher in patients, B in controls": B's direction is the controls' side of the same contrast.
  if (cues().controlWords.first(group!) && !/\bthan\b/i.test(left)) {
    const groupStart = place.index + place[0].length;
    const leftGroup = clause.slice(groupStart, groupStart + masked.slice(groupStart, gap.index).trimEnd().length);
    right = `${right.trimEnd()} than in ${leftGroup}`;
  }
  return [clause.slice(0, gap.index), right];
}

// "…, with more Blautia and less Prevotella": a trailing "with" phrase listing what else differed, and in which way.
const TRAILING_WITH_DIRECTION =
  /,\s+with\s+(?=(?:more|less|fewer|higher|lower|greater|smaller|larger|reduced|increased|elevated|decreased)\s)/i;

/** "X was raised in A, with more B and less C" → "X was raised in A" and "In A, there were more B and less C". */
function splitTrailingWith(clause: string): string[] {
  const masked = maskParentheses(clause);
  const m = TRAILING_WITH_DIRECTION.exec(masked);
  if (!m) return [clause];
  // Only after a clause that ends by naming its group ("… increased in Gulf War illness (p = 0.03), with …").
  const group = findGroupPhrases(masked.slice(0, m.index))
    .filter((g) => g.kind !== 'control')
    .pop();
  if (!group || masked.slice(group.end, m.index).trim()) return [clause];
  const rest = clause.slice(m.index + m[0].length);
  const named = clause.slice(group.start, group.end).replace(/^(?:in|among)\s+/i, '');
  return [clause.slice(0, leftEnd(clause, m)), `In ${named}, there were ${rest}`];
}

const COPULA = /\b(?:was|were|is|are|did|had|has|have|showed|remained)\b/i;

/** A clause that opens with its predicate: the subject is the previous clause's ("…, but showed no relationship with B"). */
const SUBJECTLESS =
  /^(?:showed|displayed|exhibited|had|did\s+not|was\s+not|were\s+not|was\s+unrelated|were\s+unrelated|correlated|remained)\s/i;

/**
 * "no between-arm difference", "no arm difference", "no between-group difference": a null between the study's groups
 * ("no group difference in the size of the increase" compares the changes, a measure of its own).
 */
const NO_ARM_DIFFERENCE = /^\s*no\s+(?:significant\s+)?(?:between-)?(arm|group|treatment)\s+differences?\b(?!\s+in\b)/i;

/**
 * "X correlated with A (r = 0.36), but showed no relationship with B": the second clause shares the first one's
 * subject, the words before its first predicate verb.
 */
function withCarriedSubjects(parts: string[]): string[] {
  return parts.map((written, i) => {
    // "…, with no between-arm difference (p = 0.6)": the arms did not differ on the subject.
    const part = written.replace(
      NO_ARM_DIFFERENCE,
      (_, between: string) => `did not differ between ${/^group$/i.test(between) ? 'groups' : 'arms'}`,
    );
    if (i === 0 || !SUBJECTLESS.test(part.trim())) return written;
    const previous = parts[i - 1]!;
    // (A null between arms is said of what the clause before reports, up to its first cue: "X rose in both arms".)
    const cue = part !== written ? firstDirectionCue(maskParentheses(previous)) : null;
    const subject = cue
      ? previous
          .slice(0, cue.start)
          .replace(/\s+(?:was|were|had|has|have)(?:\s+\w+ly)?\s*$/i, '')
          .trim()
      : subjectBeforePredicate(previous);
    return subject && /\p{L}/u.test(subject) ? `${subject} ${part.trim()}` : part;
  });
}

/** The clause's words before its first predicate verb, correlation cue or copula, or '' when it has none. */
function subjectBeforePredicate(clause: string): string {
  const masked = maskParentheses(clause);
  const c = cues();
  // The tagger reads "correlated" as an adjective; a correlation cue or a copula is a predicate too.
  const verb = [
    predicateVerbSpans(masked)[0],
    ...[c.correlation, c.association, c.noCorrelation].map((m) => m.first(masked) ?? undefined),
    COPULA.exec(masked) ?? undefined,
  ]
    .map((v) => (v && 'index' in v ? { start: v.index } : v))
    .filter((v): v is { start: number } => v !== undefined && v.start > 0)
    .sort((a, b) => a.start - b.start)[0];
  return verb ? scopedSubject(clause.slice(0, verb.start).trim()) : '';
}

/** The earliest increase, decrease or no-difference cue after the clause's first word, or null. */
function firstDirectionCue(masked: string): { start: number } | null {
  const c = cues();
  const found = [c.increase, c.decrease, c.noDifference]
    .map((m) => m.first(masked))
    .filter((m): m is NonNullable<typeof m> => m !== null && m.start > 0);
  return found.length ? found.reduce((a, b) => (b.start < a.start ? b : a)) : null;
}

/** ", with complexes II and III unchanged": an absolute clause of members and a null predicate without its verb. */
const TRAILING_WITH_NULL =
  /,\s+with\s+(?!(?:no|a|an|the\s+exception)\b)([^;,]+(?:,\s+[^;,]+)*?)\s+((?:largely\s+|broadly\s+)?(?:unchanged|unaltered|similar|comparable|preserved|unaffected|intact))\b/di;

/** "X was lower in A, with B and C unchanged" → "X was lower in A" and "B and C were unchanged". */
function splitTrailingWithNull(clause: string): string[] {
  const m = TRAILING_WITH_NULL.exec(maskParentheses(clause));
  if (!m) return [clause];
  const [membersStart, membersEnd] = m.indices![1]!;
  const members = clause.slice(membersStart, membersEnd);
  return [clause.slice(0, m.index), `${members} were ${clause.slice(m.indices![2]![0])}`];
}

export function splitClauses(sentence: string): string[] {
  const kept = dashMembersAsColon(
    rewrittenForAnalysis(dropInterpretiveTail(withConcessiveNullAsClause(sentence.trim()))),
  );
  return splitLeadingConcession(kept)
    .flatMap((part) => withCarriedSubjects(splitOutsideParentheses(part, cues().clauseSeparators)))
    .flatMap((clause) => splitRelativeFinding(clause))
    .flatMap((clause) => splitCoordinatedVerbPhrases(clause))
    .flatMap((clause) => splitCorrelationThenComparison(clause))
    .flatMap((clause) => splitCommaPredications(clause))
    .flatMap((clause) => splitGappedComparative(clause))
    .flatMap((clause) => splitGappedPredicate(clause))
    .flatMap((clause) => splitGappedValues(clause))
    .flatMap((clause) => splitGappedShares(clause))
    .flatMap((clause) => splitTrailingWith(clause))
    .flatMap((clause) => splitTrailingWithNull(clause))
    .flatMap((clause) => splitCoordinatedPredications(clause))
    .map((clause) => clause.trim().replace(/[.]+$/, ''))
    .filter((clause) => clause.length > 0);
}
