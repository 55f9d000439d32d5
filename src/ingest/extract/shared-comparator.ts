// "X and Y were lower in patients than in controls, whereas Z was unchanged": a sentence that names its reference
// group once names it for every difference it reports about the same group (GUIDE rule 1's comparator).

import type { FindingRecord } from '../record.ts';

const GROUP_DIFFERENCES = new Set(['ELEVATED_IN', 'REDUCED_IN', 'NOT_DIFFERENT_IN']);

/**
 * The sentence's findings, a missing comparator filled in where every group difference about the same group that
 * names one names the same one. Two different comparators for that group leave the others as they are.
 */
export function withSharedComparator<T extends { finding: FindingRecord }>(produced: T[]): T[] {
  const named = new Map<string, Set<string>>();
  for (const { finding } of produced) {
    if (!GROUP_DIFFERENCES.has(finding.relation) || !finding.comparator) continue;
    const key = finding.object.name.toLowerCase();
    named.set(key, (named.get(key) ?? new Set()).add(finding.comparator));
  }
  return produced.map((item) => {
    const { finding } = item;
    // ("improved in both arms, with no between-arm difference": an arm's own change is against no other arm.)
    if (!GROUP_DIFFERENCES.has(finding.relation) || finding.comparator || finding.object.kind === 'treatment group')
      return item;
    const comparators = named.get(finding.object.name.toLowerCase());
    if (comparators?.size !== 1) return item;
    return { ...item, finding: { ...finding, comparator: [...comparators][0]! } };
  });
}
