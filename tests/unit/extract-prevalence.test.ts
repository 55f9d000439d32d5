// Prevalence contrasts: a figure in one group set against another group's figure. Sentences are written for these
// tests; each exercises one way of giving the figures.
import { describe, expect, it } from 'vitest';
import { findingLines } from '../support/extract-lines.ts';
import { extractFindings } from '../../src/ingest/extract/index.ts';

const extract = (sentence: string, title = 'A study of ME/CFS') => findingLines(sentence, { title });

describe('figures and their groups', () => {
  it('"N of M <group>" is a figure like a percentage', () => {
    expect(extract('Retinal haemorrhages were seen in 8 of 20 patients and in 1 of 25 controls')).toEqual([
      'retinal haemorrhages | ELEVATED_IN | ME/CFS | controls',
    ]);
  });

  it('"X affected 12% of A and 3% of B": an event affecting a share of a group occurred in it', () => {
    expect(extract('Headache affected 12% of patients and 3% of controls')).toEqual([
      'headache | ELEVATED_IN | ME/CFS | controls',
    ]);
  });

  it('a modifier between the figure and the group ("3% of comparison attendees", "only 4% of")', () => {
    expect(extract('Night sweats occurred in 35% of ME/CFS patients and 6% of comparison attendees')).toEqual([
      'night sweats | ELEVATED_IN | ME/CFS | attendees',
    ]);
    expect(extract('Palpitations occurred in 40% of patients but in only 4% of controls')).toEqual([
      'palpitations | ELEVATED_IN | ME/CFS | controls',
    ]);
  });

  it('a time adjunct after the figure is no group ("6 of 30 during treatment and 2 of 30 during placebo")', () => {
    expect(
      extract('Headache was reported by 6 of 30 participants during treatment and 2 of 30 during placebo'),
    ).toEqual([]);
  });

  it('a participle phrase set off by commas is not part of the subject', () => {
    expect(
      extract('Delayed hypotension, starting after minute five, occurred in 20% of patients and 2% of controls'),
    ).toEqual(['delayed hypotension | ELEVATED_IN | ME/CFS | controls']);
  });
});

describe('figures the group phrase must not take', () => {
  it('"6% of patients with CFS and 4% of controls": the next figure ends the feature "with CFS"', () => {
    expect(extract('Nocturnal hypoxaemia was found in 6% of patients with CFS and 4% of controls (p = 0.73)')).toEqual([
      'nocturnal hypoxaemia | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
  });

  it('"19% of patients against 4% of controls": each group takes the figure nearest before it', () => {
    expect(extract('Low grip strength was present in 19% of patients against 4% of sedentary controls')).toEqual([
      'low grip strength | ELEVATED_IN | ME/CFS | sedentary controls',
    ]);
  });

  it('a figure inside the subject ("below 80% of the predicted value") belongs to no group', () => {
    expect(
      extract('Vital capacity below 80% of the predicted value was found in 31% of patients and 6% of controls'),
    ).toEqual(['vital capacity below 80% of the predicted value | ELEVATED_IN | ME/CFS | controls']);
  });

  it('a definition in parentheses with its figures lists no members', () => {
    expect(
      extract('Joint hypermobility (Beighton score of 5 or more) was present in 37% of patients and 12% of controls'),
    ).toEqual(['joint hypermobility | ELEVATED_IN | ME/CFS | controls']);
  });
});

describe('a counted state whose name holds a direction word', () => {
  it('"Ferritin deficiency was found in 30% of A and 9% of B": the state is counted, not the measure lowered', () => {
    expect(extract('Ferritin deficiency was found in 30% of patients and 9% of controls')).toEqual([
      'ferritin deficiency | ELEVATED_IN | ME/CFS | controls',
    ]);
  });

  it('"An exaggerated X occurred in …": a direction word opening the subject stays the direction of X', () => {
    expect(
      extract('An exaggerated heart rate rise occurred in 44% of patients and 9% of controls').map(
        (line) => line.split(' | ')[0],
      ),
    ).toEqual(['heart rate rise']);
  });

  it('one patient group against several reference groups: a finding against each', () => {
    expect(
      extract(
        'Exertional dyspnoea was reported by 40% of long COVID patients, 12% of recovered adults and 5% of never-infected adults',
        'Breathing after COVID-19',
      ),
    ).toEqual([
      'exertional dyspnoea | ELEVATED_IN | long COVID | recovered adults',
      'exertional dyspnoea | ELEVATED_IN | long COVID | never-infected adults',
    ]);
  });
});

describe('meeting criteria is having the condition', () => {
  it('"POTS criteria were met by A% of X, against B% of Y"; a later clause on another group stands apart', () => {
    expect(
      extract(
        'POTS heart-rate criteria were met by 25% of ME/CFS patients, against 3% of controls, and fibromyalgia patients did not differ from controls',
        'ME/CFS and fibromyalgia',
      ),
    ).toEqual([
      'postural orthostatic tachycardia syndrome | ELEVATED_IN | ME/CFS | controls',
      'postural orthostatic tachycardia syndrome | NOT_DIFFERENT_IN | fibromyalgia | controls',
    ]);
  });

  it('"criteria for X were fulfilled by"', () => {
    expect(extract('Criteria for fibromyalgia were fulfilled by 30% of patients and 5% of controls')).toEqual([
      'fibromyalgia | ELEVATED_IN | ME/CFS | controls',
    ]);
  });

  it('"X met <instrument> criteria in A% of P and B% of C": the condition met is what was counted', () => {
    expect(extract('Fibromyalgia met ACR 2016 criteria in 30% of patients and 5% of controls')).toEqual([
      'fibromyalgia | ELEVATED_IN | ME/CFS | controls',
    ]);
  });
});

describe('registry wording', () => {
  it('"diagnosed in A% of the cohort against B% of comparators": comparators are a reference group', () => {
    expect(
      extract('Autoimmune thyroid disease was diagnosed in 4.1% of the ME/CFS cohort against 2.2% of comparators'),
    ).toEqual(['autoimmune thyroid disease | ELEVATED_IN | ME/CFS | comparators']);
  });

  it('"was (not) diagnosed more often in A than in B": how it was counted is not the comparison', () => {
    expect(extract('Psoriasis was diagnosed more often in patients than in controls')).toEqual([
      'psoriasis | ELEVATED_IN | ME/CFS | controls',
    ]);
    expect(extract('Psoriasis was not recorded more frequently in patients than in controls')).toEqual([
      'psoriasis | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
  });
});

describe('figures per trial arm', () => {
  const lines = (sentence: string) =>
    extractFindings({
      slug: 'arm-figures-2025-test',
      title: 'Montelukast 10 mg or 20 mg against placebo in long COVID',
      summary: 'Adults with long COVID were randomised to montelukast 10 mg, 20 mg or placebo for 12 weeks.',
      observedFindings: [sentence],
    }).findings.map((f) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.comparator ?? '-'}`);

  it('"reported by 31% on 20 mg, 19% on 10 mg and 9% on placebo": each arm against placebo, and the larger against the other', () => {
    expect(lines('Headache was reported by 31% on 20 mg, 19% on 10 mg and 9% on placebo.')).toEqual([
      'headache | ELEVATED_IN | montelukast 20 mg treatment group | placebo',
      'headache | ELEVATED_IN | montelukast 10 mg treatment group | placebo',
      'headache | ELEVATED_IN | montelukast 20 mg treatment group | 10 mg',
    ]);
  });
});

describe('a measure past a threshold, at rates set side by side', () => {
  it('"was below 20% in 24% of A versus 11% of B": the state below the threshold is more common, not the measure higher', () => {
    expect(
      extract(
        'Transferrin saturation was below 16% in 27% of long COVID participants versus 9% of recovered adults (p = 0.01).',
        'Iron status in long COVID',
      ),
    ).toEqual(['transferrin saturation below 16% | ELEVATED_IN | long COVID | recovered adults']);
  });

  it('"exceeded 4 seconds in 29% of A but in only 5% of B": the state above the threshold', () => {
    expect(
      extract(
        'Pressure recovery time exceeded 5 seconds in 31% of long COVID participants but in only 4% of recovered adults.',
        'Baroreflex in long COVID',
      ),
    ).toEqual(['pressure recovery time above 5 seconds | ELEVATED_IN | long COVID | recovered adults']);
  });

  it("one group's rate describes it and compares nothing: the rest of the sentence keeps its measure", () => {
    expect(
      extract(
        'The oxygen desaturation index lay below 5 events per hour in 86% of participants and was comparable between long COVID and recovered adults.',
        'Sleep in long COVID',
      ),
    ).toContain('oxygen desaturation index | NOT_DIFFERENT_IN | long COVID | recovered adults');
    expect(
      extract(
        'The oxygen desaturation index lay below 5 events per hour in 86% of participants and was comparable between long COVID and recovered adults.',
        'Sleep in long COVID',
      ).filter((line) => line.startsWith('oxygen desaturation index below')),
    ).toEqual([]);
  });

  it('", yet <measure> was …" is a clause of its own, with its own subject', () => {
    expect(
      extract(
        'Ferritin was below 30 µg/L in 41% of patients and 12% of controls (p = 0.004), yet ferritin level was unrelated to red-cell volume in either group.',
      ),
    ).toEqual([
      'ferritin below 30 µg/L | ELEVATED_IN | ME/CFS | controls',
      'ferritin | NOT_CORRELATED_WITH | red blood cell volume | -',
    ]);
  });

  it('"X fell below the reference range in 18% of A against 4% of B": being past the limit is the state counted', () => {
    expect(
      extract(
        'Serum ferritin fell below the laboratory reference range in 18% of patients against 4% of controls (p = 0.01).',
      ),
    ).toEqual(['serum ferritin below the laboratory reference range | ELEVATED_IN | ME/CFS | controls']);
    expect(extract('Antinuclear antibody titres lay above the cut-off in 22% of patients and 6% of controls.')).toEqual(
      ['antinuclear antibody titres above the cut-off | ELEVATED_IN | ME/CFS | controls'],
    );
  });

  it('"below its lower limit of normal" names the limit, not the measure\'s own', () => {
    expect(extract('FEV1 was below its lower limit of normal in 28% of patients and 6% of controls.')).toEqual([
      'FEV1 below the lower limit of normal | ELEVATED_IN | ME/CFS | controls',
    ]);
  });

  it('one group inside the reference range describes it and compares nothing', () => {
    expect(extract('Morning cortisol lay within the reference range in 90% of patients.')).toEqual([]);
  });

  it('", and exceeded the limit in …" after a contrast of figures shares its subject', () => {
    expect(
      extract(
        'Resting heart rate was 78 beats/min in patients against 66 in controls (p < 0.001), and exceeded the upper normal limit in 30% of patients against 5% of controls.',
      ),
    ).toEqual([
      'resting heart rate | ELEVATED_IN | ME/CFS | controls',
      'resting heart rate above the upper normal limit | ELEVATED_IN | ME/CFS | controls',
    ]);
  });

  it('"lasting more than 24 hours": a symptom past a duration is a state of its own', () => {
    expect(
      extract('Headache lasting more than 4 hours was reported by 62% of patients compared with 18% of controls.'),
    ).toEqual(['headache lasting more than 4 hours | ELEVATED_IN | ME/CFS | controls']);
  });

  it('"5% of recovered and 3% of never-infected adults": each figure\'s group takes the shared people noun', () => {
    expect(
      extract(
        'Orthostatic hypotension was found in 21% of long COVID participants but in only 4% of recovered and 2% of never-infected adults.',
        'Orthostatic intolerance in long COVID',
      ),
    ).toEqual([
      'orthostatic hypotension | ELEVATED_IN | long COVID | recovered adults',
      'orthostatic hypotension | ELEVATED_IN | long COVID | never-infected adults',
    ]);
    // ("exposed residents" are no patients or controls: the shares of a population's groups, read apart from these.)
    expect(
      extract('Fatigue was reported by 31% of exposed and 15% of unexposed residents.', 'Fatigue after an outbreak'),
    ).toEqual(['fatigue | ELEVATED_IN | exposed residents | unexposed residents']);
  });

  it('", and Y by 18% against 11%": gapped shares take the clause before them, with their own figures', () => {
    expect(
      extract('Insomnia was reported by 31% of patients against 8% of controls, and nightmares by 12% against 3%.'),
    ).toEqual(['insomnia | ELEVATED_IN | ME/CFS | controls', 'nightmares | ELEVATED_IN | ME/CFS | controls']);
  });
});
