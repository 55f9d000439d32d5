// Shares of a condition or symptom in groups of a population that are not the study's patients and controls.
// Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../src/ingest/extract/index.ts';
import { findingLines } from '../support/extract-lines.ts';

const extract = (sentence: string, title = 'Chronic fatigue after a Q fever outbreak') =>
  findingLines(sentence, { title, p: true });

describe('shares in groups of a population', () => {
  it('a condition counted in two groups is its prevalence, higher in the group with the larger share', () => {
    expect(
      extract(
        'Long COVID was present in 21.4% of deployed and 9.2% of non-deployed soldiers (p < 0.001).',
        'Long COVID in soldiers',
      ),
    ).toEqual(['prevalence of long COVID | ELEVATED_IN | deployed soldiers | non-deployed soldiers | 0.001']);
  });

  it('a qualifier the vocabulary lacks keeps the prevalence of the condition among its names', () => {
    const [finding] = extractFindings({
      slug: 'prevalence-2025-test',
      title: 'CFS in schoolchildren',
      observedFindings: ['Clinic-confirmed CFS was found in 0.4% of boys and 0.9% of girls.'],
    }).findings;
    expect([finding?.subject.name, finding?.relation, finding?.object.name, finding?.comparator]).toEqual([
      'prevalence of clinic-confirmed CFS',
      'ELEVATED_IN',
      'girls',
      'boys',
    ]);
    expect(finding?.subject.synonyms).toContain('prevalence of CFS');
  });

  it('a symptom keeps its name; of three groups, each against the first listed', () => {
    expect(extract('Fatigue affected 10% of unexposed, 18% of exposed and 25% of flooded residents.')).toEqual([
      'fatigue | ELEVATED_IN | exposed residents | unexposed residents | -',
      'fatigue | ELEVATED_IN | flooded residents | unexposed residents | -',
    ]);
  });

  it("shares that say how the study ran, or that are the patients' and controls', are not read here", () => {
    expect(extract('Response rates were 58% among exposed and 51% among unexposed residents.')).toEqual([]);
    expect(extract('Fatigue was reported by 40% of patients and 5% of controls.')).not.toContainEqual(
      expect.stringContaining('prevalence of'),
    );
  });

  it('"more common in A than in B", "three times as common in A as in B": the prevalence, higher or lower in A', () => {
    expect(extract('Long COVID was three times as common in deployed as in non-deployed soldiers (p = 0.01).')).toEqual(
      ['prevalence of long COVID | ELEVATED_IN | deployed soldiers | non-deployed soldiers | 0.01'],
    );
    expect(extract('Fibromyalgia was less prevalent among men than among women.')).toEqual([
      'prevalence of fibromyalgia | REDUCED_IN | men | women | -',
    ]);
    expect(extract('IL-6 was more common in patients than in controls.')).not.toContainEqual(
      expect.stringContaining('prevalence of'),
    );
  });
});
