// Which question a finding answers: its comparator sorted into a class (docs/evidence.md §1b). Findings against
// different comparators (healthy controls, a named disease, a baseline, a placebo arm) are never counted or pooled
// against each other; each class is synthesized on its own.
import type { ComparatorClass, ComparatorKind } from './types.ts';

export const COMPARATOR_KINDS = [
  'HEALTHY_CONTROLS',
  'UNSTATED',
  'DISEASE_CONTROLS',
  'TIME_POINT',
  'TREATMENT_ARM',
] as const satisfies readonly ComparatorKind[];

// A repeated measurement of the same people: a time point or a condition of the measurement.
const TIME_POINT =
  /\b(baseline|pre|post|before|after|day|days|week|weeks|month|months|year|years|follow[- ]?up|time ?points?|visit|admission|discharge|earlier|later|onset)\b/;
// Another arm of an intervention study.
const TREATMENT_ARM =
  /\b(placebo|sham|treat(ed|ment)?|untreated|arm|intervention|usual care|wait[- ]?list|vehicle|drug)\b/;
// Words that, alone, describe healthy comparison participants ("age- and sex-matched healthy controls").
const HEALTHY_WORDS = new Set([
  'healthy',
  'control',
  'controls',
  'hc',
  'hcs',
  'volunteer',
  'volunteers',
  'subject',
  'subjects',
  'participant',
  'participants',
  'individual',
  'individuals',
  'people',
  'persons',
  'group',
  'groups',
  'matched',
  'age',
  'sex',
  'gender',
  'and',
  'the',
  'sedentary',
  'normal',
  'non',
  'fatigued',
  'nonfatigued',
  'unaffected',
  'population',
]);

/** The class of a comparator as printed (null or blank: UNSTATED). */
export function comparatorClass(comparator: string | null | undefined): ComparatorClass {
  const text = (comparator ?? '').trim().replace(/\s+/g, ' ');
  if (!text) return { key: 'UNSTATED', kind: 'UNSTATED', name: null };
  const lower = text.toLowerCase();
  const words = lower.split(/[^a-z0-9]+/).filter(Boolean);
  if (
    words.length > 0 &&
    words.every((w) => HEALTHY_WORDS.has(w)) &&
    words.some((w) => /^(healthy|controls?|hcs?|volunteers?)$/.test(w))
  ) {
    return { key: 'HEALTHY_CONTROLS', kind: 'HEALTHY_CONTROLS', name: null };
  }
  if (TIME_POINT.test(lower)) return { key: 'TIME_POINT', kind: 'TIME_POINT', name: null };
  if (TREATMENT_ARM.test(lower)) return { key: 'TREATMENT_ARM', kind: 'TREATMENT_ARM', name: null };
  // Anything else names other patients (possibly with healthy controls mixed in: "MDD and healthy controls").
  return { key: `DISEASE_CONTROLS:${lower}`, kind: 'DISEASE_CONTROLS', name: text };
}

/** Order of classes in answers: healthy controls first, then unstated, disease controls (by name), time, arms. */
export function compareClasses(a: ComparatorClass, b: ComparatorClass): number {
  const rank = (c: ComparatorClass) => COMPARATOR_KINDS.indexOf(c.kind);
  return rank(a) - rank(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
