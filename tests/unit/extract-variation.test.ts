// Variation by a factor (GUIDE rule 6c) read compositionally: a verb of variation, an optional adverb and the
// preposition that introduces the factor. Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../src/ingest/extract/index.ts';

const extract = (sentence: string) =>
  extractFindings({
    slug: 'variation-2024-test',
    title: 'A study of ME/CFS',
    observedFindings: [sentence],
  }).findings.map((f) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.comparator ?? '-'}`);

describe('variation worded with an adverb', () => {
  it('"differed markedly by Y": the subject is associated with the factor', () => {
    expect(extract('Cytokine profiles differed markedly by the season of sampling')).toEqual([
      'cytokine profiles | ASSOCIATED_WITH | season of sampling | -',
    ]);
  });

  it('"varies substantially according to Y"', () => {
    expect(extract('Recovery time varies substantially according to illness duration')).toEqual([
      'recovery time | ASSOCIATED_WITH | disease duration | -',
    ]);
  });

  it('"differed by" a figure is not a factor', () => {
    expect(extract('Heart rate differed by 12 beats per minute')).not.toContainEqual(expect.stringContaining('beats'));
  });
});

describe('no variation', () => {
  it('"did not vary depending on Y" is no association', () => {
    expect(extract('Cytokine profiles did not vary depending on the season of sampling')).toEqual([
      'cytokine profiles | NOT_CORRELATED_WITH | season of sampling | -',
    ]);
  });

  it('a factor the frame cannot read is not taken for a null group difference', () => {
    expect(extract('Cytokine profiles did not vary depending on whether patients had been admitted')).toEqual([]);
  });
});

describe('variation with several factors', () => {
  it('"did not vary with A (p) or with B (p)": no association with each, each with its own p', () => {
    expect(
      extractFindings({
        slug: 'variation-2024-test',
        title: 'A study of ME/CFS',
        observedFindings: [
          'Plasma ceramide did not vary with statin use (p = 0.41) or with smoking status (p = 0.73).',
        ],
      }).findings.map((f) => `${f.subject.name} | ${f.relation} | ${f.object.name} | p ${f.pValue}`),
    ).toEqual([
      'plasma ceramide | NOT_CORRELATED_WITH | statin use | p 0.41',
      'plasma ceramide | NOT_CORRELATED_WITH | smoking status | p 0.73',
    ]);
  });
});
