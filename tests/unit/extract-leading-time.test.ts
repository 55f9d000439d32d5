// A sentence that opens with a time ("At 24 hours, …") states its results at that time; the time is kept on a
// between-group finding when the entry states the same measure at another time too. Titles and sentences are written
// for these tests.
import { describe, expect, it } from 'vitest';
import { extractFindings } from '../../src/ingest/extract/index.ts';
import { leadingTime } from '../../src/ingest/extract/leading-time.ts';

const TITLE = 'Serum chemokines before and after a treadmill test in chronic fatigue syndrome and inactive controls';

const extract = (...sentences: string[]) =>
  extractFindings({ slug: 'leading-time-2025-test', title: TITLE, observedFindings: sentences }).findings.map(
    (f) => `${f.subject.name} | ${f.relation} | ${f.timePoint ?? '-'}`,
  );

describe('the time a sentence opens with', () => {
  it('is read as the finding keeps it', () => {
    expect(leadingTime('At rest, CCL5 was similar in the two groups.')).toBe('at rest');
    expect(leadingTime('By 48 hours, CXCL9 had settled.')).toBe('at 48 hours');
    expect(leadingTime('Two hours after the treadmill test, CCL5 was higher in patients.')).toBe('at 2 hours');
    expect(leadingTime('Before the treadmill test, CCL5 was similar.')).toBe('before the treadmill test');
    expect(leadingTime('At week 12, fatigue was lower on the active drug.')).toBe('at week 12');
    expect(leadingTime('At enrolment, CCL5 was higher in patients.')).toBe('at enrolment');
  });

  it('is not an analysis step, a place or a group', () => {
    expect(leadingTime('After adjustment for age, CCL5 was higher in patients.')).toBeNull();
    expect(leadingTime('After excluding smokers, CCL5 was higher in patients.')).toBeNull();
    expect(leadingTime('In the hippocampus, flow was lower in patients.')).toBeNull();
    expect(leadingTime('Within patients, CCL5 correlated with fatigue.')).toBeNull();
  });
});

describe('findings at the time their sentence opens with', () => {
  const before = 'Before the treadmill test, CCL5 did not differ between patients and inactive controls (p = 0.41).';
  const after =
    'Two hours after the treadmill test, CCL5 was higher in patients than in inactive controls (p = 0.008).';

  it('keep it when the entry states the same measure at another time', () => {
    expect(extract(before, after)).toEqual([
      'CCL5 | NOT_DIFFERENT_IN | before the treadmill test',
      'CCL5 | ELEVATED_IN | at 2 hours',
    ]);
  });

  it('keep none when the entry states the measure at that time only', () => {
    expect(extract(after)).toEqual(['CCL5 | ELEVATED_IN | -']);
    expect(
      extract(after, 'Before the treadmill test, CXCL10 was similar in patients and inactive controls (p = 0.52).'),
    ).toEqual(['CCL5 | ELEVATED_IN | -', 'CXCL10 | NOT_DIFFERENT_IN | -']);
  });

  it('keep none on a change since an earlier time, whose time is its comparator', () => {
    const changed = extract(before, 'By 24 hours, CCL5 had risen in patients (p = 0.01).');
    expect(changed[0]).toBe('CCL5 | NOT_DIFFERENT_IN | before the treadmill test');
    expect(changed.slice(1).every((f) => f.endsWith('| -'))).toBe(true);
  });
});
