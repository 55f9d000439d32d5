// Changes over time inside a group (GUIDE rule 1: the time reference is the comparator) and their nulls. Sentences
// are written for these tests; each exercises one class of wording.
import { describe, expect, it } from 'vitest';
import { findingLines } from '../support/extract-lines.ts';

const exercise = { title: 'Cytokines after exercise in ME/CFS and sedentary controls' };

describe('a time after exercise with its interval', () => {
  it('"rose one hour after exercise in both groups": each group against before exercise', () => {
    expect(findingLines('IL-10 rose one hour after exercise in both groups.', exercise)).toEqual([
      'IL-10 | ELEVATED_IN | ME/CFS | before exercise',
      'IL-10 | ELEVATED_IN | sedentary controls | before exercise',
    ]);
  });

  it('the interval is not part of the measure ("fatigue ratings 24 hours after exercise")', () => {
    expect(
      findingLines(
        'Fatigue ratings 24 hours after exercise were higher in patients than in controls (p = 0.01).',
        exercise,
      ),
    ).toEqual(['fatigue ratings | ELEVATED_IN | ME/CFS | controls']);
  });
});

describe('denied worsening', () => {
  it('"did not deteriorate after exercise in either group" is a null in each group', () => {
    expect(findingLines('Stroop performance did not deteriorate after exercise in either group.', exercise)).toEqual([
      'stroop performance | NOT_DIFFERENT_IN | ME/CFS | before exercise',
      'stroop performance | NOT_DIFFERENT_IN | sedentary controls | before exercise',
    ]);
  });
});

describe('a baseline named by what it preceded', () => {
  it('"from the pre-infection baseline" is the comparator as written', () => {
    expect(
      findingLines('Resting heart rate did not differ from the pre-infection baseline in either group.', {
        title: 'Smartwatch data before and after infection in long COVID and recovered participants',
      }),
    ).toEqual([
      'resting heart rate | NOT_DIFFERENT_IN | long COVID | pre-infection baseline',
      'resting heart rate | NOT_DIFFERENT_IN | recovered participants | pre-infection baseline',
    ]);
  });
});

describe('how and when a measure was taken, between subject and verb', () => {
  it('"measured 90 minutes after the capsules" is not the subject', () => {
    expect(
      findingLines('Serum glutamate measured 90 minutes after the capsules was higher in patients than in controls.'),
    ).toEqual(['serum glutamate | ELEVATED_IN | ME/CFS | controls']);
  });

  it('", measured by algometry at four sites," set off by commas is not the subject either', () => {
    expect(
      findingLines(
        'Pressure pain thresholds, measured by algometry at four sites, were lower in patients than in controls.',
      ),
    ).toEqual(['pressure pain threshold | REDUCED_IN | ME/CFS | controls']);
  });
});

describe('each arm of a trial named by what it gave', () => {
  it('"did not change with either capsule": a null in each arm', () => {
    expect(
      findingLines('Seated blood pressure did not change with either capsule.', {
        title: 'Ivabradine versus placebo capsules in POTS: a crossover trial',
      }),
    ).toEqual([
      'seated blood pressure | NOT_DIFFERENT_IN | ivabradine treatment group | -',
      'seated blood pressure | NOT_DIFFERENT_IN | placebo arm | -',
    ]);
  });
});

describe('a leading time point without its comma', () => {
  it('"At 6 months zonulin was higher …": the time point is not part of the subject', () => {
    expect(findingLines('At 6 months zonulin was higher in patients than in controls (p = 0.02).')).toEqual([
      'zonulin | ELEVATED_IN | ME/CFS | controls',
    ]);
  });
});

describe('an absolute clause of no change', () => {
  it('", with interdaily stability unchanged (p = 0.40)" is a null with its own p', () => {
    expect(
      findingLines(
        'Relative amplitude was lower (p = 0.002) in patients, with interdaily stability unchanged (p = 0.40).',
        { p: true },
      ),
    ).toEqual([
      'relative amplitude | REDUCED_IN | ME/CFS | - | 0.002',
      'interdaily stability | NOT_DIFFERENT_IN | ME/CFS | - | 0.4',
    ]);
  });
});

describe('a change reported group by group, each with its own p', () => {
  it('"rose by 31% in A (p) and by 9% in controls (p)": each group its own change, a null where its p is not', () => {
    expect(
      findingLines(
        'After the stair test, urinary lactate rose by 31% in patients (p = 0.004) and by 9% in controls (p = 0.22).',
        { ...exercise, p: true },
      ),
    ).toEqual([
      'urinary lactate | ELEVATED_IN | ME/CFS | - | 0.004',
      'urinary lactate | NOT_DIFFERENT_IN | sedentary controls | - | 0.22',
    ]);
  });

  it('"dropped from a to b among A (p) and from c to d among B (p)": a fall in each group', () => {
    expect(
      findingLines(
        'Walking speed dropped from 1.2 to 1.0 m/s among patients (p = 0.001) and from 1.4 to 1.3 m/s among controls (p = 0.03).',
        exercise,
      ),
    ).toEqual(['walking speed | REDUCED_IN | ME/CFS | -', 'walking speed | REDUCED_IN | sedentary controls | -']);
  });

  it('"but by only 2% in B (p = 0.31)": the weaker group is a null, not the groups set against each other', () => {
    expect(
      findingLines(
        'During the cold pressor test, forearm vascular resistance increased by 24% in healthy women (p < 0.001) but by only 3% in fibromyalgia (p = 0.41).',
        { title: 'Forearm blood flow in fibromyalgia and healthy women' },
      ),
    ).toEqual([
      'forearm vascular resistance | ELEVATED_IN | healthy women | -',
      'forearm vascular resistance | NOT_DIFFERENT_IN | fibromyalgia | -',
    ]);
  });

  it('figures by time of day are not groups: "by 9% in the morning (p) and by 3% in the evening (p)"', () => {
    expect(
      findingLines('Heart rate rose by 9% in the morning (p = 0.01) and by 3% in the evening (p = 0.2).').some((line) =>
        line.includes('NOT_DIFFERENT_IN'),
      ),
    ).toBe(false);
  });
});

describe('a verb of change said of the groups together', () => {
  const threeGroups = { title: 'Symptoms after exertion in ME/CFS, multiple sclerosis and sedentary controls' };

  it('"had risen in both groups" without a time word: each group its own rise', () => {
    expect(findingLines('At 1 hour, pyruvate had risen in both groups.', exercise)).toEqual([
      'pyruvate | ELEVATED_IN | ME/CFS | -',
      'pyruvate | ELEVATED_IN | sedentary controls | -',
    ]);
  });

  it('"had roughly doubled in every group": each condition of the study and its controls', () => {
    expect(
      findingLines(
        'At the end of cycling, IL-8 had roughly doubled in every group (all p < 0.001 against pre-exercise).',
        threeGroups,
      ),
    ).toEqual([
      'IL-8 | ELEVATED_IN | ME/CFS | pre-exercise',
      'IL-8 | ELEVATED_IN | multiple sclerosis | pre-exercise',
      'IL-8 | ELEVATED_IN | sedentary controls | pre-exercise',
    ]);
  });

  it('"in both groups" of a study of three is the patients and the controls, not every condition', () => {
    expect(findingLines('Glycerol rose from baseline in both groups.', threeGroups)).toEqual([
      'glycerol | ELEVATED_IN | ME/CFS | baseline',
      'glycerol | ELEVATED_IN | sedentary controls | baseline',
    ]);
  });

  it('"each group" is never a group of its own', () => {
    expect(findingLines('IL-8 rose in each group.', threeGroups).some((line) => line.includes('each group'))).toBe(
      false,
    );
  });
});

describe('a verb of change said of the controls alone', () => {
  it('"fell across the session in controls but not in patients": the controls\' fall, the patients\' null', () => {
    expect(
      findingLines('Salivary melatonin fell across the session in controls but not in patients.', exercise),
    ).toEqual([
      'salivary melatonin | REDUCED_IN | sedentary controls | -',
      'salivary melatonin | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('"rose with the drug and did not change with placebo" says nothing of a rise on placebo', () => {
    expect(
      findingLines(
        'IGF-1 rose from 112 ng/mL at baseline to 238 ng/mL by month 3 with somatropin (p < 0.001) and did not change with placebo.',
        { title: 'Somatropin in ME/CFS: a placebo-controlled trial' },
      ).some((line) => line.includes('| ELEVATED_IN | placebo')),
    ).toBe(false);
  });

  it('figures set side by side ("by 38 beats/min in A and 21 beats/min in classmates") are no change of the classmates alone', () => {
    expect(
      findingLines(
        'Heart rate rose by a mean of 38 beats/min in affected adolescents and 21 beats/min in classmates (p < 0.001).',
        {
          title: 'Orthostatic heart rate in adolescents',
        },
      ).some((line) => line.split(' | ')[2] === 'classmates'),
    ).toBe(false);
  });
});

describe('a return to the earlier value', () => {
  it('"had returned to pre-exercise values in controls but remained elevated in patients": the controls\' null, the patients\' rise', () => {
    expect(
      findingLines(
        'By 24 hours, IL-8 had returned to pre-exercise values in controls but remained elevated in patients (p = 0.01).',
        exercise,
      ),
    ).toEqual(['IL-8 | NOT_DIFFERENT_IN | sedentary controls | -', 'IL-8 | ELEVATED_IN | ME/CFS | -']);
  });

  it('"remained above their pre-exercise values …, whereas in controls both had returned to baseline": "both" are the two measures', () => {
    expect(
      findingLines(
        'At 24 hours, prostaglandin E2 and leukotriene B4 remained above their pre-exercise values in patients (p = 0.006 and p = 0.03), whereas in controls both had returned to baseline.',
        exercise,
      ),
    ).toEqual([
      'prostaglandin E2 | ELEVATED_IN | ME/CFS | their pre-exercise values',
      'leukotriene B4 | ELEVATED_IN | ME/CFS | their pre-exercise values',
      'prostaglandin E2 | NOT_DIFFERENT_IN | sedentary controls | pre-exercise',
      'leukotriene B4 | NOT_DIFFERENT_IN | sedentary controls | pre-exercise',
    ]);
  });

  it('"had not returned to baseline" is no null', () => {
    expect(
      findingLines(
        'Salivary HHV-6 load rose 24 hours after exercise in patients (p = 0.003) and had not returned to baseline at 48 hours.',
        exercise,
      ).some((line) => line.includes('NOT_DIFFERENT_IN | ME/CFS')),
    ).toBe(false);
  });

  it('"rose in A but fell in B": each group its own change, not one set against the other', () => {
    expect(
      findingLines(
        'Four hours after exercise, miR-93 rose in patients (p = 0.002) but fell in controls (p = 0.03).',
        exercise,
      ),
    ).toEqual([
      'miR-93 | ELEVATED_IN | ME/CFS | before exercise',
      'miR-93 | REDUCED_IN | sedentary controls | before exercise',
    ]);
  });
});

describe('more ways of saying a measure did not move', () => {
  it('"whereas IgG (p = 0.21) and IgA (p = 0.47) stayed level", "were not affected": nulls, each with its p', () => {
    expect(
      findingLines('IgM fell in patients (p < 0.001), whereas IgG (p = 0.21) and IgA (p = 0.47) stayed level.', {
        p: true,
      }),
    ).toEqual([
      'IgM levels | REDUCED_IN | ME/CFS | - | 0.001',
      'IgG levels | NOT_DIFFERENT_IN | ME/CFS | - | 0.21',
      'IgA levels | NOT_DIFFERENT_IN | ME/CFS | - | 0.47',
    ]);
    expect(
      findingLines('CXCL10 was lower in patients (p = 0.004), whereas CXCL11 and IL-18 were not affected.'),
    ).toEqual([
      'CXCL10 | REDUCED_IN | ME/CFS | -',
      'CXCL11 | NOT_DIFFERENT_IN | ME/CFS | -',
      'IL-18 | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('"lay within the range of", "at control levels", "equally uncommon", "did not differ by group"', () => {
    expect(findingLines('QRX1 and QRX2 lay within the range of controls.')).toEqual([
      'QRX1 | NOT_DIFFERENT_IN | ME/CFS | controls',
      'QRX2 | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
    expect(findingLines('QRX1 cells were at control levels in patients.')).toEqual([
      'QRX1 cells | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
    expect(findingLines('Headache was equally uncommon in the two groups (3% and 2%).')).toEqual([
      'headache | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
    expect(findingLines('QRX1 did not differ by group (p = 0.66).')).toEqual(['QRX1 | NOT_DIFFERENT_IN | ME/CFS | -']);
  });

  it('"rose in patients while that of controls stayed level": the rise is still read', () => {
    expect(
      findingLines(
        "After the walk test, patients' clot firmness rose (p = 0.02) while that of controls stayed level.",
        exercise,
      ),
    ).toContain('clot firmness | ELEVATED_IN | ME/CFS | -');
  });
});

describe('a change compared between groups, named by its noun', () => {
  it('"the fall in X was smaller in patients": the fall is the measure, smaller its direction', () => {
    expect(
      findingLines('The fall in plasma citrulline was smaller in ME/CFS than in controls (p = 0.02).', exercise),
    ).toEqual(['fall in plasma citrulline | REDUCED_IN | ME/CFS | controls']);
  });

  it('"the rise in X was greater": a larger change, whichever way the measure moved', () => {
    expect(
      findingLines('The rise in serum uric acid was significantly greater in patients (p = 0.004).', exercise),
    ).toEqual(['rise in serum uric acid | ELEVATED_IN | ME/CFS | -']);
  });

  it('a change noun with no comparative after it still reads as the change ("an increase in X was seen")', () => {
    expect(findingLines('An increase in IL-10 was seen in patients after exercise.', exercise)).toEqual([
      'IL-10 | ELEVATED_IN | ME/CFS | before exercise',
    ]);
  });
});

describe('a change of the measure the clause before named', () => {
  it('"…, but the rise was larger in patients": the rise of the earlier subject', () => {
    expect(
      findingLines('Plasma taurine rose in both groups, but the rise was larger in ME/CFS (p = 0.02).', exercise),
    ).toEqual([
      'plasma taurine | ELEVATED_IN | ME/CFS | -',
      'plasma taurine | ELEVATED_IN | sedentary controls | -',
      'rise in plasma taurine | ELEVATED_IN | ME/CFS | -',
    ]);
  });

  it('"…, with a smaller fall in patients": the fall compared, in a clause of its own', () => {
    expect(
      findingLines('Serum phosphate fell in both groups, with a smaller fall in ME/CFS (p = 0.01).', exercise),
    ).toEqual([
      'serum phosphate | REDUCED_IN | ME/CFS | -',
      'serum phosphate | REDUCED_IN | sedentary controls | -',
      'fall in serum phosphate | REDUCED_IN | ME/CFS | -',
    ]);
  });

  it('"the size of the rise did not differ": the rise, a null between the groups', () => {
    expect(
      findingLines('Plasma taurine rose in both groups, and the size of the rise did not differ (p = 0.5).', exercise),
    ).toContain('rise in plasma taurine | NOT_DIFFERENT_IN | ME/CFS | -');
  });
});

describe('an open-label study of one treated group', () => {
  it('a change from baseline is the treated patients’ (rule 9), though the sentence does not name the drug', () => {
    expect(
      findingLines('Fatigue scores fell from baseline by week 12 (p = 0.01).', {
        title: 'Low-dose naltrexone in ME/CFS: an open-label pilot',
      }),
    ).toEqual(['fatigue | REDUCED_IN | low-dose naltrexone treatment group | baseline']);
  });

  it('a study with a reference group is no single arm: the change stays the patients’', () => {
    expect(
      findingLines('Fatigue scores fell from baseline by week 12 (p = 0.01).', {
        title: 'Low-dose naltrexone in ME/CFS, with healthy controls seen at the same visits',
      }),
    ).toEqual(['fatigue | REDUCED_IN | ME/CFS | baseline']);
  });
});

describe('a change in one group coordinated with its absence in another', () => {
  const tilt = { title: 'Mast cell mediators during tilt in POTS and healthy volunteers' };

  it('"rose in POTS (p) and did not change in volunteers": a rise in POTS, a null in the volunteers', () => {
    expect(
      findingLines('Plasma tryptase increased during tilt in POTS (p = 0.004) and did not change in volunteers.', tilt),
    ).toEqual([
      'plasma tryptase | ELEVATED_IN | postural orthostatic tachycardia syndrome | -',
      'plasma tryptase | NOT_DIFFERENT_IN | volunteers | -',
    ]);
  });

  it('"… and was unchanged in volunteers" reads the same', () => {
    expect(
      findingLines(
        'Urinary N-methylhistamine rose during tilt in POTS (p = 0.02) and was unchanged in volunteers.',
        tilt,
      ),
    ).toEqual([
      'urinary N-methylhistamine | ELEVATED_IN | postural orthostatic tachycardia syndrome | -',
      'urinary N-methylhistamine | NOT_DIFFERENT_IN | volunteers | -',
    ]);
  });
});

describe('the span a change was taken over, named by its ends', () => {
  const cohort = { title: 'A two-year follow-up of ME/CFS and healthy controls' };

  it('"between baseline and 24 months", "between visits": a change since baseline in the group the subject names', () => {
    expect(
      findingLines('Fatigue scores in patients did not change between baseline and 24 months (p = 0.41).', cohort),
    ).toEqual(['fatigue | NOT_DIFFERENT_IN | ME/CFS | baseline']);
    expect(findingLines('Fatigue scores in patients did not change between visits (p = 0.41).', cohort)).toEqual([
      'fatigue | NOT_DIFFERENT_IN | ME/CFS | baseline',
    ]);
  });

  it('"between 2014 and 2024": the first year is the comparator', () => {
    expect(findingLines('Fatigue scores in patients fell between 2014 and 2024 (p = 0.01).', cohort)).toEqual([
      'fatigue | REDUCED_IN | ME/CFS | 2014',
    ]);
  });

  it('"…, whereas scores in controls rose": the values of another group, named after them', () => {
    expect(
      findingLines(
        'Serum ferritin in patients fell over two years (p = 0.01), whereas levels in healthy controls did not change (p = 0.5).',
        cohort,
      ),
    ).toEqual([
      'ferritin | REDUCED_IN | ME/CFS | baseline',
      'ferritin | NOT_DIFFERENT_IN | healthy controls | baseline',
    ]);
    expect(
      findingLines(
        'Serum ferritin in patients did not change over two years (p = 0.41), whereas those in healthy controls rose (p = 0.03).',
        cohort,
      ),
    ).toEqual([
      'ferritin | NOT_DIFFERENT_IN | ME/CFS | baseline',
      'ferritin | ELEVATED_IN | healthy controls | baseline',
    ]);
  });
});
