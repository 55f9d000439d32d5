import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAtlasPage } from '../../src/ingest/atlas-reader.ts';
import {
  CONFIDENCES,
  ENTITY_TYPES,
  EVIDENCE_LEVELS,
  P_COMPARATORS,
  PEM_CRITERIA,
  RELATIONS,
  REVIEW_STATUSES,
  SIGNS,
  STUDY_DESIGNS,
} from '../../src/ingest/record.ts';
import { parseRecordsFile, RecordError, STUDY_RECORD_SCHEMA_URL, validateRecord } from '../../src/ingest/validate.ts';

const seedText = readFileSync(new URL('../../data/atlas/seed-entry.txt', import.meta.url), 'utf8');
const seed = parseAtlasPage(seedText, { file: 'seed-entry.txt' }).record;
const schema = JSON.parse(readFileSync(STUDY_RECORD_SCHEMA_URL, 'utf8'));

const finding = {
  statement: 'Fibromyalgia patients had significantly higher serum miR-320a levels (p<0.001).',
  subject: { type: 'Biomarker', name: 'miR-320a', xrefs: { miRBase: 'MIMAT0000510' }, kind: 'microRNA' },
  relation: 'ELEVATED_IN',
  object: { type: 'Condition', name: 'fibromyalgia', synonyms: ['FM'] },
  comparator: 'healthy controls',
  pValue: 0.001,
  pComparator: '<',
  significant: true,
  ci: [0.75, 1.18],
  groups: [
    { mean: 0.907, sd: 0.022 },
    { mean: 0.874, sd: 0.015, n: null },
  ],
  extraction: { agent: 'curator', version: '1', confidence: 1, curated: true },
};

function errorOf(action: () => unknown): RecordError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(RecordError);
    return error as RecordError;
  }
  throw new Error('expected a RecordError');
}

describe('the schema', () => {
  it('has the enums of record.ts, nullable where the record allows null', () => {
    const study = schema.$defs.StudyRecord.properties;
    expect(study.evidenceLevel.enum).toEqual([...EVIDENCE_LEVELS, null]);
    expect(study.confidence.enum).toEqual([...CONFIDENCES, null]);
    expect(study.pemCriterion.enum).toEqual([...PEM_CRITERIA, null]);
    expect(study.design.enum).toEqual([...STUDY_DESIGNS, null]);
    expect(study.reviewStatus.enum).toEqual([...REVIEW_STATUSES, null]);
    const findingProperties = schema.$defs.FindingRecord.properties;
    expect(findingProperties.relation.enum).toEqual([...RELATIONS]);
    expect(findingProperties.sign.enum).toEqual([...SIGNS, null]);
    expect(findingProperties.pComparator.enum).toEqual([...P_COMPARATORS, null]);
    expect(schema.$defs.EntityRef.properties.type.enum).toEqual([...ENTITY_TYPES]);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('accepts what the reader produces, a minimal record, and a curated finding', () => {
    expect(validateRecord(seed, { file: 'seed-entry.txt' })).toBe(seed);
    expect(validateRecord({ slug: 'x-2020-a-b' }, { file: 'r.json' })).toEqual({ slug: 'x-2020-a-b' });
    expect(validateRecord({ ...seed, findings: [finding] }, { file: 'r.json' }).findings).toHaveLength(1);
  });
});

describe('validateRecord errors', () => {
  it('names the file, the record, the field and what was expected', () => {
    const error = errorOf(() => validateRecord({ slug: 'x', year: 'twenty' }, { file: 'records.json', index: 2 }));
    expect(error.message).toBe(
      'records.json: record 3 (slug "x"), /year: expected integer or null, got string "twenty"',
    );
    expect(error.pointer).toBe('/year');
    expect(error.index).toBe(2);
    expect(error.slug).toBe('x');
  });

  it('reports a missing slug at /slug', () => {
    const error = errorOf(() => validateRecord({ title: 'No slug here' }, { file: 'records.json', index: 1 }));
    expect(error.message).toBe('records.json: record 2, /slug: required property missing');
    expect(error.pointer).toBe('/slug');
  });

  it('reports a slug that is not a lower-case slug, a wrong enum value and an unknown property', () => {
    const error = errorOf(() =>
      validateRecord({ slug: 'Hussein 2022', evidenceLevel: 'E5', evidence_level: 'E2' }, { file: 'r.jsonl', line: 7 }),
    );
    expect(error.line).toBe(7);
    expect(error.message).toMatch(/^r\.jsonl: line 7 \(slug "Hussein 2022"\), /);
    expect(error.message).toContain(
      '/slug: expected a lower-case slug such as "hussein-2022-impact-micro", got string "Hussein 2022"',
    );
    expect(error.message).toContain('/evidenceLevel: expected one of E0, E1, E2, E3, null, got string "E5"');
    expect(error.message).toContain('/evidence_level: unknown property');
    expect(error.problems).toHaveLength(3);
  });

  it('reports nested finding fields by their JSON pointer', () => {
    const bad = {
      ...finding,
      relation: 'INCREASES',
      ci: [1, 2, 3],
      extraction: { ...finding.extraction, confidence: 2 },
    };
    const error = errorOf(() => validateRecord({ slug: 'x', findings: [finding, bad] }, { file: 'r.json', index: 0 }));
    expect(error.message).toContain('/findings/1/relation: expected one of ELEVATED_IN');
    expect(error.message).toContain('/findings/1/ci: expected');
    expect(error.message).toContain('/findings/1/extraction/confidence: expected <= 1, got number 2');
    expect(error.pointer).toMatch(/^\/findings\/1\//);
  });

  it('reports a bad date and a bad DOI', () => {
    const error = errorOf(() =>
      validateRecord({ slug: 'x', lastUpdated: '8 April 2026', doi: 'doi:10.1/x' }, { file: 'r.json' }),
    );
    expect(error.message).toContain('/lastUpdated: expected a date YYYY-MM-DD, got string "8 April 2026"');
    expect(error.message).toContain('/doi: expected to match');
  });

  it('rejects a value that is not an object', () => {
    expect(errorOf(() => validateRecord([seed], { file: 'r.jsonl', line: 1 })).message).toBe(
      'r.jsonl: line 1, /: expected object, got array of 1',
    );
  });
});

describe('parseRecordsFile', () => {
  it('validates every line of a JSONL file and names the line of a syntax error', () => {
    const text = [
      JSON.stringify({ slug: 'a-2020-x-y' }),
      '',
      '{"slug": "b-2020-x-y", "year": 2020,,}',
      JSON.stringify({ slug: 'c-2021-x-y', year: 'twenty' }),
      JSON.stringify(seed),
    ].join('\n');
    const results = parseRecordsFile(text, 'records.jsonl', 'jsonl');
    expect(results).toHaveLength(4);
    expect('ok' in results[0]! && results[0].ok.slug).toBe('a-2020-x-y');
    const syntax = 'error' in results[1]! ? results[1].error : undefined;
    expect(syntax?.line).toBe(3);
    expect(syntax?.message).toMatch(/^records\.jsonl: line 3, invalid JSON: /);
    const schemaError = 'error' in results[2]! ? results[2].error : undefined;
    expect(schemaError?.message).toBe(
      'records.jsonl: line 4 (slug "c-2021-x-y"), /year: expected integer or null, got string "twenty"',
    );
    expect('ok' in results[3]! && results[3].ok.slug).toBe('hussein-2022-impact-micro');
  });

  it('validates every record of a JSON array, by index', () => {
    const text = JSON.stringify(
      [{ slug: 'a-2020-x-y' }, { slug: 'b-2020-x-y' }, { slug: 'x', year: 'twenty' }],
      null,
      2,
    );
    const results = parseRecordsFile(text, 'records.json', 'json');
    expect(results.map((r) => ('ok' in r ? 'ok' : r.error.message))).toEqual([
      'ok',
      'ok',
      'records.json: record 3 (slug "x"), /year: expected integer or null, got string "twenty"',
    ]);
  });

  it('accepts one record object as a JSON file', () => {
    const results = parseRecordsFile(JSON.stringify(seed), 'one.json', 'json');
    expect(results).toHaveLength(1);
    expect('ok' in results[0]!).toBe(true);
  });

  it('reports a JSON syntax error as one error for the whole file, with its line', () => {
    const text = '[\n  {"slug": "a-2020-x-y"},\n  {"slug": }\n]\n';
    const results = parseRecordsFile(text, 'broken.json', 'json');
    expect(results).toHaveLength(1);
    const error = 'error' in results[0]! ? results[0].error : undefined;
    expect(error?.line).toBe(3);
    expect(error?.message).toMatch(/^broken\.json: line 3, invalid JSON/);
  });

  it('rejects JSON that is not records, and empty files', () => {
    const [notRecords] = parseRecordsFile('"hello"', 'string.json', 'json');
    expect(notRecords && 'error' in notRecords && notRecords.error.message).toBe(
      'string.json, expected an array of study records or one record object, got string "hello"',
    );
    const [empty] = parseRecordsFile('\n\n', 'empty.jsonl', 'jsonl');
    expect(empty && 'error' in empty && empty.error.message).toMatch(/empty\.jsonl, no records/);
  });
});
