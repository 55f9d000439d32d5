// The same comparison stated at several time points, each with its own p ("lower after immunoadsorption than after
// sham at week 4 (p = 0.002) but not at week 12 (p = 0.18)"): one finding per time point, the time point kept on the
// finding, so the two results stay two claims instead of one claim with two verdicts. A claim stated once for every
// time point ("at every visit (all p < 0.05)"), or a change along a time path ("from 42 at baseline to 24 at week 12
// (p < 0.001)"), has no time point of its own and keeps none.

import type { FindingRecord, Relation } from '../record.ts';
import { significanceOfP, type PValue } from './statistics.ts';

/** A time point the sentence states a result at, and the p-values printed before the next one. */
interface TimePointSpan {
  /** As the finding keeps it: "at week 12", "at 6 months", "24 hours after exercise", "at rest". */
  timePoint: string;
  ps: PValue[];
}

// "at week 12", "by month 6", "at 6 months", "at the 12-month visit", "24 hours after exercise", "at rest",
// "at 25:1" (an effector-to-target ratio reads like a time point: the same assay at several settings). A bare
// "week 24" or "6 months" counts only after "and"/"or" continuing a list of time points ("at 3 months (p = 0.48) or
// 6 months (p = 0.33)").
const NUMBERED = String.raw`(?:week|month|day|visit|year)\s+\d+(?:\.\d+)?`;
const DURATION = String.raw`\d+(?:\.\d+)?\s*(?:weeks?|months?|hours?|minutes?|days?|years?)`;
const AFTER_EVENT = String.raw`${DURATION}\s+(?:after|post)\s+(?:the\s+)?(?:exercise|exertion|tilt|challenge|test|infusion|dosing|treatment)`;
const VISIT = String.raw`the\s+\d+[- ](?:week|month|year)\s+(?:visit|follow-up|assessment|time\s+point)`;
const RATIO = String.raw`\d+(?:\.\d+)?:\d+(?:\.\d+)?\b`;
const TIME_POINT = new RegExp(
  String.raw`\b(?:${AFTER_EVENT}|(?:at|by|on)\s+(?:${NUMBERED}|${VISIT}|${DURATION}|rest\b|baseline\b|${RATIO})|(?<=\b(?:and|or)\s+(?:at\s+)?)(?:${NUMBERED}|${DURATION}))(?![\w:-]|\s+of\b)`,
  'gi',
);

// A time point that is the comparison's reference or a change's path is not one a result is stated at.
const REFERENCE_BEFORE = /\b(?:from|against|than|compared\s+with|relative\s+to|versus|vs\.?|since|between|to)\s*$/i;

function asKept(written: string): string {
  const text = written.replace(/\s+/g, ' ').trim();
  // "by week 12", "on day 2", "or 6 months" are all the time point "at …".
  if (/^(?:at|by|on)\s/i.test(text)) return text.replace(/^(?:by|on)\s/i, 'at ').replace(/^At\s/, 'at ');
  if (/after|post/i.test(text)) return text;
  return `at ${text}`;
}

function timePointSpans(sentence: string, ps: PValue[]): TimePointSpan[] {
  const found: { timePoint: string; start: number }[] = [];
  for (const match of sentence.matchAll(TIME_POINT)) {
    const before = sentence.slice(Math.max(0, match.index - 20), match.index);
    if (REFERENCE_BEFORE.test(before)) continue;
    found.push({ timePoint: asKept(match[0]), start: match.index });
  }
  return found.map(({ timePoint, start }, i) => {
    const end = found[i + 1]?.start ?? sentence.length;
    return { timePoint, ps: ps.filter((p) => p.start >= start && p.start < end) };
  });
}

/**
 * The p a finding was given, found among the sentence's: the first one of equal value, not taken yet, that its own
 * clause prints (a p borrowed from another clause says nothing of when the finding's claim holds).
 */
function printedP(finding: FindingRecord, clause: string, spans: TimePointSpan[], taken: Set<PValue>): PValue | null {
  if (finding.pValue == null) return null;
  for (const span of spans)
    for (const p of span.ps)
      if (
        !taken.has(p) &&
        p.value === finding.pValue &&
        p.comparator === (finding.pComparator ?? '=') &&
        clause.includes(p.raw)
      )
        return p;
  return null;
}

const DIRECTED = new Set(['ELEVATED_IN', 'REDUCED_IN']);

/**
 * A comparison's relation at a time point whose p is `significant`: a difference where it is, a null where it is not;
 * none when the p cannot say (a null with a significant p has no direction to take).
 */
function relationAt(relation: Relation, significant: boolean | null): Relation | null {
  if (DIRECTED.has(relation)) return significant === false ? 'NOT_DIFFERENT_IN' : significant ? relation : null;
  return relation === 'NOT_DIFFERENT_IN' && significant !== true ? relation : null;
}

/** The comparison repeated at another time point with that time point's p: a null where the p is not significant. */
function atTimePoint(finding: FindingRecord, span: TimePointSpan, p: PValue): FindingRecord | null {
  const significant = significanceOfP(p);
  const relation = relationAt(finding.relation, significant);
  if (!relation) return null;
  return {
    ...finding,
    relation,
    timePoint: span.timePoint,
    pValue: p.value,
    pComparator: p.comparator,
    significant,
    effectSize: null,
    effectType: null,
    ci: null,
    groups: null,
  };
}

/**
 * The time point a finding's claim is stated at: where the p it was given is printed, or, for a finding given no p
 * because its clause prints several ("lower at week 4 (p = 0.002) but not at week 12 (p = 0.18)"), the first time
 * point its clause prints a p at.
 */
function ownTimePoint(
  finding: FindingRecord,
  clause: string,
  spans: TimePointSpan[],
  taken: Set<PValue>,
): { span: TimePointSpan; p: PValue; given: boolean } | null {
  const p = printedP(finding, clause, spans, taken);
  if (p) return { span: spans.find((s) => s.ps.includes(p))!, p, given: true };
  if (finding.pValue != null) return null;
  for (const span of spans) {
    const printed = span.ps.find((q) => clause.includes(q.raw));
    if (printed) return { span, p: printed, given: false };
  }
  return null;
}

/**
 * The sentence's findings with the time point each one's claim is stated at, when two or more time points each print
 * their own p (`ps`, the sentence's p-values as parsed); a time point no finding took repeats the comparison of the
 * nearest one before it (after it, for the first).
 */
export function withTimePoints<T extends { finding: FindingRecord; clause: string }>(
  sentence: string,
  ps: PValue[],
  produced: T[],
): T[] {
  if (ps.length < 2) return produced;
  const spans = timePointSpans(sentence, ps).filter((span) => span.ps.length);
  if (new Set(spans.map((s) => s.timePoint.toLowerCase())).size < 2) return produced;
  const taken = new Set<PValue>();
  const bySpan = new Map<TimePointSpan, T[]>();
  const out = produced.map((item) => {
    const own = ownTimePoint(item.finding, item.clause, spans, taken);
    if (!own) return item;
    taken.add(own.p);
    const finding = own.given
      ? { ...item.finding, timePoint: own.span.timePoint }
      : atTimePoint(item.finding, own.span, own.p);
    if (!finding) return item;
    const qualified = { ...item, finding };
    bySpan.set(own.span, [...(bySpan.get(own.span) ?? []), qualified]);
    return qualified;
  });
  if (!bySpan.size) return produced;
  for (const [index, span] of spans.entries()) {
    if (bySpan.has(span)) continue;
    const nearest =
      spans
        .slice(0, index)
        .reverse()
        .find((s) => bySpan.has(s)) ?? spans.slice(index + 1).find((s) => bySpan.has(s));
    const p = span.ps[0]!;
    for (const item of bySpan.get(nearest!)!) {
      const repeated = atTimePoint(item.finding, span, p);
      if (repeated) out.push({ ...item, finding: repeated });
    }
  }
  return onlyRepeated(out);
}

/** A time point is kept only on a subject the sentence states at another time point too. */
function onlyRepeated<T extends { finding: FindingRecord }>(items: T[]): T[] {
  const timePoints = new Map<string, Set<string>>();
  for (const { finding } of items) {
    if (!finding.timePoint) continue;
    const key = finding.subject.name.toLowerCase();
    timePoints.set(key, (timePoints.get(key) ?? new Set()).add(finding.timePoint.toLowerCase()));
  }
  return items.map((item) => {
    const { finding } = item;
    if (!finding.timePoint || timePoints.get(finding.subject.name.toLowerCase())!.size > 1) return item;
    const { timePoint: _, ...unqualified } = finding;
    return { ...item, finding: unqualified };
  });
}
