// A negation spanning a coordination ("Neither A nor B separated …", "correlated neither with A nor with B") is read as
// the negated clause it stands for. Titles and sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../src/ingest/extract/index.ts';
import { withNeitherNorAsNegation } from '../../src/ingest/extract/neither-nor.ts';

const extract = (sentence: string) =>
  extractFindings({
    slug: 'neither-2025-test',
    title: 'Mast-cell mediators in long COVID',
    observedFindings: [sentence],
  }).findings.map((f) => `${f.subject.name} | ${f.relation} | ${f.object.name}`);

describe('neither … nor', () => {
  it('a coordinated subject of a verb the frames read negated', () => {
    expect(
      withNeitherNorAsNegation('Neither plasma histamine nor serum tryptase separated patients from controls.'),
    ).toBe('plasma histamine and serum tryptase did not separate patients from controls.');
    expect(extract('Neither plasma histamine nor serum tryptase separated patients from controls.')).toEqual([
      'plasma histamine | NOT_DIFFERENT_IN | long COVID',
      'serum tryptase | NOT_DIFFERENT_IN | long COVID',
    ]);
  });

  it('"bore any relationship to" is "bore no relationship to"', () => {
    expect(extract('Neither oxytocin nor prolactin bore any relationship to depressive symptoms.')).toEqual([
      'oxytocin | NOT_CORRELATED_WITH | depressive symptoms',
      'prolactin | NOT_CORRELATED_WITH | depressive symptoms',
    ]);
  });

  it('coordinated objects after the verb are denied, not asserted', () => {
    expect(
      extract(
        'In patients the fatigue score correlated neither with tryptase (ρ = 0.04) nor with histamine (ρ = −0.08).',
      ),
    ).toEqual(['tryptase | NOT_CORRELATED_WITH | fatigue', 'histamine | NOT_CORRELATED_WITH | fatigue']);
    expect(withNeitherNorAsNegation('Fatigue correlated with neither tryptase nor histamine.')).toBe(
      'Fatigue did not correlate with tryptase or histamine.',
    );
  });

  it('a modifier inside a name is not the verb, and a verb the frames would not read is left as written', () => {
    expect(
      withNeitherNorAsNegation('Neither the recall score nor CANTAB paired associates learning declined at week 8.'),
    ).toBe('the recall score and CANTAB paired associates learning did not decline at week 8.');
    const unread = 'Neither cognitive function nor step count moved more with active drug than with placebo.';
    expect(withNeitherNorAsNegation(unread)).toBe(unread);
  });

  it('"neither arm improved on X" is no change in X in either arm, never a rise', () => {
    expect(withNeitherNorAsNegation('Neither arm improved on the grooved pegboard test.')).toBe(
      'the grooved pegboard test did not change in either arm.',
    );
  });
});
