// Where a subject or object noun phrase ends and begins: words of the clause around it (a subordinate clause after
// it, a prepositional adjunct before it) are not part of the entity's name. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../src/ingest/extract/index.ts';
import { splitList } from '../../src/ingest/extract/text.ts';

const extract = (sentence: string) =>
  extractFindings({ slug: 'phrases-2024-test', title: 'A study of ME/CFS', observedFindings: [sentence] }).findings.map(
    (f) => `${f.subject.name} | ${f.relation}${f.sign ? `/${f.sign}` : ''} | ${f.object.name} | ${f.comparator ?? '-'}`,
  );

describe('a subordinate clause after the noun phrase', () => {
  it('"… once they had exercised" ends the subject of a difference', () => {
    expect(
      extract('People with ME/CFS reported heightened muscle soreness once they had walked for ten minutes'),
    ).toEqual(['muscle soreness | ELEVATED_IN | ME/CFS | -']);
  });

  it('"… when patients were compared with controls" ends the object of an association, the comparator stays', () => {
    expect(
      extract('Serum ferritin was tied to ME/CFS status when patients were compared with sedentary controls'),
    ).toEqual(['ferritin | ASSOCIATED_WITH | ME/CFS | sedentary controls']);
  });

  it('"… whenever …" ends the object of a correlation', () => {
    expect(
      extract('Salivary cortisol correlated with grip strength whenever participants were tested before noon'),
    ).toEqual(['cortisol | CORRELATES_WITH/UNSPECIFIED | hand grip strength | -']);
  });

  it('a preposition that heads a noun phrase is not a subordinator ("after exercise" stays readable)', () => {
    expect(extract('Lactate was higher in patients than in controls after exercise')).toEqual([
      'lactate | ELEVATED_IN | ME/CFS | controls',
    ]);
  });
});

describe('a prepositional adjunct before the noun phrase', () => {
  it('"On <cells>, X was higher": the cells locate the measure, they are not a second subject', () => {
    expect(
      extract('On circulating monocytes, CD163 was found at a higher frequency in patients than in controls'),
    ).toEqual(['CD163 | ELEVATED_IN | ME/CFS | controls']);
  });

  it('a list that opens with "in" is still a list ("no differences in IL-6, IL-8 or TNF")', () => {
    expect(extract('Patients and controls showed no differences in IL-6, IL-8 or TNF')).toEqual([
      'IL-6 | NOT_DIFFERENT_IN | ME/CFS | controls',
      'IL-8 | NOT_DIFFERENT_IN | ME/CFS | controls',
      'TNF-α | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
  });
});

describe('an embedded question as the object', () => {
  it('"correlated with how X changed …": X is the object', () => {
    expect(extract('Fatigue correlated with how much serum IL-6 rose after the exercise test')).toEqual([
      'IL-6 | CORRELATES_WITH/UNSPECIFIED | fatigue | -',
    ]);
  });

  it('"… with whether patients had X" names a group, not a measure, and stays unread', () => {
    expect(extract('Fatigue scores correlated with whether patients had orthostatic intolerance')).toEqual([]);
  });
});

describe('superlative names', () => {
  it('"the 5 most abundant genera": the number and the superlative stay in the name', () => {
    expect(
      extractFindings({
        slug: 'superlative-2024-test',
        title: 'A study of ME/CFS',
        observedFindings: [
          'The 5 most abundant fungal genera had a higher relative abundance in patients than in controls',
        ],
      }).findings.map((f) => `${f.subject.name} | ${f.relation}`),
    ).toEqual(['5 most abundant fungal genera | ELEVATED_IN']);
  });
});

describe('measurement heads and "none of the"', () => {
  const read = (sentence: string) =>
    extractFindings({ slug: 'heads-2024-test', title: 'A study of ME/CFS', observedFindings: [sentence] }).findings.map(
      (f) => `${f.subject.name} | ${f.relation} | ${f.comparator ?? '-'}`,
    );

  it('a measurement word the tagger reads as a verb still heads a name ("basophil counts")', () => {
    expect(read('Basophil counts did not differ significantly between patients and healthy controls')).toEqual([
      'basophil counts | NOT_DIFFERENT_IN | healthy controls',
    ]);
  });

  it('"none of the X differed": X is the subject of a null comparison', () => {
    expect(read('None of the QRX subscales differed significantly between patients and healthy controls')).toEqual([
      'QRX subscales | NOT_DIFFERENT_IN | healthy controls',
    ]);
  });
});

describe('a description set off by commas, a label letter, a time after the participle', () => {
  it('", estimated from …," and ", expressed per …," between the subject and its verb are not part of it', () => {
    expect(
      extract('Muscle oxygen extraction, estimated from the near-infrared signal, was lower in patients (p = 0.01)'),
    ).toEqual(['muscle oxygen extraction | REDUCED_IN | ME/CFS | -']);
    expect(
      extract('Baroreflex gain, expressed per mmHg of systolic change, correlated with fatigue (r = −0.31, p = 0.02)'),
    ).toEqual(['baroreflex gain | CORRELATES_WITH/UNSPECIFIED | fatigue | -']);
  });

  it('"Part A", "Form B": a capital letter after a part word is a label, not an article', () => {
    expect(extract('Trail Making Part A and semantic fluency did not differ between the groups')).toEqual([
      'Trail Making Part A | NOT_DIFFERENT_IN | ME/CFS | -',
      'semantic fluency | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('"scores reported the same morning": when the measure was taken is not part of its name', () => {
    expect(
      extract('Grip fatigue correlated positively with pain scores reported the same morning (r = 0.33, p = 0.02)'),
    ).toEqual(['grip fatigue | CORRELATES_WITH/POSITIVE | pain | -']);
  });

  it('analytes below the limit of quantification and not analysed carry no finding', () => {
    expect(
      extract('IL-4 and IL-13 were below the lower limit of quantification in most samples and were not analysed'),
    ).toEqual([]);
  });
});

describe('a measure past a threshold', () => {
  it('"X of 15 events per hour or more", "X under 40 mm": a state of its own, named as written', () => {
    expect(
      extract(
        'An apnoea–hypopnoea index of 15 events per hour or more was found in 19% of patients and 4% of controls',
      ),
    ).toEqual(['apnoea–hypopnoea index of 15 events per hour or more | ELEVATED_IN | ME/CFS | controls']);
    expect(extract('Septal thickness under 8 mm was found in 30% of patients and 6% of controls')).toEqual([
      'septal thickness under 8 mm | ELEVATED_IN | ME/CFS | controls',
    ]);
  });

  it("the state is a kind of its measure: the measure's ontology term is its broader one", () => {
    const [finding] = extractFindings({
      slug: 'phrases-2024-test',
      title: 'A study of ME/CFS',
      observedFindings: [
        'Left ventricular end-diastolic dimensions under 40 mm were found in 30% of patients and 6% of controls',
      ],
    }).findings;
    expect(finding?.subject).toMatchObject({
      name: 'left ventricular end-diastolic dimensions under 40 mm',
      broadMatch: 'EG:LVEDD',
    });
  });

  it('"or more" adds no list member after a figure, but "one or more" still opens a list', () => {
    expect(splitList('a titre of 1:160 or more')).toEqual(['a titre of 1:160 or more']);
    expect(splitList('One or more sleep factors')).toEqual(['One', 'more sleep factors']);
  });

  it('a fold change is no threshold ("above 1.5-fold")', () => {
    expect(extract('HERV-W expression above 1.5-fold identified ME/CFS against controls with 68% sensitivity')).toEqual(
      [],
    );
  });
});

describe('measures named after the comparison', () => {
  it('"the groups were alike for A, B and C": the measures follow "for" as they follow "in"', () => {
    expect(extract('The groups were alike for ferritin, transferrin and hepcidin')).toEqual([
      'ferritin | NOT_DIFFERENT_IN | ME/CFS | -',
      'transferrin | NOT_DIFFERENT_IN | ME/CFS | -',
      'hepcidin | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('"posterior cingulate and cerebellar flow": a place of two words shares the measure of the place after it', () => {
    expect(extract('Posterior cingulate and cerebellar perfusion did not differ')).toEqual([
      'posterior cingulate perfusion | NOT_DIFFERENT_IN | ME/CFS | -',
      'cerebellar perfusion | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });
});

describe('task names', () => {
  it('"go/no-go errors", "the two-back task": a slashed or n-back name is one noun phrase', () => {
    expect(extract('Go/no-go omission errors were more frequent in patients (p = 0.01)')).toEqual([
      'go/no-go omission errors | ELEVATED_IN | ME/CFS | -',
    ]);
    expect(extract('Patients performed worse than controls on the three-back task (p = 0.02)')).toEqual([
      'three-back task | REDUCED_IN | ME/CFS | controls',
    ]);
  });

  it('"less accurate than controls on the X task": the task\'s accuracy is the measure', () => {
    expect(extract('Patients were less accurate than controls on the three-back task (p = 0.02)')).toEqual([
      'three-back accuracy | REDUCED_IN | ME/CFS | controls',
    ]);
  });
});

describe('a verb the tagger reads as the head', () => {
  it('"delayed recall", "immediate recall": a closing bare verb after a modifier is a noun', () => {
    expect(extract('There was no difference in delayed recall between groups')).toEqual([
      'delayed recall | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('"X was spared" is a null; "Groups did not differ on X" names X after "on"', () => {
    expect(extract('Immediate recall was spared in patients (p = 0.29)')).toEqual([
      'immediate recall | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
    expect(extract('Groups did not differ on immediate recall (p = 0.3)')).toEqual([
      'immediate recall | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });
});

describe('a construct scored on a named instrument', () => {
  const names = (sentence: string) =>
    extractFindings({ slug: 'instrument-2025-test', title: 'Sleep in fibromyalgia', observedFindings: [sentence] })
      .findings.map((f) => f.object)
      .map((entity) => [entity.name, ...(entity.synonyms ?? [])]);

  it("is named as written, and by the instrument's score and the construct", () => {
    const [object] = names('Cortisol correlated with sleep quality on the PSQI (r = 0.31, p = 0.01).');
    expect(object![0]).toBe('sleep quality on the PSQI');
    expect(object).toEqual(expect.arrayContaining(['sleep quality', 'PSQI score', 'PSQI sleep quality score']));
    const [scale] = names('Cortisol correlated with fatigue on the Chalder Fatigue Scale (r = 0.31, p = 0.01).');
    expect(scale).toEqual(expect.arrayContaining(['fatigue on the Chalder Fatigue Scale', 'Chalder Fatigue score']));
  });

  it('"on NK cells" names no instrument', () => {
    const [cells] = names('Cortisol correlated with CD69 expression on NK cells (r = 0.31, p = 0.01).');
    expect(cells!.some((name) => /score/.test(name))).toBe(false);
  });
});

describe('a parenthesis of values after a measure', () => {
  it('"(1.62, 1.66 and 1.69)" gives each group\'s value, not members of the measure', () => {
    expect(
      extract('The Valsalva ratio itself (1.62, 1.66 and 1.69) did not differ between the groups (p = 0.31)'),
    ).toEqual(['Valsalva ratio | NOT_DIFFERENT_IN | ME/CFS | -']);
  });
});

describe('a comparative after an article', () => {
  it('"a higher X was associated with a larger Y": the comparatives say which way, they name nothing', () => {
    expect(extract('A higher QRX1 level was associated with a larger QRX2 response (p = 0.01)')).toEqual([
      'QRX1 level | ASSOCIATED_WITH | QRX2 response | -',
    ]);
  });
});

describe('a summary statistic before a known measure', () => {
  it('"Median reaction time on the choice task": the known measure, the statistic and its task kept as names', () => {
    const [finding] = extractFindings({
      slug: 'phrases-2024-test',
      title: 'A study of ME/CFS',
      observedFindings: [
        'Median reaction time on the choice task was 51 ms longer in ME/CFS than in controls (p = 0.01)',
      ],
    }).findings;
    expect(finding?.subject.name).toBe('reaction time');
    expect(finding?.subject.synonyms).toEqual(
      expect.arrayContaining(['median reaction time', 'median reaction time on the choice task']),
    );
    expect(finding?.relation).toBe('ELEVATED_IN');
  });
});

describe('a protein named by a letter and its mass', () => {
  it('"p62", "p21": a lower-case letter before digits is a name, not a stray letter', () => {
    expect(extract('p62 was lower in patients than in controls (p = 0.01)')).toEqual([
      'p62 | REDUCED_IN | ME/CFS | controls',
    ]);
  });
});
