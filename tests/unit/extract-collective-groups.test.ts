// "Similar in all four groups" of a study that splits its patients into subgroups is each subgroup's claim. Sentences
// are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../src/ingest/extract/index.ts';

const read = (summary: string, ...sentences: string[]) =>
  extractFindings({ slug: 'collective-2025-test', title: 'QRX1 in ME/CFS', summary, observedFindings: sentences })
    .findings.filter((f) => f.statement === sentences.at(-1))
    .map((f) => `${f.subject.name} | ${f.relation} | ${f.object.name}`);

describe('groups a sentence counts', () => {
  it('the severity grades the summary enrols by, with the controls, are "the four groups"', () => {
    expect(
      read(
        'Serum QRX1 in 40 mildly, 35 moderately and 20 severely affected ME/CFS patients and 50 healthy controls.',
        'QRX1 was lower in severe patients than in controls (p = 0.003).',
        'Serum ZNP4 did not differ among the four groups (p = 0.61).',
      ),
    ).toEqual([
      'serum ZNP4 | NOT_DIFFERENT_IN | mild ME/CFS',
      'serum ZNP4 | NOT_DIFFERENT_IN | moderate ME/CFS',
      'serum ZNP4 | NOT_DIFFERENT_IN | severe ME/CFS',
    ]);
  });

  it('the subgroups the findings are about are "all three groups" with the controls, "both patient groups" alone', () => {
    const summary =
      'Blood from 30 patients ill for under two years, 30 ill for over ten years and 30 healthy controls.';
    const before = [
      'QRX1 was higher in short-duration patients than in controls (p = 0.01).',
      'ZNP4 was lower in long-duration patients than in controls (p = 0.02).',
    ];
    expect(read(summary, ...before, 'LTB7 was similar in all three groups.')).toEqual([
      'LTB7 | NOT_DIFFERENT_IN | short-duration ME/CFS',
      'LTB7 | NOT_DIFFERENT_IN | long-duration ME/CFS',
    ]);
    expect(read(summary, ...before, 'LTB7 did not differ between the two patient groups.')).toHaveLength(2);
  });

  it("a count that is not the subgroups' stays the study's patients", () => {
    // (Two subgroups and the controls are three groups, not four.)
    expect(
      read(
        'Blood from 30 patients ill for under two years, 30 ill for over ten years and 30 healthy controls.',
        'QRX1 was higher in short-duration patients than in controls (p = 0.01).',
        'ZNP4 was lower in long-duration patients than in controls (p = 0.02).',
        'LTB7 was similar in all four groups.',
      ),
    ).toEqual(['LTB7 | NOT_DIFFERENT_IN | ME/CFS']);
  });

  it('a group only compared with is not a subgroup the study set apart', () => {
    expect(
      read(
        'Blood from 30 ME/CFS patients and 30 healthy controls.',
        'QRX1 was higher in ME/CFS than in late-onset patients (p = 0.01).',
        'ZNP4 was lower in early-onset patients than in controls (p = 0.02).',
        'LTB7 was similar in all three groups.',
      ),
    ).toEqual(['LTB7 | NOT_DIFFERENT_IN | ME/CFS']);
  });

  it('a study of two conditions counts them, not the subgroups of one', () => {
    expect(
      read(
        'Blood from 30 ME/CFS patients, 30 fibromyalgia patients and 30 healthy controls.',
        'QRX1 was higher in severe ME/CFS than in controls (p = 0.01).',
        'ZNP4 was lower in mild ME/CFS than in controls (p = 0.02).',
        'LTB7 was similar in the two patient groups.',
      ).every((line) => !/mild|severe/.test(line)),
    ).toBe(true);
  });
});
