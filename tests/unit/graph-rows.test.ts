// The rows an import UNWINDs (src/ingest/graph-rows.ts): one row per entity of a batch, combining what every study
// says of it, however often it repeats; rows of equal references are computed once and never shared.
import { describe, expect, it } from 'vitest';
import { batchRows } from '../../src/ingest/graph-rows.ts';
import type { FindingRecord, StudyRecord } from '../../src/ingest/record.ts';

const finding = (subject: FindingRecord['subject'], object = 'ME/CFS'): FindingRecord =>
  ({
    statement: `${subject.name} was higher`,
    subject,
    relation: 'ELEVATED_IN',
    object: { type: 'Condition', name: object },
    comparator: 'healthy controls',
    pValue: null,
    pComparator: null,
    significant: null,
    extraction: { agent: 'test', version: '0', confidence: 1, curated: true },
  }) as unknown as FindingRecord;

const study = (slug: string, findings: FindingRecord[]): StudyRecord =>
  ({
    slug,
    title: slug,
    findings,
    tags: { symptoms: [], biomarkerClasses: [], methodFlags: [] },
  }) as unknown as StudyRecord;

describe('batchRows', () => {
  it('gives an entity named by many studies one row with every name and cross-reference any of them gives', () => {
    const plain = { type: 'Biomarker' as const, name: 'zorbulin' };
    const rows = batchRows([
      study('a-2020-x', [finding(plain), finding(plain, 'fibromyalgia')]),
      study('b-2021-x', [finding({ ...plain, synonyms: ['ZRB'] }), finding(plain)]),
      study('c-2022-x', [
        finding({ ...plain, xrefs: { hgnc: 'HGNC:999999' } }),
        finding({ ...plain, name: 'Zorbulin' }),
      ]),
    ]);
    const zorbulin = rows.entities.filter((e) => e.name.toLowerCase() === 'zorbulin');
    expect(zorbulin).toHaveLength(1);
    expect(zorbulin[0]).toMatchObject({ synonyms: ['ZRB'], xrefs: ['HGNC:999999'] });
    expect(zorbulin[0]!.names).toEqual(expect.arrayContaining(['zorbulin', 'zrb']));
    expect(rows.findings.every((f) => f.subjectId === zorbulin[0]!.id)).toBe(true);
  });

  it('computes equal references once but never lets two batches share a row', () => {
    const ref = { type: 'Biomarker' as const, name: 'plimsin' };
    const first = batchRows([study('a-2020-x', [finding(ref)]), study('b-2021-x', [finding(ref)])]);
    const second = batchRows([study('c-2022-x', [finding(ref)])]);
    const [a] = first.entities.filter((e) => e.name === 'plimsin');
    const [b] = second.entities.filter((e) => e.name === 'plimsin');
    expect(a).toEqual(b);
    a!.synonyms.push('changed');
    expect(b!.synonyms).toEqual([]);
  });
});
