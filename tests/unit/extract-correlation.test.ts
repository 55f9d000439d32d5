// Correlation wordings the phrase lists of cues.json do not spell out: a negation or a sign word with other words
// between it and the cue. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../src/ingest/extract/index.ts';

const extract = (sentence: string) =>
  extractFindings({
    slug: 'correlation-2024-test',
    title: 'A study of ME/CFS',
    observedFindings: [sentence],
  }).findings.map((f) => `${f.subject.name} | ${f.relation}${f.sign ? `/${f.sign}` : ''} | ${f.object.name}`);

describe('negation governing a correlation cue', () => {
  it('"No meaningful correlations emerged between A and B" is an absence, not a correlation', () => {
    expect(extract('No meaningful correlations emerged between salivary cortisol and grip strength')).toEqual([
      'cortisol | NOT_CORRELATED_WITH | hand grip strength',
    ]);
  });

  it('"A was not significantly correlated with B"', () => {
    expect(extract('Salivary cortisol was not significantly correlated with grip strength')).toEqual([
      'cortisol | NOT_CORRELATED_WITH | hand grip strength',
    ]);
  });

  it('a negation inside an earlier phrase does not govern the cue', () => {
    expect(extract('In patients with no comorbidities, salivary cortisol correlated with grip strength')).toEqual([
      'cortisol | CORRELATES_WITH/UNSPECIFIED | hand grip strength',
    ]);
  });
});

describe('sign words apart from the cue', () => {
  it('"a strong positive linear correlation" is positive, "a weak inverse linear correlation" negative', () => {
    expect(extract('Salivary cortisol showed a strong positive linear correlation with grip strength')).toEqual([
      'cortisol | CORRELATES_WITH/POSITIVE | hand grip strength',
    ]);
    expect(extract('Salivary cortisol showed a weak inverse linear correlation with grip strength')).toEqual([
      'cortisol | CORRELATES_WITH/NEGATIVE | hand grip strength',
    ]);
  });
});
