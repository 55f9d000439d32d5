// Coordinated predications: two predicates joined by "and", "but" or a comma become two clauses, the second given the
// first one's subject where it has none ("Naive T cell counts fell and effector T cell counts rose", "X correlated with A
// (r = …) and was lower in B", "X did not differ from controls and was unrelated to B"). clauses.ts runs them after
// the separators.

import { cues, PhraseMatcher } from './cues.ts';
import { isAttributiveCue } from './directions.ts';
import { findGroupPhrases } from './groups.ts';
import { predicateVerbSpans } from './pos.ts';
import { maskParentheses } from './text.ts';

/**
 * Where the left side of a split ends: a separator found on the masked text may begin inside a parenthesis blanked
 * before it ("score (r=0.4) and was …"); the parenthesis, with its statistics, stays on the left.
 */
export function leftEnd(clause: string, match: RegExpMatchArray): number {
  const close = clause.lastIndexOf(')', match.index! + match[0].length);
  return close >= match.index! ? close + 1 : match.index!;
}

export function hasDirectionCue(text: string): boolean {
  const c = cues();
  return c.increase.test(text) || c.decrease.test(text) || c.noDifference.test(text);
}

/** "X was present in 18% of patients, against 2% of controls": two groups' figures, a contrast without a cue word. */
function hasFigureContrast(text: string): boolean {
  const masked = maskParentheses(text);
  // ("1.9 in CFS and 1.7 in controls", "312 ms in ME/CFS and 261 ms among healthy adults": values set side by side;
  // "31% with rituximab and 34% with placebo": shares in a trial's arms.)
  return (
    (masked.match(/\d(?:\.\d+)?\s*%\s+(?:of|in|among|with|on)\s/g) ?? []).length >= 2 ||
    (masked.match(/\d(?:\.\d+)?(?:\s*[\p{L}µ]+(?:\/[\p{L}µ\d]+)*)?\s+(?:in|among)\s/gu) ?? []).length >= 2
  );
}

const DIFFERED = new PhraseMatcher(['differ{ed|s|}']);

/** "Naive T cell counts fell and effector T cell counts rose" → two. */
export function splitCoordinatedPredications(clause: string): string[] {
  const c = cues();
  const masked = maskParentheses(clause);
  for (const match of masked.matchAll(/(?:\s*,)?\s+(?:and|yet|but)\s+/g)) {
    const left = clause.slice(0, leftEnd(clause, match));
    const right = clause.slice(match.index + match[0].length);
    const rightMasked = masked.slice(match.index + match[0].length);
    // "X was 9.8 in A against 13.4 in B (p < 0.001), and fell below the limit in 34% of A": after a contrast of
    // figures, a verb phrase with its own cue shares the left side's subject.
    const leftVerb = c.verbs.first(maskParentheses(left));
    if (
      /,/.test(match[0]) &&
      ([c.increase, c.decrease].some((m) => m.first(rightMasked)?.start === 0) || /^exceeded\s/i.test(rightMasked)) &&
      leftVerb &&
      leftVerb.start > 0 &&
      hasFigureContrast(left) &&
      !hasDirectionCue(maskParentheses(left))
    )
      return [left, `${left.slice(0, leftVerb.start).trim()} ${right}`];
    // "A correlated with B (r = …), and C was associated with D": after a comma, a correlation or an association is
    // a predication too.
    // ("…, and no plasma cytokine differed": so is a difference denied by its subject's "no".)
    const predicates = /,/.test(match[0])
      ? [c.increase, c.decrease, c.noDifference, c.correlation, c.noCorrelation, c.association, DIFFERED]
      : [c.increase, c.decrease, c.noDifference];
    const hasCue = (text: string) => predicates.some((m) => m.test(text));
    if (!(hasCue(maskParentheses(left)) || hasFigureContrast(left)) || !hasCue(rightMasked)) continue;
    // The right side must open with its own noun phrase, not with a cue or a verb ("and remained lower").
    const firstWord = /^\s*(\S+)/.exec(rightMasked)?.[1] ?? '';
    const opensWithCue = [...predicates, c.verbs, c.adverbs].some((m) => m.first(rightMasked)?.start === 0);
    // "… but not with the heart rate increase": an elliptical denial continues the left clause.
    // "X was preserved in ME/CFS but impaired in MS": a second predicate with its own group shares the left
    // side's subject ("X was impaired in MS").
    // "X was raised in long COVID and was not raised in ME/CFS": so does a repeated copula, negated or not.
    const copula = /^(?:was|were|is|are)\s+(?=(?:not\s+)?\S)/i.exec(rightMasked);
    const ownCue =
      opensWithCue ||
      (copula !== null &&
        [c.increase, c.decrease, c.noDifference].some((m) => {
          const at = m.first(rightMasked.slice(copula[0].length));
          return (
            at !== null && /^(?:not\s+)?(?:\w+ly\s+)?$/i.test(rightMasked.slice(copula[0].length).slice(0, at.start))
          );
        }));
    // ("… and was similar to that of C": a group it is likened to is its own too.)
    if (
      ownCue &&
      (copula || /\bbut\b/i.test(match[0])) &&
      /\b(?:in|among|with|on)\s+\S|\bto\s+(?:those|that)\s+of\s+\S/i.test(rightMasked)
    ) {
      const leftCue = [c.increase, c.decrease, c.noDifference].map((m) => m.first(maskParentheses(left))).find(Boolean);
      const subject = leftCue ? left.slice(0, leftCue.start) : '';
      // "modestly" in "was modestly raised" qualifies the left predicate only.
      const predicate = /\b(?:was|were|is|are)\s+(?:\w+ly\s+)?$/i.exec(subject);
      if (leftCue && predicate) {
        const base = subject.slice(0, predicate.index);
        const verb = copula ? '' : predicate[0].replace(/\w+ly\s+$/i, '');
        return [left, `${base}${verb}${right}`];
      }
      // "X improved in A and was unchanged in B": a verb cue; the copula on the right joins the subject alone.
      if (leftCue && copula && subject.trim()) return [left, `${subject}${right}`];
      // "X had returned to baseline in controls but remained raised in ME/CFS", "X rose in A but fell in B": a verb
      // phrase with its own group shares the left side's subject, without its auxiliary.
      const base = leftCue && !copula ? subject.replace(/\b(?:had|has|have)\s+(?:\w+ly\s+)?$/i, '') : '';
      if (base.trim()) return [left, `${base}${right}`];
    }
    // "… and 1.5-fold higher in B": a magnitude opening the right side shares the left side's subject.
    if (opensWithCue || !firstWord || /^not$/i.test(firstWord) || /^[\d.,-]+(?:-fold|%)?$/.test(firstWord)) continue;
    // …and its cue must be that noun phrase's predicate: "IL-12 and decreased levels of …" or "IL-1β, lower IL-10"
    // continue a list whose members each carry a cue, they do not start a clause.
    const rightCue = predicates
      .map((m) => m.first(rightMasked))
      .filter((m) => m !== null)
      .sort((a, b) => a.start - b.start)[0]!;
    if (
      /(?:,|\band|\bor|\bbut)\s*$/i.test(rightMasked.slice(0, rightCue.start)) ||
      rightMasked.slice(0, rightCue.start).includes(',')
    )
      continue;
    // …and the left side's cue must come after its own subject (a predication, not "reduced X and lower Y").
    const leftCue = predicates.map((m) => m.first(maskParentheses(left))).find(Boolean);
    // "fatigue (28% vs 9%), impaired concentration (19% vs 5%) and dyspnoea were more common": a cue naming a
    // member ("impaired concentration") predicates nothing.
    if (leftCue ? leftCue.start === 0 || isAttributiveCue(masked, leftCue) : !hasFigureContrast(left)) continue;
    return [withSharedGroup(left, right, rightCue.end), ...splitCoordinatedPredications(right)];
  }
  return [clause];
}

/**
 * "A rose and B fell in the active arm by 3 months": a left predicate that names no group of its own is said of the
 * group (and time) after the right one's cue.
 */
function withSharedGroup(left: string, right: string, rightCueEnd: number): string {
  const leftMasked = maskParentheses(left);
  if (findGroupPhrases(leftMasked).length || /\b(?:than|between|from|with|on)\b/i.test(leftMasked)) return left;
  const tail = maskParentheses(right)
    .slice(rightCueEnd)
    .replace(/\s*[,;].*$/, '');
  const group = findGroupPhrases(tail)[0];
  if (
    !/^\s+(?:in|among|on|with)\s/i.test(tail) ||
    !group ||
    !/^\s+(?:in|among|on|with)\s+$/i.test(tail.slice(0, group.start))
  )
    return left;
  return `${left} ${tail.trim().replace(/\s{2,}/g, ' ')}`;
}

/** Content verbs that head a predicate of their own ("showed", "reported"); auxiliaries and copulas are not. */
const PREDICATE_VERB =
  /^(?:showed|shows|demonstrated|exhibited|displayed|presented|reported|revealed|documented|observed|found|detected|had|have|has)$/i;

/** "was unchanged in controls" after a change in another group: the change denied there ("did not change in controls"). */
function asDeniedChange(predicate: string): string {
  return predicate.replace(/^(?:was|were|remained|stayed)\s+(?:unchanged|stable|flat|constant)\b/i, 'did not change');
}

const NULL_CHANGE_PREDICATE =
  /^(?:did\s+not\s+(?:change|rise|fall|increase|decrease|decline)|(?:was|were|remained|stayed)\s+(?:unchanged|stable|flat|constant))\b/i;

const NULL_COMPARISON_PREDICATE =
  /^(?:did\s+not\s+differ|(?:was|were)\s+(?:comparable|similar|not\s+different)\s+(?:between|across|among|from|to|in\s+(?:both|all|the\s+two|the\s+three)))\b/i;
const NULL_COMPARISON_AFTER = new RegExp(`\\sand\\s+${NULL_COMPARISON_PREDICATE.source.slice(1)}`, 'i');

/**
 * "Patients without X demonstrated near-normal A and reported B": two verb phrases sharing one subject become two
 * clauses, the second given the first one's subject.
 */
export function splitCoordinatedVerbPhrases(clause: string): string[] {
  const c = cues();
  const masked = maskParentheses(clause);
  const verbs = c.verbs.all(masked).filter((v) => PREDICATE_VERB.test(v.text));
  // "Patients walked a shorter distance … and had higher lactate": the first verb may be one the list lacks.
  // ("CK rose in both groups … and bore no relation to pain": so may a predicate before "bore no relation".)
  const tagged = /\band\s+(?:had|has|have|bore|bears)\s/i.test(masked) ? predicateVerbSpans(masked)[0] : undefined;
  // "X correlated with A and was not related to B": a correlation verb heads the first predicate.
  // ("X correlated with A (r = …) but bore no relation to B": so does one before "but bore no relation".)
  const correlated = /\b(?:and\s+(?:was|were)\s+(?:not|un|in)|(?:and|but)\s+(?:bore|bears)\s+no\b)/i.test(masked)
    ? c.correlation.first(masked)
    : null;
  // "X was higher in A but did not correlate with B": a copula heads the first predicate.
  const copulaFirst = /\s(?:and|but)\s+(?:did\s+not\s+)?correlat/i.test(masked)
    ? /\b(?:was|were)\b/i.exec(masked)
    : null;
  const copulaSpan = copulaFirst
    ? { start: copulaFirst.index, end: copulaFirst.index + copulaFirst[0].length }
    : undefined;
  // "X did not differ from controls (or did not change) and was unrelated to B": a null comparison heads the first
  // predicate.
  const nullFirst = /\sand\s+(?:was|were)\s+(?:not\s+)?(?:un|in)?(?:related|correlated|associated|dependent)\b/i.test(
    masked,
  )
    ? /\bdid\s+not\s+(?:differ|change)\b/i.exec(masked)
    : null;
  const nullSpan = nullFirst ? { start: nullFirst.index, end: nullFirst.index + nullFirst[0].length } : undefined;
  // "X did not correlate with A but correlated positively with B": a denied correlation heads the first predicate.
  const deniedCorrelation = /\s(?:and|but)\s+(?:\w+ly\s+)?correlat/i.test(masked)
    ? c.noCorrelation.first(masked)
    : null;
  // "X rose in A and did not change in B": a verb of change heads the first predicate.
  const changed = /\sand\s+(?:did\s+not|(?:was|were|remained|stayed)\s+(?:unchanged|stable|flat|constant))\b/i.test(
    masked,
  )
    ? /\b(?:rose|fell|increased|decreased|declined|dropped|climbed)\b/i.exec(masked)
    : null;
  const changedSpan = changed ? { start: changed.index, end: changed.index + changed[0].length } : undefined;
  // "X lay below 5 events per hour in 88% of participants and was comparable between A and B": a copula or a verb of
  // position heads the first predicate when a null comparison follows.
  const placed = NULL_COMPARISON_AFTER.test(masked) ? /\b(?:was|were|lay|sat|stayed|remained)\b/i.exec(masked) : null;
  const placedSpan = placed ? { start: placed.index, end: placed.index + placed[0].length } : undefined;
  const first = [
    verbs[0],
    tagged,
    correlated ?? undefined,
    copulaSpan,
    nullSpan,
    deniedCorrelation ?? undefined,
    changedSpan,
    placedSpan,
  ]
    .filter((v): v is { start: number; end: number } => v !== undefined)
    .sort((a, b) => a.start - b.start)[0];
  if (!first || first.start === 0) return [clause];
  for (const match of masked.matchAll(/\s+(?:and|but)\s+/g)) {
    if (match.index <= first.end) continue;
    // "but" opens a second predicate only when it is a correlation ("… but did not correlate with B"), follows a
    // denied one, or denies a relation after a correlation ("… but bore no relation to B").
    const rightStart = match.index + match[0].length;
    const deniedRelation = correlated && /^(?:bore|bears)\s+no\b/i.test(masked.slice(rightStart));
    if (/but/i.test(match[0]) && !copulaSpan && !deniedCorrelation && !deniedRelation) continue;
    // The second predicate may be a correlation or association ("… documented in X and correlated with Y").
    // "… and was not related to B": a copula may open the second predicate.
    // "… and bore no relation to B": so may "bore" before a denied relation.
    const copula = /^(?:was|were|bore|bears)\s+/i.exec(masked.slice(rightStart))?.[0].length ?? 0;
    const second =
      verbs.find((v) => v.start === rightStart) ??
      // "… rose in POTS and did not change in volunteers": a change denied in another group is a predicate too.
      (NULL_CHANGE_PREDICATE.test(masked.slice(rightStart)) ||
      (placedSpan && NULL_COMPARISON_PREDICATE.test(masked.slice(rightStart)))
        ? { start: rightStart, end: rightStart }
        : undefined) ??
      [c.correlation, c.association, c.noCorrelation]
        .map((m) => m.first(masked.slice(rightStart + copula)))
        .find((m) => m?.start === 0 && (copula === 0 || /^(?:not|no)\b/i.test(m.text) || /^(?:un|in)/i.test(m.text)));
    if (!second) continue;
    let subject = clause.slice(0, first.start).trim();
    // "X in A was higher … but did not correlate with B": the group scopes the correlation, it does not name X.
    if (copulaSpan) subject = scopedSubject(subject, { anyTail: true });
    return [
      clause.slice(0, leftEnd(clause, match)),
      ...splitCoordinatedVerbPhrases(`${subject} ${asDeniedChange(clause.slice(rightStart))}`),
    ];
  }
  return [clause];
}

/**
 * "was reduced", "were not significantly altered", "did not differ": a copula and the direction cue it predicates, or
 * a null verb phrase.
 */
function copulaCueAt(text: string): boolean {
  const c = cues();
  if (/\bdid\s+not\s+(?:significantly\s+)?(?:differ|vary|change)\b/i.test(text)) return true;
  const copula = /\b(?:was|were|is|are|tended\s+to\s+be)\s+(?:not\s+)?(?:\w+ly\s+)?/gi;
  for (const match of text.matchAll(copula)) {
    const after = text.slice(match.index + match[0].length);
    if ([c.increase, c.decrease, c.noDifference].some((m) => m.first(after)?.start === 0)) return true;
  }
  return false;
}

/**
 * "X correlated with A (r = …) and was lower in B": a correlation, then a comparison of the same measure, each a clause
 * of its own, the second given the first one's subject ("X was lower in B").
 */
export function splitCorrelationThenComparison(clause: string): string[] {
  const c = cues();
  const masked = maskParentheses(clause);
  const cue = c.correlation.first(masked);
  if (!cue || cue.start === 0) return [clause];
  const joint = /\s+and\s+((?:was|were)\s+)(?=(?:\w+ly\s+)?\S)/gi;
  joint.lastIndex = cue.end;
  const match = joint.exec(masked);
  if (!match) return [clause];
  const rightStart = match.index + match[0].length;
  const predicate = masked.slice(rightStart).replace(/^\w+ly\s+/i, '');
  if (![c.increase, c.decrease, c.noDifference].some((m) => m.first(predicate)?.start === 0)) return [clause];
  // ("Within ME/CFS, X correlated … and was higher in patients with non-O blood groups": the groups the comparison
  // names are its own, not the correlation's sample.)
  const right = clause.slice(rightStart);
  const sample = findGroupPhrases(right).length ? /^\s*(?:in|within|among)\s+[^,]+,\s*/i.exec(clause) : null;
  const subject = clause.slice(sample?.[0].length ?? 0, cue.start).trim();
  return [clause.slice(0, leftEnd(clause, match)), `${subject} ${match[1]}${right}`];
}

/**
 * "A were reduced (p = 0.006), B were expanded (p = 0.03), and C were unchanged": predications listed with commas
 * alone are clauses of their own when each side is a noun phrase with its copula and cue.
 */
export function splitCommaPredications(clause: string): string[] {
  const masked = maskParentheses(clause);
  for (const match of masked.matchAll(/,\s+(?!and\b|or\b|but\b)/g)) {
    const at = match.index;
    const rightMasked = masked.slice(at + match[0].length);
    // ("B tended to be lower (p = 0.07)": a tendency predicates its cue as a copula does.)
    const subject = /^([^,]+?)\s+(?=(?:was|were|is|are|did\s+not|tended\s+to\s+be)\s)/i.exec(rightMasked);
    if (!subject || predicateVerbSpans(subject[1]!).length) continue;
    const rightClause = rightMasked.split(',')[0]!;
    // (The left side's own predicate stands after its last comma: "X was higher, IL-8, IL-10 and Y did not differ"
    // lists IL-8 with the right side.)
    if (!copulaCueAt(rightClause) || !copulaCueAt(masked.slice(0, at).split(',').pop()!)) continue;
    const left = clause.slice(0, leftEnd(clause, match));
    return [left, ...splitCommaPredications(clause.slice(at + match[0].length))];
  }
  return [clause];
}

/** "Plasma GFAP in long COVID": a group after the measure scopes what is said of it ("In long COVID, plasma GFAP"). */
export function scopedSubject(subject: string, { anyTail = false } = {}): string {
  const scoped = /^(.+?)\s+((?:in|among)\s+\S.*)$/i.exec(subject);
  if (!scoped) return subject;
  // Only a tail that is one group phrase scopes, unless the caller already knows the clause compares groups.
  if (!anyTail) {
    const group = findGroupPhrases(scoped[2]!)[0];
    const before = group ? scoped[2]!.slice(0, group.start) : '';
    if (!group || !/^(?:in|among)\s+(?:the\s+)?$/i.test(before) || group.end < scoped[2]!.length) return subject;
  }
  return `${scoped[2]!.replace(/^\w/, (ch) => ch.toUpperCase())}, ${scoped[1]}`;
}
