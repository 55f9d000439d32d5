// Groups a clause names by number or pronoun rather than by condition ("the two groups", "those fulfilling …").
// Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { inferControlGroup, inferPatientGroups } from '../../src/ingest/extract/groups.ts';
import { extractFindings } from '../../src/ingest/extract/index.ts';
import { findingLines } from '../support/extract-lines.ts';

const extract = (sentence: string) =>
  extractFindings({ slug: 'groups-2024-test', title: 'A study of ME/CFS', observedFindings: [sentence] }).findings.map(
    (f) => `${f.subject.name} | ${f.relation}${f.sign ? `/${f.sign}` : ''} | ${f.object.name} | ${f.comparator ?? '-'}`,
  );

describe('unnamed groups as the subject of a comparison', () => {
  it('"The two groups showed no differences in X": a null comparison between the study\'s groups', () => {
    expect(extract('The two groups showed no differences in salivary cortisol')).toEqual([
      'cortisol | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('"Both cohorts had similar X"', () => {
    expect(extract('Both cohorts had similar resting heart rates')).toEqual([
      'resting heart rates | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it('a null clause about one group alone is still not a comparison', () => {
    expect(extract('The patient group showed no change in salivary cortisol')).toEqual([]);
  });
});

describe('a change in each of the groups', () => {
  it('"X rose in both groups after exercise" is no difference between patients and controls: each group\'s own rise', () => {
    expect(extract('Serum lactate rose in both groups after the exercise test')).toEqual([
      'lactate | ELEVATED_IN | ME/CFS | before exercise',
      'lactate | ELEVATED_IN | controls | before exercise',
    ]);
    expect(extract('Both cohorts showed elevated serum lactate after the exercise test')).toEqual([]);
  });

  it('a difference between named groups stays one', () => {
    expect(extract('Serum lactate was higher in patients than in controls after the exercise test')).toEqual([
      'lactate | ELEVATED_IN | ME/CFS | controls',
    ]);
  });
});

describe('"between A and B" with two patient groups', () => {
  it('is one comparison: the first group, the second its reference', () => {
    expect(extract('Domain scores did not differ between fibromyalgia and ME/CFS')).toEqual([
      'domain scores | NOT_DIFFERENT_IN | fibromyalgia | ME/CFS',
    ]);
  });
});

describe('nulls across every group a study compares', () => {
  const title = 'Sleep in ME/CFS, fibromyalgia and healthy controls';
  const lines = (sentence: string) => findingLines(sentence, { title });

  it('"similar across the three conditions", "in either patient group": a null in each patient group', () => {
    expect(lines('QRX1 scores were similar across the three conditions')).toEqual([
      'QRX1 scores | NOT_DIFFERENT_IN | ME/CFS | -',
      'QRX1 scores | NOT_DIFFERENT_IN | fibromyalgia | -',
    ]);
    expect(lines('QRX1 showed no excess in either patient group')).toHaveLength(2);
  });

  it('"did not separate any two groups", "any group from another": a null in each, not a group named "any group"', () => {
    expect(lines('QRX1 did not distinguish any group from another')).toEqual([
      'QRX1 | NOT_DIFFERENT_IN | ME/CFS | -',
      'QRX1 | NOT_DIFFERENT_IN | fibromyalgia | -',
    ]);
  });

  it('a gerund closing a name after a noun is part of it ("grey matter binding")', () => {
    expect(lines('Grey matter binding was similar across all three groups')).toHaveLength(2);
  });
});

describe('a sample named after its group', () => {
  const lines = (sentence: string) => findingLines(sentence, { title: 'Plasma metabolites in ME/CFS and long COVID' });

  it('"ME/CFS plasma contained less A than controls": the patients, not a sample group', () => {
    expect(lines('Long COVID plasma held more QRX1 than ME/CFS plasma')).toEqual([
      'QRX1 | ELEVATED_IN | long COVID | ME/CFS',
    ]);
  });

  it('"cells cultured in ME/CFS serum": the serum is the group the experiment compares', () => {
    expect(lines('Healthy cells cultured in ME/CFS serum lost QRX1 relative to cells in control serum')[0]).toMatch(
      /\| ME\/CFS serum \|/,
    );
  });
});

describe('"alike" and emphatic pronouns', () => {
  it('"raised in A and B alike, while X itself did not differ": each group, and X by its name', () => {
    expect(
      findingLines('QRX1 was raised in ME/CFS and fibromyalgia alike, while QRX2 itself did not differ', {
        title: 'QRX1 in ME/CFS and fibromyalgia',
      }),
    ).toEqual([
      'QRX1 | ELEVATED_IN | ME/CFS | -',
      'QRX1 | ELEVATED_IN | fibromyalgia | -',
      'QRX2 | NOT_DIFFERENT_IN | ME/CFS | -',
      'QRX2 | NOT_DIFFERENT_IN | fibromyalgia | -',
    ]);
  });

  it('"lower in both disorders than in controls": each patient group', () => {
    expect(
      findingLines('QRX1 was lower in both disorders than in controls', { title: 'QRX1 in ME/CFS and fibromyalgia' }),
    ).toEqual(['QRX1 | REDUCED_IN | ME/CFS | controls', 'QRX1 | REDUCED_IN | fibromyalgia | controls']);
  });
});

describe('"in both sexes"', () => {
  const lines = (sentence: string) => findingLines(sentence, { title: 'QRX1 by sex in ME/CFS' });

  it('"lower in patients than in controls in both sexes": the patients of each sex', () => {
    expect(lines('QRX1 was lower in patients than in controls in both sexes')).toEqual([
      'QRX1 | REDUCED_IN | women with ME/CFS | controls',
      'QRX1 | REDUCED_IN | men with ME/CFS | controls',
    ]);
  });

  it('"in either sex", "within each sex": the patients of each sex as well', () => {
    expect(lines('QRX1 did not differ between patients and controls in either sex')).toEqual([
      'QRX1 | NOT_DIFFERENT_IN | women with ME/CFS | controls',
      'QRX1 | NOT_DIFFERENT_IN | men with ME/CFS | controls',
    ]);
  });

  it('"in both men (p) and women (p) with X": the one sex anchored stands for both', () => {
    expect(lines('QRX1 was lower in both men (p < 0.001) and women (p = 0.01) with ME/CFS than in controls')).toEqual([
      'QRX1 | REDUCED_IN | women with ME/CFS | controls',
      'QRX1 | REDUCED_IN | men with ME/CFS | controls',
    ]);
  });

  it('"Both sexes with X showed …": the patients of each sex', () => {
    expect(lines('Both sexes with ME/CFS showed higher QRX1 (both p < 0.01)')).toEqual([
      'QRX1 | ELEVATED_IN | women with ME/CFS | -',
      'QRX1 | ELEVATED_IN | men with ME/CFS | -',
    ]);
  });

  it('"in patients of both sexes" is said of the patients as a whole', () => {
    expect(lines('QRX1 was lower in patients of both sexes')).toEqual(['QRX1 | REDUCED_IN | ME/CFS | -']);
  });
});

describe('a subject before "differed between" the groups', () => {
  it('"QRX1 differed between patients and controls": the measure, not a subgroup of patients named by it', () => {
    expect(extract('QRX1 differed between patients and controls')).toEqual([
      'QRX1 | ASSOCIATED_WITH | ME/CFS | controls',
    ]);
    expect(extract('Organic acids differed between patients and controls')).toEqual([
      'organic acids | ASSOCIATED_WITH | ME/CFS | controls',
    ]);
  });
});

describe('a severity before the condition', () => {
  it('"lower in severe ME/CFS than in mild ME/CFS": the patients of that severity', () => {
    expect(
      findingLines('QRX1 was lower in severe ME/CFS than in mild ME/CFS (p = 0.01)', { title: 'QRX1 in ME/CFS' }),
    ).toEqual(['QRX1 | REDUCED_IN | severe ME/CFS | mild ME/CFS']);
  });

  it('"the moderate subgroup": a subgroup named by its severity is the patients of that severity', () => {
    expect(
      findingLines('QRX1 was lower in the moderate subgroup than in healthy controls (p = 0.01)', {
        title: 'QRX1 in ME/CFS',
      }),
    ).toEqual(['QRX1 | REDUCED_IN | moderate ME/CFS | healthy controls']);
  });

  it("a subgroup named by anything else is no severity: the study's patients, as before", () => {
    expect(
      findingLines('QRX1 was lower in the first subgroup than in healthy controls (p = 0.01)', {
        title: 'QRX1 in ME/CFS',
      }),
    ).toEqual(['QRX1 | REDUCED_IN | ME/CFS | healthy controls']);
  });
});

describe('one sex set against the other', () => {
  const lines = (sentence: string) => findingLines(sentence, { title: 'QRX1 by sex in ME/CFS' });

  it('"Among patients, women had higher X than men": the female patients, against men', () => {
    expect(lines('Among patients, women had higher QRX1 than men (p = 0.02)')).toEqual([
      'QRX1 | ELEVATED_IN | women with ME/CFS | men',
    ]);
    expect(lines('Within the ME/CFS group, men showed lower QRX1 than women (p = 0.02)')).toEqual([
      'QRX1 | REDUCED_IN | men with ME/CFS | women',
    ]);
  });

  it('"Girls had lower X than boys with ME/CFS", "48% of women and 27% of men with ME": the condition is both sexes\'', () => {
    expect(lines('Girls reported lower QRX1 than boys with ME/CFS (p = 0.04)')).toEqual([
      'QRX1 | REDUCED_IN | girls with ME/CFS | boys with ME/CFS',
    ]);
    expect(lines('QRX2 positivity was found in 48% of women and 27% of men with ME/CFS (p = 0.02)')).toEqual([
      'QRX2 positivity | ELEVATED_IN | women with ME/CFS | men with ME/CFS',
    ]);
  });

  it('"Women had higher X than men" with no other group named: the study\'s patients of each sex', () => {
    expect(lines('Women had higher QRX1 than men (p = 0.04)')).toEqual([
      'QRX1 | ELEVATED_IN | women with ME/CFS | men',
    ]);
    expect(lines('QRX2 was reported more often by girls than by boys')[0]).toMatch(
      /^QRX2 \| ELEVATED_IN \| girls with ME\/CFS/,
    );
    expect(lines('Resting heart rate was higher in women than in men (p = 0.01)')[0]).toMatch(/women with ME\/CFS/);
    // (A rate or risk by sex is the population's, not a subgroup's result.)
    expect(
      lines('The prevalence of QRX2 was higher in women than in men (p = 0.04)').map((line) => line.split(' | ')[2]),
    ).not.toContain('women with ME/CFS');
  });

  it('"Among ill veterans, women reported more skin and mood symptoms than men": an "and" inside what is compared', () => {
    expect(
      findingLines('Among ill veterans, women reported more QRX1 and QRX2 scores than men (p = 0.004 and p = 0.01)', {
        title: 'QRX1 in Gulf War illness',
      }).map((line) => line.split(' | ')[2]),
    ).toEqual(['women with Gulf War illness', 'women with Gulf War illness']);
  });

  it("a null between the sexes of the patients is their women's, against their men", () => {
    expect(lines('Women and men with ME/CFS had similar QRX1 totals (p = 0.55)')).toEqual([
      'QRX1 totals | NOT_DIFFERENT_IN | women with ME/CFS | men with ME/CFS',
    ]);
    expect(lines('Among patients, QRX1 did not differ between the sexes')).toEqual([
      'QRX1 | NOT_DIFFERENT_IN | women with ME/CFS | men with ME/CFS',
    ]);
  });

  it('"similar in the two sexes" names who was compared, not what; the sex named first is the object', () => {
    expect(
      lines('QRX1 was reduced in both men (p = 0.01) and women (p = 0.02), and QRX2 was similar in the two sexes'),
    ).toContain('QRX2 | NOT_DIFFERENT_IN | men with ME/CFS | women with ME/CFS');
  });

  it('people of one sex with a condition go by each of its names ("girls with POTS")', () => {
    const [finding] = extractFindings({
      slug: 'sex-2024-test',
      title: 'QRX1 in adolescents with POTS',
      observedFindings: ['Among patients, girls had lower QRX1 than boys (p = 0.04)'],
    }).findings;
    expect(finding?.object.name).toBe('girls with postural orthostatic tachycardia syndrome');
    expect(finding?.object.synonyms).toContain('girls with POTS');
  });

  it('people named by sex are never what was measured ("recovered women and men did not differ")', () => {
    expect(
      lines(
        'Among patients, women had higher QRX1 than men (p = 0.02), whereas recovered women and men did not differ',
      ),
    ).not.toContainEqual(expect.stringMatching(/^(?:recovered women|men) \|/));
  });
});

describe('a condition qualified by its trigger', () => {
  it('"post-COVID ME/CFS" and "post-infectious ME/CFS" are subgroups of ME/CFS, each its own object', () => {
    expect(
      findingLines(
        'QRX1 was elevated in both post-COVID ME/CFS and post-infectious ME/CFS relative to healthy controls',
        {
          title: 'QRX1 in post-COVID ME/CFS',
        },
      ),
    ).toEqual([
      'QRX1 | ELEVATED_IN | post-COVID ME/CFS | healthy controls',
      'QRX1 | ELEVATED_IN | post-infectious ME/CFS | healthy controls',
    ]);
  });
});

describe('a study of one sex', () => {
  const inStudy = (title: string, sentence: string) => findingLines(sentence, { title });

  it('"women with long COVID" in a study of women are its patients, not a female subgroup', () => {
    expect(
      inStudy(
        'Menstrual cycle changes in women with long COVID',
        'Cycle length was longer in women with long COVID than in recovered women',
      ),
    ).toEqual(['cycle length | ELEVATED_IN | long COVID | recovered women']);
  });

  it('a sentence naming the other sex compares the sexes after all', () => {
    expect(
      inStudy(
        'Menstrual cycle changes in women with long COVID',
        'Fatigue was higher in women with long COVID than in men with long COVID',
      ).map((line) => line.split(' | ')[2]),
    ).toEqual(['women with long COVID']);
  });

  it('a study that names both sexes keeps the subgroup', () => {
    expect(
      inStudy(
        'Sex differences in long COVID',
        'Cycle length was longer in women with long COVID than in recovered women',
      ),
    ).toEqual(['cycle length | ELEVATED_IN | women with long COVID | recovered women']);
  });
});

describe('reference groups named by their state', () => {
  it('"recovered participants", "never-infected adults" are the reference a null speaks of', () => {
    expect(
      findingLines('Lactate rose in patients after exercise but did not change in recovered participants', {
        title: 'A study of long COVID',
      }),
    ).toEqual([
      'lactate | ELEVATED_IN | long COVID | before exercise',
      'lactate | NOT_DIFFERENT_IN | recovered participants | before exercise',
    ]);
  });
});

describe('a change in neither group', () => {
  const inStudy = (sentence: string, summary: string) =>
    extractFindings({
      slug: 'groups-2024-test',
      title: 'A study of fibromyalgia',
      summary,
      observedFindings: [sentence],
    }).findings.map((f) => `${f.subject.name} | ${f.relation} | ${f.object.name}`);

  it('"did not change with work in either group": a null in the patients and in the reference the summary names', () => {
    expect(
      inStudy(
        'Muscle glutamate did not change with work in either group',
        '30 women with fibromyalgia and 25 healthy women',
      ),
    ).toEqual([
      'muscle glutamate | NOT_DIFFERENT_IN | fibromyalgia',
      'muscle glutamate | NOT_DIFFERENT_IN | healthy women',
    ]);
  });

  it('"changed in neither": the same null; with no reference group named, none is made up', () => {
    expect(
      inStudy('Thalamic NAA changed in neither group', '30 women with fibromyalgia and 25 healthy women'),
    ).toHaveLength(2);
    expect(inStudy('Thalamic NAA changed in neither group', '30 women with fibromyalgia')).toEqual([
      'thalamic NAA | NOT_DIFFERENT_IN | fibromyalgia',
    ]);
  });
});

describe('no effect in either group', () => {
  const inStudy = (sentence: string) =>
    extractFindings({
      slug: 'groups-2024-test',
      title: 'Cytokines after exercise in Gulf War illness and deployed controls',
      observedFindings: [sentence],
    }).findings.map((f) => `${f.subject.name} | ${f.relation} | ${f.object.name}`);

  it('"showed no exercise effect in either group": a null change in each group', () => {
    expect(inStudy('IL-8 and IL-10 showed no exercise effect in either group')).toEqual([
      'IL-8 | NOT_DIFFERENT_IN | Gulf War illness',
      'IL-8 | NOT_DIFFERENT_IN | deployed controls',
      'IL-10 | NOT_DIFFERENT_IN | Gulf War illness',
      'IL-10 | NOT_DIFFERENT_IN | deployed controls',
    ]);
  });

  it('"neither patient group departed from controls in A or B": a null for each measure and group', () => {
    expect(
      extractFindings({
        slug: 'groups-2024-test',
        title: 'Muscle MRI in ME/CFS and long COVID',
        observedFindings: [
          'Neither patient group departed from sedentary controls in calf fat fraction or calf volume',
        ],
      }).findings.map((f) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.comparator}`),
    ).toEqual([
      'calf fat fraction | NOT_DIFFERENT_IN | ME/CFS | sedentary controls',
      'calf fat fraction | NOT_DIFFERENT_IN | long COVID | sedentary controls',
      'calf volume | NOT_DIFFERENT_IN | ME/CFS | sedentary controls',
      'calf volume | NOT_DIFFERENT_IN | long COVID | sedentary controls',
    ]);
  });
});

describe('groups set apart from the patients', () => {
  const inStudy = (sentence: string, title = 'A study of long COVID') =>
    extractFindings({ slug: 'groups-2024-test', title, observedFindings: [sentence] }).findings.map(
      (f) => `${f.subject.name} | ${f.relation} | ${f.object.name}`,
    );

  it('"those without long COVID" in a study of long COVID are its reference group, not a subgroup of it', () => {
    expect(inStudy('Fibrinogen was lower in those without long COVID')).toEqual([
      'fibrinogen | REDUCED_IN | those without long COVID',
    ]);
    // Without another condition the phrase stays a subgroup of the study's patients.
    expect(inStudy('Fibrinogen was lower in patients without POTS', 'A study of ME/CFS')).toEqual([
      'fibrinogen | REDUCED_IN | ME/CFS without POTS',
    ]);
  });

  it('"lower in A than in B but normal in C": a null in C, not another object of the difference', () => {
    expect(
      inStudy('Ferritin was lower in POTS than in controls but normal in ME/CFS', 'A study of ME/CFS and POTS'),
    ).toEqual([
      'ferritin | REDUCED_IN | postural orthostatic tachycardia syndrome',
      'ferritin | NOT_DIFFERENT_IN | ME/CFS',
    ]);
  });

  it('"changed similarly in the two arms" is no difference, never an association', () => {
    expect(
      inStudy('Pain and sleep scores changed similarly in the two arms').every((line) =>
        line.includes('NOT_DIFFERENT_IN'),
      ),
    ).toBe(true);
  });
});

describe("the study's patient groups", () => {
  it('a receptor named like a condition\'s abbreviation ("PD-1") is no group', () => {
    expect(
      inferPatientGroups(
        'Checkpoint receptors in Gulf War illness. T cells (PD-1, CTLA-4, TIM-3) of ill veterans and healthy veterans.',
      ).map((g) => g.name),
    ).toEqual(['Gulf War illness']);
  });

  it('a method code joining capitals ("LC-MS/MS", "GC-MS") names no condition, while "MS" alone still does', () => {
    const groups = (text: string) => inferPatientGroups(text).map((g) => g.name);
    expect(groups('Plasma amines in ME/CFS. Serum was analysed by LC-MS/MS and urine by GC-MS.')).toEqual(['ME/CFS']);
    expect(groups('Plasma amines in ME/CFS and MS. Serum was analysed by mass spectrometry.')).toEqual([
      'ME/CFS',
      'multiple sclerosis',
    ]);
  });

  it('the illness the patients had before ("after COVID-19") and an instrument named for a condition are no groups', () => {
    expect(
      inferPatientGroups(
        'Sleep a year after COVID-19. Adults with long COVID and recovered adults completed the Hospital Anxiety and Depression Scale.',
      ).map((g) => g.name),
    ).toEqual(['long COVID']);
  });
});

describe('conditions a title measures in the people it studies', () => {
  it('"Migraine and irritable bowel syndrome in adults with ME/CFS or fibromyalgia" studies two groups, not four', () => {
    expect(
      inferPatientGroups(
        'Migraine and irritable bowel syndrome in adults with ME/CFS or fibromyalgia. A survey of 300 adults.',
      ).map((g) => g.name),
    ).toEqual(['ME/CFS', 'fibromyalgia']);
  });

  it('a title whose "in" is not followed by the people keeps its conditions ("in the year after infection")', () => {
    expect(
      inferPatientGroups(
        'New diagnoses of ME/CFS and fibromyalgia in the year after infection. Records of adults.',
      ).map((g) => g.name),
    ).toEqual(['ME/CFS', 'fibromyalgia']);
  });
});

describe("the study's reference group", () => {
  it('is found inside brackets when the summary names its groups only there', () => {
    expect(
      inferControlGroup(
        'Veterans of a 2015 cohort (90 with Gulf War illness and 61 healthy deployed veterans) were seen again.',
      )?.name,
    ).toBe('healthy deployed veterans');
  });

  it('ends a patient group\'s feature: "patients with ME/CFS and a group of 40 sedentary controls"', () => {
    expect(
      inferControlGroup('Thirty patients with ME/CFS and a group of 28 sedentary controls performed a cycle test.')
        ?.name,
    ).toBe('sedentary controls');
  });

  it('is named by how its people fared: those who recovered, those the illness spared', () => {
    expect(inferControlGroup('Lipids in 40 adults with long COVID and 35 who recovered within a month.')?.name).toBe(
      'recovered participants',
    );
    expect(inferControlGroup('Cycle data of 120 women with long COVID and 98 women who recovered fully.')?.name).toBe(
      'recovered women',
    );
    expect(
      inferControlGroup(
        'Skin biopsies from 30 veterans with Gulf War illness and 25 deployed veterans without the illness.',
      ),
    ).toEqual({
      type: 'Condition',
      name: 'deployed veterans',
      kind: 'control group',
      synonyms: ['deployed controls'],
    });
  });
});

describe('people a defining phrase picks out', () => {
  const study = { title: 'Quality of life in adolescents with ME/CFS' };

  it('"Adolescents ill for more than two years … than those ill for a shorter time": the subgroup, against the rest', () => {
    expect(
      findingLines(
        'Adolescents ill for more than two years had lower school functioning than those ill for a shorter time (p = 0.02).',
        study,
      ),
    ).toEqual([
      'school functioning | REDUCED_IN | ME/CFS patients ill for more than two years | those ill for a shorter time',
    ]);
  });

  it('"adolescents who later developed ME/CFS" are the condition\'s patients', () => {
    expect(
      findingLines(
        'Adolescents who later developed ME/CFS had longer bed rest than those who recovered (p = 0.008).',
        study,
      ),
    ).toEqual(['bed rest | ELEVATED_IN | ME/CFS | those who recovered']);
  });
});

describe('a sex the sentence opens with', () => {
  it('"In women, none of the markers differed, but X was raised": the later clause is about the women too', () => {
    expect(
      extract(
        'In women, none of these six markers differed from female controls, but serum ferritin was raised (p = 0.01).',
      ),
    ).toEqual(['ferritin | ELEVATED_IN | women with ME/CFS | -']);
  });
});

describe('words that name no measured thing', () => {
  it('"every analyte", "the samples" are no subjects; "but bore no relation to B" is the correlated measure\'s', () => {
    expect(extract('By 24 hours every analyte had returned to its resting level in both groups.')).toEqual([]);
    expect(extract('Patient samples were similar to control samples.')).toEqual([]);
    expect(
      extract('Serum IL-6 correlated with fatigue (r = 0.3, p = 0.01) but bore no relation to age at onset.'),
    ).toEqual(['IL-6 | CORRELATES_WITH/UNSPECIFIED | fatigue | -', 'IL-6 | NOT_CORRELATED_WITH | age at onset | -']);
  });
});

describe('a relative clause after the condition a group has', () => {
  it('"patients with ME/CFS who had been hospitalised": the condition is the base, the clause the feature', () => {
    expect(
      extract(
        'Patients with ME/CFS who had been hospitalised had higher angiopoietin-2 than non-hospitalised patients (p = 0.03).',
      ),
    ).toEqual(['angiopoietin-2 | ELEVATED_IN | ME/CFS patients who had been hospitalised | non-hospitalised patients']);
  });
});

describe('what a comparison sets a measure against', () => {
  it('"lower X (p) than muscle of controls": the measure without the "than" tail', () => {
    expect(
      extract(
        'Muscle from patients contained lower succinate dehydrogenase staining intensity (p = 0.004) than muscle of healthy controls.',
      ),
    ).toEqual(['succinate dehydrogenase staining intensity | REDUCED_IN | ME/CFS | healthy controls']);
  });

  it('"than non-carriers": a subgroup set against the rest of itself is not the study\'s patients', () => {
    expect(extract('Carriers of the minor allele reported more severe fatigue than non-carriers.')).toEqual([]);
  });
});

describe('what ends a group feature', () => {
  it('"people with migraine also had …": a clause adverb is not part of the feature', () => {
    expect(
      extract('People with migraine also had lower loudness discomfort levels than controls (p = 0.004).'),
    ).toEqual(['loudness discomfort levels | REDUCED_IN | migraine | controls']);
  });

  it('"ill for 10 years or more than in those ill for under 2 years": "than in" ends the feature', () => {
    expect(
      extract(
        'Vitality was higher in patients ill for 10 years or more than in those ill for under 2 years (p = 0.002).',
      ),
    ).toEqual(['vitality | ELEVATED_IN | ME/CFS patients ill for 10 years or more | those ill for under 2 years']);
  });

  it('"veterans without the illness" are the reference group, not a subgroup of the patients', () => {
    const [finding] = extractFindings({
      slug: 'groups-2024-without',
      title: 'A study of Gulf War illness',
      observedFindings: ['Grip strength was lower in ill veterans than in veterans without the illness (p = 0.01).'],
    }).findings;
    expect(finding!.comparator).toBe('veterans without the illness');
    expect(finding!.object.name).toBe('Gulf War illness');
  });
});

describe('how strongly an association holds', () => {
  it('"associated with ME/CFS to a smaller degree": the degree is not part of the object', () => {
    expect(extract('Tension-type headache was associated with ME/CFS to a smaller degree (hazard ratio 1.3).')).toEqual(
      ['tension-type headache | ASSOCIATED_WITH | ME/CFS | -'],
    );
  });
});

describe('a comparison in each sex', () => {
  it('"similar in patients and controls of both sexes": the null holds in the patients of each sex', () => {
    expect(extract('Serum VEGF was similar in patients and controls of both sexes.')).toEqual([
      'serum VEGF | NOT_DIFFERENT_IN | women with ME/CFS | controls',
      'serum VEGF | NOT_DIFFERENT_IN | men with ME/CFS | controls',
    ]);
  });
});

describe('two patient groups likened to each other', () => {
  const title = 'Sleep complaints in ME/CFS and multiple sclerosis';

  it('"equally frequent in A and B", "similar in A and in B": one comparison, B the comparator', () => {
    expect(
      findingLines('Unrefreshing sleep was equally frequent in ME/CFS and multiple sclerosis (p = 0.52).', { title }),
    ).toEqual(['unrefreshing sleep | NOT_DIFFERENT_IN | ME/CFS | multiple sclerosis']);
    expect(
      findingLines('Unrefreshing sleep was similar in ME/CFS and in multiple sclerosis (p = 0.52).', { title }),
    ).toEqual(['unrefreshing sleep | NOT_DIFFERENT_IN | ME/CFS | multiple sclerosis']);
  });

  it('"equally raised in A and B" is a rise in each, not a likeness', () => {
    expect(findingLines('Serum ferritin was equally raised in ME/CFS and multiple sclerosis.', { title })).toEqual([
      'ferritin | ELEVATED_IN | ME/CFS | -',
      'ferritin | ELEVATED_IN | multiple sclerosis | -',
    ]);
  });

  it('"not different from the value in B": B is the comparator, not a group of its own', () => {
    expect(
      findingLines(
        'In ME/CFS, serum ferritin fell below that of healthy adults (p = 0.004) but was not different from the value in multiple sclerosis (p = 0.58).',
        { title },
      ),
    ).toEqual([
      'ferritin | REDUCED_IN | ME/CFS | healthy adults',
      'ferritin | NOT_DIFFERENT_IN | ME/CFS | multiple sclerosis',
    ]);
  });
});

describe('a disease named by its eponym alone', () => {
  it('"Sjögren\'s patients": the possessive of an eponym names its syndrome or disease', () => {
    expect(
      findingLines("Anti-Ro antibodies were found in 87% of Sjögren's patients and in none of the controls.", {
        title: "Autoantibodies in ME/CFS and Sjögren's syndrome",
      }),
    ).toEqual(["Anti-Ro antibodies | ELEVATED_IN | Sjögren's syndrome | controls"]);
  });
});

describe('people named by their illness', () => {
  it('"affected adolescents" are the study\'s patients', () => {
    expect(
      findingLines(
        'Resting heart rate was 88 beats/min in affected adolescents and 74 beats/min in classmates (p < 0.001).',
        {
          title: 'Orthostatic intolerance in adolescents with ME/CFS',
        },
      ),
    ).toEqual(['resting heart rate | ELEVATED_IN | ME/CFS | classmates']);
  });
});
