// Fuzzing the input side (issue 5 §6): mutated atlas pages through the reader and validation, and random canonical
// records through validation. Seeded (tests/fuzz/config.ts); EVIDENCE_GRAPH_FUZZ_RUNS scales the run counts.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAtlasPage, ReaderError } from '../../src/ingest/atlas-reader.ts';
import { parseRecordsFile, RecordError, validateRecord } from '../../src/ingest/validate.ts';
import { fuzzParams, reportFigures } from '../fuzz/config.ts';
import {
  applyMutation,
  describeMutations,
  mutatedPageArb,
  mutationArb,
  SAMPLE_PAGES,
  type Mutation,
} from '../fuzz/pages.ts';
import { invalidRecordArb, validRecordArb } from '../fuzz/records.ts';

const figures = {
  pagesMutated: 0,
  pagesAccepted: 0,
  pagesRejected: 0,
  crashes: 0,
  slowestPageMs: 0,
  recordsValid: 0,
  recordsInvalid: 0,
  recordFiles: 0,
};

afterAll(() => reportFigures('fuzz-reader', figures));

/** Read and validate one page as the importer does; the error, if any, must be located. */
function readPage(text: string, file: string): { ok: true } | { ok: false; error: ReaderError | RecordError } {
  const started = performance.now();
  try {
    const { record, warnings } = parseAtlasPage(text, { file });
    for (const warning of warnings) expect(warning.file).toBe(file);
    validateRecord(record, { file });
    return { ok: true };
  } catch (error) {
    if (!(error instanceof ReaderError || error instanceof RecordError)) {
      figures.crashes++;
      throw new Error(
        `${file}: the reader threw ${(error as Error)?.name ?? typeof error}: ${(error as Error)?.stack ?? error}`,
        { cause: error },
      );
    }
    // Located: the message starts with the file, and names a line or a field when it has one.
    expect(error.message.startsWith(`${file}`)).toBe(true);
    expect(error.file).toBe(file);
    return { ok: false, error };
  } finally {
    figures.slowestPageMs = Math.max(figures.slowestPageMs, performance.now() - started);
  }
}

describe('mutated atlas pages through the reader', () => {
  it('every sample page reads as it is (the baseline the mutations start from)', () => {
    for (const page of SAMPLE_PAGES) expect(readPage(page.text, page.name)).toEqual({ ok: true });
  });

  it('never throw anything but a located ReaderError or RecordError', () => {
    fc.assert(
      fc.property(mutatedPageArb(), fc.nat(), (page, n) => {
        const file = `fuzz/${n % 7 === 0 ? 'odd name \u202e ' : ''}${page.name}`;
        figures.pagesMutated++;
        const result = readPage(page.text, file);
        if (result.ok) figures.pagesAccepted++;
        else figures.pagesRejected++;
      }),
      fuzzParams(250),
    );
  }, 60_000);

  it('each mutation kind alone, on every sample page', () => {
    // A sweep that does not depend on the random mix: every kind at a few positions on every page.
    const kinds: Mutation[] = [
      { kind: 'truncate', at: 0.5 },
      { kind: 'truncate', at: 0.97 },
      { kind: 'flipBytes', positions: [0.1, 0.5, 0.9], masks: [0x80, 0x40, 0xff] },
      { kind: 'hugeLine', at: 0.3, unit: 'x', length: 100_000 },
      { kind: 'hugeLine', at: 0.05, unit: 'Case-Control', length: 100_000 },
      { kind: 'oddUnicode', inserts: [0.01, 0.2, 0.4, 0.6, 0.8].map((at) => ({ at, text: '\u202e\u200d\ud800' })) },
      { kind: 'repeatSection', from: 0.2, length: 20, times: 30 },
      { kind: 'shuffleLines', seed: 7 },
      { kind: 'lineEndings', ending: '\r' },
    ];
    for (const page of SAMPLE_PAGES) {
      for (const mutation of kinds) {
        figures.pagesMutated++;
        const result = readPage(applyMutation(page.text, mutation), `sweep/${page.name}`);
        if (result.ok) figures.pagesAccepted++;
        else figures.pagesRejected++;
      }
    }
  }, 60_000);

  it('reject a page over 5 MB quickly, naming the file', () => {
    const huge = SAMPLE_PAGES[0]!.text + 'x'.repeat(6 * 1024 * 1024);
    const started = performance.now();
    const result = readPage(huge, 'huge.txt');
    expect(result.ok).toBe(false);
    expect((result as { error: Error }).error.message).toMatch(/^huge\.txt: file is 6\.\d MB, too large/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('keep the worst page read bounded', () => {
    // The slowest page of all the runs above (lines of up to 200 000 characters included). The reader is linear
    // but costs about 3 µs per character of a huge header line, so the bound is generous (2 cores, CI noise).
    expect(figures.slowestPageMs).toBeLessThan(5000);
  });

  it('describe a failing case readably (the helper the properties log with)', () => {
    expect(describeMutations([{ kind: 'truncate', at: 0.5 }])).toBe('{"kind":"truncate","at":0.5}');
    fc.assert(
      fc.property(mutationArb, (m) => typeof applyMutation('a\nb', m) === 'string'),
      { seed: 1, numRuns: 50 },
    );
  });
});

describe('random canonical records through validation', () => {
  it('accept every valid record unchanged', () => {
    fc.assert(
      fc.property(validRecordArb, (record) => {
        figures.recordsValid++;
        const before = JSON.stringify(record);
        expect(validateRecord(record, { file: 'fuzz.json', index: 0 })).toBe(record);
        expect(JSON.stringify(record)).toBe(before);
      }),
      fuzzParams(500),
    );
  }, 60_000);

  it('reject every invalid record with its file, record and the JSON pointer of the field', () => {
    fc.assert(
      fc.property(invalidRecordArb, fc.nat({ max: 50 }), ({ record, breakage }, index) => {
        figures.recordsInvalid++;
        let error: unknown;
        try {
          validateRecord(record, { file: 'fuzz/records.json', index });
        } catch (caught) {
          error = caught;
        }
        expect(error, breakage.what).toBeInstanceOf(RecordError);
        const e = error as RecordError;
        expect(e.file).toBe('fuzz/records.json');
        expect(e.message).toMatch(new RegExp(`^fuzz/records\\.json: record ${index + 1}\\b`));
        // The broken field is named by its pointer in one of the problems (and the first pointer is a real one).
        expect(
          e.problems.some((problem) => problem.startsWith(`${breakage.pointer}:`)),
          `${breakage.what}: ${e.message}`,
        ).toBe(true);
        expect(e.pointer).toMatch(/^(\/[^/]*)*$/);
      }),
      fuzzParams(500),
    );
  }, 60_000);

  it('locate a bad record among good ones in a JSONL file by its line', () => {
    fc.assert(
      fc.property(
        fc.array(validRecordArb, { minLength: 1, maxLength: 8 }),
        invalidRecordArb,
        fc.nat(),
        (good, bad, n) => {
          figures.recordFiles++;
          const position = n % (good.length + 1);
          const lines = good.map((record) => JSON.stringify(record));
          lines.splice(position, 0, JSON.stringify(bad.record));
          const results = parseRecordsFile(lines.join('\n'), 'fuzz.jsonl', 'jsonl');
          expect(results).toHaveLength(good.length + 1);
          results.forEach((result, i) => {
            if (i === position) {
              expect('error' in result).toBe(true);
              const error = (result as { error: RecordError }).error;
              expect(error.line).toBe(position + 1);
              expect(error.message).toMatch(new RegExp(`^fuzz\\.jsonl: line ${position + 1}\\b`));
            } else {
              expect('ok' in result).toBe(true);
            }
          });
        },
      ),
      fuzzParams(100),
    );
  }, 60_000);

  it('locate JSON syntax damage in a record file (truncated or flipped bytes)', () => {
    fc.assert(
      fc.property(
        fc.array(validRecordArb, { minLength: 1, maxLength: 5 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (records, cut) => {
          figures.recordFiles++;
          const text = JSON.stringify(records, null, 2);
          const truncated = text.slice(0, Math.floor(cut * text.length));
          let results;
          try {
            results = parseRecordsFile(truncated, 'cut.json', 'json');
          } catch (error) {
            figures.crashes++;
            throw error;
          }
          for (const result of results)
            if ('error' in result) expect(result.error.message.startsWith('cut.json')).toBe(true);
        },
      ),
      fuzzParams(200),
    );
  }, 60_000);
});
