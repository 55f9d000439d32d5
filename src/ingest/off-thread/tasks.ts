// The CPU-heavy steps of an import, as functions of plain data: reading a page or record file into records, merging
// incoming records into the stored ones (which runs finding extraction), and the ontology rows of entities (which
// needs the ontology catalogue: ~85 MB of heap that the server's thread then never holds). They run in the import worker
// (./pool.ts), so an import never holds the server's event loop; their inputs and outputs cross threads by
// structured clone, so they take and return plain objects only.
import { ontologyCatalogue } from '../../ontology/catalogue.ts';
import { ontologyRows, type OntologyEntityInput, type OntologyRows } from '../../ontology/rows.ts';
import { ReaderError } from '../atlas-reader.ts';
import { combineRecords, type RecordSource } from '../combine.ts';
import { parseUnit, type InputUnit, type ParsedUnit } from '../parse-unit.ts';
import type { StudyRecord } from '../record.ts';
import { RecordError } from '../validate.ts';

/** A unit's records, or the located reason it is rejected (the reader's and validator's messages say where). */
export type ParseOutcome = { parsed: ParsedUnit } | { rejected: string };

export function parse(unit: InputUnit): ParseOutcome {
  try {
    return { parsed: parseUnit(unit) };
  } catch (error) {
    if (error instanceof ReaderError || error instanceof RecordError) return { rejected: error.message };
    throw error;
  }
}

export interface CombineTask {
  stored: [string, StudyRecord][];
  inputs: { record: StudyRecord; source: RecordSource }[];
}

/** What each study named by the inputs believes after them, in the inputs' order of first mention. */
export function combine({ stored, inputs }: CombineTask): [string, StudyRecord][] {
  const before = new Map(stored);
  const working = new Map<string, StudyRecord>();
  for (const input of inputs) {
    const slug = input.record.slug;
    working.set(slug, combineRecords(working.get(slug) ?? before.get(slug), input.record, input.source));
  }
  return [...working];
}

/** The ontology terms, IS_A edges and links of some entities (cypher/ontology/merge.cypher's parameters). */
export function ontology(entities: OntologyEntityInput[]): OntologyRows {
  return ontologyRows(ontologyCatalogue(), entities);
}
