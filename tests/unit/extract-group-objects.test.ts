// The group a finding is about, and the group it is compared with, when the sentence names other groups than the
// study's condition: subgroups inside a leading comparator, groups defined by case criteria, demographic groups.
// Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractCandidates, extractFindings } from '../../src/ingest/extract/index.ts';
import { findingLines } from '../support/extract-lines.ts';

/** Ungated findings: these tests are about which groups the frames read, not about the confidence model. */
const extract = (sentence: string, title = 'A study of ME/CFS') =>
  extractCandidates({ slug: 'groups-2024-test', title, observedFindings: [sentence] }).flatMap((s) =>
    s.candidates.map(
      ({ finding: f }) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.comparator ?? '-'}`,
    ),
  );

describe('a leading comparator adjunct', () => {
  it('its comma closes a subgroup named inside it, and the subgroup after it is the object', () => {
    expect(
      extract(
        'Relative to healthy controls and ME/CFS patients free of migraine, patients who had both ME/CFS and migraine showed lower stroke volume.',
      ),
    ).toEqual([
      'stroke volume | REDUCED_IN | ME/CFS with migraine | healthy controls and ME/CFS patients without migraine',
    ]);
  });

  it('"lacking X" in a comparator reads as "without X", as subgroups are named', () => {
    expect(extract('Heart rate variability was lower in ME/CFS patients than in patients lacking migraine.')).toEqual([
      'heart rate variability | REDUCED_IN | ME/CFS | patients without migraine',
    ]);
  });
});

describe('groups defined by case criteria', () => {
  it('"those fulfilling the X definition" is the object, named with the sentence\'s verb and article', () => {
    expect(
      extract(
        'Compared with patients who met only the Fukuda criteria, those fulfilling the stricter consensus definition reported higher pain scores.',
      ),
    ).toEqual([
      'pain | ELEVATED_IN | patients fulfilling the stricter consensus definition | patients who met only the Fukuda criteria',
    ]);
  });

  it('"than among those who did not meet X criteria" is the comparator, not a second object', () => {
    expect(
      extract(
        'Sleep disturbance was more frequent among patients who met the consensus definition than among those who did not meet ME criteria.',
      ),
    ).toEqual([
      'sleep disturbance | ELEVATED_IN | patients meeting the consensus definition | those who did not meet ME criteria',
    ]);
  });

  it('"those who did not fulfil the criteria" as the object is the group not meeting them', () => {
    const [finding] = extractCandidates({
      slug: 'groups-2024-test',
      title: 'A study of ME/CFS',
      observedFindings: ['Those who did not fulfil the criteria had lower pain scores than patients who did.'],
    }).flatMap((s) => s.candidates.map((c) => c.finding));
    expect(finding?.object.name).toBe('patients not fulfilling the criteria');
    expect(finding?.object.subgroupFeature).toBe('does not meet criteria');
  });
});

describe('the comparator as the sentence names it', () => {
  it('a classifier\'s reference group is the one written ("from fatigued controls"), not always healthy controls', () => {
    expect(
      extract('A panel of six cytokines distinguished ME/CFS patients from fatigued controls with 80% accuracy.'),
    ).toEqual(['panel of six cytokines | DISCRIMINATES | ME/CFS | fatigued controls']);
    expect(extract('A panel of six cytokines separated ME/CFS from controls with an AUC of 0.91.')).toEqual([
      'panel of six cytokines | DISCRIMINATES | ME/CFS | controls',
    ]);
  });

  it('"across the A, B, and control groups": each named group is compared with the others', () => {
    expect(
      extract('Across the fibromyalgia, CFS, and healthy control groups, serum ferritin did not differ significantly.'),
    ).toEqual([
      'ferritin | NOT_DIFFERENT_IN | fibromyalgia | CFS and healthy controls',
      'ferritin | NOT_DIFFERENT_IN | ME/CFS | fibromyalgia and healthy controls',
    ]);
  });

  it('"the CFS group" as a comparator is the condition in the sentence\'s words', () => {
    expect(extract('In fibromyalgia, serum ferritin showed no significant difference from the CFS group.')).toEqual([
      'ferritin | NOT_DIFFERENT_IN | fibromyalgia | CFS',
    ]);
  });
});

describe("treatment arms named by a short form of the study's treatment", () => {
  const trial = 'A randomised trial of graded exercise therapy in ME/CFS';

  it('"exercise" in a trial of graded exercise therapy is the treated arm (rule 9), compared with the other arm', () => {
    expect(
      extract(
        'Relative to relaxation sessions, exercise brought about greater improvements in fatigue and fitness',
        trial,
      ),
    ).toEqual([
      'fatigue | REDUCED_IN | graded exercise therapy treatment group | relaxation sessions',
      'fitness | ELEVATED_IN | graded exercise therapy treatment group | relaxation sessions',
    ]);
  });

  it("the arm carries the sentence's own name for it and the treatment's other names", () => {
    const [finding] = extractCandidates({
      slug: 'groups-2024-test',
      title: trial,
      observedFindings: ['Exercise reduced fatigue compared with relaxation sessions'],
    }).flatMap((s) => s.candidates.map((c) => c.finding));
    expect(finding?.object.synonyms).toEqual(
      expect.arrayContaining(['Exercise-treated group', 'Exercise group', 'graded exercise group', 'GET group']),
    );
  });

  it("a word the study's treatment does not contain is no treatment", () => {
    expect(
      extract('Compared with relaxation sessions, walking led to greater improvements in fatigue', trial),
    ).not.toContain('fatigue | REDUCED_IN | graded exercise therapy treatment group | relaxation sessions');
  });
});

describe('reference groups printed beside the finding', () => {
  it('a value contrast in parentheses names the comparator ("(21 vs 30 kg in healthy controls)")', () => {
    expect(extract('Grip strength was lower in patients (21 kg vs 30 kg in healthy controls)')).toEqual([
      'hand grip strength | REDUCED_IN | ME/CFS | healthy controls',
    ]);
  });

  it('a patient group in the parentheses is not taken as the comparator', () => {
    expect(extract('Grip strength was lower in patients (21 kg vs 30 kg in patients with migraine)')).toEqual([
      'hand grip strength | REDUCED_IN | ME/CFS | -',
    ]);
  });

  it('a p printed with what it was tested against names the comparator, a group or a time point', () => {
    expect(extract('Serum ferritin was raised only in sudden-onset patients (p = 0.004 against controls).')).toEqual([
      'ferritin | ELEVATED_IN | sudden-onset ME/CFS | controls',
    ]);
    expect(extract('Resting lactate fell in patients after pacing (p = 0.03 against the first visit).')).toEqual([
      'resting lactate | REDUCED_IN | ME/CFS | first visit',
    ]);
  });

  it('donors are a reference group, with the words that name them ("healthy blood donors")', () => {
    expect(extract('Plasma ferritin was lower in patients than in healthy blood donors')).toEqual([
      'ferritin | REDUCED_IN | ME/CFS | healthy blood donors',
    ]);
    expect(extract('Plasma ferritin did not differ between blood donors and ME/CFS patients')).toEqual([
      'ferritin | NOT_DIFFERENT_IN | ME/CFS | blood donors',
    ]);
  });
});

describe('a group named by its defining words', () => {
  it('"in every post-infection group" also names the groups of that kind', () => {
    const [finding] = extractCandidates({
      slug: 'groups-2024-test',
      title: 'A study of ME/CFS',
      observedFindings: ['In every post-infection group, serum IL-6 fell below the pre-infection baseline.'],
    }).flatMap((s) => s.candidates.map((c) => c.finding));
    expect(finding?.object.name).toBe('post-infection group');
    expect(finding?.object.synonyms).toContain('post-infection groups');
  });
});

describe("the end of a group's feature", () => {
  it('the clause\'s verb ends the feature ("those fulfilling X criteria described more Y")', () => {
    expect(
      extract(
        'Compared with non-meeting patients, those fulfilling the Oxford criteria described more severe headaches.',
      ),
    ).toEqual(['headache | ELEVATED_IN | patients fulfilling the Oxford criteria | non-meeting patients']);
  });
});

describe('a change after exercise within one group', () => {
  it('"dropped after the standard exercise test" compares with before exercise', () => {
    expect(extract('In ME/CFS patients, grip strength dropped after the standard exercise test')).toEqual([
      'hand grip strength | REDUCED_IN | ME/CFS | before exercise',
    ]);
    expect(extract('ME/CFS patients reported more severe headaches once they had exercised')).toEqual([
      'headache | ELEVATED_IN | ME/CFS | before exercise',
    ]);
  });

  it('a time point after exercise ("30 minutes after exercise") is no contrast with before it', () => {
    expect(extract('Serum lactate was elevated in ME/CFS patients 30 minutes after exercise')).toEqual([
      'lactate | ELEVATED_IN | ME/CFS | -',
    ]);
  });
});

describe("the control group's own change over time", () => {
  it('"In controls, X rose after the exercise test": the control group is the object, before exercise the comparator', () => {
    expect(extract('In healthy controls, grip strength rose after the exercise test')).toEqual([
      'hand grip strength | ELEVATED_IN | healthy controls | before exercise',
    ]);
  });

  it('without a time contrast a clause about the control group alone is still no finding', () => {
    expect(extract('In healthy controls, grip strength was high')).toEqual([]);
  });

  it("with one, the control group's lack of change is its own null (rule 2 over time)", () => {
    expect(extract('In healthy controls, grip strength did not change after the exercise test')).toEqual([
      'hand grip strength | NOT_DIFFERENT_IN | healthy controls | before exercise',
    ]);
  });
});

describe('subgroups in a prevalence contrast', () => {
  it('", against 5% among …" ends the first group\'s feature; a condition named before "with" is the base', () => {
    expect(
      extract(
        'Orthostatic hypotension was found in 54% of the ME/CFS patients with migraine, against just 5% among ME/CFS patients lacking migraine.',
      ),
    ).toEqual(['orthostatic hypotension | ELEVATED_IN | ME/CFS with migraine | ME/CFS patients without migraine']);
  });
});

describe('reference values as the comparator', () => {
  it('"… under normal values" names the reference; "under 40 mm" does not', () => {
    expect(extract('Stroke volume was reduced in ME/CFS patients, on average 9 ml under normal values.')).toEqual([
      'stroke volume | REDUCED_IN | ME/CFS | normal values',
    ]);
    expect(extract('Stroke volume was reduced in ME/CFS patients, often under 40 ml.')).toEqual([
      'stroke volume | REDUCED_IN | ME/CFS | -',
    ]);
  });
});

describe('a treatment named only by its cycles', () => {
  it('"After 3 PX cycles" names the treated arm even when no lexicon knows PX (rule 9)', () => {
    expect(extract('After 3 PX cycles, serum ferritin fell significantly.')).toEqual([
      'ferritin | REDUCED_IN | PX treatment group | pre-treatment',
    ]);
    const [finding] = extractCandidates({
      slug: 'groups-2024-test',
      title: 'A study of ME/CFS',
      observedFindings: ['Following the second PX infusion, serum ferritin rose.'],
    }).flatMap((s) => s.candidates.map((c) => c.finding));
    expect(finding?.object.synonyms).toEqual(expect.arrayContaining(['PX', 'PX-treated patients']));
  });

  it('a test or exercise session is no treatment cycle', () => {
    expect(extract('After the second exercise session, serum lactate rose in ME/CFS patients.')).not.toContain(
      'lactate | ELEVATED_IN | exercise treatment group | pre-treatment',
    );
  });
});

describe('groups named in the plural by what sets them apart', () => {
  it('"rural populations … than urban populations": the groups as written, not the study\'s condition', () => {
    expect(extract('Rural populations showed a higher prevalence than urban populations.')).toEqual([
      'prevalence | ELEVATED_IN | rural populations | urban populations',
    ]);
    expect(extract('Serum lactate did not differ across the dose groups.')).toEqual([
      'lactate | NOT_DIFFERENT_IN | dose groups | -',
    ]);
  });

  it('words that do not name a group stay out ("similar across groups", "the three groups")', () => {
    expect(extract('Heart rate variability was likewise similar across groups.')).toEqual([
      'heart rate variability | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
    expect(extract('The three groups had distinct cytokine profiles.')).not.toContain(
      expect.stringMatching(/three groups/),
    );
  });
});

describe('an intervention named in a study that treats nobody', () => {
  it('"Following graded exercise, …" is a plain time contrast there, not pre-treatment', () => {
    expect(extract('Following graded exercise, healthy controls showed a rise in grip strength')).toEqual([
      'hand grip strength | ELEVATED_IN | healthy controls | before exercise',
    ]);
  });

  it("in a trial of the intervention it stays the treatment's before/after", () => {
    expect(
      extract(
        'Following graded exercise, patients showed a fall in fatigue scores',
        'A trial of graded exercise therapy',
      ),
    ).toEqual(['fatigue | REDUCED_IN | graded exercise therapy treatment group | pre-treatment']);
  });
});

describe('people named by sex or age', () => {
  it('"healthy adolescents" is the reference group; "adolescents with CFS" the condition', () => {
    expect(extract('Morning cortisol was lower in adolescents with CFS than in healthy adolescents.')).toEqual([
      'morning cortisol | REDUCED_IN | ME/CFS | healthy adolescents',
    ]);
  });

  it('"Among women, patients had higher X": the patients of that sex are the object, not all patients as well', () => {
    expect(extract('Among women, patients had higher morning cortisol than controls (p = 0.01).')).toEqual([
      'morning cortisol | ELEVATED_IN | women with ME/CFS | controls',
    ]);
  });

  it('alone ("lower in women than in men"), one sex against the other is the patients of that sex', () => {
    expect(extract('Morning cortisol was lower in women than in men.')).toEqual([
      'morning cortisol | REDUCED_IN | women with ME/CFS | -',
    ]);
  });
});

describe('a comparative predicate after a group defined by its feature', () => {
  it('"patients with X performed worse than …": the verb ends the feature; modifiers before the reference head stay with it', () => {
    expect(
      extract(
        'Veterans with Gulf War illness performed worse than non-deployed era veterans on tests of attention (p = 0.01).',
        'Cognition in Gulf War illness',
      ),
    ).toEqual(['attention | REDUCED_IN | Gulf War illness | non-deployed era veterans']);
  });

  it('"veterans with X and healthy veterans": a second group after "and" ends the feature', () => {
    expect(
      extract(
        'Urinary cadmium was similar in veterans with Gulf War illness and healthy deployed veterans.',
        'Metals in Gulf War illness',
      ),
    ).toEqual(['urinary cadmium | NOT_DIFFERENT_IN | Gulf War illness | healthy deployed veterans']);
  });

  it('"ill veterans" are the study\'s patients', () => {
    expect(
      extract(
        'Urinary cadmium was similar in ill veterans and healthy deployed veterans.',
        'Metals in Gulf War illness',
      ),
    ).toEqual(['urinary cadmium | NOT_DIFFERENT_IN | Gulf War illness | healthy deployed veterans']);
  });

  it('"onset triggered by infection" keeps its participle: no comparison follows it', () => {
    expect(
      extract('Patients with onset triggered by infection had higher IL-6 than patients with gradual onset.'),
    ).toEqual(['IL-6 | ELEVATED_IN | ME/CFS with onset triggered by infection | patients with gradual onset']);
  });

  it('"had lower scores than controls on X": what was scored is X', () => {
    expect(extract('Patients had lower scores than controls on a composite memory index.')).toEqual([
      'composite memory index | REDUCED_IN | ME/CFS | controls',
    ]);
  });
});

describe('the group a clause speaks of when it names none, or only "patients"', () => {
  const entry = (observedFindings: string[], title = 'A study of ME/CFS') =>
    extractCandidates({ slug: 'groups-2024-test', title, observedFindings }).map((s) =>
      s.candidates.map(({ finding: f }) => `${f.subject.name} | ${f.relation} | ${f.object.name}`),
    );

  it('plain "patients" after a sentence about a subgroup are the study\'s patients', () => {
    expect(
      entry([
        'IL-6 was higher in female patients than in female controls.',
        'IL-8 was lower in patients than in controls.',
      ]),
    ).toEqual([['IL-6 | ELEVATED_IN | women with ME/CFS'], ['IL-8 | REDUCED_IN | ME/CFS']]);
  });

  it('"these patients" refer back to the subgroup', () => {
    expect(
      entry([
        'IL-6 was higher in female patients than in female controls.',
        'IL-8 was also lower in these patients.',
      ])[1],
    ).toEqual(['IL-8 | REDUCED_IN | women with ME/CFS']);
  });

  it('"In male patients, A …, while B …": the opening group is every clause\'s', () => {
    expect(entry(['In male patients, IL-6 was near-normal, while IL-8 was raised.'])[0]).toEqual([
      'IL-6 | NOT_DIFFERENT_IN | men with ME/CFS',
      'IL-8 | ELEVATED_IN | men with ME/CFS',
    ]);
  });
});

describe("each group's own change over time", () => {
  const study = (observedFindings: string[]) =>
    extractCandidates({
      slug: 'groups-2024-test',
      title: 'Cytokines after exercise in ME/CFS',
      summary: 'ME/CFS patients and sedentary controls gave blood before and after a cycle test.',
      observedFindings,
    }).map((s) => s.candidates.map(({ finding: f }) => `${f.subject.name} | ${f.relation} | ${f.object.name}`));

  it('"did not change from pre-exercise values in either group": both groups, the reference as the summary names it', () => {
    expect(study(['IL-6 and IL-10 did not change from pre-exercise values in either group.'])[0]).toEqual([
      'IL-6 | NOT_DIFFERENT_IN | ME/CFS',
      'IL-6 | NOT_DIFFERENT_IN | sedentary controls',
      'IL-10 | NOT_DIFFERENT_IN | ME/CFS',
      'IL-10 | NOT_DIFFERENT_IN | sedentary controls',
    ]);
  });

  it('without a time contrast "similar in both groups" stays one comparison of the groups', () => {
    expect(study(['IL-6 was similar in both groups.'])[0]).toEqual(['IL-6 | NOT_DIFFERENT_IN | ME/CFS']);
  });

  it('"…, whereas in controls it remained unchanged": the pronoun is the previous clause\'s subject, the controls the study\'s', () => {
    expect(
      study([
        'In patients, IL-8 rose from baseline to 48 hours (p=0.03), whereas in controls it remained unchanged.',
      ])[0],
    ).toEqual(['IL-8 | ELEVATED_IN | ME/CFS', 'IL-8 | NOT_DIFFERENT_IN | sedentary controls']);
  });
});

describe("the study's population from its title", () => {
  it('a condition the title introduces with "in" is the population; one before it is what was looked for', () => {
    expect(
      extract('Nerve fibre density was lower in patients.', 'Small fibre neuropathy by skin biopsy in ME/CFS'),
    ).toEqual(['nerve fibre density | REDUCED_IN | ME/CFS | -']);
    expect(extract('Nerve fibre density was lower in patients.', 'Small fibre neuropathy and its causes')).toEqual([
      'nerve fibre density | REDUCED_IN | small fiber neuropathy | -',
    ]);
  });
});

describe('several patient groups', () => {
  const study = (sentence: string) =>
    extractCandidates({
      slug: 'groups-2024-test',
      title: 'Brain lactate in ME/CFS and fibromyalgia',
      observedFindings: [sentence],
    }).flatMap((s) => s.candidates.map(({ finding: f }) => `${f.subject.name} | ${f.relation} | ${f.object.name}`));

  it('"in both patient groups": each condition the title names', () => {
    expect(study('Glutathione was lower in both patient groups (p < 0.01 for each).')).toEqual([
      'glutathione | REDUCED_IN | ME/CFS',
      'glutathione | REDUCED_IN | fibromyalgia',
    ]);
  });

  it('"no more frequent in any patient group than in controls": a null in each condition', () => {
    expect(study('Hay fever was no more frequent in any patient group than in controls.')).toEqual([
      'hay fever | NOT_DIFFERENT_IN | ME/CFS',
      'hay fever | NOT_DIFFERENT_IN | fibromyalgia',
    ]);
  });

  it('"similar across all three groups", "between any pair of groups": a null for each patient group', () => {
    expect(study('Reaction times to reward cues were similar across all three groups.')).toEqual([
      'reaction times to reward cues | NOT_DIFFERENT_IN | ME/CFS',
      'reaction times to reward cues | NOT_DIFFERENT_IN | fibromyalgia',
    ]);
    expect(study('Beta power did not differ between any pair of groups.')).toEqual([
      'beta power | NOT_DIFFERENT_IN | ME/CFS',
      'beta power | NOT_DIFFERENT_IN | fibromyalgia',
    ]);
  });

  it('a narrower name of a group the title names is that group ("depression", "major depression")', () => {
    expect(
      extractCandidates({
        slug: 'groups-2024-test',
        title: 'EEG in ME/CFS and depression',
        summary: 'Patients with ME/CFS, patients with major depression and healthy controls had resting EEG.',
        observedFindings: ['Beta power did not differ among the groups.'],
      }).flatMap((s) => s.candidates.map(({ finding: f }) => f.object.name)),
    ).toEqual(['ME/CFS', 'depression']);
  });

  it('"1.9-fold higher in A and 1.5-fold higher in B than in controls": one subject, two groups', () => {
    expect(
      study('Lactate was 1.9-fold higher in ME/CFS and 1.5-fold higher in fibromyalgia than in controls.'),
    ).toEqual(['lactate | ELEVATED_IN | ME/CFS', 'lactate | ELEVATED_IN | fibromyalgia']);
  });
});

describe("where a subgroup's feature ends", () => {
  it('"with onset after infection" keeps its "after"; "and those who did not" is the other group', () => {
    expect(
      extract('Hypoxanthine was lower in patients with onset after infection than in those with gradual onset'),
    ).toEqual(['hypoxanthine | REDUCED_IN | ME/CFS with onset after infection | those with gradual onset']);
    expect(
      extract('Grip strength did not differ between patients who met the Canadian criteria and those who did not.'),
    ).toEqual(['hand grip strength | NOT_DIFFERENT_IN | patients meeting the Canadian criteria | -']);
  });
});

describe('trial arms and instruments', () => {
  const trial = (sentence: string) =>
    extractCandidates({
      slug: 'groups-2024-test',
      title: 'Low-dose naltrexone for fibromyalgia: a randomised trial',
      observedFindings: [sentence],
    }).flatMap((s) =>
      s.candidates.map(({ finding: f }) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.comparator}`),
    );

  it('"did not differ between naltrexone and placebo": the treated arm against placebo', () => {
    expect(trial('Fatigue did not differ between naltrexone and placebo.')).toEqual([
      'fatigue | NOT_DIFFERENT_IN | low-dose naltrexone treatment group | placebo',
    ]);
  });

  it('a condition opening an instrument\'s name ("Fibromyalgia Impact Questionnaire") is no group', () => {
    expect(trial('Fibromyalgia Impact Questionnaire scores were higher in patients than in controls.')).toEqual([
      'FIQ | ELEVATED_IN | fibromyalgia | controls',
    ]);
  });
});

describe('comorbidity subgroups', () => {
  it('"patients with comorbid IBS had lower X than …": the verb ends the list; the patients are the study\'s', () => {
    expect(extract('Patients with comorbid IBS had lower Bacteroides abundance than patients without IBS.')).toEqual([
      'Bacteroides abundance | REDUCED_IN | ME/CFS with comorbid IBS | patients without IBS',
    ]);
  });

  it('a condition named before "with comorbid" is the patients\' own', () => {
    expect(extract('IL-6 was higher in fibromyalgia patients with comorbid insomnia than in controls.')).toEqual([
      'IL-6 | ELEVATED_IN | fibromyalgia with comorbid insomnia | controls',
    ]);
  });
});

describe('patients named by sex with their condition', () => {
  it('"women with ME/CFS" are its female patients, as "female patients" are', () => {
    expect(extract('IL-6 was higher in women with ME/CFS than in healthy women.')).toEqual([
      'IL-6 | ELEVATED_IN | women with ME/CFS | healthy women',
    ]);
  });
});

describe('patients named by life stage', () => {
  it('"premenopausal patients" are a subgroup, not all patients', () => {
    expect(extract('Oestradiol did not differ between premenopausal patients and controls.')).toEqual([
      'oestradiol | NOT_DIFFERENT_IN | ME/CFS with premenopausal | controls',
    ]);
  });
});

describe('groups a clause defines', () => {
  it('"patients aged 30–45", "patients ill for less than three years": named as written; a range is no clause break', () => {
    expect(extract('Anti-Müllerian hormone was lower in patients aged 30–45 than in age-matched controls.')).toEqual([
      'Anti-Müllerian hormone | REDUCED_IN | ME/CFS patients aged 30–45 | age-matched controls',
    ]);
    expect(extract('IL-6 was higher in patients ill for less than three years than in controls.')).toEqual([
      'IL-6 | ELEVATED_IN | ME/CFS patients ill for less than three years | controls',
    ]);
  });

  it('"patients hospitalised during the acute infection" against "patients managed at home"', () => {
    expect(
      extract(
        'Patients hospitalised during the acute infection had lower frontal perfusion than patients managed at home.',
      ),
    ).toEqual([
      'frontal perfusion | REDUCED_IN | ME/CFS patients hospitalised during the acute infection | patients managed at home',
    ]);
  });

  it('"hospitalised participants": the participle before the people is named before the condition', () => {
    expect(extract('Hospitalised participants had lower frontal perfusion than participants managed at home.')).toEqual(
      ['frontal perfusion | REDUCED_IN | hospitalised ME/CFS participants | participants managed at home'],
    );
  });
});

describe('likenesses between two groups', () => {
  const study = (sentence: string) =>
    extractCandidates({
      slug: 'likeness-2024-test',
      title: 'Symptoms in ME/CFS and multiple sclerosis',
      observedFindings: [sentence],
    }).flatMap((s) =>
      s.candidates.map(({ finding: f }) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.comparator}`),
    );

  it('"similar in A and B" is one comparison: A against B', () => {
    expect(study('Sleep disturbance scores were similar in ME/CFS and multiple sclerosis.')).toEqual([
      'sleep disturbance | NOT_DIFFERENT_IN | ME/CFS | multiple sclerosis',
    ]);
  });

  it('"similar to those in B": B is the reference; a lower-case condition before "scores" is what was rated', () => {
    expect(study('HADS anxiety scores were similar to those in multiple sclerosis.')).toEqual([
      'HADS anxiety scores | NOT_DIFFERENT_IN | ME/CFS | multiple sclerosis',
    ]);
  });
});

describe('prevalences that differ by chance', () => {
  it('"9% of patients and 8% of controls, a non-significant difference" is a null', () => {
    expect(
      extract('Night sweats occurred in 19% of patients and 16% of controls, a non-significant difference'),
    ).toEqual(['night sweats | NOT_DIFFERENT_IN | ME/CFS | controls']);
    expect(extract('Night sweats occurred in 19% of patients and 16% of controls (p = 0.62)')).toEqual([
      'night sweats | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
  });
});

describe('groups listed with commas and repeated predicates', () => {
  const study = (sentence: string) =>
    extractCandidates({
      slug: 'lists-2024-test',
      title: 'Serum markers in long COVID, ME/CFS and multiple sclerosis',
      observedFindings: [sentence],
    }).flatMap((s) =>
      s.candidates.map(({ finding: f }) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.comparator}`),
    );

  it('"than in A, B or C": each a reference group, none an object', () => {
    expect(study('Serum tau was higher in multiple sclerosis than in long COVID, ME/CFS or healthy controls.')).toEqual(
      [
        'serum tau | ELEVATED_IN | multiple sclerosis | long COVID',
        'serum tau | ELEVATED_IN | multiple sclerosis | ME/CFS',
        'serum tau | ELEVATED_IN | multiple sclerosis | healthy controls',
      ],
    );
  });

  it('"raised in A and was not raised in B": the repeated predicate keeps the subject and its own negation', () => {
    expect(
      study('Serum S100B was slightly raised in long COVID relative to controls and was not raised in ME/CFS.'),
    ).toEqual(['serum S100B | ELEVATED_IN | long COVID | controls', 'serum S100B | NOT_DIFFERENT_IN | ME/CFS | null']);
  });

  it('"X in A and B was comparable to controls": both groups; "of A and B are alike": one comparison', () => {
    expect(study('Serum tau levels in long COVID and ME/CFS were comparable to those of healthy controls.')).toEqual([
      'serum tau levels | NOT_DIFFERENT_IN | long COVID | healthy controls',
      'serum tau levels | NOT_DIFFERENT_IN | ME/CFS | healthy controls',
    ]);
    expect(study('Sleep complaints of ME/CFS and multiple sclerosis are strikingly alike.')).toEqual([
      'sleep complaints | NOT_DIFFERENT_IN | ME/CFS | multiple sclerosis',
    ]);
  });
});

describe('groups named in other ways', () => {
  it('"rated higher by A than by B": "by" introduces the rating group and, after "than", the reference', () => {
    expect(
      extract(
        'Muscle soreness was rated higher by fibromyalgia patients than by ME/CFS patients',
        'Pain in ME/CFS and fibromyalgia',
      ),
    ).toEqual(['muscle soreness | ELEVATED_IN | fibromyalgia | ME/CFS patients']);
  });

  it('"depressed patients" are the depression group', () => {
    expect(
      extract('Depressed patients had higher anhedonia scores than controls', 'Mood in ME/CFS and depression'),
    ).toEqual(['anhedonia scores | ELEVATED_IN | depression | controls']);
  });
});

describe('prevalences in three groups', () => {
  it('"34% of A, 22% of B and 5% of controls": each patient group against the reference group', () => {
    expect(
      extract(
        'Dermatographism was reported by 34% of long COVID, 22% of ME/CFS and 5% of control participants',
        'Mast cells in long COVID and ME/CFS',
      ),
    ).toEqual([
      'dermatographism | ELEVATED_IN | long COVID | control participants',
      'dermatographism | ELEVATED_IN | ME/CFS | control participants',
    ]);
  });

  it('an "abnormal" result takes its direction from the figures', () => {
    expect(
      extract('An abnormal tilt test was found in 58% of patients and 18% of healthy controls', 'Tilt in ME/CFS'),
    ).toEqual(['abnormal tilt test | ELEVATED_IN | ME/CFS | healthy controls']);
  });
});

describe('patients of one sex', () => {
  it('"In men, X was elevated": the study\'s male patients', () => {
    expect(extract('In men, leucine was elevated')).toEqual(['leucine | ELEVATED_IN | men with ME/CFS | -']);
  });

  it('"…, with no difference between male patients and male controls": the same measures, null in the other group', () => {
    expect(
      extract(
        'Leptin was elevated only in female patients, with no difference between male patients and male controls',
      ),
    ).toEqual([
      'leptin | ELEVATED_IN | women with ME/CFS | -',
      'leptin | NOT_DIFFERENT_IN | men with ME/CFS | male controls',
    ]);
    expect(
      extract(
        'Ornithine was lower in women with ME/CFS than in female controls, but neither differed between men with ME/CFS and male controls',
      ),
    ).toEqual([
      'ornithine | REDUCED_IN | women with ME/CFS | female controls',
      'ornithine | NOT_DIFFERENT_IN | men with ME/CFS | male controls',
    ]);
  });
});

describe('reference groups with shared heads', () => {
  it('"relative to recovered and never-infected controls": participles modify the shared head', () => {
    expect(extract('Patients had fewer MAIT cells relative to recovered and never-infected controls')).toEqual([
      'MAIT cells | REDUCED_IN | ME/CFS | recovered and never-infected controls',
    ]);
  });
});

describe('every group the study compares', () => {
  const title = { title: 'Vestibular tests in POTS, ME/CFS and healthy adults' };

  it('"similar in every group", "across groups": a null for each patient group', () => {
    for (const sentence of [
      'Saccade latency was similar in every group.',
      'Saccade latency was similar across groups.',
    ])
      expect(findingLines(sentence, title)).toEqual([
        'saccade latency | NOT_DIFFERENT_IN | postural orthostatic tachycardia syndrome | -',
        'saccade latency | NOT_DIFFERENT_IN | ME/CFS | -',
      ]);
  });

  it('"unchanged from supine in every group" is each group\'s own change: the reference group\'s too', () => {
    expect(findingLines('Saccade latency was unchanged from supine in every group.', title)).toEqual([
      'saccade latency | NOT_DIFFERENT_IN | postural orthostatic tachycardia syndrome | -',
      'saccade latency | NOT_DIFFERENT_IN | ME/CFS | -',
      'saccade latency | NOT_DIFFERENT_IN | healthy adults | -',
    ]);
  });

  it('"normal in every group" is a null too, while "normal in all patients" describes one group and is skipped', () => {
    expect(findingLines('Saccade latency was normal in every group.', title)).toHaveLength(2);
    expect(findingLines('Saccade latency was normal in all patients.', title)).toEqual([]);
  });
});

describe('one sex named alone after "but not in"', () => {
  it('"lower in women with ME/CFS but not in men": a null in the men with ME/CFS', () => {
    expect(findingLines('DHEA was lower in women with ME/CFS but not in men.')).toEqual([
      'DHEA | REDUCED_IN | women with ME/CFS | -',
      'DHEA | NOT_DIFFERENT_IN | men with ME/CFS | -',
    ]);
  });
});

describe('patients named by how or how long ago their illness began', () => {
  it('"sudden-onset patients" are a subgroup, the one "the sudden-onset group" names too', () => {
    expect(
      extract('Resting heart rate was higher in sudden-onset patients than in gradual-onset patients (p = 0.01).'),
    ).toEqual(['resting heart rate | ELEVATED_IN | sudden-onset ME/CFS | gradual-onset patients']);
    const [finding] = extractCandidates({
      slug: 'groups-2024-test',
      title: 'A study of ME/CFS',
      observedFindings: ['Plasma IgG2 was lower in short-duration patients than in controls (p = 0.02).'],
    }).flatMap((s) => s.candidates.map((c) => c.finding));
    expect(finding!.object.name).toBe('short-duration ME/CFS');
    expect(finding!.object.synonyms).toEqual(
      expect.arrayContaining(['short-duration patients', 'short-duration group']),
    );
  });
});

describe('girls and boys', () => {
  it('are the patients of that sex, as women and men are', () => {
    expect(extract('Urinary citrate was lower in girls with ME/CFS than in female peers (p = 0.002).')).toEqual([
      'urinary citrate | REDUCED_IN | girls with ME/CFS | female peers',
    ]);
    expect(extract('In boys, plasma ferritin was higher than in male peers (p = 0.01).')).toEqual([
      'ferritin | ELEVATED_IN | boys with ME/CFS | male peers',
    ]);
  });
});

describe("a group's possessive", () => {
  it('"the ME/CFS group\'s fatigue score": the measure is what follows the possessive', () => {
    expect(extract("By 12 months the ME/CFS group's fatigue score had fallen (p = 0.004 against baseline).")).toEqual([
      'fatigue | REDUCED_IN | ME/CFS | baseline',
    ]);
  });
});

describe('the condition a title names', () => {
  it('an infection the studied illness came "from" or "since" is not the population', () => {
    for (const title of [
      'Sleep a year on from SARS-CoV-2 infection: long COVID against recovery',
      'Sleep in the two years since COVID-19 in adults with long COVID',
    ]) {
      const [finding] = extractFindings({
        slug: 'title-condition-2025-test',
        title,
        observedFindings: ['Sleep efficiency was similar in the two groups (p = 0.41).'],
      }).findings;
      expect(finding?.object.name).toBe('long COVID');
    }
  });
});

describe("two groups alike in the previous clause's measure", () => {
  it('"…, while ME/CFS and volunteers did not differ (p = 0.41)": the patient group against the other', () => {
    const lines = extractFindings({
      slug: 'group-pair-2025-test',
      title: 'Cardiac peptides in POTS, ME/CFS and healthy volunteers',
      observedFindings: [
        'Supine NT-proBNP was lower in POTS than in healthy volunteers (p < 0.001) and ME/CFS (p = 0.002), while ME/CFS and volunteers did not differ (p = 0.41).',
      ],
    }).findings.map((f) => `${f.relation} | ${f.object.name} | ${f.comparator} | ${f.pValue}`);
    expect(lines).toContain('NOT_DIFFERENT_IN | ME/CFS | volunteers | 0.41');
  });
});

describe('a group that exceeded another', () => {
  it('"patients exceeded controls in A (p) and B (p), while C did not differ": A and B higher in the patients', () => {
    expect(
      extract('Patients exceeded healthy controls in IL-8 (p = 0.02) and IL-17A (p = 0.04), while IL-6 did not differ'),
    ).toEqual([
      'IL-8 | ELEVATED_IN | ME/CFS | healthy controls',
      'IL-17A | ELEVATED_IN | ME/CFS | healthy controls',
      'IL-6 | NOT_DIFFERENT_IN | ME/CFS | healthy controls',
    ]);
  });
});
