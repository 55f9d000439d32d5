// One input unit (a file, or one page or record given to the API) read and validated into canonical records.
// Pure: the import runs it in its worker thread (off-thread/), `evidence-graph parse` in the process.
import { parseAtlasPage, type ReaderWarning } from './atlas-reader.ts';
import type { RecordSource } from './combine.ts';
import type { StudyRecord } from './record.ts';
import { parseRecordsFile, RecordError, validateRecord } from './validate.ts';

export type UnitKind = 'page' | 'json' | 'jsonl';

export interface InputUnit {
  /** File path, or a name such as "pages[2]" for input given to the API. */
  name: string;
  kind: UnitKind;
  text: string;
}

export interface ParsedUnit {
  records: StudyRecord[];
  source: RecordSource;
  warnings: ReaderWarning[];
}

/** Parse and validate one unit into records; throws a located ReaderError or RecordError. */
export function parseUnit(unit: InputUnit): ParsedUnit {
  if (unit.kind === 'page') {
    const { record, warnings } = parseAtlasPage(unit.text, { file: unit.name });
    return { records: [validateRecord(record, { file: unit.name })], source: 'page', warnings };
  }
  const results = parseRecordsFile(unit.text, unit.name, unit.kind);
  const errors = results.flatMap((result) => ('error' in result ? [result.error] : []));
  if (errors.length > 0) {
    const more =
      errors.length > 1
        ? ` (and ${errors.length - 1} more bad record${errors.length > 2 ? 's' : ''}; the file was not imported)`
        : ' (the file was not imported)';
    throw new RecordError({ file: unit.name }, [`${errors[0]!.message}${more}`]);
  }
  return { records: results.flatMap((result) => ('ok' in result ? [result.ok] : [])), source: 'record', warnings: [] };
}
