// A sentence that opens with the time its results hold at ("At 24 hours, …", "Before exercise, …", "One hour after
// the test, …") states them at that time. When the entry states the same measure at another time too, each
// between-group result keeps its time (the finding's timePoint), so "IL-6 before exercise" and "IL-6 at 24 hours"
// stay two claims rather than one measure with two verdicts. A measure the entry states at one time only keeps none:
// the time then adds nothing to the claim.

import type { FindingRecord } from '../record.ts';
import { inDigits, normaliseKey, NUMBER_WORDS } from './text.ts';

const NUMBER = String.raw`(?:\d+(?:\.\d+)?|${NUMBER_WORDS.slice(1).join('|')})`;
const UNIT = String.raw`(?:minutes?|hours?|days?|weeks?|months?|years?)`;
// The event a time is counted from or a phase is named after: "exercise", "the step test", "cycling", "the infusion".
const EVENT = String.raw`[^,;()\d]{2,40}?`;
// "After adjustment for age, …", "After excluding smokers, …": an analysis step, not a time.
const NOT_A_TIME = String.raw`(?!adjust|controlling|correct|account|exclu|stratif|remov|allow|weight|match|normali[sz])`;

const LEADING_TIME = new RegExp(
  String.raw`^\s*(?:` +
    String.raw`(?<at>(?:at|by)\s+(?:rest|baseline|enrol?ment|enroll?ment|entry|admission|discharge|diagnosis|(?:week|month|day|visit)\s+\d+|${NUMBER}\s+${UNIT}|the\s+\d+[- ](?:week|month|year)\s+visit))` +
    String.raw`|(?<elapsed>(?<count>${NUMBER})\s+(?<unit>${UNIT})\s+(?:after|post)\s+${EVENT})` +
    String.raw`|(?<phase>(?:before|after|during|immediately\s+after)\s+${NOT_A_TIME}${EVENT})` +
    String.raw`)\s*,`,
  'i',
);

/** The time a sentence opens with, as findings keep it ("at 24 hours", "before exercise"), or null. */
export function leadingTime(sentence: string): string | null {
  const match = LEADING_TIME.exec(sentence);
  if (!match?.groups) return null;
  const { at, elapsed, count, unit, phase } = match.groups;
  if (at) return at.replace(/\s+/g, ' ').replace(/^by\b/i, 'at').replace(/^At\b/, 'at');
  // "One hour after the test" is the time point "at 1 hour" of the test the entry is about.
  if (elapsed) return `at ${inDigits(count!)} ${unit!.toLowerCase()}`;
  return lowerFirst(phase!.replace(/\s+/g, ' ').trim());
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

// A comparator that is itself a time ("pre-exercise value", "baseline", "before the load"): the finding is a change
// within a group, whose time is its comparator, not a time point it is stated at.
const TIME_REFERENCE =
  /\b(?:baseline|before|after|pre-\w+|post-\w+|resting|values?|levels?|start|first|earlier|previous|day|week|month|hours?)\b/i;

// "had lengthened by 62 ms", "had returned to pre-exercise values": a change since the time the entry started from.
const CHANGE_SINCE =
  /\bhad\s+(?:\w+ly\s+)?(?:risen|fallen|lengthened|shortened|increased|decreased|declined|dropped|returned|doubled|halved|climbed|recovered|normali[sz]ed|improved|worsened)\b/i;

export function reportsChange(clause: string): boolean {
  return CHANGE_SINCE.test(clause);
}

/** One sentence's findings and the time it opens with (null: none). */
export interface TimedSentence {
  time: string | null;
  /** Per finding: its clause reports a change over time, whose time is its comparator, not a time point. */
  changes: boolean[];
  findings: FindingRecord[];
}

/**
 * Each sentence's findings, a between-group finding of a sentence that opens with a time given that time as its
 * timePoint when the entry states the same subject at another time too.
 */
export function withLeadingTimes(sentences: readonly TimedSentence[]): FindingRecord[][] {
  const timesOf = new Map<string, Set<string>>();
  for (const { time, findings } of sentences)
    for (const finding of findings) {
      const at = finding.timePoint ?? time;
      if (!at) continue;
      const key = normaliseKey(finding.subject.name);
      timesOf.set(key, (timesOf.get(key) ?? new Set()).add(normaliseKey(at)));
    }
  return sentences.map(({ time, changes, findings }) =>
    findings.map((finding, i) => {
      if (!time || changes[i] || finding.timePoint || (finding.comparator && TIME_REFERENCE.test(finding.comparator)))
        return finding;
      if (timesOf.get(normaliseKey(finding.subject.name))!.size < 2) return finding;
      return { ...finding, timePoint: time };
    }),
  );
}
