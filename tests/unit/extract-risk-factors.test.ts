// Risk-factor sentences: each group the odds are compared in names a factor, ASSOCIATED_WITH the outcome. Sentences
// are written for these tests.
import { describe, expect, it } from 'vitest';
import { factorOfGroup } from '../../src/ingest/extract/risk-factors.ts';
import { findingLines } from '../support/extract-lines.ts';

const extract = (sentence: string) => findingLines(sentence, { title: 'Long COVID in a population survey', p: true });

describe('the factor a group stands for', () => {
  it.each([
    ['women', 'female sex'],
    ['men', 'male sex'],
    ['people aged 18–34 years', 'age 18–34 years'],
    ['those with obesity', 'obesity'],
    ['participants with two or more comorbidities', 'two or more comorbidities'],
    ['people hospitalised for COVID-19', 'hospitalisation for COVID-19'],
    ['people vaccinated before infection', 'vaccination before infection'],
  ])('%s → %s', (group, factor) => {
    expect(factorOfGroup(group)?.entity.name).toBe(factor);
  });

  it('a group that names no factor is none', () => {
    expect(factorOfGroup('the remaining participants')).toBeNull();
  });
});

describe('odds compared between groups', () => {
  it('"odds of <outcome> were higher in A (aOR …) and in B": each factor, with its own p', () => {
    expect(
      extract(
        'Odds of long COVID were higher in women (aOR 1.4, p = 0.002) and in people aged 50–64 years (aOR 1.2, p = 0.03)',
      ),
    ).toEqual([
      'female sex | ASSOCIATED_WITH | long COVID | - | 0.002',
      'age 50–64 years | ASSOCIATED_WITH | long COVID | - | 0.03',
    ]);
  });

  it('"Odds were higher in …" without an outcome: the study condition', () => {
    expect(extract('Odds were higher in women (aOR 1.3) and in those with asthma')).toEqual([
      'female sex | ASSOCIATED_WITH | long COVID | - | -',
      'asthma | ASSOCIATED_WITH | long COVID | - | -',
    ]);
  });

  it('"A and B had higher odds of <outcome>", after an adjunct naming the population (the outcome’s time is not its name)', () => {
    expect(
      extract(
        'Among infected nurses, men (OR 1.9) and those with more than three acute symptoms (OR 2.5) had higher odds of fatigue at one year',
      ),
    ).toEqual([
      'male sex | ASSOCIATED_WITH | fatigue | - | -',
      'more than three acute symptoms | ASSOCIATED_WITH | fatigue | - | -',
    ]);
  });

  it('a list partly read says nothing', () => {
    expect(extract('Odds were higher in women and in the remaining participants')).toEqual([]);
  });

  it('"loss of smell" is the symptom a vocabulary names, and "later" an outcome\'s time, not its name', () => {
    expect(
      extract(
        'Loss of smell during the acute infection was not associated with later fatigue (odds ratio 1.02, p = 0.81).',
      ),
    ).toEqual(['fatigue | NOT_CORRELATED_WITH | loss of smell | - | 0.81']);
    // (A loss no vocabulary names is a fall in what was lost.)
    expect(extract('Loss of muscle mass was greater in women than in men (p = 0.01).')[0]).toMatch(/^muscle mass \|/);
  });

  it('a diagnosis, with when it was made, is the condition diagnosed', () => {
    expect(
      extract(
        'A fibromyalgia diagnosis in the three years before infection was associated with long COVID (odds ratio 1.4).',
      ),
    ).toEqual(['fibromyalgia | ASSOCIATED_WITH | long COVID | - | -']);
  });
});

describe('factors denied an association', () => {
  it('"…, nor was B": B shares the denied association, with its own p', () => {
    expect(extract('Smoking was not associated with long COVID (p = 0.61), nor was obesity (p = 0.27).')).toEqual([
      'smoking status | NOT_CORRELATED_WITH | long COVID | - | 0.61',
      'long COVID | NOT_CORRELATED_WITH | obesity | - | 0.27',
    ]);
  });

  it('"fever lasting more than five days in the acute phase": a duration in words is a threshold; the phase is when', () => {
    expect(
      extract('Fever lasting more than five days in the acute phase was associated with fatigue (p = 0.002).'),
    ).toEqual(['fever lasting more than five days | ASSOCIATED_WITH | fatigue | - | 0.002']);
  });
});
