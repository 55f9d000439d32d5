// A directed difference the sentence says was not significant is read as no difference (GUIDE rule 2), in wordings
// the phrase list of cues.json does not spell out. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../src/ingest/extract/index.ts';

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

  it('a significant difference stays directed', () => {
    expect(extract('Resting heart rate was significantly higher in patients than in controls')).toEqual([
      'resting heart rate | ELEVATED_IN | ME/CFS | controls',
    ]);
  });
});
