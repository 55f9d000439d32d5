import { describe, expect, it } from 'vitest';
import {
  buildMatrix,
  comparableEffect,
  defaultEvidenceWeights,
  defaultFilterParams,
  derSimonianLaird,
  fisherZ,
  findingDirection,
  hedgesG,
  pairKey,
  randomEffects,
  synthesizePair,
  type EvidenceFindingInput,
  type EvidenceStudyInput,
} from '../../src/evidence/index.ts';
import { normalQuantile } from '../../src/evidence/distributions.ts';
import { scenarioFinding } from './evidence-scenarios.ts';

/** A finding of an E1 study without design (the scenarios' helper defaults to E2 case–control). */
const finding = (
  studySlug: string,
  relation: EvidenceFindingInput['relation'],
  study: Partial<EvidenceStudyInput> = {},
  extra: Partial<EvidenceFindingInput> = {},
): EvidenceFindingInput => scenarioFinding(studySlug, relation, { evidenceLevel: 'E1', design: null, ...study }, extra);

describe('directions', () => {
  it('maps relations and signs to UP, DOWN, NONE and UNDIRECTED', () => {
    expect(findingDirection({ relation: 'ELEVATED_IN' })).toBe('UP');
    expect(findingDirection({ relation: 'CORRELATES_WITH', sign: 'POSITIVE' })).toBe('UP');
    expect(findingDirection({ relation: 'REDUCED_IN' })).toBe('DOWN');
    expect(findingDirection({ relation: 'CORRELATES_WITH', sign: 'NEGATIVE' })).toBe('DOWN');
    expect(findingDirection({ relation: 'NOT_DIFFERENT_IN' })).toBe('NONE');
    expect(findingDirection({ relation: 'NOT_CORRELATED_WITH' })).toBe('NONE');
    expect(findingDirection({ relation: 'CORRELATES_WITH', sign: 'UNSPECIFIED' })).toBe('UNDIRECTED');
    expect(findingDirection({ relation: 'CORRELATES_WITH' })).toBe('UNDIRECTED');
    expect(findingDirection({ relation: 'DISCRIMINATES' })).toBe('UNDIRECTED');
    expect(findingDirection({ relation: 'ASSOCIATED_WITH' })).toBe('UNDIRECTED');
  });
});

describe('consensus', () => {
  it('agreeing UP studies give UP with full agreement', () => {
    const pair = synthesizePair([
      finding('a-2020', 'ELEVATED_IN', { evidenceLevel: 'E2' }),
      finding('b-2021', 'ELEVATED_IN', { evidenceLevel: 'E1' }),
      finding('c-2022', 'CORRELATES_WITH', { evidenceLevel: 'E3' }, { sign: 'POSITIVE' }),
    ]);
    expect(pair.consensus).toBe('UP');
    expect(pair.agreement).toBe(1);
    expect(pair.weightedSupport.up).toBeCloseTo(1 + 1 + 0.6, 12);
    expect(pair.contradictory).toBe(false);
    expect(pair.studyCount).toBe(3);
    expect(pair.counts.byRelation.ELEVATED_IN).toBe(2);
    expect(pair.counts.correlationBySign.POSITIVE).toBe(1);
    expect(pair.counts.byDirection.UP).toBe(3);
  });

  it('UP against DOWN of similar weight is MIXED and contradictory', () => {
    const pair = synthesizePair([
      finding('a-2020', 'ELEVATED_IN', { evidenceLevel: 'E1' }),
      finding('b-2021', 'REDUCED_IN', { evidenceLevel: 'E1' }),
      finding('c-2022', 'REDUCED_IN', { evidenceLevel: 'E3' }),
    ]);
    // up 1, down 1 + 0.6 = 1.6: DOWN leads with 1.6 / 2.6 = 0.615 < 0.75
    expect(pair.agreement).toBeCloseTo(1.6 / 2.6, 12);
    expect(pair.consensus).toBe('MIXED');
    expect(pair.contradictory).toBe(true);
    expect(pair.contradictions).toContain('UP_VS_DOWN');
  });

  it('a consensus can still be contradictory (three E1 UP against one E1 DOWN)', () => {
    const up = ['a', 'b', 'c'].map((s) => finding(s, 'ELEVATED_IN'));
    const pair = synthesizePair([...up, finding('d', 'REDUCED_IN')]);
    // up 3, down 1: agreement 0.75 → UP; down holds 0.25 of 4 → UP_VS_DOWN; an E3 down (0.6 of 3.6) is not
    expect(pair.consensus).toBe('UP');
    expect(pair.contradictions).toEqual(['UP_VS_DOWN']);
    const weakDown = synthesizePair([...up, finding('d', 'REDUCED_IN', { evidenceLevel: 'E3' })]);
    expect(weakDown.contradictory).toBe(false);
  });

  it('consistent well-powered nulls give NONE', () => {
    const pair = synthesizePair([
      finding('a-2020', 'NOT_DIFFERENT_IN', { evidenceLevel: 'E2', sampleSize: 300 }),
      finding('b-2021', 'NOT_DIFFERENT_IN', { evidenceLevel: 'E2', sampleSize: 150 }),
    ]);
    expect(pair.consensus).toBe('NONE');
    expect(pair.weightedSupport.none).toBeCloseTo(2, 12); // n = 150 has power 0.86 against d = 0.5
    expect(pair.studies.every((s) => s.nullPower === 'WELL_POWERED')).toBe(true);
  });

  it('a direction against a well-powered null is contradictory; against an underpowered null it is not', () => {
    const strongNull = synthesizePair([
      finding('a-2020', 'ELEVATED_IN', { evidenceLevel: 'E1' }),
      finding('b-2021', 'NOT_DIFFERENT_IN', { evidenceLevel: 'E1', sampleSize: 260 }),
    ]);
    expect(strongNull.contradictions).toEqual(['DIRECTION_VS_NULL']);
    expect(strongNull.consensus).toBe('MIXED');

    const smallNull = synthesizePair([
      finding('a-2020', 'ELEVATED_IN', { evidenceLevel: 'E1' }),
      finding('b-2021', 'NOT_DIFFERENT_IN', { evidenceLevel: 'E2', sampleSize: 24 }),
    ]);
    // the small null (power 0.24 against d = 0.5) weighs 1 × 0.5: UP holds 1 / 1.5 < 0.75, still MIXED, but not a
    // contradiction
    expect(smallNull.studies[1]?.nullPower).toBe('UNDERPOWERED');
    expect(smallNull.weightedSupport.none).toBeCloseTo(0.5, 12);
    expect(smallNull.contradictory).toBe(false);
  });

  it('a single weak (E3) study is INSUFFICIENT; a single E1 study gives a direction', () => {
    const weak = synthesizePair([finding('a-2020', 'ELEVATED_IN', { evidenceLevel: 'E3' })]);
    expect(weak.consensus).toBe('INSUFFICIENT');
    expect(weak.agreement).toBe(1);
    expect(weak.consensusReason).toMatch(/below 0\.8/);
    const replicated = synthesizePair([finding('a-2020', 'ELEVATED_IN', { evidenceLevel: 'E1' })]);
    expect(replicated.consensus).toBe('UP');
    // two agreeing E3 studies reach the threshold (0.6 + 0.6 ≥ 0.8)
    const twoWeak = synthesizePair([
      finding('a-2020', 'REDUCED_IN', { evidenceLevel: 'E3' }),
      finding('b-2021', 'REDUCED_IN', { evidenceLevel: 'E3' }),
    ]);
    expect(twoWeak.consensus).toBe('DOWN');
  });

  it('undirected findings alone give INSUFFICIENT with their weight under undirected', () => {
    const pair = synthesizePair([
      finding('a-2020', 'ASSOCIATED_WITH'),
      finding('b-2021', 'DISCRIMINATES'),
      finding('c-2022', 'CORRELATES_WITH', {}, { sign: 'UNSPECIFIED' }),
    ]);
    expect(pair.consensus).toBe('INSUFFICIENT');
    expect(pair.agreement).toBeNull();
    expect(pair.weightedSupport.undirected).toBeCloseTo(3, 12);
    expect(pair.consensusReason).toMatch(/undirected/);
  });

  it('no findings: INSUFFICIENT, zero counts, no pooled estimate', () => {
    const pair = synthesizePair([]);
    expect(pair.consensus).toBe('INSUFFICIENT');
    expect(pair.studyCount).toBe(0);
    expect(pair.pooled).toBeNull();
    expect(pair.pooledUnavailableReason).toMatch(/no finding/);
  });
});

describe('weights', () => {
  it('defaults come from data/evidence-weights.json and are returned as weightsUsed', () => {
    const defaults = defaultEvidenceWeights();
    expect(defaults.evidenceLevel).toMatchObject({ E0: 1, E1: 1, E2: 1, E3: 0.6, UNKNOWN: 0.6 });
    expect(defaults.methodFlags.SMALL_SAMPLE).toBe(0.7);
    const pair = synthesizePair([finding('a-2020', 'ELEVATED_IN')]);
    expect(pair.weightsUsed).toEqual(defaults);
  });

  it('method flags, non-significance and retraction discount the weight', () => {
    const pair = synthesizePair([
      finding('a-2020', 'ELEVATED_IN', {
        evidenceLevel: 'E1',
        methodFlags: ['Small Sample', 'SMALL_SAMPLE', 'EXPLORATORY'],
      }),
      finding('b-2021', 'ELEVATED_IN', { evidenceLevel: 'E1' }, { pValue: 0.08, pComparator: '=' }),
      finding('c-2022', 'REDUCED_IN', { evidenceLevel: 'E0', retracted: true }),
    ]);
    const [a, b, c] = pair.studies;
    expect(a?.studyWeight).toBeCloseTo(1 * 0.7 * 0.8, 12); // the flag counted once in both spellings
    expect(b?.findings[0]?.significant).toBe(false);
    expect(b?.weight).toBeCloseTo(1 * 0.5, 12);
    expect(c?.weight).toBe(0);
    expect(pair.weightedSupport.down).toBe(0);
    // up = 0.56 + 0.5 = 1.06 ≥ 0.8
    expect(pair.weightedSupport.up).toBeCloseTo(1.06, 12);
    expect(pair.consensus).toBe('UP');
  });

  it('a partial override merges onto the defaults and changes the answer', () => {
    const findings = [finding('a-2020', 'ELEVATED_IN', { evidenceLevel: 'E3' })];
    expect(synthesizePair(findings).consensus).toBe('INSUFFICIENT');
    const pair = synthesizePair(findings, { evidenceLevel: { E3: 0.9 }, methodFlags: { 'Mixed Cohort': 0.5 } });
    expect(pair.consensus).toBe('UP');
    expect(pair.weightsUsed.evidenceLevel).toMatchObject({ E0: 1, E1: 1, E2: 1, E3: 0.9 });
    expect(pair.weightsUsed.methodFlags.MIXED_COHORT).toBe(0.5);
    expect(pair.weightsUsed.methodFlags.SMALL_SAMPLE).toBe(0.7);
    const lenient = synthesizePair(findings, { thresholds: { minDirectionalWeight: 0.3 } });
    expect(lenient.consensus).toBe('UP');
    expect(lenient.weightsUsed.thresholds.consensusAgreement).toBe(0.75);
  });

  it('rejects invalid overrides, and an unbadged study outweighing a badged one', () => {
    expect(() => synthesizePair([], { evidenceLevel: { UNKNOWN: 0.8 } })).toThrow(/UNKNOWN must not exceed/);
    expect(() => synthesizePair([], { thresholds: { moderatorMinGroupStudies: 1 } })).toThrow(/replication/);
    expect(() => synthesizePair([], { evidenceLevel: { E1: -1 } })).toThrow(RangeError);
    expect(() => synthesizePair([], { thresholds: { consensusAgreement: 0.5 } })).toThrow(/consensusAgreement/);
    expect(() => synthesizePair([], { pooling: { minStudies: 1 } })).toThrow(/minStudies/);
  });
});

describe('one study, one vote', () => {
  it('several findings of one study on the pair count once', () => {
    const pair = synthesizePair([
      finding('a-2020', 'ELEVATED_IN', { evidenceLevel: 'E3' }),
      finding('a-2020', 'ELEVATED_IN', { evidenceLevel: 'E3' }),
      finding('a-2020', 'ELEVATED_IN', { evidenceLevel: 'E3' }),
    ]);
    expect(pair.studyCount).toBe(1);
    expect(pair.findingCount).toBe(3);
    expect(pair.weightedSupport.up).toBeCloseTo(0.6, 12);
    expect(pair.consensus).toBe('INSUFFICIENT');
  });

  it("a study's vote is split over the directions it reports, and undirected findings yield to directed ones", () => {
    const pair = synthesizePair([
      finding('a-2020', 'ELEVATED_IN', { evidenceLevel: 'E1' }),
      finding('a-2020', 'NOT_DIFFERENT_IN', { evidenceLevel: 'E1', sampleSize: 200 }),
      finding('a-2020', 'DISCRIMINATES', { evidenceLevel: 'E1' }),
    ]);
    const [study] = pair.studies;
    expect(study?.weight).toBeCloseTo(1, 12);
    expect(study?.support.up).toBeCloseTo(0.5, 12);
    expect(study?.support.none).toBeCloseTo(0.5, 12);
    expect(study?.support.undirected).toBe(0);
  });
});

describe('moderators', () => {
  // UP studies all require PEM, null studies do not; design is the same for all.
  const pemSplit = [
    finding('up-1', 'ELEVATED_IN', { pemCriterion: 'REQUIRED', design: 'CASE_CONTROL', evidenceLevel: 'E2' }),
    finding('up-2', 'ELEVATED_IN', { pemCriterion: 'REQUIRED', design: 'CASE_CONTROL', evidenceLevel: 'E1' }),
    finding('null-1', 'NOT_DIFFERENT_IN', {
      pemCriterion: 'NOT_REQUIRED',
      design: 'CASE_CONTROL',
      evidenceLevel: 'E2',
      sampleSize: 150,
    }),
    finding('null-2', 'NOT_DIFFERENT_IN', {
      pemCriterion: 'NOT_REQUIRED',
      design: 'CASE_CONTROL',
      evidenceLevel: 'E1',
      sampleSize: 400,
    }),
    finding('unknown-1', 'ELEVATED_IN', { pemCriterion: null, design: null, evidenceLevel: 'E3' }),
  ];

  it('detects that the disagreement follows the PEM criterion', () => {
    const pair = synthesizePair(pemSplit);
    expect(pair.consensus).toBe('MIXED');
    const pem = pair.moderators.find((m) => m.property === 'pemCriterion');
    expect(pem?.explains).toBe(true);
    expect(pem?.explainedShare).toBeCloseTo(1, 12);
    expect(pem?.unknownStudyCount).toBe(1);
    expect(pem?.groups.map((g) => [g.value, g.direction])).toEqual([
      ['NOT_REQUIRED', 'NONE'],
      ['REQUIRED', 'UP'],
      ['UNKNOWN', 'UP'],
    ]);
    const design = pair.moderators.find((m) => m.property === 'design');
    expect(design?.explains).toBe(false);
    expect(design?.explainedShare).toBeNull(); // one known design: nothing to split
    const level = pair.moderators.find((m) => m.property === 'evidenceLevel');
    expect(level?.explains).toBe(false);
    // replicated levels: E1 up 1 none 1, E2 up 1 none 1 (the single E3 study stays out): each group has the overall
    // mix, so the split explains nothing
    expect(level?.explainedShare).toBeCloseTo(0, 12);
    expect(level?.groups.map((g) => [g.value, g.replicated])).toEqual([
      ['E1', true],
      ['E2', true],
      ['E3', false],
    ]);
    expect(level?.note).toMatch(/E3\) left out/);
  });

  it('does not call a two-study split an explanation', () => {
    const pair = synthesizePair(pemSplit.slice(1, 3));
    const pem = pair.moderators.find((m) => m.property === 'pemCriterion');
    expect(pem?.explainedShare).toBeNull(); // one study per value: no replicated group
    expect(pem?.explains).toBe(false);
  });
});

describe('effect sizes', () => {
  it('Hedges g from means, SDs and n (hand-computed)', () => {
    // sp = sqrt((19·4 + 24·9)/43) = sqrt(292/43) = 2.605897; d = 2/sp = 0.767490;
    // J = 1 − 3/(4·45 − 9) = 1 − 3/171 = 0.982456; g = 0.754025;
    // Var(d) = 45/500 + d²/90 = 0.096545; Var(g) = J²·Var(d) = 0.093187
    const smd = hedgesG({ mean: 10, sd: 2, n: 20 }, { mean: 8, sd: 3, n: 25 });
    expect(smd.pooledSd).toBeCloseTo(2.6058967, 6);
    expect(smd.d).toBeCloseTo(0.7674901, 6);
    expect(smd.g).toBeCloseTo(0.7540254, 6);
    expect(smd.variance).toBeCloseTo(0.0931871, 6);
  });

  it('reads group summaries, splitting a total n evenly when group sizes are missing', () => {
    const withN = comparableEffect(
      finding(
        'a',
        'ELEVATED_IN',
        {},
        {
          groups: [
            { mean: 10, sd: 2, n: 20 },
            { mean: 8, sd: 3, n: 25 },
          ],
        },
      ),
    );
    expect('reason' in withN ? null : withN.yi).toBeCloseTo(0.7540254, 6);
    const split = comparableEffect(
      finding(
        'a',
        'ELEVATED_IN',
        { sampleSize: 40 },
        {
          groups: [
            { mean: 10, sd: 2 },
            { mean: 8, sd: 3 },
          ],
        },
      ),
    );
    if ('reason' in split) throw new Error(split.reason);
    expect(split.assumptions.join(' ')).toMatch(/split evenly \(20 \+ 20\)/);
    const noSd = comparableEffect(
      finding(
        'a',
        'ELEVATED_IN',
        {},
        {
          groups: [
            { mean: 1, n: 5 },
            { mean: 2, n: 5 },
          ],
        },
      ),
    );
    expect(noSd).toEqual({ reason: 'group means without SDs' });
  });

  it('orients a printed magnitude by the relation and takes SE from the CI width', () => {
    // baraniuk-2024-meta-analysis prints "Hedges' g 0.96 (95% CI 0.75–1.18)" for a reduction
    const effect = comparableEffect(
      finding('baraniuk', 'REDUCED_IN', {}, { effectSize: 0.96, effectType: "Hedges' g", ci: [0.75, 1.18] }),
    );
    if ('reason' in effect) throw new Error(effect.reason);
    expect(effect.yi).toBe(-0.96);
    expect(effect.vi).toBeCloseTo((0.43 / 3.92) ** 2, 12);
  });

  it('the normal quantile matches 1.959964 for 95%', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 8);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829304, 8);
  });
});

describe('DerSimonian–Laird', () => {
  it('matches a hand computation for three studies', () => {
    // y = (0.1, 0.5, 0.9), v = (0.04, 0.02, 0.05)
    // w = 1/v = (25, 50, 20); Σw = 95; ȳ_FE = (2.5 + 25 + 18)/95 = 0.478947
    // Q = 25(0.1−ȳ)² + 50(0.5−ȳ)² + 20(0.9−ȳ)² = 3.590028 + 0.022161 + 3.545706 = 7.157895; df = 2
    // C = Σw − Σw²/Σw = 95 − 3525/95 = 57.894737; τ² = (7.157895 − 2)/57.894737 = 0.0890909
    // w* = 1/(v + τ²) = (7.746479, 9.166667, 7.189542); Σw* = 24.102688
    // μ = (0.774648 + 4.583333 + 6.470588)/24.102688 = 0.490757; SE = sqrt(1/24.102688) = 0.203689
    // 95% CI = 0.490757 ± 1.959964·0.203689 = [0.091534, 0.889980]; I² = (Q − 2)/Q = 72.06%
    // (checked independently in python3: same values to 1e-12)
    const result = derSimonianLaird([0.1, 0.5, 0.9], [0.04, 0.02, 0.05]);
    expect(result.fixedEstimate).toBeCloseTo(0.4789474, 6);
    expect(result.q).toBeCloseTo(7.1578947, 6);
    expect(result.tau2).toBeCloseTo(0.0890909, 6);
    expect(result.estimate).toBeCloseTo(0.4907573, 6);
    expect(result.se).toBeCloseTo(0.2036889, 6);
    expect(result.ci[0]).toBeCloseTo(0.0915345, 6);
    expect(result.ci[1]).toBeCloseTo(0.8899801, 6);
    expect(result.i2).toBeCloseTo(72.0588235, 5);
    expect(result.df).toBe(2);
  });

  it('truncates τ² at 0 when the studies are homogeneous', () => {
    const result = derSimonianLaird([0.5, 0.5], [0.1, 0.2]);
    expect(result.tau2).toBe(0);
    expect(result.i2).toBe(0);
    expect(result.estimate).toBeCloseTo(0.5, 12);
  });

  it('pools Hedges g from group summaries of two studies in synthesizePair', () => {
    const pair = synthesizePair([
      finding(
        'a-2020',
        'ELEVATED_IN',
        {},
        {
          groups: [
            { mean: 10, sd: 2, n: 20 },
            { mean: 8, sd: 3, n: 25 },
          ],
        },
      ),
      finding(
        'b-2021',
        'ELEVATED_IN',
        {},
        {
          groups: [
            { mean: 5, sd: 1, n: 30 },
            { mean: 4.5, sd: 1, n: 30 },
          ],
        },
      ),
      finding('c-2022', 'ELEVATED_IN', {}, { effectSize: 0.3, effectType: 'r', sampleSize: 50 }),
    ]);
    expect(pair.pooled?.family).toBe('SMD');
    expect(pair.pooled?.k).toBe(2);
    expect(pair.pooled?.note).toMatch(/1 correlation\(s\) left out/);
    const g1 = hedgesG({ mean: 10, sd: 2, n: 20 }, { mean: 8, sd: 3, n: 25 });
    const g2 = hedgesG({ mean: 5, sd: 1, n: 30 }, { mean: 4.5, sd: 1, n: 30 });
    const expected = randomEffects([g1.g, g2.g], [g1.variance, g2.variance]);
    expect(pair.pooled?.estimate).toBeCloseTo(expected.estimate, 12);
    expect(pair.pooled?.tau2).toBeCloseTo(expected.tau2, 12);
    expect(pair.pooled?.ciMethod).toBe('WALD'); // two studies: no HKSJ on 1 df, no prediction interval
    expect(pair.pooled?.predictionInterval).toBeNull();
  });

  it('pools correlations on Fisher z and back-transforms', () => {
    // r = (0.3, 0.5, 0.1), n = (50, 100, 40). Reference: R 4 / metafor 3.8.1, escalc("ZCOR") then
    // rma(method = "REML", test = "knha", control = list(threshold = 1e-13)) and confint(control = list(tol = 1e-12)), run on the dev machine.
    const pair = synthesizePair([
      finding('a', 'CORRELATES_WITH', {}, { sign: 'POSITIVE', effectSize: 0.3, effectType: 'r', sampleSize: 50 }),
      finding(
        'b',
        'CORRELATES_WITH',
        {},
        { sign: 'POSITIVE', effectSize: 0.5, effectType: 'Pearson r', sampleSize: 100 },
      ),
      finding('c', 'CORRELATES_WITH', { sampleSize: 40 }, { sign: 'POSITIVE', effectSize: 0.1, effectType: 'r' }),
    ]);
    const pooled = pair.pooled;
    expect(pooled?.effectType).toBe('r');
    expect(pooled?.q).toBeCloseTo(5.86562770971644, 9);
    expect(pooled?.qPValue).toBeCloseTo(0.0532469978248386, 9);
    expect(pooled?.tau2).toBeCloseTo(0.0341461189352678, 8);
    expect(pooled?.estimate).toBeCloseTo(0.331245943738655, 8);
    expect(pooled?.ciMethod).toBe('HKSJ');
    // the HKSJ factor q = 0.9701 < 1, so the ad hoc correction keeps the Wald SE (0.132587 on z; metafor's plain
    // knha interval, −0.2143 to 0.7193, would be narrower than the Wald one): tanh(μ ± t(0.975, 2) · se), from R
    expect(pooled?.se).toBeCloseTo(0.132587470174875, 9);
    expect(pooled?.ci[0]).toBeCloseTo(-0.22246762821615, 7);
    expect(pooled?.ci[1]).toBeCloseTo(0.723382828196782, 7);
    expect(pooled?.i2).toBeCloseTo(65.0985219111486, 6);
    expect(pooled?.tau2Ci[0]).toBe(0);
    expect(pooled?.tau2Ci[1]).toBeCloseTo(1.97524674801906, 7);
    // PI: tanh(μ ± t(0.975, 1) · √(τ² + se²)) computed in R from the same fit
    expect(pooled?.predictionInterval?.[0]).toBeCloseTo(-0.987773374444536, 7);
    expect(pooled?.predictionInterval?.[1]).toBeCloseTo(0.996900351841342, 7);
    // the CI includes 0; heterogeneity is substantial (I² 65% ≥ 50, Q p 0.053 < 0.10) with study a's CI above 0
    // and study c's spanning it: the studies disagree, MIXED by the pooled result
    expect(pair.method).toBe('POOLED');
    expect(pair.consensus).toBe('MIXED');
    expect(pair.contradictions).toEqual(['DIRECTION_VS_NULL']);
    expect(pair.studies[2]?.findings[0]?.sampleSize).toBe(40);
    expect(pooled?.studies[2]?.assumptions).toContain("n=40 is the study's (the finding prints none)");
    expect(fisherZ(0.5, 100).variance).toBeCloseTo(1 / 97, 12);
  });

  it('explains why there is no pooled estimate', () => {
    const pair = synthesizePair([
      finding('a', 'REDUCED_IN', {}, { effectSize: 0.96, effectType: "Hedges' g", ci: [0.75, 1.18] }),
      finding('b', 'NOT_DIFFERENT_IN', { sampleSize: 260 }, { pValue: 0.79 }),
    ]);
    expect(pair.pooled).toBeNull();
    expect(pair.pooledUnavailableReason).toBe('only 1 study with a comparable standardized mean difference (need 2)');
  });
});

describe('worked example of docs/evidence.md: NK cell cytotoxicity × ME/CFS', () => {
  // baraniuk-2024-meta-analysis: NK cell cytotoxicity at about half of healthy controls' → REDUCED_IN.
  // querec-2023-natural-killer: no significant difference from healthy controls (p=0.79) → NOT_DIFFERENT_IN.
  // Neither capture shows badges, tags or Metadata.
  const sample: EvidenceFindingInput[] = [
    {
      findingId: 'baraniuk-2024-meta-analysis#1',
      studySlug: 'baraniuk-2024-meta-analysis',
      relation: 'REDUCED_IN',
      study: { methodFlags: [] },
    },
    {
      findingId: 'querec-2023-natural-killer#1',
      studySlug: 'querec-2023-natural-killer',
      relation: 'NOT_DIFFERENT_IN',
      pValue: 0.79,
      pComparator: '=',
      significant: false,
      study: { methodFlags: [] },
    },
  ];

  it('gives the hand-computed answer', () => {
    const pair = synthesizePair(sample);
    // no badges: each study weighs UNKNOWN 0.6; querec's null has no n, so its power is UNKNOWN and it counts
    expect(pair.weightedSupport).toEqual({ up: 0, down: 0.6, none: 0.6, undirected: 0 });
    expect(pair.method).toBe('VOTES');
    expect(pair.consensus).toBe('MIXED');
    expect(pair.agreement).toBe(0.5);
    expect(pair.contradictions).toEqual(['DIRECTION_VS_NULL']);
    expect(pair.comparator.kind).toBe('UNSTATED');
    expect(pair.moderators.every((m) => m.explainedShare === null && !m.explains)).toBe(true);
    expect(pair.pooled).toBeNull();
    expect(pair.pooledUnavailableReason).toMatch(/^no finding carries comparable statistics/);
    expect(pair.certainty.level).toBe('VERY_LOW');
  });

  it('with badges, the meta-analysis is secondary evidence: shown, not counted beside the primary study', () => {
    const [baraniuk, querec] = sample as [EvidenceFindingInput, EvidenceFindingInput];
    const pair = synthesizePair([
      {
        ...baraniuk,
        effectSize: 0.96,
        effectType: "Hedges' g",
        ci: [0.75, 1.18],
        study: { methodFlags: [], evidenceLevel: 'E1', design: 'META_ANALYSIS' },
      },
      { ...querec, study: { methodFlags: [], evidenceLevel: 'E2', design: 'CASE_CONTROL', sampleSize: 260 } },
    ]);
    expect(pair.secondaryStudies).toEqual(['baraniuk-2024-meta-analysis']);
    expect(pair.studies.map((s) => [s.studySlug, s.secondary, s.counted])).toEqual([
      ['baraniuk-2024-meta-analysis', true, false],
      ['querec-2023-natural-killer', false, true],
    ]);
    expect(pair.weightedSupport).toEqual({ up: 0, down: 0, none: 1, undirected: 0 });
    expect(pair.consensus).toBe('NONE');
    expect(pair.contradictory).toBe(false);
    expect(pair.consensusReason).toMatch(/1 secondary study \(review, meta-analysis\) shown but not counted/);
    expect(pair.pooledUnavailableReason).toMatch(/^no finding carries comparable statistics/);
  });
});

describe('buildMatrix', () => {
  it('returns one cell per subject × object, row-major, empty pairs INSUFFICIENT', () => {
    const findingsByPair = new Map([
      [pairKey('IL-6', 'ME/CFS'), [finding('a', 'ELEVATED_IN'), finding('b', 'ELEVATED_IN')]],
      [pairKey('IL-6', 'Fatigue'), [finding('c', 'CORRELATES_WITH', {}, { sign: 'NEGATIVE' })]],
    ]);
    const matrix = buildMatrix(['IL-6', 'TNF'], ['ME/CFS', 'Fatigue'], findingsByPair);
    expect(matrix.cells.map((c) => [c.subject, c.object, c.consensus, c.studyCount])).toEqual([
      ['IL-6', 'ME/CFS', 'UP', 2],
      ['IL-6', 'Fatigue', 'DOWN', 1],
      ['TNF', 'ME/CFS', 'INSUFFICIENT', 0],
      ['TNF', 'Fatigue', 'INSUFFICIENT', 0],
    ]);
    expect(matrix.cells[0]?.counts.byRelation.ELEVATED_IN).toBe(2);
    const viaFunction = buildMatrix(['IL-6'], ['ME/CFS'], (s, o) => findingsByPair.get(pairKey(s, o)));
    expect(viaFunction.cells[0]?.consensus).toBe('UP');
  });
});

describe('the default evidence filter', () => {
  it('keeps every study that is not retracted and every finding (what studyEvidenceFromRows assumes at import)', () => {
    expect(defaultFilterParams()).toEqual({
      evidenceLevels: null,
      pemCriteria: null,
      designs: null,
      yearFrom: null,
      yearTo: null,
      excludeRetracted: true,
      significantOnly: false,
      confidences: null,
    });
  });
});
