// A measure named back by its head alone ("the increment") is the measure the entry named in full before. Sentences
// are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../src/ingest/extract/index.ts';
import { findingLines } from '../support/extract-lines.ts';

const subjects = (...sentences: string[]) =>
  extractFindings({ slug: 'anaphora-2025-test', title: 'QRX1 in ME/CFS', observedFindings: sentences }).findings.map(
    (f) => `${f.subject.name} | ${f.relation} | ${f.object.name}`,
  );

describe('a measure named back by its head', () => {
  it('"the increment", "the ratio": the full name the entry gave before', () => {
    expect(
      subjects(
        'The heart rate increment at 10 minutes was larger in ME/CFS than in controls (p = 0.002).',
        'The increment was raised in both sexes (women p < 0.001; men p = 0.02).',
      ),
    ).toEqual([
      'heart rate increment at 10 minutes | ELEVATED_IN | ME/CFS',
      'heart rate increment at 10 minutes | ELEVATED_IN | women with ME/CFS',
      'heart rate increment at 10 minutes | ELEVATED_IN | men with ME/CFS',
    ]);
    expect(
      subjects('A raised lactate-to-pyruvate ratio was seen in ME/CFS; the fibromyalgia ratio was normal.').at(-1),
    ).toBe('lactate-to-pyruvate ratio | NOT_DIFFERENT_IN | fibromyalgia');
  });

  it('a head with a word of its own, or an earlier name in a state ("resting …"), is left as written', () => {
    expect(
      subjects(
        'The six-gene ISG score was higher in ME/CFS (p = 0.004).',
        'The ISG score correlated with fatigue severity (ρ = 0.29, p = 0.005).',
      )[1],
    ).toMatch(/^ISG score \|/);
    expect(
      subjects(
        'Resting MCA velocity was lower in ME/CFS (p = 0.01).',
        'Velocity fell further during hyperventilation in ME/CFS than in controls (p < 0.01).',
      )[1],
    ).toMatch(/^velocity \|/);
  });

  it('a head no earlier measure ends with stays as written', () => {
    expect(subjects('The increment was higher in ME/CFS than in controls (p = 0.01).')).toEqual([
      'increment | ELEVATED_IN | ME/CFS',
    ]);
  });
});

describe('a group standing where the measure would', () => {
  it('"…, whereas ME/CFS did not differ from volunteers": the previous measure, compared in that group', () => {
    expect(
      findingLines(
        'Plasma renin was higher in POTS than in volunteers (p = 0.01), whereas ME/CFS did not differ from volunteers (p = 0.46).',
        { title: 'Renin and aldosterone on standing in POTS, ME/CFS and healthy volunteers' },
      ),
    ).toEqual([
      'plasma renin | ELEVATED_IN | postural orthostatic tachycardia syndrome | volunteers',
      'plasma renin | NOT_DIFFERENT_IN | ME/CFS | volunteers',
    ]);
  });
});

describe("a group's own values standing where the measure would", () => {
  const tilt = { title: 'Mast cell mediators during tilt in POTS and healthy volunteers' };

  it('"…, while volunteers\' values did not change", "…, while that of volunteers did not": a null in the volunteers', () => {
    for (const denial of ["while volunteers' values did not change", 'while that of volunteers did not change'])
      expect(findingLines(`Plasma tryptase rose during tilt in POTS (p = 0.01), ${denial}.`, tilt)).toEqual([
        'plasma tryptase | ELEVATED_IN | postural orthostatic tachycardia syndrome | -',
        'plasma tryptase | NOT_DIFFERENT_IN | volunteers | -',
      ]);
  });

  it('a group\'s values that did something else ("volunteers\' values were higher") are left to the other frames', () => {
    expect(
      findingLines(
        "Plasma tryptase rose during tilt in POTS (p = 0.01), while volunteers' values were higher at rest.",
        tilt,
      ),
    ).not.toContain('plasma tryptase | NOT_DIFFERENT_IN | volunteers | -');
  });
});
