// Variants of one entity's written name (plural, "levels"/"frequency", specimen prefixes) kept as its synonyms, so
// that however a study writes it, one entity matches. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../src/ingest/extract/index.ts';
import { nameVariants } from '../../src/ingest/extract/name-variants.ts';

describe('nameVariants', () => {
  it('an analyte in the plural: the singular and its levels', () => {
    expect(nameVariants('anti-viral IgA antibodies')).toEqual([
      'anti-viral IgA antibody',
      'anti-viral IgA antibody levels',
    ]);
  });

  it('a head before a time it was read at takes its other number, and the whole name its own', () => {
    expect(nameVariants('grip strength scores at week 8')).toContain('grip strength score at week 8');
    expect(nameVariants('tremor ratings after the climb')).toContain('tremor rating after the climb');
    expect(nameVariants('tremor during sleep')).toEqual([]);
  });

  it('a measurement word is dropped, and a count head takes its other number', () => {
    expect(nameVariants('CD57+ NK cell frequency')).toEqual(['CD57+ NK cell', 'CD57+ NK cells']);
    expect(nameVariants('IgE levels')).toEqual(['IgE']);
  });

  it('a specimen before an analyte or a levels phrase is not part of the name', () => {
    expect(nameVariants('plasma miR-771b levels')).toEqual(['miR-771b levels', 'plasma miR-771b', 'miR-771b']);
    expect(nameVariants('serum IL-33')).toContain('IL-33');
    expect(nameVariants('whole-blood LC3-II/LC3-I ratio')).toContain('LC3-II/LC3-I ratio');
  });

  it('a fluid before a name of several words is not part of it, blood before one is ("blood pressure variability")', () => {
    expect(nameVariants('plasma von Willebrand factor')).toContain('von Willebrand factor');
    expect(nameVariants('serum butyrylcholinesterase activity')).toContain('butyrylcholinesterase activity');
    expect(nameVariants('blood pressure variability')).not.toContain('pressure variability');
  });

  it("antibodies against a target are the target's antibodies; a model without what it was built from", () => {
    expect(nameVariants('autoantibodies against the β2-adrenergic receptor')).toContain(
      'β2-adrenergic receptor autoantibodies',
    );
    expect(nameVariants('IgG against viral capsid antigen')).toContain('viral capsid antigen IgG');
    expect(nameVariants('random-forest model built on 20 plasma proteins')).toContain('random-forest model');
    expect(nameVariants('gradient-boosted classifier combining 12 serum markers')).toContain(
      'gradient-boosted classifier',
    );
  });

  it('a specimen word that is part of the name stays ("blood volume", "plasma cells")', () => {
    expect(nameVariants('blood volume')).toEqual([]);
    expect(nameVariants('plasma cells')).toEqual(['plasma cell']);
  });

  it('a name whose head is not its last word: only the head takes its other number ("ratio of lipids")', () => {
    expect(nameVariants('ratios of lipids')).toEqual(['ratio of lipids']);
    expect(nameVariants('polygenic scores for major depression')).toEqual(['polygenic score for major depression']);
    expect(nameVariants('ratio of lipids')).toEqual([]);
  });

  it('a generic word alone is never a variant ("gene expression" keeps its word)', () => {
    expect(nameVariants('gene expression')).toEqual([]);
  });
});

describe('variants on extracted entities', () => {
  it('a member composed with its umbrella carries its singular and levels forms', () => {
    const [finding] = extractFindings({
      slug: 'variants-2024-test',
      title: 'A study of ME/CFS',
      observedFindings: ['Patients had higher levels of parasite-specific antibodies (IgQ1 and IgQ2) than controls'],
    }).findings;
    expect(finding?.subject.synonyms).toEqual(
      expect.arrayContaining(['parasite-specific IgQ1 antibody', 'parasite-specific IgQ1 antibody levels']),
    );
  });

  it('a known analyte written with its specimen keeps the written form as one of its names', () => {
    const [finding] = extractFindings({
      slug: 'variants-2024-test',
      title: 'A study of ME/CFS',
      observedFindings: ['Plasma IL-6 was higher in patients than in controls (p = 0.01)'],
    }).findings;
    expect(finding?.subject.name).toBe('IL-6');
    expect(finding?.subject.synonyms).toContain('plasma IL-6');
  });

  it('a known entity written in the plural keeps its singular too ("orthostatic intolerance scores" is one score)', () => {
    const [finding] = extractFindings({
      slug: 'variants-2024-test',
      title: 'A study of ME/CFS',
      observedFindings: ['Orthostatic intolerance scores were higher in patients than in controls (p = 0.01)'],
    }).findings;
    expect(finding?.subject.name).toBe('orthostatic intolerance');
    expect(finding?.subject.synonyms).toEqual(
      expect.arrayContaining(['orthostatic intolerance scores', 'orthostatic intolerance score']),
    );
  });
});

describe('a result on a named test', () => {
  it('"scores on the X" and "performance on the X" are also "X score" and "X performance"', () => {
    const [scores, performance] = extractFindings({
      slug: 'variants-2024-test',
      title: 'A study of ME/CFS',
      observedFindings: [
        'NfL was not associated with scores on the Montreal Cognitive Assessment',
        'HVA was associated with performance on the Trail Making Test',
      ],
    }).findings.map((f) => [f.subject, f.object].find((e) => e.name !== 'NfL' && e.name !== 'HVA')!);
    expect(scores?.synonyms).toContain('Montreal Cognitive Assessment score');
    expect(performance?.synonyms).toContain('Trail Making Test performance');
    // The test's name alone is not what was measured.
    expect(scores?.synonyms).not.toContain('scores');
  });
});

describe('a measure with when or where it was taken', () => {
  const subjectOf = (sentence: string) =>
    extractFindings({ slug: 'variants-2024-test', title: 'A study of ME/CFS', observedFindings: [sentence] })
      .findings[0]?.subject;

  it('"resting pupil diameter in darkness" is also "resting pupil diameter"; the written name stays the name', () => {
    const subject = subjectOf('Resting pupil diameter in darkness was similar in both groups');
    expect(subject?.name).toBe('resting pupil diameter in darkness');
    expect(subject?.synonyms).toContain('resting pupil diameter');
  });

  it('"maximum constriction amplitude of the pupil" is also "maximum constriction amplitude"; "level of the X" is not "level"', () => {
    expect(subjectOf('Maximum constriction amplitude of the pupil was lower in patients')?.synonyms).toContain(
      'maximum constriction amplitude',
    );
    expect(subjectOf('The plasma level of the hormone was lower in patients')?.synonyms ?? []).not.toContain(
      'plasma level',
    );
  });

  it('a one-word head or a list after the preposition gives no shorter name', () => {
    expect(subjectOf('Activation in the insula and the thalamus was lower in patients')?.synonyms ?? []).not.toContain(
      'activation',
    );
  });
});

describe('a name in another order or wording', () => {
  it.each([
    ['density of slow spindles over frontal electrodes', 'slow spindle density over frontal electrodes'],
    ['frequency of CD27+ memory B cells', 'CD27+ memory B cell frequency'],
    ['T-scores for PROMIS sleep disturbance', 'PROMIS sleep disturbance T-score'],
    ['Fatigue Impact Scale totals', 'Fatigue Impact Scale total score'],
    ['lactate at the anaerobic threshold', 'lactate at anaerobic threshold'],
    ['median liver stiffness', 'liver stiffness'],
    ['mean pain intensity', 'pain intensity'],
    ['frailty by the Fried criteria', 'frailty'],
    ['low grip strength according to the EWGSOP2 cut-offs', 'low grip strength'],
    ['vital capacity below 80% of the predicted value', 'vital capacity below 80% of predicted'],
    ['new hypothyroidism diagnoses', 'hypothyroidism'],
  ])('%j is also %j', (name, variant) => expect(nameVariants(name)).toContain(variant));

  it('"of" after a word that measures nothing is no inversion; "mean diffusivity" is a name, not a statistic', () => {
    expect(nameVariants('history of asthma')).not.toContain('asthma history');
    expect(nameVariants('mean diffusivity')).not.toContain('diffusivity');
  });

  it("a brain place's flow is its cerebral blood flow, however written; other flows are not", () => {
    expect(nameVariants('insular flow')).toEqual(
      expect.arrayContaining(['insular CBF', 'insular cerebral blood flow', 'insular blood flow']),
    );
    expect(nameVariants('left thalamic CBF')).toEqual(expect.arrayContaining(['left thalamic flow']));
    expect(nameVariants('forearm blood flow')).not.toContain('forearm CBF');
    expect(nameVariants('expiratory flow')).not.toContain('expiratory CBF');
  });
});
