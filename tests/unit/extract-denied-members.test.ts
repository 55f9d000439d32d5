// Members denied after "but not": an elliptical clause of the same claim ("IgG1 was lower but not IgG2") or, after a
// correlation, its other object ("correlated with fatigue but not pain"). Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { findingLines } from '../support/extract-lines.ts';

describe('members denied after "but not"', () => {
  it('"lower in patients but not IgG2 or IgG4": a null for each denied member', () => {
    expect(findingLines('IgG1 was lower in patients but not IgG2 or IgG4.')).toEqual([
      'IgG1 | REDUCED_IN | ME/CFS | -',
      'IgG2 | NOT_DIFFERENT_IN | ME/CFS | -',
      'IgG4 | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('"correlated with fatigue but not pain", "predicted A but not B": the denied member is the other object', () => {
    expect(findingLines('IL-6 correlated with fatigue but not pain.')).toEqual([
      'IL-6 | CORRELATES_WITH | fatigue | -',
      'IL-6 | NOT_CORRELATED_WITH | pain | -',
    ]);
    expect(findingLines('The ceramide level predicted breathlessness (p = 0.01), but not fatigue.')).toEqual([
      'ceramide level | ASSOCIATED_WITH | dyspnea | -',
      'ceramide level | NOT_CORRELATED_WITH | fatigue | -',
    ]);
  });

  it("a decimal point in the denied member's p is no sentence end", () => {
    expect(findingLines('IgG1 was lower in patients (p = 0.01) but not IgG2 (p = 0.4).', { p: true })).toEqual([
      'IgG1 | REDUCED_IN | ME/CFS | - | 0.01',
      'IgG2 | NOT_DIFFERENT_IN | ME/CFS | - | 0.4',
    ]);
  });

  it('a group, a time or a manner after "but not" stays as written', () => {
    expect(findingLines('IL-6 was higher in patients but not in controls.')).toEqual([
      'IL-6 | ELEVATED_IN | ME/CFS | -',
      'IL-6 | NOT_DIFFERENT_IN | controls | -',
    ]);
    expect(findingLines('IL-6 was higher in patients but not significantly.')).toEqual([
      'IL-6 | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });
});

describe('a reference group the comparison is denied against', () => {
  const study = { title: 'Sleep in ME/CFS, multiple sclerosis, depression and healthy adults' };

  it('"higher than in A (p) but not than in B (p)": a null against B, each with its own p', () => {
    expect(
      findingLines(
        'Daytime sleepiness was higher in ME/CFS than in multiple sclerosis (p = 0.003) but not than in depression (p = 0.44).',
        { ...study, p: true },
      ),
    ).toEqual([
      'daytime sleepiness | ELEVATED_IN | ME/CFS | multiple sclerosis | 0.003',
      'daytime sleepiness | NOT_DIFFERENT_IN | ME/CFS | depression | 0.44',
    ]);
  });

  it('"exceeded that of A but not that of B", and a bare group after a comparison with "than"', () => {
    expect(
      findingLines(
        'Serum neopterin in ME/CFS exceeded that of healthy adults (p = 0.001) but not that of depression.',
        study,
      ),
    ).toEqual([
      'serum neopterin | ELEVATED_IN | ME/CFS | healthy adults',
      'serum neopterin | NOT_DIFFERENT_IN | ME/CFS | depression',
    ]);
    expect(
      findingLines(
        'ME/CFS exceeded depression on daytime sleepiness (p = 0.01) but not multiple sclerosis (p = 0.2).',
        study,
      ),
    ).toEqual([
      'daytime sleepiness | ELEVATED_IN | ME/CFS | depression',
      'daytime sleepiness | NOT_DIFFERENT_IN | ME/CFS | multiple sclerosis',
    ]);
  });
});

describe("another group denied the previous clause's difference", () => {
  const study = { title: 'Gum health in fibromyalgia, ME/CFS and healthy women' };

  it('"whereas ME/CFS did not differ from healthy women on either": a null in ME/CFS for each measure', () => {
    expect(
      findingLines(
        'Probing depth and gingival index were greater in fibromyalgia than in healthy women (p = 0.004 and p = 0.01), whereas ME/CFS did not differ from healthy women on either.',
        study,
      ),
    ).toEqual([
      'probing depth | ELEVATED_IN | fibromyalgia | healthy women',
      'gingival index | ELEVATED_IN | fibromyalgia | healthy women',
      'probing depth | NOT_DIFFERENT_IN | ME/CFS | healthy women',
      'gingival index | NOT_DIFFERENT_IN | ME/CFS | healthy women',
    ]);
  });

  it('"whereas in ME/CFS neither differed from healthy values": the group the clause opens with, the comparator kept', () => {
    expect(
      findingLines(
        'Fibre density and clot lysis time were higher in fibromyalgia than in healthy women, whereas in ME/CFS neither differed from healthy values.',
        study,
      ).slice(2),
    ).toEqual([
      'fibre density | NOT_DIFFERENT_IN | ME/CFS | healthy women',
      'clot lysis time | NOT_DIFFERENT_IN | ME/CFS | healthy women',
    ]);
  });
});
