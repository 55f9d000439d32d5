// A measure set against a reference value rather than a group ("fell below that of controls", "exceeded control
// values"): read as the comparative it means, with the group the sentence names.
import { describe, expect, it } from 'vitest';
import { withReferenceAsComparative } from '../../src/ingest/extract/reference-comparison.ts';
import { findingLines } from '../support/extract-lines.ts';

const extract = (sentence: string) => findingLines(sentence);

describe('withReferenceAsComparative', () => {
  it.each([
    ['QRX1 fell 31% short of the control value in patients', 'QRX1 was lower than in controls in patients'],
    ['QRX1 was below that of multiple sclerosis', 'QRX1 was lower than in multiple sclerosis'],
    ['QRX1 sat 14% under the control level (p = 0.006)', 'QRX1 was lower than in controls (p = 0.006)'],
    ['QRX1 exceeded healthy control values in CFS', 'QRX1 was higher than in healthy controls in CFS'],
    ['QRX1 exceeded those of patients without IBS', 'QRX1 was higher than in patients without IBS'],
    [
      'QRX1 exceeded that of recovered adults (p = 0.004) and of never-infected adults',
      'QRX1 was higher than in recovered adults (p = 0.004) and in never-infected adults',
    ],
    ['QRX1 was 2.1 times the control value', 'QRX1 was higher than in controls'],
    ['QRX1 lay within the control range in ME/CFS', 'QRX1 did not differ from controls in ME/CFS'],
    ['QRX1 lay within the range of healthy adults', 'QRX1 did not differ from healthy adults'],
    ['QRX1 was within laboratory reference limits in all groups', 'QRX1 was within normal limits in all groups'],
    ['QRX1 was within paediatric reference intervals in both groups', 'QRX1 was within normal limits in both groups'],
    ['QRX1 and QRX2 were each within the laboratory reference ranges', 'QRX1 and QRX2 was within normal limits'],
    ['QRX1 lay inside laboratory reference ranges for both groups', 'QRX1 was within normal limits for both groups'],
    ["QRX1 lay within the manufacturer's reference interval", 'QRX1 was within normal limits'],
    ['QRX1 fell below healthy-adult values in CFS', 'QRX1 was lower than in healthy adults in CFS'],
    [
      'QRX1 exceeded recovered-individual levels in long COVID',
      'QRX1 was higher than in recovered individuals in long COVID',
    ],
  ])('%j → %j', (written, read) => expect(withReferenceAsComparative(written)).toBe(read));

  it('leaves a threshold or a time point alone', () => {
    for (const text of [
      'QRX1 below the fifth percentile was found in 36%',
      'QRX1 remained 12% below the first session',
    ])
      expect(withReferenceAsComparative(text)).toBe(text);
  });
});

describe('reference comparisons in sentences', () => {
  it('"within normative limits in both patient groups" is a null in each; "for all participants" describes one group', () => {
    const title = { title: 'Hearing in ME/CFS, migraine and healthy adults' };
    expect(findingLines('ABR wave V latency was within normative limits in both patient groups.', title)).toEqual([
      'ABR wave V latency | NOT_DIFFERENT_IN | ME/CFS | -',
      'ABR wave V latency | NOT_DIFFERENT_IN | migraine | -',
    ]);
    expect(findingLines('Total IgG was within the laboratory reference range for all participants.', title)).toEqual(
      [],
    );
  });

  it('"did not differ from control values": the controls are the comparator', () => {
    expect(extract('Oxygen consumption did not differ from control values in patients')).toEqual([
      'oxygen consumption | NOT_DIFFERENT_IN | ME/CFS | controls',
    ]);
  });

  it('"exceeded control values in A but lay within the control range in B": a rise in A, a null in B', () => {
    expect(
      extract('Serum QRX1 exceeded control values in ME/CFS but lay within the control range in fibromyalgia'),
    ).toEqual([
      'serum QRX1 | ELEVATED_IN | ME/CFS | controls',
      'serum QRX1 | NOT_DIFFERENT_IN | fibromyalgia | controls',
    ]);
  });

  it('each of two references keeps its own p, and a p printed before a clause is not shared with it', () => {
    const sentence =
      'QRX1 in ME/CFS fell 20% short of the control value (p < 0.001) and was 10% below that of multiple sclerosis (p = 0.01), but QRX2 lay within the control range.';
    expect(findingLines(sentence, { p: true })).toEqual([
      'QRX1 | REDUCED_IN | ME/CFS | controls | 0.001',
      'QRX1 | REDUCED_IN | ME/CFS | multiple sclerosis | 0.01',
      'QRX2 | NOT_DIFFERENT_IN | ME/CFS | controls | -',
    ]);
  });

  it('"was higher than in A (p) but did not correlate with B": a second predicate about the same subject', () => {
    expect(extract('QRX1 in ME/CFS was higher than in controls (p = 0.04) but did not correlate with fatigue')).toEqual(
      ['QRX1 | ELEVATED_IN | ME/CFS | controls', 'QRX1 | NOT_CORRELATED_WITH | fatigue | -'],
    );
  });
});
