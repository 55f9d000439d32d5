// A directed difference the sentence says was not significant is read as no difference (GUIDE rule 2), in wordings
// the phrase list of cues.json does not spell out. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../src/ingest/extract/index.ts';
import { findingLines } from '../support/extract-lines.ts';

const extract = (sentence: string) =>
  extractFindings({
    slug: 'significance-2024-test',
    title: 'A study of ME/CFS',
    observedFindings: [sentence],
  }).findings.map((f) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.comparator ?? '-'}`);

describe('negated significance', () => {
  it('"…, a difference that missed statistical significance"', () => {
    expect(
      extract(
        'Resting heart rate was higher in patients than in controls, a difference that missed statistical significance',
      ),
    ).toEqual(['resting heart rate | NOT_DIFFERENT_IN | ME/CFS | controls']);
  });

  it('"…, a trend that did not attain significance"', () => {
    expect(
      extract('Resting heart rate was higher in patients than in controls, a trend that did not attain significance'),
    ).toEqual(['resting heart rate | NOT_DIFFERENT_IN | ME/CFS | controls']);
  });

  it('", but this did not reach significance" denies the clause before it; "tended to", "a trend towards" too', () => {
    expect(
      extract('Resting heart rate was higher in patients, but this did not reach significance (p = 0.07)'),
    ).toEqual(['resting heart rate | NOT_DIFFERENT_IN | ME/CFS | -']);
    expect(extract('Resting heart rate tended to be higher in patients than in controls (p = 0.07)')).toEqual([
      'resting heart rate | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
    expect(extract('There was a trend towards higher IL-6 in patients (p = 0.06)')).toEqual([
      'IL-6 | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });

  it("a denial after a significant p is a later member's, not the first claim's", () => {
    expect(
      extract(
        'IL-6 was higher in patients than in controls (p = 0.01), and TNF showed the same direction without reaching significance',
      ),
    ).toContain('IL-6 | ELEVATED_IN | ME/CFS | controls');
  });

  it('a significant difference stays directed', () => {
    expect(extract('Resting heart rate was significantly higher in patients than in controls')).toEqual([
      'resting heart rate | ELEVATED_IN | ME/CFS | controls',
    ]);
  });
});

describe('a direction said not to be significant, in other words', () => {
  it('"non-significantly higher", "insignificantly lower": adverbs of denied significance', () => {
    expect(extract('Serum IL-6 was non-significantly higher in patients (p = 0.09)')).toEqual([
      'IL-6 | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
    expect(extract('Ferritin was insignificantly lower in patients than in controls')).toEqual([
      'ferritin | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
  });

  it('"showed a non-significant reduction", "showed a modest reduction": degree words after the article', () => {
    expect(extract('Peak oxygen pulse showed a non-significant reduction in patients (p = 0.11)')).toEqual([
      'peak oxygen pulse | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
    expect(extract('Peak oxygen pulse showed a modest reduction in patients (p = 0.03)')).toEqual([
      'peak oxygen pulse | REDUCED_IN | ME/CFS | -',
    ]);
  });

  it('"3% lower but not significantly so", "differed less and not significantly", "tended lower": nulls', () => {
    expect(
      extract('QRX1 was 4% lower in patients (p = 0.03), and QRX2 was 3% lower but not significantly so (p = 0.09)'),
    ).toEqual(['QRX1 | REDUCED_IN | ME/CFS | -', 'QRX2 | NOT_DIFFERENT_IN | ME/CFS | -']);
    expect(
      extract('QRX1 was 9% lower in patients (p = 0.004), while QRX2 differed less and not significantly (p = 0.09)'),
    ).toEqual(['QRX1 | REDUCED_IN | ME/CFS | -', 'QRX2 | NOT_DIFFERENT_IN | ME/CFS | -']);
    expect(extract('QRX1 tended lower in patients (p = 0.07)')).toEqual(['QRX1 | NOT_DIFFERENT_IN | ME/CFS | -']);
    // (A tendency between two comma-listed predications is a clause of its own.)
    expect(
      extract(
        'QRX1 was reduced in patients (p = 0.001), QRX2 tended lower (p = 0.07), and QRX3 was raised (p = 0.002)',
      ),
    ).toEqual([
      'QRX1 | REDUCED_IN | ME/CFS | -',
      'QRX2 | NOT_DIFFERENT_IN | ME/CFS | -',
      'QRX3 | ELEVATED_IN | ME/CFS | -',
    ]);
  });

  it('"… despite the matching for BMI, but B was not": a contrast after an interpretive tail is still read', () => {
    expect(extract('QRX1 was higher in patients (p = 0.03) despite the matching for BMI, but QRX2 was not.')).toEqual([
      'QRX1 | ELEVATED_IN | ME/CFS | -',
      'QRX2 | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
    expect(extract('QRX1 was higher in patients, suggesting inflammation.')).toEqual([
      'QRX1 | ELEVATED_IN | ME/CFS | -',
    ]);
  });

  it('"…, whereas B was not (p = 0.44)": the denial keeps its own statistics', () => {
    expect(
      extract('Urinary neopterin was higher in patients (p = 0.01), whereas urinary biopterin was not (p = 0.44)'),
    ).toEqual(['urinary neopterin | ELEVATED_IN | ME/CFS | -', 'urinary biopterin | NOT_DIFFERENT_IN | ME/CFS | -']);
  });
});

describe('a p printed in another clause', () => {
  it("a significant p closing the next clause is not the null's", () => {
    expect(
      findingLines(
        'IL-8 did not differ between patients and controls, whereas TNF-α remained higher in patients (p = 0.01)',
        {
          p: true,
        },
      ),
    ).toEqual(['IL-8 | NOT_DIFFERENT_IN | ME/CFS | controls | -', 'TNF-α | ELEVATED_IN | ME/CFS | controls | 0.01']);
  });

  it('a p printed after a null clause and the clause before it still covers both when it is not significant', () => {
    expect(findingLines('IL-8 was similar in the two groups and TNF-α was unchanged (p = 0.41)', { p: true })).toEqual([
      'IL-8 | NOT_DIFFERENT_IN | ME/CFS | - | 0.41',
      'TNF-α | NOT_DIFFERENT_IN | ME/CFS | - | 0.41',
    ]);
  });
});

describe('equal frequency', () => {
  it('"equally common in both groups" and "as common in A as in B" are no difference', () => {
    expect(extract('Mannose-binding lectin deficiency was equally common in both groups')).toEqual([
      'mannose-binding lectin deficiency | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
    expect(
      findingLines('Probable anxiety was as common in ME/CFS as in fibromyalgia', {
        title: 'Mood in ME/CFS and fibromyalgia',
      }),
    ).toEqual(['probable anxiety | NOT_DIFFERENT_IN | ME/CFS | fibromyalgia']);
  });

  it('"resembled those of B", "matched those of B" are a likeness, as "similar to those of B" is', () => {
    const title = 'Jaw pain in fibromyalgia and migraine';
    expect(
      findingLines(
        'Masseter thresholds were lower in fibromyalgia than in controls (p < 0.001) and resembled those of migraine (p = 0.44).',
        {
          title,
        },
      ),
    ).toEqual([
      'masseter thresholds | REDUCED_IN | fibromyalgia | controls',
      'masseter thresholds | NOT_DIFFERENT_IN | fibromyalgia | migraine',
    ]);
    expect(findingLines('Masseter thresholds in fibromyalgia matched those of migraine.', { title })).toEqual([
      'masseter thresholds | NOT_DIFFERENT_IN | fibromyalgia | migraine',
    ]);
  });

  it('"within 3% of control values", "within two points of control means": a stated margin is a likeness', () => {
    expect(extract('Plasma taurine and glycine stayed within 3% of control values')).toEqual([
      'plasma taurine | NOT_DIFFERENT_IN | ME/CFS | controls',
      'glycine | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
    expect(extract('Vocabulary scores were within two points of control means')).toEqual([
      'vocabulary scores | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
    // (A margin of time, not of another group's values, is no comparison.)
    expect(extract('Plasma taurine stayed within 3% of its baseline for two hours')).toEqual([]);
  });
});

describe('a like degree', () => {
  it('"reduced to a similar degree in both patient groups" is the reduction in each, not a null', () => {
    expect(
      findingLines(
        'Vigour was reduced to a similar degree in both patient groups relative to healthy adults (p < 0.001).',
        {
          title: 'Mood in ME/CFS and fibromyalgia',
        },
      ),
    ).toEqual(['vigour | REDUCED_IN | ME/CFS | healthy adults', 'vigour | REDUCED_IN | fibromyalgia | healthy adults']);
  });

  it('"by a similar proportion", "at the same rate": a like degree of the change in each group', () => {
    for (const degree of ['by a similar proportion', 'at the same rate', 'to the same extent'])
      expect(extract(`Grip strength fell in both groups ${degree} after exercise`)).toEqual([
        'hand grip strength | REDUCED_IN | ME/CFS | before exercise',
        'hand grip strength | REDUCED_IN | controls | before exercise',
      ]);
  });
});

describe('a change said to be non-significant', () => {
  it('"A and B showed non-significant increases" is a null for each', () => {
    expect(findingLines('OAS1 and MX2 showed non-significant increases in patients.')).toEqual([
      'OAS1 | NOT_DIFFERENT_IN | ME/CFS | -',
      'MX2 | NOT_DIFFERENT_IN | ME/CFS | -',
    ]);
  });
});
