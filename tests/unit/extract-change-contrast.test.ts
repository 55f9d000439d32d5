// Two groups' changes set against each other by one test (change-contrast.ts). Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { findingLines } from '../support/extract-lines.ts';

const study = { title: 'Metabolic responses to a standing test in ME/CFS and healthy controls' };

describe('the larger change: the measure moved further the way the verb says', () => {
  it('"rose by 3.1 in patients against 0.5 in controls" is higher in patients', () => {
    expect(
      findingLines('Serum urate rose by 3.1 mg/dL in patients against 0.5 mg/dL in controls (p = 0.002).', study),
    ).toEqual(['serum urate | ELEVATED_IN | ME/CFS | controls']);
  });

  it('the reference group may come first ("fell by 4% in controls and by 11% in ME/CFS")', () => {
    expect(findingLines('Cerebral oxygenation fell by 4% in controls and by 11% in ME/CFS (p = 0.01).', study)).toEqual(
      ['cerebral oxygenation | REDUCED_IN | ME/CFS | controls'],
    );
  });
});

describe('the smaller change: less of the change itself', () => {
  it('"rose 5.2-fold in controls but only 2.9-fold in ME/CFS" is a smaller rise in ME/CFS', () => {
    expect(
      findingLines(
        'After the drink, salivary nitrite rose 5.2-fold in healthy controls but only 2.9-fold in ME/CFS (p = 0.004 for the group difference).',
        study,
      ),
    ).toEqual(['rise in salivary nitrite | REDUCED_IN | ME/CFS | healthy controls']);
  });

  it('"fell by 3 mmHg in ME/CFS against 9 mmHg in controls" is a smaller fall, not a lower pressure', () => {
    expect(
      findingLines('Diastolic pressure fell by 3 mmHg in ME/CFS against 9 mmHg in controls (p = 0.03).', study),
    ).toEqual(['fall in diastolic pressure | REDUCED_IN | ME/CFS | controls']);
  });
});

describe('what the frame leaves to others', () => {
  it('a test that found no difference is a null on the change', () => {
    expect(
      findingLines('Plasma lactate rose 3.2-fold in ME/CFS and 2.9-fold in controls (p = 0.51 between groups).', study),
    ).toEqual(['rise in plasma lactate | NOT_DIFFERENT_IN | ME/CFS | controls']);
  });

  it('each group with its own test is each group’s change over time, not a contrast', () => {
    expect(
      findingLines('Urinary citrate rose by 22% in ME/CFS (p = 0.003) and by 6% in controls (p = 0.31).', study),
    ).toEqual([
      'urinary citrate | ELEVATED_IN | ME/CFS | -',
      'urinary citrate | NOT_DIFFERENT_IN | healthy controls | -',
    ]);
  });
});
