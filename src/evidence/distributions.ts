// The distribution functions synthesis needs (quantiles for intervals, CDFs for tests and power), from @stdlib
// rather than hand-written approximations.
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import chisquareQuantile from '@stdlib/stats-base-dists-chisquare-quantile';
import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantileOf from '@stdlib/stats-base-dists-normal-quantile';
import tQuantileOf from '@stdlib/stats-base-dists-t-quantile';

function probability(p: number, what: string): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`${what}: p must be in (0, 1), got ${p}`);
  return p;
}

function degrees(df: number, what: string): number {
  if (!(df > 0 && Number.isFinite(df))) throw new RangeError(`${what}: degrees of freedom must be > 0, got ${df}`);
  return df;
}

/** Standard normal quantile (1.959964 at 0.975). */
export function normalQuantile(p: number): number {
  return normalQuantileOf(probability(p, 'normalQuantile'), 0, 1);
}

/** Standard normal CDF. */
export function normalProbability(x: number): number {
  return normalCdf(x, 0, 1);
}

/** Student t quantile with df degrees of freedom. */
export function tQuantile(p: number, df: number): number {
  return tQuantileOf(probability(p, 'tQuantile'), degrees(df, 'tQuantile'));
}

/** χ² quantile with df degrees of freedom. */
export function chiSquareQuantile(p: number, df: number): number {
  return chisquareQuantile(probability(p, 'chiSquareQuantile'), degrees(df, 'chiSquareQuantile'));
}

/** Upper tail P(χ²_df ≥ x): the p-value of a χ² statistic. */
export function chiSquareUpperTail(x: number, df: number): number {
  return 1 - chisquareCdf(x, degrees(df, 'chiSquareUpperTail'));
}
