// Value contrasts: figures in one unit, each in its own group, with no direction word. Sentences are written for
// these tests.
import { describe, expect, it } from 'vitest';
import { findingLines } from '../support/extract-lines.ts';

const extract = (sentence: string) => findingLines(sentence, { title: 'A study of long COVID' });

describe('figures in groups', () => {
  it('a figure of a whole ("3.1% of fibres in A against 1.2% in controls")', () => {
    expect(extract('Ragged-red fibres made up 3.1% of fibres in long COVID against 1.2% in controls')).toEqual([
      'ragged-red fibres | ELEVATED_IN | long COVID | controls',
    ]);
  });

  it('a series of three: the patients against each reference group', () => {
    expect(
      extract(
        'Classical monocytes made up 71% of monocytes in long COVID, 64% in recovered participants and 62% in blood donors',
      ),
    ).toEqual([
      'classical monocytes | ELEVATED_IN | long COVID | recovered participants',
      'classical monocytes | ELEVATED_IN | long COVID | blood donors',
    ]);
  });

  it('a time the sentence opens with ("One minute after exercise, …") is no part of the measure', () => {
    expect(
      extract('One minute after exercise, QRX recovery was 17 units in long COVID against 26 units in controls'),
    ).toEqual(['QRX recovery | REDUCED_IN | long COVID | controls']);
  });

  it('an appositive between commas defines the measure; it is not part of its name', () => {
    expect(
      extract('The QRX ratio, QRX1 divided by the sum of QRX2 and QRX3, was 0.8 in long COVID and 1.3 in controls'),
    ).toEqual(['QRX ratio | REDUCED_IN | long COVID | controls']);
  });

  it('"of predicted": the figure is still the measure\'s', () => {
    expect(extract('Forced vital capacity was 82% of predicted in long COVID and 97% in controls')).toEqual([
      'forced vital capacity | REDUCED_IN | long COVID | controls',
    ]);
  });

  it('a change given per group is what was measured, and its cue word gives no direction', () => {
    expect(
      extract('The peak rise in cerebral blood flow velocity was 9% in long COVID and 16% in recovered participants'),
    ).toEqual(['peak rise in cerebral blood flow velocity | REDUCED_IN | long COVID | recovered participants']);
  });

  it('a figure with a thousands comma is one figure ("averaged 1,020 mL in A and 690 mL in B")', () => {
    expect(
      extract('Overnight urine output averaged 1,240 mL in long COVID and 810 mL in controls (p < 0.001)'),
    ).toEqual(['overnight urine output | ELEVATED_IN | long COVID | controls']);
  });

  it('figures in different units are no contrast', () => {
    expect(extract('Ferritin was 90 ng/mL in long COVID and 12% in controls')).toEqual([]);
  });
});

describe('groups a value series names in few words', () => {
  it('"33 in recovered and 31 in never-infected adults": a modifier alone shares the people another group names', () => {
    expect(extract('QRX1 scores were 46 in long COVID, 33 in recovered and 31 in never-infected adults.')).toEqual([
      'QRX1 scores | ELEVATED_IN | long COVID | recovered adults',
      'QRX1 scores | ELEVATED_IN | long COVID | never-infected adults',
    ]);
  });

  it('"adults never infected" is the never-infected reference group', () => {
    expect(extract('QRX1 was 21.4 in long COVID and 28.6 in adults never infected (p < 0.001).')).toEqual([
      'QRX1 | REDUCED_IN | long COVID | adults never infected',
    ]);
  });
});

describe('figures by chance, and groups named with "with"', () => {
  it('figures the sentence says differ by chance are no difference', () => {
    expect(extract('Peak lactate was 6.1 mmol/L in long COVID and 5.8 mmol/L in recovered adults (p = 0.41)')).toEqual([
      'peak lactate | NOT_DIFFERENT_IN | long COVID | recovered adults',
    ]);
    expect(
      extract(
        'Peak lactate was 6.1 mmol/L in long COVID and 5.8 mmol/L in recovered adults, a non-significant difference',
      ),
    ).toEqual(['peak lactate | NOT_DIFFERENT_IN | long COVID | recovered adults']);
  });

  it('"81% with long COVID … and 90% among healthy sleepers": a group after "with", sleepers as a group', () => {
    expect(extract('Sleep efficiency averaged 81% with long COVID and 90% among healthy sleepers (p < 0.001)')).toEqual(
      ['sleep efficiency | REDUCED_IN | long COVID | healthy sleepers'],
    );
  });
});

describe('a clause after figures set side by side', () => {
  it('"X was 1.9 in A and 1.7 in B (p), and Y was similar": the figures end a clause, and Y is a clause of its own', () => {
    expect(
      extract('HOMA-IR was 1.9 in long COVID and 1.7 in controls (p = 0.21), and serum leptin was similar'),
    ).toEqual([
      'HOMA-IR | NOT_DIFFERENT_IN | long COVID | controls',
      'leptin | NOT_DIFFERENT_IN | long COVID | controls',
    ]);
  });
});

describe('series that share their words', () => {
  it('", and Y 6.2, 5.0 and 0.3": a gapped series takes the verb and, figure by figure, the groups before it', () => {
    expect(
      extract(
        'Grip strength was 21 kg in long COVID, 24 kg in ME/CFS and 31 kg in controls, and pinch strength 5.1, 5.6 and 7.9, each patient group differing from controls (all p < 0.01)',
      ),
    ).toEqual([
      'hand grip strength | REDUCED_IN | long COVID | controls',
      'hand grip strength | REDUCED_IN | ME/CFS | controls',
      'pinch strength | REDUCED_IN | long COVID | controls',
      'pinch strength | REDUCED_IN | ME/CFS | controls',
    ]);
  });

  it('"in mild, moderate and severe ME/CFS": a severity alone shares the condition written once', () => {
    expect(
      extract('Step count was 5,100 in mild, 3,200 in moderate and 1,100 in severe ME/CFS, against 8,900 in controls'),
    ).toEqual([
      'step count | REDUCED_IN | mild ME/CFS | controls',
      'step count | REDUCED_IN | moderate ME/CFS | controls',
      'step count | REDUCED_IN | severe ME/CFS | controls',
    ]);
  });

  it('"only the severe group differing": the other groups\' figures claim nothing', () => {
    expect(
      extract(
        'Serum ferritin was 41 in severe, 58 in moderate and 66 in mild ME/CFS against 70 in controls, only the severe group differing from controls (p = 0.004)',
      ),
    ).toEqual(['ferritin | REDUCED_IN | severe ME/CFS | controls']);
  });
});
