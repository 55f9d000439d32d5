// The defects an audit found in evidence synthesis (issue 17), each through synthesizePair on its scenario
// (tests/unit/evidence-scenarios.ts): what the synthesis said before, and what a careful reviewer concludes, which is
// what it must say now.
import { describe, expect, it } from 'vitest';
import {
  cohensDVariance,
  comparableEffect,
  fisherZ,
  hedgesCorrection,
  hedgesG,
  randomEffects,
  synthesizePair,
  withinStudyComposite,
  type EffectEstimate,
} from '../../src/evidence/index.ts';
import {
  comparatorIgnored,
  replicatedVersusModerate,
  reviewAndItsStudies,
  scenarioFinding,
  severalEffects,
  singleStudyGroups,
  threeNulls,
  trendVersusNull,
  unbadgedVersusE3,
} from './evidence-scenarios.ts';

describe('1. comparators', () => {
  it('answers "higher than healthy controls" and "no different from MS" apart, not as a contradiction', () => {
    // Before: one vote split half UP, half NONE, DIRECTION_VS_NULL. Reviewer: two questions, two answers.
    const pair = synthesizePair(comparatorIgnored);
    expect(pair.comparator).toEqual({ key: 'HEALTHY_CONTROLS', kind: 'HEALTHY_CONTROLS', name: null });
    expect(pair.consensus).toBe('UP');
    expect(pair.contradictory).toBe(false);
    expect(pair.weightedSupport).toEqual({ up: 1, down: 0, none: 0, undirected: 0 });
    expect(pair.comparators.map((c) => [c.comparator.key, c.comparator.name, c.consensus, c.contradictory])).toEqual([
      ['HEALTHY_CONTROLS', null, 'UP', false],
      ['DISEASE_CONTROLS:multiple sclerosis', 'multiple sclerosis', 'NONE', false],
    ]);
    expect(pair.consensusReason).toMatch(
      /^against healthy controls: .*other comparators, answered apart: disease controls \(multiple sclerosis\) NONE/,
    );
    expect(pair.studies.map((s) => s.comparator.kind)).toEqual(['HEALTHY_CONTROLS', 'DISEASE_CONTROLS']);
    // the disease-control answer is rated down for indirectness
    const ms = pair.comparators[1]!;
    expect(ms.certainty.downgrades.find((d) => d.domain === 'INDIRECTNESS')?.reasons).toContain(
      'disease controls (multiple sclerosis)',
    );
  });

  it('sorts comparators into classes: time points and treatment arms are never pooled with controls', () => {
    const f = scenarioFinding;
    const pair = synthesizePair([
      f('a', 'ELEVATED_IN', {}, { comparator: 'age- and sex-matched healthy controls' }),
      f('b', 'ELEVATED_IN', {}, { comparator: 'controls' }),
      f('c', 'REDUCED_IN', {}, { comparator: 'baseline' }),
      f('d', 'REDUCED_IN', {}, { comparator: 'pre-treatment' }),
      f('e', 'NOT_DIFFERENT_IN', { sampleSize: 300 }, { comparator: 'placebo' }),
      f('g', 'NOT_DIFFERENT_IN', {}, { comparator: 'MDD and healthy controls' }),
      f('h', 'REDUCED_IN', {}, {}),
    ]);
    expect(pair.comparators.map((c) => [c.comparator.key, c.studySlugs, c.consensus])).toEqual([
      ['HEALTHY_CONTROLS', ['a', 'b'], 'UP'],
      ['UNSTATED', ['h'], 'DOWN'],
      ['DISEASE_CONTROLS:mdd and healthy controls', ['g'], 'NONE'],
      ['TIME_POINT', ['c', 'd'], 'DOWN'],
      ['TREATMENT_ARM', ['e'], 'NONE'],
    ]);
    expect(pair.consensus).toBe('UP');
    expect(pair.contradictory).toBe(false);
  });

  it('without healthy controls, the unstated comparator heads the pair, then the class with most studies', () => {
    const f = scenarioFinding;
    expect(
      synthesizePair([f('a', 'ELEVATED_IN', {}, { comparator: 'baseline' }), f('b', 'REDUCED_IN')]).comparator.kind,
    ).toBe('UNSTATED');
    const onlyOthers = synthesizePair([
      f('a', 'ELEVATED_IN', {}, { comparator: 'fibromyalgia' }),
      f('b', 'REDUCED_IN', {}, { comparator: 'day one' }),
      f('c', 'REDUCED_IN', {}, { comparator: 'day 7' }),
    ]);
    expect(onlyOthers.comparator.kind).toBe('TIME_POINT');
    expect(onlyOthers.consensus).toBe('DOWN');
  });
});

describe('2. the pooled result decides when studies carry comparable effects', () => {
  it('the same data worded as a trend and as a null is not a contradiction', () => {
    // Before: MIXED with DIRECTION_VS_NULL while the pooled I² was 0. Reviewer: one effect, g ≈ 0.28, measured
    // twice; together the two studies (360 participants) show it (fixed and random effects agree, τ² = 0).
    const pair = synthesizePair(trendVersusNull);
    expect(pair.method).toBe('POOLED');
    expect(pair.contradictory).toBe(false);
    expect(pair.pooled?.i2).toBe(0);
    expect(pair.pooled?.tau2).toBe(0);
    expect(pair.pooled?.estimate).toBeCloseTo(0.28, 12);
    expect(pair.pooled?.ciMethod).toBe('WALD');
    expect(pair.pooled!.ci[0]).toBeGreaterThan(0);
    expect(pair.consensus).toBe('UP');
    expect(pair.consensusReason).toMatch(
      /^pooled Hedges g 0\.28, 95% CI 0\.0\d+ to 0\.4\d+ \(WALD, k=2, I²=0%\) excludes no effect; the votes alone would lean NONE/,
    );
    // the answer is imprecise: two studies, fewer than 400 participants
    const imprecision = pair.certainty.downgrades.find((d) => d.domain === 'IMPRECISION');
    expect(imprecision?.reasons).toEqual([
      'only 2 studies pooled (Wald CI; τ² barely estimable)',
      '360 participants, fewer than 400',
    ]);
    expect(pair.certainty.level).toBe('LOW');
  });

  it('three nulls of g 0.25 are not "NONE, agreement 1": the pooled CI cannot exclude a moderate effect', () => {
    // Before: NONE with agreement 1 beside a pooled Wald CI of 0.09 to 0.41. Reviewer: the studies agree on a small
    // positive effect that no single one could detect; pooled by HKSJ on t(2) the CI spans −0.10 to 0.60, so the
    // evidence neither shows nor excludes a difference.
    const pair = synthesizePair(threeNulls);
    expect(pair.method).toBe('POOLED');
    expect(pair.pooled?.ciMethod).toBe('HKSJ');
    expect(pair.pooled?.ciDf).toBe(2);
    expect(pair.pooled?.estimate).toBeCloseTo(0.25, 12);
    expect(pair.pooled!.ci[0]).toBeLessThan(0);
    expect(pair.pooled!.ci[1]).toBeGreaterThan(0.5);
    expect(pair.consensus).toBe('INSUFFICIENT');
    expect(pair.consensusReason).toMatch(
      /includes both no effect and a meaningful one .*the votes alone would lean NONE/,
    );
    expect(pair.certainty.downgrades.map((d) => d.domain)).toEqual(['IMPRECISION']);
  });

  it('votes decide only without two comparable effects, and the answer says so', () => {
    const pair = synthesizePair(comparatorIgnored);
    expect(pair.method).toBe('VOTES');
    expect(pair.consensusReason).toMatch(/\(vote counting: no finding carries comparable statistics/);
  });

  it('a precise pooled null is NONE; pooled studies significant in both directions are MIXED, UP_VS_DOWN', () => {
    const f = scenarioFinding;
    const big = [
      { mean: 1, n: 400 },
      { mean: 0, n: 400 },
    ];
    const nulls = synthesizePair(
      ['a', 'b', 'c'].map((s, i) =>
        f(s, 'NOT_DIFFERENT_IN', {}, { effectSize: [0.02, -0.03, 0.01][i], effectType: 'g', groups: big }),
      ),
    );
    expect(nulls.consensus).toBe('NONE');
    expect(nulls.consensusReason).toMatch(/lies within ±0\.2/);
    const split = synthesizePair([
      f('a', 'ELEVATED_IN', {}, { effectSize: 0.6, effectType: 'g', groups: big }),
      f('b', 'ELEVATED_IN', {}, { effectSize: 0.5, effectType: 'g', groups: big }),
      f('c', 'REDUCED_IN', {}, { effectSize: 0.55, effectType: 'g', groups: big }),
    ]);
    expect(split.consensus).toBe('MIXED');
    expect(split.contradictions).toEqual(['UP_VS_DOWN']);
    expect(split.certainty.downgrades.find((d) => d.domain === 'INCONSISTENCY')?.reasons[0]).toMatch(/^I² = 9\d/);
  });
});

describe('3. moderators need replication within groups', () => {
  it('three studies, one per value, explain nothing', () => {
    // Before: pemCriterion, design and evidenceLevel each "explained" the split (explainedShare 1).
    const pair = synthesizePair(singleStudyGroups);
    for (const moderator of pair.moderators) {
      expect(moderator.explains, moderator.property).toBe(false);
      expect(moderator.explainedShare, moderator.property).toBeNull();
      expect(moderator.groups.every((g) => !g.replicated)).toBe(true);
      expect(moderator.note).toMatch(/with fewer than 2 studies .* left out of the measure/);
    }
  });

  it('two studies per value can explain the split', () => {
    const f = scenarioFinding;
    const pair = synthesizePair([
      f('a', 'ELEVATED_IN', { pemCriterion: 'REQUIRED' }),
      f('b', 'ELEVATED_IN', { pemCriterion: 'REQUIRED' }),
      f('c', 'NOT_DIFFERENT_IN', { pemCriterion: 'NOT_REQUIRED', sampleSize: 300 }),
      f('d', 'NOT_DIFFERENT_IN', { pemCriterion: 'NOT_REQUIRED', sampleSize: 300 }),
    ]);
    const pem = pair.moderators.find((m) => m.property === 'pemCriterion')!;
    expect(pem.explains).toBe(true);
    expect(pem.explainedShare).toBe(1);
  });
});

describe('4. several effects of one study are combined, not picked', () => {
  it('pools the within-study composite (mean of the effects), not the most precise one', () => {
    // Before: ng-2020 entered with g 0.1 (the smaller variance, since Var(g) grows with g²): pooled 0.298.
    const pair = synthesizePair(severalEffects);
    const ng = pair.pooled!.studies[0]!;
    expect(ng.source).toBe('within-study composite');
    expect(ng.findingIds).toHaveLength(2);
    expect(ng.yi).toBeCloseTo(0.45, 12);
    const [a, b] = severalEffects.map((f) => comparableEffect(f)) as EffectEstimate[];
    // Borenstein et al. (2009) eq. 24.4 with ρ = 0.5: (v1 + v2 + 2·0.5·√(v1·v2)) / 4
    expect(ng.vi).toBeCloseTo((a!.vi + b!.vi + Math.sqrt(a!.vi * b!.vi)) / 4, 14);
    expect(ng.assumptions[0]).toMatch(/mean of 2 effects .* correlation 0\.5 assumed/);
    expect(pair.pooled?.estimate).toBeGreaterThan(0.45);
    expect(pair.pooled?.note).toMatch(/the mean of its effects when it reports several/);
  });

  it('the composite of one effect is that effect; mixing studies or families is refused', () => {
    const [a, , c] = severalEffects.map((f) => comparableEffect(f)) as EffectEstimate[];
    expect(withinStudyComposite([a!], 0.5)).toBe(a);
    expect(() => withinStudyComposite([a!, c!], 0.5)).toThrow(RangeError);
    expect(() => withinStudyComposite([], 0.5)).toThrow(RangeError);
  });
});

describe('5. reviews and meta-analyses are secondary evidence', () => {
  it('a meta-analysis is shown beside its primary studies but neither voted nor pooled', () => {
    // Before: the review's reduction was counted on top of p1's, and NONE (3 of 4 primary studies) became MIXED.
    const pair = synthesizePair(reviewAndItsStudies);
    expect(pair.secondaryStudies).toEqual(['review-2024']);
    expect(pair.studyCount).toBe(5);
    expect(pair.comparators[0]?.studySlugs).toEqual(['p1-2015', 'p2-2017', 'p3-2019', 'p4-2021']);
    expect(pair.weightedSupport).toEqual({ up: 0, down: 1, none: 3, undirected: 0 });
    expect(pair.consensus).toBe('NONE');
    expect(pair.contradictions).toEqual(['DIRECTION_VS_NULL']); // p1's reduction still stands against the nulls
    expect(pair.studies.find((s) => s.studySlug === 'review-2024')).toMatchObject({ secondary: true, counted: false });
  });

  it('a review alone is used, and says so in certainty', () => {
    const pair = synthesizePair(reviewAndItsStudies.slice(0, 1));
    expect(pair.secondaryStudies).toEqual([]);
    expect(pair.consensus).toBe('DOWN');
    expect(pair.studies[0]).toMatchObject({ secondary: true, counted: true });
    expect(pair.certainty.downgrades.find((d) => d.domain === 'INDIRECTNESS')?.reasons).toContain(
      'secondary evidence only (reviews, meta-analyses)',
    );
  });
});

describe('6. evidence-level weights', () => {
  it('E0 and E1 weigh as E2 (their replication is already in the graph as other studies)', () => {
    // Before: E1 0.8 against E2 0.6 leaned the pair to the E1 study's direction (agreement 0.571).
    const pair = synthesizePair(replicatedVersusModerate);
    expect(pair.studies.map((s) => s.studyWeight)).toEqual([1, 1]);
    expect(pair.agreement).toBe(0.5);
  });

  it('a study without a badge never outweighs a badged one', () => {
    // Before: no badge 0.5 > E3 0.4, so an unbadged UP outvoted a preliminary DOWN.
    const pair = synthesizePair(unbadgedVersusE3);
    const [unbadged, e3] = pair.studies;
    expect(unbadged!.studyWeight).toBeLessThanOrEqual(e3!.studyWeight);
    expect(pair.consensus).toBe('MIXED');
    expect(pair.agreement).toBe(0.5);
  });
});

describe('7. small things', () => {
  it('r = ±1 says why it cannot be used', () => {
    // Before: "r without a CI or n" although the finding has its n.
    const effect = comparableEffect(
      scenarioFinding('a', 'CORRELATES_WITH', {}, { sign: 'POSITIVE', effectSize: 1, effectType: 'r', sampleSize: 50 }),
    );
    expect(effect).toEqual({ reason: 'r=1 is not in (−1, 1): no Fisher z' });
  });

  it("lists the study's n among the assumptions when a correlation's n comes from the study", () => {
    const effect = comparableEffect(
      scenarioFinding(
        'a',
        'CORRELATES_WITH',
        { sampleSize: 64 },
        { sign: 'NEGATIVE', effectSize: -0.4, effectType: 'r' },
      ),
    );
    expect('reason' in effect).toBe(false);
    expect((effect as EffectEstimate).assumptions).toContain("n=64 is the study's (the finding prints none)");
  });

  it('exported helpers refuse degenerate input instead of returning Infinity or −1', () => {
    expect(() => fisherZ(0.3, 3)).toThrow(RangeError); // was Infinity
    expect(() => fisherZ(0.3, 2)).toThrow(RangeError); // was −1
    expect(() => fisherZ(1, 50)).toThrow(RangeError);
    expect(() => hedgesCorrection(1, 1)).toThrow(RangeError); // was 4
    expect(() => cohensDVariance(0.5, 0, 10)).toThrow(RangeError); // was Infinity
    expect(() => hedgesG({ mean: 1, sd: 0, n: 10 }, { mean: 0, sd: 0, n: 10 })).toThrow(/pooled SD is 0/);
    expect(() => randomEffects([0.1], [0.01])).toThrow(/≥ 2 effects/);
    expect(() => randomEffects([0.1, 0.2], [0.01, 0])).toThrow(/variances must be positive/);
  });
});
