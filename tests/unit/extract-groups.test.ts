// Groups a clause names by number or pronoun rather than by condition ("the two groups", "those fulfilling …").
// Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../src/ingest/extract/index.ts';

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
