// GRADE-style certainty (src/evidence/certainty.ts) and the power of null results (src/evidence/power.ts).
import { describe, expect, it } from 'vitest';
import { correlationPower, synthesizePair, twoGroupPower, twoGroupTotalNFor } from '../../src/evidence/index.ts';
import { scenarioFinding as f } from './evidence-scenarios.ts';

const big = [
  { mean: 1, n: 150 },
  { mean: 0, n: 150 },
];
const strongUp = (slug: string, study = {}, g = 0.6) =>
  f(
    slug,
    'ELEVATED_IN',
    { pemCriterion: 'REQUIRED', ...study },
    { comparator: 'healthy controls', effectSize: g, effectType: 'Hedges g', groups: big },
  );

describe('certainty', () => {
  it('is HIGH for three large, consistent, PEM-selected studies against healthy controls', () => {
    const pair = synthesizePair([strongUp('a'), strongUp('b', {}, 0.55), strongUp('c', {}, 0.65)]);
    expect(pair.consensus).toBe('UP');
    expect(pair.method).toBe('POOLED');
    expect(pair.certainty).toMatchObject({ level: 'HIGH', downgrades: [] });
  });

  it('rates down one level per domain, naming why', () => {
    const pair = synthesizePair([
      strongUp('a', { methodFlags: ['Exploratory'], pemCriterion: 'NOT_REQUIRED' }),
      strongUp('b', { methodFlags: ['EXPLORATORY'], pemCriterion: 'NOT_REQUIRED' }, 0.55),
      strongUp('c', { methodFlags: ['Mixed Cohort'] }, 0.65),
    ]);
    expect(pair.certainty.level).toBe('LOW');
    expect(pair.certainty.downgrades).toEqual([
      {
        domain: 'RISK_OF_BIAS',
        levels: 1,
        reasons: ['2 of 3 studies at risk of bias (a: method flag EXPLORATORY; b: method flag EXPLORATORY)'],
      },
      {
        domain: 'INDIRECTNESS',
        levels: 1,
        reasons: ['PEM not required or unclear in 2 of 3 studies', 'c (MIXED_COHORT)'],
      },
    ]);
  });

  it('names at most five studies in a reason, and counts the rest, at any number of studies', () => {
    const slugs = Array.from({ length: 40 }, (_, i) => `s${String(i).padStart(2, '0')}`);
    const pair = synthesizePair(
      slugs.map((slug, i) => strongUp(slug, { methodFlags: ['EXPLORATORY', 'MIXED_COHORT'] }, 0.5 + i / 100)),
    );
    const reasons = Object.fromEntries(pair.certainty.downgrades.map((d) => [d.domain, d.reasons]));
    expect(reasons.RISK_OF_BIAS).toEqual([
      '40 of 40 studies at risk of bias (s00: method flag EXPLORATORY; s01: method flag EXPLORATORY; ' +
        's02: method flag EXPLORATORY; s03: method flag EXPLORATORY; s04: method flag EXPLORATORY; and 35 more)',
    ]);
    expect(reasons.INDIRECTNESS).toEqual([
      's00 (MIXED_COHORT); s01 (MIXED_COHORT); s02 (MIXED_COHORT); s03 (MIXED_COHORT); s04 (MIXED_COHORT); and 35 more',
    ]);
  });

  it('rates imprecision down two levels for a single small study counted by votes', () => {
    const pair = synthesizePair([f('a', 'ELEVATED_IN', { sampleSize: 30 }, { comparator: 'healthy controls' })]);
    const imprecision = pair.certainty.downgrades.find((d) => d.domain === 'IMPRECISION');
    expect(imprecision).toEqual({
      domain: 'IMPRECISION',
      levels: 2,
      reasons: [
        'no pooled estimate: the answer rests on vote counting',
        'a single study',
        '30 participants, fewer than 400',
      ],
    });
    expect(pair.certainty.level).toBe('LOW');
    const noN = synthesizePair([f('a', 'ELEVATED_IN', {}, { comparator: 'healthy controls' })]);
    expect(noN.certainty.downgrades.find((d) => d.domain === 'IMPRECISION')?.reasons).toContain(
      'no study prints its number of participants (at least 400 wanted)',
    );
  });

  it('rates inconsistency down for heterogeneity, and a pair without findings is VERY_LOW', () => {
    const pair = synthesizePair([strongUp('a', {}, 0.1), strongUp('b', {}, 0.9), strongUp('c', {}, 1.6)]);
    expect(pair.certainty.downgrades.find((d) => d.domain === 'INCONSISTENCY')?.reasons[0]).toMatch(/^I² = \d+/);
    expect(synthesizePair([]).certainty.level).toBe('VERY_LOW');
  });
});

describe('null power against a stated reference effect', () => {
  // Reference values from R 4.2.2: pnorm(0.5 * sqrt(n1 * n2 / (n1 + n2)) - qnorm(0.975)), and for r
  // pnorm(atanh(0.3) * sqrt(n - 3) - qnorm(0.975)). (The exact t-test power for 64 + 64, power.t.test, is 0.8015.)
  it('matches the normal approximation', () => {
    expect(twoGroupPower(0.5, 64, 64, 0.05)).toBeCloseTo(0.807429578813821, 12);
    expect(twoGroupPower(0.5, 50, 50, 0.05)).toBeCloseTo(0.705413902442457, 12);
    expect(correlationPower(0.3, 85, 0.05)).toBeCloseTo(0.800345295195061, 12);
    expect(twoGroupTotalNFor(0.5, 0.05, 0.8)).toBe(126);
    expect(() => twoGroupPower(0.5, 0, 10, 0.05)).toThrow(RangeError);
    expect(() => correlationPower(0.3, 3, 0.05)).toThrow(RangeError);
  });

  it('a null of 100 participants is underpowered for d = 0.5 (it was well powered at a fixed n ≥ 100); 130 is not', () => {
    const at = (n: number) => synthesizePair([f('a', 'NOT_DIFFERENT_IN', { sampleSize: n })]).studies[0]?.nullPower;
    expect(at(100)).toBe('UNDERPOWERED');
    expect(at(130)).toBe('WELL_POWERED');
    // unequal printed groups lose power: 20 + 200 is underpowered although n = 220
    const unequal = synthesizePair([
      f(
        'a',
        'NOT_DIFFERENT_IN',
        {},
        {
          groups: [
            { mean: 1, n: 20 },
            { mean: 1, n: 200 },
          ],
        },
      ),
    ]);
    expect(unequal.studies[0]?.nullPower).toBe('UNDERPOWERED');
    // a correlation null is judged against r = 0.3: n = 90 suffices
    const correlation = synthesizePair([f('a', 'NOT_CORRELATED_WITH', {}, { sampleSize: 90 })]);
    expect(correlation.studies[0]?.nullPower).toBe('WELL_POWERED');
    expect(synthesizePair([f('a', 'NOT_DIFFERENT_IN')]).studies[0]?.nullPower).toBe('UNKNOWN');
  });
});
