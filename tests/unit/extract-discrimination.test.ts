// Classification wording (GUIDE rule 5) and its null form: a test that fails to tell the groups apart is a null
// comparison (NOT_DIFFERENT_IN). Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { findingLines } from '../support/extract-lines.ts';

const extract = (sentence: string) => findingLines(sentence);

describe('a test that does not tell the groups apart', () => {
  it('"X were poor at telling the groups apart"', () => {
    expect(extract('Salivary amylase readings were poor at telling the groups apart')).toEqual([
      'salivary amylase readings | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('"X failed to distinguish …", with an adverb between the subject and the predicate', () => {
    expect(extract('Ferritin measurements likewise failed to distinguish between the cohorts')).toEqual([
      'ferritin measurements | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('"X gave little discrimination": the predicate verb ends the subject', () => {
    expect(extract('Concentrations of neopterin gave little discrimination between the groups')).toEqual([
      'concentrations of neopterin | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('passive: "the groups were not well separated by X" names the test after "by"', () => {
    expect(extract('The two groups were not well separated by the tilt-table heart rate')).toEqual([
      'tilt-table heart rate | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('a named condition and comparator are kept', () => {
    expect(extract('Grip endurance could not distinguish ME/CFS patients from sedentary controls')).toEqual([
      'grip endurance | NOT_DIFFERENT_IN | ME/CFS | sedentary controls',
    ]);
  });
});

describe('classification without an accuracy figure', () => {
  it('"X distinguished <condition> from <group>": one finding per parenthesised member, the comparator as written', () => {
    expect(
      extract(
        'Abnormal results on two assays (the Pelt binding test, and tryptase reactivity) distinguished ME/CFS patients from non-fatigued controls',
      ),
    ).toEqual([
      'Pelt binding test | DISCRIMINATES | ME/CFS | non-fatigued controls',
      'tryptase reactivity | DISCRIMINATES | ME/CFS | non-fatigued controls',
    ]);
  });

  it('a classifying verb not followed by "<group> from <group>" is not a classification', () => {
    expect(extract('Monocytes differentiated into macrophages more slowly in patients')).not.toContainEqual(
      expect.stringContaining('DISCRIMINATES'),
    );
  });

  it('"X showed high sensitivity and specificity": X discriminates the study condition', () => {
    expect(extract('In two validation samples, the Bell scale showed high sensitivity and specificity')).toEqual([
      'Bell scale | DISCRIMINATES | ME/CFS | -',
    ]);
  });

  it('a sensitivity that is a measured quantity with a direction is not a diagnostic claim', () => {
    expect(extract('Patients showed higher sensitivity to heat than controls')).not.toContainEqual(
      expect.stringContaining('DISCRIMINATES'),
    );
  });
});

describe('parenthesised members joined by "or"', () => {
  it('"(A or B, C, and D)": a member naming alternatives stays one member; lower-case "or" is not an odds ratio', () => {
    expect(
      extract(
        'Three markers (soluble CD14 or CD163, calprotectin, and zonulin) were higher in patients than in controls',
      ),
    ).toEqual([
      'soluble CD14 or CD163 | ELEVATED_IN | ME/CFS | controls',
      'calprotectin | ELEVATED_IN | ME/CFS | controls',
      'zonulin | ELEVATED_IN | ME/CFS | controls',
    ]);
  });
});

describe('the groups a weak classification names', () => {
  it('"X did not distinguish patients from controls": the groups after the cue word, not a subgroup made of it', () => {
    expect(extract('Salivary QRX did not distinguish patients from sedentary controls')).toEqual([
      'salivary QRX | NOT_DIFFERENT_IN | ME/CFS | sedentary controls',
    ]);
  });
});

describe('null comparisons worded as parity', () => {
  it('"were equivalent in", "matched that of", "in line with that of"', () => {
    expect(extract('Salivary QRX levels were equivalent in patients and controls')).toEqual([
      'salivary QRX levels | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
    expect(extract('In patients, salivary QRX matched that of controls')).toEqual([
      'salivary QRX | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
    expect(extract('The dose was equivalent to 5 mg of hydrocortisone')).toEqual([]);
  });

  it('"no different from", "on par with"', () => {
    expect(extract('In patients, salivary QRX was no different from that of controls')).toEqual([
      'salivary QRX | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
    expect(extract('Salivary QRX was on par with controls in patients')).toEqual([
      'salivary QRX | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
  });
});

describe('classification adjectives and the bare verb', () => {
  it('"poor discriminative ability" is a null; "high discriminatory power … (AUC …)" a classification', () => {
    expect(extract('Salivary QRX showed poor discriminative ability (AUC 0.55)')).toEqual([
      'salivary QRX | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
    expect(extract('Salivary QRX had high discriminatory power for ME/CFS versus controls (AUC 0.91)')).toEqual([
      'salivary QRX | DISCRIMINATES | ME/CFS | controls',
    ]);
  });

  it('"could not separate patients from controls" is a null; "kept separate from" is no classification', () => {
    expect(extract('Salivary QRX could not separate patients from controls')).toEqual([
      'salivary QRX | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
    expect(extract('Patients were kept separate from controls during testing')).toEqual([]);
  });
});

describe('an undirected difference that was not significant', () => {
  it('"Differences in X between the groups were not significant" is a null, not an association', () => {
    expect(extract('Differences in salivary QRX between patients and controls were not significant')).toEqual([
      'salivary QRX | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
  });
});

describe('a classifier named with a trailing adverb', () => {
  it('"X alone distinguished A from B": the adverb is not part of the classifier', () => {
    expect(extract('Salivary amylase alone distinguished ME/CFS from healthy controls with an AUC of 0.78')).toEqual([
      'salivary amylase | DISCRIMINATES | ME/CFS | healthy controls',
    ]);
  });
});

describe('a reference back to an earlier classifier', () => {
  it('"the same panel" names nothing on its own', () => {
    expect(extract('The same panel separated ME/CFS from multiple sclerosis less well (AUC 0.71)')).toEqual([]);
  });
});

describe('classifiers named by their kind', () => {
  it('"a 40-gene classifier", "a panel of A, B and C" (the panel, not its members), "a model of six lipids"', () => {
    expect(
      extract('A 40-gene classifier separated ME/CFS from controls with a cross-validated accuracy of 79%'),
    ).toEqual(['40-gene classifier | DISCRIMINATES | ME/CFS | controls']);
    expect(
      extract(
        'A three-microRNA panel of miR-150-5p, miR-342-3p and miR-127-3p distinguished ME/CFS from controls with 82% sensitivity',
      ),
    ).toEqual(['three-microRNA panel | DISCRIMINATES | ME/CFS | controls']);
    expect(extract('A model of six sphingolipids classified ME/CFS against controls with 79% sensitivity')).toEqual([
      'model of six sphingolipids | DISCRIMINATES | ME/CFS | controls',
    ]);
    // A method's name alone ("a gradient-boosted classifier") is the same words in every study: no entity.
    expect(extract('A gradient-boosted classifier separated ME/CFS from controls with 79% accuracy')).toEqual([]);
  });

  it('"X below a threshold identified ME/CFS against controls with N% sensitivity"', () => {
    expect(extract('A night-time RMSSD below 30 ms identified ME/CFS against controls with 71% sensitivity')).toEqual([
      'night-time RMSSD below 30 ms | DISCRIMINATES | ME/CFS | controls',
    ]);
    // Without an accuracy figure, "identified" is no classification.
    expect(extract('We identified twelve genes that were higher in ME/CFS')).not.toContainEqual(
      expect.stringContaining('DISCRIMINATES'),
    );
  });
});

describe('an accuracy figure "for <condition> versus <group>"', () => {
  it('"X gave an AUC of 0.71 for POTS against ME/CFS": no classifying verb, the figure names the contrast', () => {
    expect(extract('Resting plasma noradrenaline gave an AUC of 0.71 for POTS against ME/CFS')).toEqual([
      'resting plasma noradrenaline | DISCRIMINATES | postural orthostatic tachycardia syndrome | ME/CFS',
    ]);
  });

  it('a model "of A and B" is named with both; a leading "As a classifier," names nothing', () => {
    expect(
      extract('A logistic model of IL-8 and sCD14 reached a cross-validated AUC of 0.77 for ME/CFS versus controls'),
    ).toEqual(['logistic model of IL-8 and sCD14 | DISCRIMINATES | ME/CFS | controls']);
    expect(
      extract('As a classifier, the composite exertion score had an AUC of 0.84 for ME/CFS versus depression'),
    ).toEqual(['composite exertion score | DISCRIMINATES | ME/CFS | depression']);
  });

  it('"Combined with B, A yielded …" is the classifier "A combined with B"', () => {
    expect(
      extract(
        'Combined with grip strength, the lean-test heart rate rise yielded an AUC of 0.79 for ME/CFS versus controls',
      ),
    ).toEqual(['lean-test heart rate rise combined with grip strength | DISCRIMINATES | ME/CFS | controls']);
  });

  it('"Against healthy women, X identified fibromyalgia with N% sensitivity": the leading reference is the comparator', () => {
    expect(
      extract('Against healthy women, serum GFAP identified fibromyalgia with 61% sensitivity and 80% specificity'),
    ).toEqual(['serum GFAP | DISCRIMINATES | fibromyalgia | healthy women']);
  });

  it('an AUC "for predicting" a measure is no contrast of groups', () => {
    expect(extract('Plasma IL-6 gave an AUC of 0.61 for predicting next-day fatigue')).toEqual([]);
  });

  it('"an AUC of only 0.66 for A against B", "N% specificity for A": a qualified figure, a specificity', () => {
    expect(extract('Resting plasma noradrenaline gave an AUC of only 0.66 for POTS against ME/CFS')).toEqual([
      'resting plasma noradrenaline | DISCRIMINATES | postural orthostatic tachycardia syndrome | ME/CFS',
    ]);
    expect(extract('Serum GFAP had 61% sensitivity and 80% specificity for ME/CFS')).toEqual([
      'serum GFAP | DISCRIMINATES | ME/CFS | -',
    ]);
  });

  it('"X told A apart from B", "X picked out A from B"', () => {
    expect(extract('Serum GFAP told ME/CFS apart from healthy controls with an AUC of 0.70')).toEqual([
      'serum GFAP | DISCRIMINATES | ME/CFS | healthy controls',
    ]);
    expect(extract('Serum GFAP picked out patients from controls with 70% sensitivity')).toEqual([
      'serum GFAP | DISCRIMINATES | ME/CFS | controls',
    ]);
  });
});

describe('a classifier that tells its group from one reference but not from another', () => {
  const threeGroups = (sentence: string) =>
    findingLines(sentence, { title: 'QRX1 in fibromyalgia, rheumatoid arthritis and healthy women' });

  it('"… separated A from B (AUC), but could not tell it from C (AUC)": a null of A against C', () => {
    expect(
      threeGroups(
        'QRX1 separated fibromyalgia from healthy women, yielding an AUC of 0.72, but could not tell it from rheumatoid arthritis (AUC 0.55).',
      ),
    ).toEqual([
      'QRX1 | DISCRIMINATES | fibromyalgia | healthy women',
      'QRX1 | NOT_DIFFERENT_IN | fibromyalgia | rheumatoid arthritis',
    ]);
    expect(
      threeGroups(
        'A QRX1 above 3% separated fibromyalgia from healthy women (AUC 0.81) but could not tell fibromyalgia from rheumatoid arthritis (AUC 0.56).',
      ),
    ).toContain('QRX1 above 3% | NOT_DIFFERENT_IN | fibromyalgia | rheumatoid arthritis');
  });
});

describe('accuracy figures for several contrasts', () => {
  it('"an AUC of 0.86 for A versus B and 0.81 for A versus C": one finding per reference group', () => {
    expect(
      extract(
        'The QRX score reached an AUC of 0.86 for ME/CFS versus multiple sclerosis and 0.81 for ME/CFS versus depression.',
      ),
    ).toEqual([
      'QRX score | DISCRIMINATES | ME/CFS | multiple sclerosis',
      'QRX score | DISCRIMINATES | ME/CFS | depression',
    ]);
  });

  it('"a sensitivity of only 31% for ME/CFS": a sensitivity figure names the contrast as an AUC does', () => {
    expect(extract('QRX positivity had a specificity of 89% but a sensitivity of only 31% for ME/CFS.')).toEqual([
      'QRX positivity | DISCRIMINATES | ME/CFS | -',
    ]);
  });
});
