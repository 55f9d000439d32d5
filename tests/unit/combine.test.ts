import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAtlasPage } from '../../src/ingest/atlas-reader.ts';
import { decideFindings } from '../../src/ingest/combine.ts';
import { timeContrasts } from '../../src/ingest/extract/cues.ts';
import { extractFindings } from '../../src/ingest/extract/index.ts';
import type { FindingRecord, StudyRecord } from '../../src/ingest/record.ts';

const PAGES = new URL('../../data/atlas/pages/', import.meta.url);
const records: StudyRecord[] = readdirSync(PAGES)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => parseAtlasPage(readFileSync(new URL(name, PAGES), 'utf8'), { file: name }).record)
  .filter((record) => (record.observedFindings ?? []).length >= 2);

/** A curator's finding for a sentence (what the sentence says does not matter here, only that it is curated). */
const curatedFor = (record: StudyRecord, statement: string): FindingRecord => ({
  statement,
  subject: { type: 'Biomarker', name: 'curated marker' },
  relation: 'ELEVATED_IN',
  object: { type: 'Condition', name: 'ME/CFS' },
  extraction: { agent: 'curator', version: '1', confidence: 1, curated: true },
});

/** What decideFindings returned before it stopped analysing trailing curated sentences: extract all, then drop. */
function oracle(extracted: FindingRecord[], stated: FindingRecord[]): FindingRecord[] {
  const curated = new Set(stated.map((f) => f.statement));
  return [...stated, ...extracted.filter((f) => !curated.has(f.statement))];
}

describe('decideFindings with curated sentences', () => {
  it('the sample pages have sentences the extractor understands, so the comparisons below can differ', () => {
    expect(records.length).toBeGreaterThan(20);
    const machine = records.reduce((n, record) => n + decideFindings(record, []).length, 0);
    expect(machine).toBeGreaterThan(100);
  });

  it('gives the same findings as extracting every sentence, whichever sentences are curated', () => {
    let compared = 0;
    for (const record of records) {
      const observed = record.observedFindings!;
      const extracted = extractFindings({ ...record, observedFindings: observed }).findings;
      // All curated, the last only, all but the first, the first only, every other one.
      const choices = [
        observed,
        observed.slice(-1),
        observed.slice(1),
        observed.slice(0, 1),
        observed.filter((_, i) => i % 2 === 1),
      ];
      for (const statements of choices) {
        const stated = statements.map((s) => curatedFor(record, s));
        expect(decideFindings(record, stated), `${record.slug}: ${statements.length} curated`).toEqual(
          oracle(extracted, stated),
        );
        compared += 1;
      }
    }
    expect(compared).toBe(records.length * 5);
  }, 60_000); // every sample study, five times: seconds on a loaded two-core machine

  it('a fully curated study keeps exactly its curated findings', () => {
    for (const record of records) {
      const stated = record.observedFindings!.map((s) => curatedFor(record, s));
      expect(decideFindings(record, stated)).toEqual(stated);
    }
  });
});

describe('timeContrasts', () => {
  it('serves the same patterns for the same names and new ones for other names', () => {
    const first = timeContrasts(['rituximab']);
    expect(timeContrasts(['rituximab'])).toBe(first);
    const other = timeContrasts(['coenzyme q10']);
    expect(other).not.toBe(first);
    const source = (contrasts: ReturnType<typeof timeContrasts>) => contrasts.map((c) => c.pattern.source).join('\n');
    expect(source(other)).toContain('coenzyme q10');
    expect(source(other)).not.toContain('rituximab');
  });
});
