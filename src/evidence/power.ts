// Is a null result informative? The power the study had to detect a stated reference effect (docs/evidence.md §2):
// Cohen's d = 0.5 between two groups, or r = 0.3 for a correlation, two-sided at α. Normal approximations:
// power = Φ(d·√(n1·n2/(n1+n2)) − z_{1−α/2}) for two groups (Cohen 1988, ch. 2), Φ(atanh(r)·√(n−3) − z_{1−α/2})
// for a correlation (Fisher z). They differ from the exact t-based power by < 0.01 at the n where power is 0.8.
import { normalProbability, normalQuantile } from './distributions.ts';

export function twoGroupPower(d: number, n1: number, n2: number, alpha: number): number {
  if (!(n1 > 0 && n2 > 0)) throw new RangeError(`twoGroupPower: group sizes must be > 0, got ${n1} and ${n2}`);
  return normalProbability(Math.abs(d) * Math.sqrt((n1 * n2) / (n1 + n2)) - normalQuantile(1 - alpha / 2));
}

export function correlationPower(r: number, n: number, alpha: number): number {
  if (!(n > 3)) throw new RangeError(`correlationPower: n must be > 3, got ${n}`);
  if (!(Math.abs(r) < 1)) throw new RangeError(`correlationPower: r must be in (−1, 1), got ${r}`);
  return normalProbability(Math.abs(Math.atanh(r)) * Math.sqrt(n - 3) - normalQuantile(1 - alpha / 2));
}

/** The total n (two equal groups) at which twoGroupPower reaches `target`: what a "well powered" null needs. */
export function twoGroupTotalNFor(d: number, alpha: number, target: number): number {
  const perGroup = 2 * ((normalQuantile(1 - alpha / 2) + normalQuantile(target)) / d) ** 2;
  return 2 * Math.ceil(perGroup);
}
