// The generated ontology term files (data/ontology/*.jsonl.gz, written by scripts/build-ontology-data.ts): their
// record shape and how they are read. One gzip'd JSON Lines file per source, one term per line, sorted by id.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** The vocabularies a name can be grounded in; `alias` is the project's own file (data/ontology/aliases.json). */
export const TERM_SOURCES = ['hp', 'mondo', 'gene', 'mirna', 'cl', 'uberon', 'chebi'] as const;
export type TermSource = (typeof TERM_SOURCES)[number];
export type GroundingSource = TermSource | 'alias';

export interface TermRecord {
  /** CURIE: HP:…, MONDO:…, NCBIGene:…, MIRBASE:…, CL:…, UBERON:…, CHEBI:… */
  id: string;
  /** The source's label (for genes the official symbol, for miRNAs the miRBase name). */
  label: string;
  /** Other names matched case-insensitively as equivalent (exact synonyms; a gene's official full name). */
  names?: string[];
  /**
   * Lower-confidence names: miRNA arm-less names shared by the 5p/3p pair, and ChEBI's RELATED names (ChEBI marks only
   * IUPAC names EXACT); used only when nothing better matches, and outside miRBase only when one term holds the name.
   * Other sources' RELATED/BROAD/NARROW synonyms name a neighbouring term and are not shipped.
   */
  weak?: string[];
  /** Gene aliases safe as symbols: matched only as written (case-sensitive symbol shape). */
  symbols?: string[];
  /** miRNA: `mature` | `precursor`. */
  kind?: string;
  /** is_a parents (null: not known from the sources; [] root). Absent for genes and miRNAs. */
  parents?: string[] | null;
  /** UBERON part_of parents. */
  partOf?: string[];
  /** miRNA precursor: its NCBI Gene record (the MIR… gene). */
  gene?: string;
  /** Gene: its HGNC id (HGNC:…), so curated HGNC cross-references reach the gene's term. */
  hgnc?: string;
}

export const TERM_FILE = (source: TermSource): string => `${source}.jsonl.gz`;

/** The data/ontology folder of this checkout. */
export const ONTOLOGY_DIR = new URL('../../../data/ontology/', import.meta.url);

export function readTermFile(source: TermSource, dir: URL = ONTOLOGY_DIR): TermRecord[] {
  const file = new URL(TERM_FILE(source), dir);
  let text: string;
  try {
    text = gunzipSync(readFileSync(file)).toString('utf8');
  } catch (cause) {
    throw new Error(
      `data/ontology/${TERM_FILE(source)}: cannot read (${(cause as Error).message}); run npm run build:ontology`,
      { cause },
    );
  }
  const records: TermRecord[] = [];
  let line = 0;
  for (const row of text.split('\n')) {
    line++;
    if (!row) continue;
    const record = JSON.parse(row) as TermRecord;
    if (typeof record.id !== 'string' || typeof record.label !== 'string') {
      throw new Error(`data/ontology/${TERM_FILE(source)}:${line}: record without id or label`);
    }
    records.push(record);
  }
  return records;
}
