import { describe, expect, it } from 'vitest';
import { facetCellDeltas } from '../../src/ingest/facet-cells.ts';
import type { StudyRecord } from '../../src/ingest/record.ts';

const study = (slug: string, extra: Partial<StudyRecord> = {}): StudyRecord =>
  ({ slug, title: slug, findings: [], ...extra }) as StudyRecord;

describe('facetCellDeltas', () => {
  it('adds one to the cell of each new study, counting studies that share a cell together', () => {
    const deltas = facetCellDeltas(
      [study('a', { year: 2020, evidenceLevel: 'E2' }), study('b', { year: 2020, evidenceLevel: 'E2' }), study('c')],
      new Map(),
    );
    expect(deltas).toEqual([
      { year: 2020, evidenceLevel: 'E2', design: null, pemCriterion: null, confidence: null, delta: 2 },
      { year: null, evidenceLevel: null, design: null, pemCriterion: null, confidence: null, delta: 1 },
    ]);
  });

  it('moves a changed study from its former cell to its new one, and leaves out changes that cancel', () => {
    const before = new Map([
      ['a', study('a', { year: 2020, design: 'CASE_CONTROL' })],
      ['b', study('b', { year: 2019 })],
    ]);
    const deltas = facetCellDeltas(
      [study('a', { year: 2021, design: 'CASE_CONTROL' }), study('b', { year: 2019, summary: 'new text' })],
      before,
    );
    expect(deltas).toEqual([
      { year: 2020, evidenceLevel: null, design: 'CASE_CONTROL', pemCriterion: null, confidence: null, delta: -1 },
      { year: 2021, evidenceLevel: null, design: 'CASE_CONTROL', pemCriterion: null, confidence: null, delta: 1 },
    ]);
  });
});
