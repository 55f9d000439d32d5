// Extraction reads sentences of bounded length: a longer Observed Findings line stays an unstructured finding (the
// page reader says so), and the longest line it does read, in the shape that once made clause splitting recurse
// per "and", is analysed without exhausting the stack.
import { describe, expect, it } from 'vitest';
import { parseAtlasPage } from '../../src/ingest/atlas-reader.ts';
import { extractFindings, MAX_ANALYSED_SENTENCE_CHARS } from '../../src/ingest/extract/index.ts';

const input = (sentence: string) => ({
  slug: 'limits-2024-test',
  title: 'A study of ME/CFS',
  observedFindings: [sentence],
});

describe('extraction on long lines', () => {
  it('keeps a line over the bound unstructured and claims nothing from it', () => {
    const sentence = 'IL-6 was higher in ME/CFS patients than in healthy controls and '
      .repeat(40)
      .slice(0, MAX_ANALYSED_SENTENCE_CHARS + 1);
    const result = extractFindings(input(sentence));
    expect(result.findings).toEqual([]);
    expect(result.unstructured).toEqual([sentence]);
  });

  it('analyses a line at the bound made of coordinated predications', () => {
    const unit = 'IL-6 increased and TNF decreased and ';
    const sentence = `${unit.repeat(Math.floor((MAX_ANALYSED_SENTENCE_CHARS - 40) / unit.length))}IL-8 increased in ME/CFS patients`;
    expect(sentence.length).toBeLessThanOrEqual(MAX_ANALYSED_SENTENCE_CHARS);
    const result = extractFindings(input(sentence));
    expect(result.findings.length + result.unstructured.length).toBeGreaterThan(0);
  });

  it('a page whose Observed Findings line is over the bound gets a warning naming its line', () => {
    const long = `Serum IL-6 was elevated in patients ${'and more words '.repeat(200)}`.trim();
    const page = [
      'Limits test study',
      'Doe, Jane et al. · Test Journal · 2024 · DOI',
      'Observed Findings',
      'IL-8 was higher in ME/CFS patients than in controls',
      long,
    ].join('\n');
    const { record, warnings } = parseAtlasPage(page, { file: 'limits.txt' });
    expect(record.observedFindings).toContain(long);
    expect(warnings).toContainEqual(
      expect.objectContaining({ file: 'limits.txt', line: 5, message: expect.stringMatching(/kept unanalysed/) }),
    );
  });
});
