// Discourse adverbials ("However, …", "X, in contrast, was …") relate a sentence to the one before, and an apposition
// describes the subject ("X, a bone formation marker, was …"): both are read past. Sentences are written for these
// tests.
import { describe, expect, it } from 'vitest';
import { withoutDiscourseAdverbials } from '../../src/ingest/extract/discourse-adverbials.ts';
import { findingLines } from '../support/extract-lines.ts';

describe('discourse adverbials', () => {
  it('opening a sentence, or interjected inside a clause, they go', () => {
    expect(withoutDiscourseAdverbials('However, serum ferritin was lower in patients.')).toBe(
      'Serum ferritin was lower in patients.',
    );
    expect(withoutDiscourseAdverbials('Serum ferritin, in contrast, was lower in patients.')).toBe(
      'Serum ferritin was lower in patients.',
    );
    expect(withoutDiscourseAdverbials('Serum ferritin was, however, lower in patients.')).toBe(
      'Serum ferritin was lower in patients.',
    );
  });

  it('between two clauses, the clauses stay apart', () => {
    expect(
      withoutDiscourseAdverbials('Serum ferritin was lower in patients, however, transferrin did not differ.'),
    ).toBe('Serum ferritin was lower in patients; transferrin did not differ.');
  });

  it('the finding is read as if they were not there, and none of them is a subject', () => {
    expect(findingLines('Serum ferritin, by contrast, was lower in patients than in controls (p = 0.01).')).toEqual([
      'ferritin | REDUCED_IN | ME/CFS | controls',
    ]);
  });
});

describe('an apposition describing the subject', () => {
  it('names nothing measured of its own', () => {
    expect(
      findingLines('Osteocalcin, a bone formation marker, was lower in patients than in controls (p = 0.02).'),
    ).toEqual(['osteocalcin | REDUCED_IN | ME/CFS | controls']);
  });
});
