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
