// The random-effects model (src/evidence/random-effects.ts) against metafor: REML τ², its Q-profile CI, the HKSJ
// summary CI (with the ad hoc correction), I² from τ², Cochran's Q and its p-value, and the prediction interval.
// Every reference value below was produced by tests/reference/random-effects.R (R 4.2.2, metafor 3.8.1 from
// Debian's r-cran-metafor, REML run to a 1e-13 threshold, confint() to tol 1e-12) on the dev machine; its output is
// tests/reference/random-effects.out. The tests do not need R.
import { describe, expect, it } from 'vitest';
import { derSimonianLaird, qProfileTau2Ci, randomEffects, remlTau2 } from '../../src/evidence/index.ts';

// metafor's dat.normand1999 (9 trials, length of hospital stay), escalc(measure = "SMD"): Hedges g and variances.
const normandYi = [
  -0.35516964094010689, -0.34794002273909852, -2.31756916016373049, -1.88798225293684663, -0.38396414116970129,
  0.17214866906959103, 0.2720520738529319, -0.42459627189426086, 0.28955623008075509,
];
const normandVi = [
  0.013064675541529683, 0.064468876098856681, 0.045812110280182811, 0.160617735936173484, 0.205433278392224222,
  0.036910570000361909, 0.060267125836432664, 0.014863038419332694, 0.036271734158054549,
];
// metafor's dat.molloy2014 (16 studies, conscientiousness × adherence), escalc(measure = "ZCOR").
const molloyYi = [
  0.189226642530928801, 0.163439918464886758, 0.354092528962243025, 0.331647108705132143, 0.276863822655100067, 0,
  0.176820020121789212, 0.050041729278491313, 0.266108406873654113, 0.010000333353334718, -0.090244187856146837,
  0.388423099718296194, 0, 0.151140435936466755, 0.244774112659352894, 0.040021353836768282,
];
const molloyVi = [
  0.009433962264150943, 0.0013404825737265416, 0.019230769230769232, 0.009615384615384616, 0.014492753623188406,
  0.016129032258064516, 0.005847953216374269, 0.0030959752321981426, 0.01818181818181818, 0.0013020833333333333,
  0.018867924528301886, 0.011363636363636364, 0.008849557522123894, 0.0018726591760299626, 0.0064516129032258064,
  0.016129032258064516,
];

interface Reference {
  tau2: number;
  estimate: number;
  seWald: number;
  i2: number;
  q: number;
  qPValue: number;
  hksjSe: number;
  ci: [number, number];
  tau2Ci: [number, number];
  pi: [number, number];
  dlTau2: number;
}

const cases: [string, number[], number[], Reference][] = [
  [
    'normand1999, k = 9',
    normandYi,
    normandVi,
    {
      tau2: 0.790842913750769,
      estimate: -0.53710825843296,
      seWald: 0.308661490278689,
      i2: 95.4949370734211,
      q: 123.729274359718,
      qPValue: 5.62251323204304e-23,
      hksjSe: 0.30928563385651,
      ci: [-1.25032220906531, 0.176105692199394],
      tau2Ci: [0.325384441184728, 3.10840340261515],
      pi: [-2.76301590665251, 1.68879938978659],
      dlTau2: 0.539714374820215,
    },
  ],
  [
    'normand1999 first 3, k = 3',
    normandYi.slice(0, 3),
    normandVi.slice(0, 3),
    {
      tau2: 1.2427510596603,
      estimate: -1.00437282240368,
      seWald: 0.654092946597384,
      i2: 97.2132296654305,
      q: 68.0336927953565,
      qPValue: 1.6852770931074e-15,
      hksjSe: 0.654672328112165,
      ci: [-3.82120050204692, 1.81245485723957],
      tau2Ci: [0.30634938653228, 50.8462064977171],
      pi: [-17.4273016636737, 15.4185560188663],
      dlTau2: 1.17623890109689,
    },
  ],
  // k = 4: the HKSJ factor is 0.9877 < 1, so the ad hoc correction keeps the Wald SE (metafor's plain knha SE would
  // be 0.515771035382885): the mKH row of the .out file.
  [
    'normand1999 first 4, k = 4',
    normandYi.slice(0, 4),
    normandVi.slice(0, 4),
    {
      tau2: 1.00903378522635,
      estimate: -1.20737224439289,
      seWald: 0.518973389482571,
      i2: 95.6283259805245,
      q: 75.9449954073907,
      qPValue: 2.2727573734353e-16,
      hksjSe: 0.518973389482571,
      ci: [-2.85897719029226, 0.444232701506482],
      tau2Ci: [0.283219735973431, 14.5809432362339],
      pi: [-6.07216225637075, 3.65741776758497],
      dlTau2: 1.12160818974599,
    },
  ],
  [
    'molloy2014, k = 16',
    molloyYi,
    molloyVi,
    {
      tau2: 0.00810956082415919,
      estimate: 0.149917148517371,
      seWald: 0.031559960165829,
      i2: 61.7296546888175,
      q: 38.1595154236157,
      qPValue: 0.000854584975973367,
      hksjSe: 0.0327697722477472,
      ci: [0.0800700323518129, 0.219764264682929],
      tau2Ci: [0.00169517401322687, 0.0377708984128044],
      pi: [-0.0547453146351477, 0.35457961166989],
      dlTau2: 0.00776254405495921,
    },
  ],
];

describe('random effects against metafor', () => {
  for (const [name, yi, vi, ref] of cases) {
    it(name, () => {
      const model = randomEffects(yi, vi);
      const rel = (actual: number, expected: number, tolerance = 1e-8) =>
        expect(
          Math.abs(actual - expected) / Math.max(1e-12, Math.abs(expected)),
          `${actual} vs ${expected}`,
        ).toBeLessThan(tolerance);
      expect(model.tau2Method).toBe('REML');
      rel(model.tau2, ref.tau2);
      rel(model.estimate, ref.estimate);
      rel(model.seWald, ref.seWald);
      rel(model.i2, ref.i2);
      rel(model.q, ref.q, 1e-12);
      expect(model.ciMethod).toBe('HKSJ');
      expect(model.ciDf).toBe(yi.length - 1);
      rel(model.se, ref.hksjSe);
      rel(model.ci[0], ref.ci[0]);
      rel(model.ci[1], ref.ci[1]);
      rel(model.tau2Ci[0], ref.tau2Ci[0], 1e-7);
      rel(model.tau2Ci[1], ref.tau2Ci[1], 1e-7);
      rel(model.predictionInterval![0], ref.pi[0]);
      rel(model.predictionInterval![1], ref.pi[1]);
      rel(derSimonianLaird(yi, vi).tau2, ref.dlTau2, 1e-12);
      // p-values below 1e-15 are beyond double precision of 1 − CDF: only say they are tiny
      if (ref.qPValue > 1e-12) rel(model.qPValue, ref.qPValue, 1e-6);
      else expect(model.qPValue).toBeLessThan(1e-12);
    });
  }

  it('k = 2 uses the Wald interval and gives no prediction interval, and says so', () => {
    const model = randomEffects(normandYi.slice(0, 2), normandVi.slice(0, 2));
    expect(model.ciMethod).toBe('WALD');
    expect(model.ciDf).toBeNull();
    expect(model.predictionInterval).toBeNull();
    expect(model.se).toBe(model.seWald);
    expect(model.ci[1] - model.estimate).toBeCloseTo(1.959963984540054 * model.seWald, 12);
    expect(model.notes.join(' ')).toMatch(/only 2 studies pool/);
  });

  it('homogeneous studies: τ² = 0 by REML, Q-profile CI from 0, HKSJ never narrower than Wald', () => {
    const yi = [0.25, 0.25, 0.25];
    const vi = [0.02, 0.02, 0.02];
    expect(remlTau2(yi, vi)).toMatchObject({ tau2: 0, converged: true });
    expect(qProfileTau2Ci(yi, vi)[0]).toBe(0);
    const model = randomEffects(yi, vi);
    expect(model.i2).toBe(0);
    expect(model.se).toBe(model.seWald); // the plain HKSJ SE would be 0 here
  });
});
