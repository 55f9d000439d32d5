// Measures finding extraction against hand labels: overall, per relation, per entity type, a by-study k-fold
// figure, and comparator/p agreement. How to read it: docs/extraction-eval.md.
//   npm run eval:extraction -- [--atlas DIR | --corpus FILE.json] [--labels FILE] [--verbose] [--errors FILE]
//                              [--folds K] [--seed N] [--record]
//   --folds 0 skips the k-fold figure; --record appends this run's row to docs/extraction-eval.md.
// The k-fold retrains the confidence model for each fold without its studies (eval-folds.ts).

import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  DEFAULT_ATLAS_DIR,
  DEFAULT_LABELS_FILE,
  readEvalCorpus,
  readJsonCorpus,
  readLabels,
} from '../src/ingest/extract/eval-corpus.ts';
import { probabilityOf } from '../src/ingest/extract/confidence-model.ts';
import { reliabilityTable, trainConfidenceModel, trainingSet } from '../src/ingest/extract/confidence-training.ts';
import { kFold } from '../src/ingest/extract/eval-folds.ts';
import { formatErrors, formatReport, markdownRow, type RunInfo } from '../src/ingest/extract/eval-report.ts';
import { evaluate } from '../src/ingest/extract/evaluate.ts';
import { EXTRACTOR, extractFindings } from '../src/ingest/extract/index.ts';
import type { FindingRecord } from '../src/ingest/record.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TABLE_FILE = resolve(ROOT, 'docs/extraction-eval.md');
const TABLE_HEADER = '| date (UTC) | commit | labels | triples |';

const { values: opts } = parseArgs({
  options: {
    atlas: { type: 'string', default: DEFAULT_ATLAS_DIR },
    corpus: { type: 'string' },
    labels: { type: 'string', default: DEFAULT_LABELS_FILE },
    verbose: { type: 'boolean', short: 'v', default: false },
    errors: { type: 'string' },
    folds: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    record: { type: 'boolean', default: false },
  },
});

function integerOption(name: string, text: string): number {
  if (!/^\d+$/.test(text)) throw new Error(`--${name} must be a non-negative integer (got "${text}")`);
  return Number(text);
}

/** The commit the figures belong to; "+dirty" when extraction code or data differ from it. */
function currentCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'data', 'scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head}+dirty` : head;
  } catch {
    return 'unknown';
  }
}

const folds = integerOption('folds', opts.folds);
const seed = integerOption('seed', opts.seed);
/** The input read by `read`; a bad path or file ends the run with the reader's message, not a stack. */
function input<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

const studies = input(() => (opts.corpus ? readJsonCorpus(opts.corpus) : readEvalCorpus(opts.atlas)));
const labels = input(() => readLabels(opts.labels));
const unlabelledStudies = studies.filter((s) => !(s.slug in labels)).map((s) => s.slug);
const missingStudies = Object.keys(labels).filter((slug) => !studies.some((s) => s.slug === slug));
if (missingStudies.length)
  console.warn(`labelled slugs with no Observed Findings under ${opts.atlas}: ${missingStudies.join(', ')}`);
if (unlabelledStudies.length)
  console.warn(
    `studies with Observed Findings but no labels (their findings count as false): ${unlabelledStudies.join(', ')}`,
  );

const predictions: Record<string, FindingRecord[]> = {};
let unstructured = 0;
for (const study of studies) {
  const result = extractFindings(study);
  predictions[study.slug] = result.findings;
  unstructured += result.unstructured.length;
}
const report = evaluate(predictions, labels);
// Each fold's confidence model is trained on the other folds' studies of this labels file only; every held-out
// finding's probability under its fold's model, with whether it matched, gives the k-fold reliability table.
const heldOutScores: { probability: number; correct: number }[] = [];
const kfold =
  folds > 0
    ? kFold(studies, labels, {
        k: folds,
        seed,
        trainModel: (candidates, foldLabels) =>
          trainConfidenceModel(trainingSet(candidates, foldLabels, Object.keys(candidates)), {
            labels: relative(ROOT, resolve(opts.labels)),
            studies: 'the other folds',
            extractor: EXTRACTOR.version,
            date: '',
          }),
        onFold: (candidates, model) => {
          for (const row of trainingSet(candidates, labels, Object.keys(candidates)).rows)
            heldOutScores.push({ probability: probabilityOf(model, row.features), correct: row.correct });
        },
      })
    : null;

const run: RunInfo = {
  date: new Date().toISOString().slice(0, 16).replace('T', ' '),
  commit: currentCommit(),
  dataset: relative(ROOT, resolve(opts.labels)),
  studies: studies.length,
  sentences: studies.reduce((n, s) => n + s.observedFindings.length, 0),
  unstructured,
};
console.log(formatReport(run, report, kfold));
if (heldOutScores.length) {
  console.log('\nconfidence reliability, k-fold (each fold scored by a model trained without it; ungated findings)');
  console.log('probability   findings  mean predicted  observed precision');
  const bins = reliabilityTable(
    heldOutScores.map((s) => s.probability),
    heldOutScores.map((s) => s.correct),
  );
  for (const b of bins)
    console.log(
      `${b.from.toFixed(1)}–${b.to.toFixed(1)}     ${String(b.findings).padStart(8)}  ${b.predicted.toFixed(3).padStart(14)}  ${b.observed.toFixed(3).padStart(18)}`,
    );
}

const errors = formatErrors(report);
if (opts.errors) {
  writeFileSync(opts.errors, errors + '\n');
  console.log(`\nerror list: ${opts.errors}`);
}
if (opts.verbose) console.log(`\n${errors}`);

if (opts.record) {
  const table = readFileSync(TABLE_FILE, 'utf8');
  if (!table.includes(TABLE_HEADER))
    throw new Error(`${TABLE_FILE}: no trend table (expected a row starting "${TABLE_HEADER}")`);
  appendFileSync(TABLE_FILE, `${table.endsWith('\n') ? '' : '\n'}${markdownRow(run, report, kfold)}\n`);
  console.log(`\nrecorded in ${relative(ROOT, TABLE_FILE)}`);
}
