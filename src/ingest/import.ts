// Import is parse → validate → load, one input unit (a file, or one page given to the API) at a time. A unit
// with any error is rejected whole and writes nothing; the other units still import.
import fs from 'node:fs';
import path from 'node:path';
import type { Cypher } from '../db/cypher.ts';
import { isDatabaseTimeout, isDatabaseUnavailable } from '../db/errors.ts';
import { logger } from '../log.ts';
import { MAX_PAGE_BYTES, ReaderError, type ReaderWarning } from './atlas-reader.ts';
import { loadRecords, type StudyOutcome } from './load.ts';
import { ImportStepError, parseOffThread } from './off-thread/pool.ts';
import { summarizePairs } from './pair-votes.ts';
import type { InputUnit, UnitKind } from './parse-unit.ts';
import type { Relation } from './record.ts';
import { RecordError } from './validate.ts';

export { parseUnit, type InputUnit, type UnitKind } from './parse-unit.ts';

/** Text pages up to 5 MB; record files may be far larger (bulk exports). */
export const MAX_RECORD_FILE_BYTES = 512 * 1024 * 1024;

export interface Rejection {
  file: string;
  message: string;
}

export interface ImportSummary {
  dryRun: boolean;
  files: number;
  created: number;
  updated: number;
  unchanged: number;
  findings: number;
  findingsByRelation: Partial<Record<Relation, number>>;
  studies: StudyOutcome[];
  rejected: Rejection[];
  warnings: ReaderWarning[];
}

export interface ImportOptions {
  dryRun?: boolean;
  /** After each unit; `total` is NaN when the units were not given as an array. */
  onUnit?: (done: number, total: number, name: string) => void;
}

export const KIND_BY_EXTENSION: Record<string, UnitKind> = { '.txt': 'page', '.json': 'json', '.jsonl': 'jsonl' };

/**
 * A rejection's message: the reader's and the validator's are located already; a database error is told in our
 * words (its own text holds index and element ids), and logged whole for the operator.
 */
function describeError(error: unknown, unit: string): string {
  if (error instanceof ReaderError || error instanceof RecordError) return error.message;
  if (error instanceof ImportStepError)
    return `${unit}: ${error.message}; nothing was imported (split the input or shorten its lines)`;
  const text = error instanceof Error ? error.message : String(error);
  // The one database error a valid file can meet: a DOI or PMID that another study already has.
  const duplicate = /already exists with label `Study` and property `(doi|pmid)` = '([^']*)'/.exec(text);
  if (duplicate)
    return `${unit}: ${duplicate[1]} ${duplicate[2]} already belongs to another study (expected a unique ${duplicate[1]})`;
  logger.warn({ unit, err: error }, 'import: file rejected by the database or the runtime');
  if (isDatabaseUnavailable(error)) return `${unit}: the database is not reachable; nothing was imported, try again`;
  if (isDatabaseTimeout(error))
    return `${unit}: the import took too long and was stopped; nothing was imported (split the file)`;
  if (/too large to index/i.test(text)) {
    return `${unit}: a name, tag, slug or identifier is too long for the database's index; nothing was imported`;
  }
  if (error instanceof RangeError) return `${unit}: a value is too large to process; nothing was imported`;
  return `${unit}: the database refused the file; nothing was imported (the server log has the details)`;
}

export function emptySummary(dryRun: boolean): ImportSummary {
  return {
    dryRun,
    files: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    findings: 0,
    findingsByRelation: {},
    studies: [],
    rejected: [],
    warnings: [],
  };
}

const RANK: Record<StudyOutcome['status'], number> = { unchanged: 0, updated: 1, created: 2 };

/**
 * One outcome per study for the whole run: a study created by one file and extended by another was created;
 * its findings are those after the last file that named it.
 */
const studyIndex = new WeakMap<ImportSummary, Map<string, number>>();

function tally(summary: ImportSummary, outcomes: StudyOutcome[]): void {
  let indexBySlug = studyIndex.get(summary);
  if (!indexBySlug) studyIndex.set(summary, (indexBySlug = new Map()));
  for (const outcome of outcomes) {
    const index = indexBySlug.get(outcome.slug);
    if (index === undefined) {
      indexBySlug.set(outcome.slug, summary.studies.length);
      summary.studies.push(outcome);
      continue;
    }
    const seen = summary.studies[index]!;
    summary.studies[index] = {
      ...outcome,
      status: RANK[seen.status] > RANK[outcome.status] ? seen.status : outcome.status,
    };
  }
  summary.created = summary.updated = summary.unchanged = summary.findings = 0;
  summary.findingsByRelation = {};
  for (const study of summary.studies) {
    summary[study.status] += 1;
    summary.findings += study.findings;
    for (const [relation, count] of Object.entries(study.findingsByRelation) as [Relation, number][]) {
      summary.findingsByRelation[relation] = (summary.findingsByRelation[relation] ?? 0) + count;
    }
  }
}

/**
 * Import units as one run: each unit in its own transaction, then the pairs they voted on summarized once. `units`
 * may be any iterable, read one unit at a time (a generator keeps a large run's text out of memory).
 */
export async function importUnits(
  cypher: Cypher,
  units: Iterable<InputUnit>,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const summary = emptySummary(options.dryRun ?? false);
  await importInto(summary, cypher, units, options);
  return summary;
}

async function importInto(
  summary: ImportSummary,
  cypher: Cypher,
  units: Iterable<InputUnit | Rejection>,
  options: ImportOptions,
) {
  // A progress total only when the units are counted up front (an array).
  const total = Array.isArray(units) ? units.length : Number.NaN;
  let done = 0;
  const touchedPairs = new Set<string>();
  for (const unit of units) {
    summary.files += 1;
    if ('message' in unit) summary.rejected.push(unit);
    else for (const id of await importUnit(summary, cypher, unit)) touchedPairs.add(id);
    done += 1;
    options.onUnit?.(done, total, 'name' in unit ? unit.name : unit.file);
  }
  await summarizeTouchedPairs(cypher, touchedPairs);
}

/**
 * The kept answers of the pairs the run's inputs voted on, once for the whole run (src/ingest/pair-votes.ts). They
 * are an optimisation, never the truth: if this fails after the inputs committed, the pairs are answered from their
 * votes until the next start-up summarizes them (refreshPairEvidence), and the import itself stands.
 */
async function summarizeTouchedPairs(cypher: Cypher, pairIds: Set<string>): Promise<void> {
  if (pairIds.size === 0) return;
  try {
    await summarizePairs(cypher, pairIds);
  } catch (error) {
    logger.warn({ err: error, pairs: pairIds.size }, 'import: pair summaries not written; answered from votes');
  }
}

/**
 * One unit: read in the import worker, then loaded in one transaction; a rejection is recorded in the summary.
 * Returns the pairs of the evidence view its load changed.
 */
async function importUnit(summary: ImportSummary, cypher: Cypher, unit: InputUnit): Promise<string[]> {
  try {
    const outcome = await parseOffThread(unit);
    if ('rejected' in outcome) {
      summary.rejected.push({ file: unit.name, message: outcome.rejected });
      return [];
    }
    const { parsed } = outcome;
    const { outcomes, touchedPairs } = await loadRecords(
      cypher,
      parsed.records.map((record) => ({ record, source: parsed.source })),
      { dryRun: summary.dryRun },
    );
    summary.warnings.push(...parsed.warnings);
    tally(summary, outcomes);
    return touchedPairs;
  } catch (error) {
    summary.rejected.push({ file: unit.name, message: describeError(error, unit.name) });
    return [];
  }
}

/** Files under the paths given: folders recursively (only .txt, .json, .jsonl), in a stable order. */
export function collectInputs(paths: string[]): (InputUnit | Rejection)[] {
  const out: (InputUnit | Rejection)[] = [];
  const visit = (file: string, explicit: boolean) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      out.push({ file, message: `${file}: no such file or folder` });
      return;
    }
    if (stat.isDirectory()) {
      const entries = fs
        .readdirSync(file)
        .filter((name) => !name.startsWith('.'))
        .sort();
      for (const name of entries) visit(path.join(file, name), false);
      return;
    }
    const kind = KIND_BY_EXTENSION[path.extname(file).toLowerCase()];
    if (!kind) {
      if (explicit) out.push({ file, message: `${file}: expected a .txt atlas page or a .json/.jsonl record file` });
      return;
    }
    const limit = kind === 'page' ? MAX_PAGE_BYTES : MAX_RECORD_FILE_BYTES;
    if (stat.size > limit) {
      out.push({
        file,
        message: `${file}: ${(stat.size / 1024 / 1024).toFixed(1)} MB is larger than a ${kind === 'page' ? 'page' : 'record file'} can be (at most ${limit / 1024 / 1024} MB)`,
      });
      return;
    }
    out.push({ name: file, kind, text: fs.readFileSync(file, 'utf8') });
  };
  for (const p of paths) visit(p, true);
  return out;
}

export async function importPaths(
  cypher: Cypher,
  paths: string[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const summary = emptySummary(options.dryRun ?? false);
  await importInto(summary, cypher, collectInputs(paths), options);
  return summary;
}

/** The summary as the CLI prints it. */
export function formatSummary(summary: ImportSummary): string {
  const lines = [
    `${summary.dryRun ? 'dry run: would import' : 'imported'} ${summary.files - summary.rejected.length} of ${summary.files} inputs: ` +
      `${summary.created} studies created, ${summary.updated} updated, ${summary.unchanged} unchanged`,
    `findings: ${summary.findings}` +
      (summary.findings
        ? ` (${Object.entries(summary.findingsByRelation)
            .sort()
            .map(([r, n]) => `${r} ${n}`)
            .join(', ')})`
        : ''),
  ];
  if (summary.warnings.length) {
    lines.push(`warnings: ${summary.warnings.length}`);
    for (const w of summary.warnings) lines.push(`  ${w.file ?? ''}${w.line ? `:${w.line}` : ''}: ${w.message}`);
  }
  if (summary.rejected.length) {
    lines.push(`rejected: ${summary.rejected.length}`);
    for (const r of summary.rejected) lines.push(`  ${r.message}`);
  }
  return lines.join('\n');
}
