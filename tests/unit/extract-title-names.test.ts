// A measure a sentence names short, named in full by the entry's title, keeps the title's form as a synonym.
// Titles and sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../src/ingest/extract/index.ts';
import { titleForms } from '../../src/ingest/extract/title-names.ts';

describe('titleForms', () => {
  it('the one or two modifying words before the name in the title, nearest first', () => {
    expect(titleForms('improvement', 'Baseline predictors of sustained improvement over five years')).toEqual([
      'sustained improvement',
    ]);
    expect(titleForms('awakening response', 'The cortisol awakening response in long COVID')).toEqual([
      'cortisol awakening response',
    ]);
    expect(titleForms('step count', 'Mean daily step count and fatigue')).toEqual([
      'daily step count',
      'mean daily step count',
    ]);
  });

  it('no form across a preposition, article or conjunction, nor for a longer name or one the title lacks', () => {
    expect(titleForms('fatigue', 'Exercise and fatigue in ME/CFS')).toEqual([]);
    expect(titleForms('lactate', 'Lactate after exercise')).toEqual([]);
    expect(titleForms('peak oxygen uptake', 'Reduced peak oxygen uptake in ME/CFS')).toEqual([]);
    expect(titleForms('pain', 'Widespread painful joints')).toEqual([]);
  });
});

describe('findings', () => {
  it("the subject keeps the title's fuller name as a synonym; its name stays the sentence's", () => {
    const [finding] = extractFindings({
      slug: 'title-2025-test',
      title: 'Predictors of sustained improvement in ME/CFS',
      observedFindings: ['Older age was not associated with improvement (p = 0.41).'],
    }).findings;
    const names = [finding!.subject, finding!.object].map((e) => [e.name, ...(e.synonyms ?? [])]);
    expect(names.flat()).toContain('sustained improvement');
    expect(names.map((n) => n[0])).toContain('improvement');
  });
});
