// Validation of canonical records against schema/study-record.schema.json (compiled once), with errors a curator
// can act on: the file, the JSONL line or array record, the JSON pointer of the field, and what was expected.
// The importer treats each file as a unit, so parseRecordsFile reports every record and lets the caller decide.

import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { StudyRecord } from './record.ts';

export type { ReaderWarning } from './atlas-reader.ts';

// ajv-formats is CommonJS: under NodeNext its default export is the module object, whose `default` is the plugin.
type FormatsPlugin = typeof addFormatsModule.default;
const addFormats: FormatsPlugin =
  (addFormatsModule as unknown as { default?: FormatsPlugin }).default ??
  (addFormatsModule as unknown as FormatsPlugin);

export const STUDY_RECORD_SCHEMA_URL = new URL('../../schema/study-record.schema.json', import.meta.url);

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv, ['date', 'uri']);
const validateStudyRecord = ajv.compile<StudyRecord>(JSON.parse(readFileSync(STUDY_RECORD_SCHEMA_URL, 'utf8')));

export interface RecordLocation {
  file: string;
  /** 1-based line of a JSONL file. */
  line?: number;
  /** 0-based index in a JSON array (shown 1-based as "record N"). */
  index?: number;
}

/** A record (or a file of records) that cannot be imported, located precisely. */
export class RecordError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly index?: number;
  readonly slug?: string;
  /** JSON pointer of the first offending field ("" for the record itself). */
  readonly pointer?: string;
  /** Every problem found, one line each (the message shows them all). */
  readonly problems: string[];

  constructor(where: RecordLocation & { slug?: string; pointer?: string }, problems: string[]) {
    const place = [where.file];
    let locator =
      where.line !== undefined ? `line ${where.line}` : where.index !== undefined ? `record ${where.index + 1}` : '';
    if (where.slug) locator = locator ? `${locator} (slug "${where.slug}")` : `slug "${where.slug}"`;
    if (locator) place.push(locator);
    super(`${place.join(': ')}, ${problems.join('; ')}`);
    this.name = 'RecordError';
    this.file = where.file;
    if (where.line !== undefined) this.line = where.line;
    if (where.index !== undefined) this.index = where.index;
    if (where.slug !== undefined) this.slug = where.slug;
    if (where.pointer !== undefined) this.pointer = where.pointer;
    this.problems = problems;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `array of ${value.length}`;
  if (typeof value === 'object') return 'object';
  const shown = JSON.stringify(value);
  return `${typeof value} ${shown.length > 60 ? `${shown.slice(0, 57)}…` : shown}`;
}

function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

const FORMAT_EXAMPLES: Record<string, string> = { date: 'a date YYYY-MM-DD', uri: 'an absolute URI' };

/** One schema error as "<pointer>: expected …, got …". */
function describeError(error: ErrorObject, record: unknown): { pointer: string; text: string } {
  const got = describeValue(valueAt(record, error.instancePath));
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required': {
      const pointer = `${error.instancePath}/${String(params.missingProperty)}`;
      return { pointer, text: `${pointer}: required property missing` };
    }
    case 'additionalProperties': {
      const pointer = `${error.instancePath}/${String(params.additionalProperty)}`;
      return { pointer, text: `${pointer}: unknown property (not in the study record schema)` };
    }
    case 'type':
      return {
        pointer: error.instancePath,
        text: `${error.instancePath || '/'}: expected ${String(params.type).replace(',', ' or ')}, got ${got}`,
      };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => (v === null ? 'null' : String(v))).join(', ');
      return { pointer: error.instancePath, text: `${error.instancePath}: expected one of ${allowed}, got ${got}` };
    }
    case 'pattern': {
      const expected =
        error.instancePath === '/slug'
          ? 'a lower-case slug such as "hussein-2022-impact-micro"'
          : `to match ${String(params.pattern)}`;
      return { pointer: error.instancePath, text: `${error.instancePath}: expected ${expected}, got ${got}` };
    }
    case 'format': {
      const format = String(params.format);
      return {
        pointer: error.instancePath,
        text: `${error.instancePath}: expected ${FORMAT_EXAMPLES[format] ?? format}, got ${got}`,
      };
    }
    default:
      return {
        pointer: error.instancePath,
        text: `${error.instancePath || '/'}: expected ${(error.message ?? 'a value the schema allows').replace(/^must (be )?/, '')}, got ${got}`,
      };
  }
}

/** The record as a StudyRecord, or a RecordError naming where it is and every field that is wrong. */
export function validateRecord(value: unknown, where: RecordLocation): StudyRecord {
  if (validateStudyRecord(value)) return value;
  const slug =
    value && typeof value === 'object' && typeof (value as { slug?: unknown }).slug === 'string'
      ? (value as { slug: string }).slug
      : undefined;
  const described = (validateStudyRecord.errors ?? []).map((error) => describeError(error, value));
  // A value that is not an object at all has one useful message.
  const problems = [...new Set(described.map((d) => d.text))];
  throw new RecordError({ ...where, ...(slug ? { slug } : {}), pointer: described[0]?.pointer ?? '' }, problems);
}

export type RecordResult = { ok: StudyRecord } | { error: RecordError };

/** Line and column of a character offset, for JSON syntax errors. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function errorOffset(message: string): number | undefined {
  const offset = /at position (\d+)/.exec(message)?.[1];
  return offset === undefined ? undefined : Number(offset);
}

/**
 * The line of a JSON syntax error whose message carries no position (V8 says only "Unexpected token …"): the
 * first line such that the text up to it fails for a reason other than ending too early. Tokens never span
 * lines, so that is the line holding the error.
 */
function syntaxErrorLine(text: string): number | undefined {
  const lines = text.split('\n');
  const failsBeforeEnd = (count: number): boolean => {
    const prefix = lines.slice(0, count).join('\n');
    try {
      JSON.parse(prefix);
      return false;
    } catch (error) {
      const message = (error as Error).message;
      const offset = errorOffset(message);
      return !/end of JSON input/i.test(message) && (offset === undefined || offset < prefix.trimEnd().length);
    }
  };
  let low = 1;
  let high = lines.length;
  if (!failsBeforeEnd(high)) return undefined;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (failsBeforeEnd(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

function syntaxProblem(text: string, error: unknown): { line?: number; problem: string } {
  const message = (error as Error).message;
  const offset = errorOffset(message);
  const problem = `invalid JSON: ${message.replace(/\s*in JSON at position \d+.*$/, '')}`;
  if (offset !== undefined) {
    const { line, column } = positionOf(text, offset);
    return { line, problem: `${problem} (column ${column})` };
  }
  const line = syntaxErrorLine(text);
  return line === undefined ? { problem } : { line, problem };
}

/**
 * Every record of a `.json` file (an array of records, or one record) or a `.jsonl` file (one record a line;
 * blank lines skipped), each validated. A JSON syntax error is one result for the whole `.json` file, or for its
 * line in a `.jsonl` file.
 */
export function parseRecordsFile(input: string, file: string, kind: 'json' | 'jsonl'): RecordResult[] {
  const text = input.replace(/^\uFEFF/, '');
  if (kind === 'jsonl') {
    const results: RecordResult[] = [];
    text.split(/\r?\n/).forEach((raw, i) => {
      if (raw.trim() === '') return;
      const line = i + 1;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (error) {
        const { problem } = syntaxProblem(raw, error);
        results.push({ error: new RecordError({ file, line }, [problem]) });
        return;
      }
      try {
        results.push({ ok: validateRecord(value, { file, line }) });
      } catch (error) {
        results.push({ error: error as RecordError });
      }
    });
    if (results.length === 0) results.push({ error: new RecordError({ file }, ['no records: the file is empty']) });
    return results;
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const { line, problem } = syntaxProblem(text, error);
    return [{ error: new RecordError({ file, ...(line !== undefined ? { line } : {}) }, [problem]) }];
  }
  const records = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : undefined;
  if (!records) {
    return [
      {
        error: new RecordError({ file }, [
          `expected an array of study records or one record object, got ${describeValue(value)}`,
        ]),
      },
    ];
  }
  if (records.length === 0) return [{ error: new RecordError({ file }, ['no records: the array is empty']) }];
  return records.map((record, index): RecordResult => {
    try {
      return { ok: validateRecord(record, { file, index }) };
    } catch (error) {
      return { error: error as RecordError };
    }
  });
}
