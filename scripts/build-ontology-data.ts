// Builds the compact ontology term files the grounding layer matches names against (data/ontology/*.jsonl.gz and
// data/ontology/manifest.json) from the shared ontology lexicons.
//   npm run build:ontology -- [ONTOLOGY_DIR]        (default /work/shared/ontologies)
// Only what matching, grounding and the graph's ontology need is kept: id, label, names to match, kind, is_a parents,
// a gene's HGNC id. Same input gives byte-identical output (records sorted by id, fixed key order, gzip without a timestamp).

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { TERM_FILE, type TermRecord, type TermSource } from '../src/ingest/ground/term-files.ts';

const DEFAULT_INPUT = '/work/shared/ontologies';
const OUTPUT_DIR = new URL('../data/ontology/', import.meta.url);

/** A row of the shared lexicons (see their README); only the fields read here. */
interface SourceRow {
  id: string;
  label: string;
  name?: string;
  synonyms?: string[];
  related_synonyms?: string[];
  parents?: string[] | null;
  part_of?: string[];
  branch?: string | null;
  type?: string;
  gene?: string;
  hgnc?: string;
  version?: string;
}

interface SourceStats {
  file: string;
  sha256: string;
  rowsIn: number;
  rowsOut: number;
  namesOut: number;
  dropped: Record<string, number>;
  versions: Record<string, number>;
}

/** ChEBI's systematic (IUPAC-like) synonyms are never how a study sentence names an analyte, and are most of the bytes. */
const MAX_CHEBI_SYNONYM_LENGTH = 60;

function readRows(dir: string, file: string, stats: SourceStats): SourceRow[] {
  const bytes = readFileSync(join(dir, file));
  stats.sha256 = createHash('sha256').update(bytes).digest('hex');
  const rows: SourceRow[] = [];
  for (const [index, line] of bytes.toString('utf8').split('\n').entries()) {
    if (!line.trim()) continue;
    let row: SourceRow;
    try {
      row = JSON.parse(line) as SourceRow;
    } catch (cause) {
      throw new Error(`${file}:${index + 1}: not JSON (${(cause as Error).message})`, { cause });
    }
    if (typeof row.id !== 'string' || typeof row.label !== 'string')
      throw new Error(`${file}:${index + 1}: row without id or label`);
    rows.push(row);
    if (row.version) stats.versions[row.version] = (stats.versions[row.version] ?? 0) + 1;
  }
  stats.rowsIn = rows.length;
  return rows;
}

function newStats(file: string): SourceStats {
  return { file, sha256: '', rowsIn: 0, rowsOut: 0, namesOut: 0, dropped: {}, versions: {} };
}

function drop(stats: SourceStats, why: string, count = 1): void {
  stats.dropped[why] = (stats.dropped[why] ?? 0) + count;
}

/** Names other than the label, each once, in source order. */
function otherNames(label: string, names: readonly string[] | undefined): string[] {
  const seen = new Set([label]);
  const out: string[] = [];
  for (const name of names ?? []) {
    const trimmed = name.trim();
    if (!trimmed || seen.has(trimmed)) continue;
    seen.add(trimmed);
    out.push(trimmed);
  }
  return out;
}

/** A record with its keys in a fixed order and empty fields left out, so the output is stable. */
function record(fields: TermRecord): TermRecord {
  const out: TermRecord = { id: fields.id, label: fields.label };
  if (fields.names?.length) out.names = fields.names;
  if (fields.weak?.length) out.weak = fields.weak;
  if (fields.symbols?.length) out.symbols = fields.symbols;
  if (fields.kind) out.kind = fields.kind;
  if (fields.parents !== undefined) out.parents = fields.parents;
  if (fields.partOf?.length) out.partOf = fields.partOf;
  if (fields.gene) out.gene = fields.gene;
  if (fields.hgnc) out.hgnc = fields.hgnc;
  return out;
}

/**
 * Terms with is_a parents (HPO, Mondo, CL, UBERON, ChEBI): label, exact synonyms, parents. `keepRelated`: ChEBI marks
 * only IUPAC names EXACT and every other name of the same substance RELATED ("GABA", "malondialdehyde"), so its
 * related names are kept apart as weak names (grounding only when one term alone holds one).
 */
function ontologyTerms(
  rows: SourceRow[],
  stats: SourceStats,
  keep: (row: SourceRow) => string | null,
  synonym = (_: string) => true,
  keepRelated = false,
): TermRecord[] {
  const out: TermRecord[] = [];
  for (const row of rows) {
    const dropReason = keep(row);
    if (dropReason) {
      drop(stats, dropReason);
      continue;
    }
    const names = otherNames(row.label, row.synonyms).filter((name) => {
      if (synonym(name)) return true;
      drop(stats, 'synonym too long to be a mention');
      return false;
    });
    // Related/broad/narrow synonyms name a neighbouring term, not this one ("thalamus" is only a related synonym of
    // UBERON's "dorsal plus ventral thalamus", "depression" of a bone fossa): never a grounding, so not shipped.
    const related = otherNames(row.label, row.related_synonyms).filter((name) => !names.includes(name));
    const weak = keepRelated ? related.filter(synonym) : [];
    if (!keepRelated && related.length)
      drop(stats, 'related/broad/narrow synonym (not the same thing)', related.length);
    out.push(record({ id: row.id, label: row.label, names, weak, parents: row.parents ?? null, partOf: row.part_of }));
  }
  return out;
}

/** Upper-case letters and digits only: how gene symbols are compared for ambiguity. */
function symbolShape(symbol: string): string {
  return symbol.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/**
 * An NCBI alias usable as a symbol: one word, at least three characters, an upper-case letter or a digit, not only
 * digits. Lower-case words ("junctin", "kuz") would be read in running text as English.
 */
function symbolLike(alias: string): boolean {
  return (
    alias.length >= 3 &&
    /^[A-Za-z0-9][A-Za-z0-9./()-]*$/.test(alias) &&
    /[A-Z]/.test(alias) &&
    !/^[0-9.-]+$/.test(alias)
  );
}

/**
 * Protein-coding genes: official symbol, official full name, and the aliases safe as symbols: symbol-like, held by
 * this gene only, not another gene's official symbol. miRNA genes (MIR…) come from miRBase instead (their stem-loop
 * rows carry the gene symbol and NCBI Gene id), so they are not repeated here.
 */
function geneTerms(rows: SourceRow[], stats: SourceStats): TermRecord[] {
  const coding = rows.filter((row) => {
    if (row.type === 'protein-coding') return true;
    drop(
      stats,
      row.type === 'ncRNA' && /^MIR/.test(row.label)
        ? 'miRNA gene (grounded via miRBase stem-loop)'
        : `type ${row.type}`,
    );
    return false;
  });
  const officialShapes = new Set(coding.map((row) => symbolShape(row.label)));
  const aliasHolders = new Map<string, number>();
  for (const row of coding) {
    for (const shape of new Set((row.synonyms ?? []).map(symbolShape)))
      aliasHolders.set(shape, (aliasHolders.get(shape) ?? 0) + 1);
  }
  return coding.map((row) => {
    const own = symbolShape(row.label);
    const symbols: string[] = [];
    for (const alias of otherNames(row.label, row.synonyms)) {
      const shape = symbolShape(alias);
      if (!symbolLike(alias)) drop(stats, 'alias not symbol-like');
      else if (shape !== own && officialShapes.has(shape)) drop(stats, "alias is another gene's official symbol");
      else if ((aliasHolders.get(shape) ?? 0) > 1) drop(stats, 'alias shared by several genes');
      else symbols.push(alias);
    }
    // The HGNC id links the gene to curated cross-references written as HGNC:… (data/lexicon) in the graph's ontology.
    return record({ id: row.id, label: row.label, names: row.name ? [row.name] : [], symbols, hgnc: row.hgnc });
  });
}

/** miRBase: exact names; the arm-less names a 5p/3p pair shares are kept as weak names. */
function mirnaTerms(rows: SourceRow[], stats: SourceStats): TermRecord[] {
  return rows.map((row) => {
    if (!row.type) drop(stats, 'row without type');
    return record({
      id: row.id,
      label: row.label,
      names: otherNames(row.label, row.synonyms),
      weak: otherNames(row.label, row.related_synonyms),
      kind: row.type,
      gene: row.gene,
    });
  });
}

/** HPO branches that are not phenotypes a sentence could report ("Mild", "Chronic", "Frequent", inheritance modes). */
const HPO_KEPT_BRANCHES = new Set(['phenotypic_abnormality', null]);

interface SourcePlan {
  source: TermSource;
  file: string;
  build: (rows: SourceRow[], stats: SourceStats) => TermRecord[];
}

const PLANS: SourcePlan[] = [
  {
    source: 'hp',
    file: 'hp.jsonl',
    // Branch null = parents unknown (mostly terms new since 2019, e.g. Non-restorative sleep): kept.
    build: (rows, stats) =>
      ontologyTerms(rows, stats, (row) =>
        HPO_KEPT_BRANCHES.has(row.branch ?? null) ? null : `HPO branch ${row.branch}`,
      ),
  },
  { source: 'mondo', file: 'mondo.jsonl', build: (rows, stats) => ontologyTerms(rows, stats, () => null) },
  { source: 'gene', file: 'genes_human.jsonl', build: geneTerms },
  { source: 'mirna', file: 'mirna_human.jsonl', build: mirnaTerms },
  { source: 'cl', file: 'cl.jsonl', build: (rows, stats) => ontologyTerms(rows, stats, () => null) },
  { source: 'uberon', file: 'uberon.jsonl', build: (rows, stats) => ontologyTerms(rows, stats, () => null) },
  {
    source: 'chebi',
    file: 'chebi.jsonl',
    build: (rows, stats) =>
      ontologyTerms(
        rows,
        stats,
        (row) =>
          row.branch === 'role'
            ? 'ChEBI role (not an analyte)'
            : row.branch === 'chemical_entity'
              ? null
              : 'ChEBI branch unknown',
        (name) => name.length <= MAX_CHEBI_SYNONYM_LENGTH,
        true,
      ),
  },
];

/** Writes the term files and manifest.json for the lexicons in `input` into `output`; returns the per-source lines. */
export function buildOntologyData(input: string, output: URL = OUTPUT_DIR): string[] {
  const lines: string[] = [];
  mkdirSync(output, { recursive: true });
  const manifest: Record<string, Omit<SourceStats, 'versions'> & { versions: [string, number][]; bytes: number }> = {};
  for (const plan of PLANS) {
    const stats = newStats(plan.file);
    const rows = readRows(input, plan.file, stats);
    const terms = plan.build(rows, stats).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const text = terms.map((term) => JSON.stringify(term)).join('\n') + '\n';
    const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
    writeFileSync(new URL(TERM_FILE(plan.source), output), gz);
    stats.rowsOut = terms.length;
    stats.namesOut = terms.reduce(
      (n, t) => n + 1 + (t.names?.length ?? 0) + (t.weak?.length ?? 0) + (t.symbols?.length ?? 0),
      0,
    );
    const versions = Object.entries(stats.versions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const dropped = Object.fromEntries(Object.entries(stats.dropped).sort(([a], [b]) => (a < b ? -1 : 1)));
    manifest[plan.source] = { ...stats, dropped, versions, bytes: gz.length };
    lines.push(
      `${plan.source.padEnd(7)} ${String(stats.rowsIn).padStart(6)} rows in, ${String(terms.length).padStart(6)} out, ${String(stats.namesOut).padStart(7)} names, ${(gz.length / 1024).toFixed(0).padStart(5)} KiB`,
    );
  }
  writeFileSync(new URL('manifest.json', output), JSON.stringify(manifest, null, 1) + '\n');
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of buildOntologyData(process.argv[2] ?? DEFAULT_INPUT)) console.log(line);
}
