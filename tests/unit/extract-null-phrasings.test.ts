// Nulls phrased around their groups or over a class. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { findingLines } from '../support/extract-lines.ts';

const extract = (sentence: string, title = 'Immune function in long COVID') => findingLines(sentence, { title });

describe('a null over every member of a class', () => {
  it('"No X separated A from B", "no X differed": the class, in the plural, did not differ', () => {
    expect(extract('No bile acid separated long COVID from controls.')).toEqual([
      'bile acids | NOT_DIFFERENT_IN | long COVID | controls',
    ]);
    expect(extract('No urinary metabolite differed between long COVID and controls.')).toEqual([
      'urinary metabolites | NOT_DIFFERENT_IN | long COVID | controls',
    ]);
  });

  it('"A and B did not differ on any X", with when it was read kept after the class', () => {
    expect(extract('Long COVID patients and controls did not differ on any chemokine at week 4.')).toEqual([
      'chemokines at week 4 | NOT_DIFFERENT_IN | long COVID | controls',
    ]);
  });

  it('"In no region did X separate A from B"', () => {
    expect(extract('In no region did glutamate separate long COVID from controls.')).toEqual([
      'glutamate | NOT_DIFFERENT_IN | long COVID | controls',
    ]);
  });
});

describe('a null phrased around its groups', () => {
  it('"A did not differ from B in X": X did not differ in A, against B', () => {
    expect(extract('Patients did not differ from controls in resting heart rate (p = 0.41).')).toEqual([
      'resting heart rate | NOT_DIFFERENT_IN | long COVID | controls',
    ]);
    expect(extract('Patients with comorbid asthma did not differ from other patients in peak flow.')).toEqual([
      'peak flow | NOT_DIFFERENT_IN | long COVID with comorbid asthma | other patients',
    ]);
  });

  it('"X in A did not differ from B (p)": the group after "differ from" is no subject, with its statistics or without', () => {
    expect(extract('Heart rate in patients did not differ from controls (p = 0.41).')).toEqual([
      'heart rate | NOT_DIFFERENT_IN | long COVID | controls',
    ]);
  });

  it('two reference groups set against each other say nothing of the patients', () => {
    expect(extract('Recovered adults did not differ from pre-pandemic donors on any monocyte measure.')).toEqual([
      'monocyte measures | NOT_DIFFERENT_IN | recovered adults | pre-pandemic donors',
    ]);
    expect(extract('Cytokines did not differ between recovered adults and pre-pandemic donors.')).toEqual([
      'cytokines | NOT_DIFFERENT_IN | recovered adults | pre-pandemic donors',
    ]);
  });

  it('"between recovered and never-infected adults": two modifiers sharing one people noun are two groups', () => {
    expect(extract('Grip strength did not differ between recovered and never-infected adults.')).toEqual([
      'hand grip strength | NOT_DIFFERENT_IN | recovered adults | never-infected adults',
    ]);
    expect(extract('Recovered and never-infected adults did not differ on any spirometric measure.')).toEqual([
      'spirometric measures | NOT_DIFFERENT_IN | recovered adults | never-infected adults',
    ]);
    // ("between women and men": each already names its people.)
    expect(extract('Grip strength did not differ between women and men.')).toEqual([
      'hand grip strength | NOT_DIFFERENT_IN | women with long COVID | men with long COVID',
    ]);
  });

  it('a time, a respect pointed back to, or "either group" is no measure', () => {
    expect(
      extract('Sleep duration did not differ from the pre-infection baseline in either group.'),
    ).not.toContainEqual(expect.stringMatching(/^group/));
    expect(extract('Controls did not differ from patients in this respect.')).toEqual([]);
  });

  it('"patients taking X" are the patients on it, a subgroup outside a trial', () => {
    expect(extract('Patients taking metformin did not differ from other patients in any cytokine.')).toEqual([
      'cytokines | NOT_DIFFERENT_IN | long COVID patients taking metformin | other patients',
    ]);
  });
});

describe('a null comparison after a description of where values lay', () => {
  it('"X lay below a limit in most participants and was comparable between A and B": the comparison is read', () => {
    expect(
      findingLines(
        'Serum ferritin lay below 30 µg/L in 61% of participants and was comparable between the ME/CFS group and healthy controls (p = 0.44).',
      ),
    ).toEqual(['ferritin | NOT_DIFFERENT_IN | ME/CFS | healthy controls']);
    expect(
      findingLines('Serum ferritin was below 30 µg/L in most participants and did not differ by group (p = 0.44).'),
    ).toEqual(['ferritin | NOT_DIFFERENT_IN | ME/CFS | -']);
  });
});
