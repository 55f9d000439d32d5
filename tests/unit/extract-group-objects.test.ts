// The group a finding is about, and the group it is compared with, when the sentence names other groups than the
// study's condition: subgroups inside a leading comparator, groups defined by case criteria, demographic groups.
// Sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/ingest/extract/index.ts';

/** Ungated findings: these tests are about which groups the frames read, not about the confidence model. */
const extract = (sentence: string, title = 'A study of ME/CFS') =>
  extractCandidates({ slug: 'groups-2024-test', title, observedFindings: [sentence] }).flatMap((s) =>
    s.candidates.map(
      ({ finding: f }) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.comparator ?? '-'}`,
    ),
  );

describe('a leading comparator adjunct', () => {
  it('its comma closes a subgroup named inside it, and the subgroup after it is the object', () => {
    expect(
      extract(
        'Relative to healthy controls and ME/CFS patients free of migraine, patients who had both ME/CFS and migraine showed lower stroke volume.',
      ),
    ).toEqual([
      'stroke volume | REDUCED_IN | ME/CFS with migraine | healthy controls and ME/CFS patients without migraine',
    ]);
  });

  it('"lacking X" in a comparator reads as "without X", as subgroups are named', () => {
    expect(extract('Heart rate variability was lower in ME/CFS patients than in patients lacking migraine.')).toEqual([
      'heart rate variability | REDUCED_IN | ME/CFS | patients without migraine',
    ]);
  });
});
