// Trains the extraction confidence model (src/ingest/extract/confidence-model.ts) and writes data/model/confidence.json.
//   npm run train:confidence -- [--all] [--date YYYY-MM-DD] [--out FILE]
// By default it trains on the tuning two thirds of the dev studies (eval-split.ts), so that the held-out third stays
// unseen by the weights, the L2 strength and the threshold; --all trains on every dev study. Each training study's
// findings are extracted as in the k-fold evaluation, with the vocabulary only its fold's sentences use switched off,
// so that the model learns from findings read as if unseen, not from sentences the lexicons were fitted to.

import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CONFIDENCE_MODEL_FILE } from '../src/ingest/extract/confidence-model.ts';
import { trainConfidenceModel, trainingSet } from '../src/ingest/extract/confidence-training.ts';
import { DEFAULT_LABELS_FILE, readEvalCorpus, readLabels } from '../src/ingest/extract/eval-corpus.ts';
import { heldOutCandidates } from '../src/ingest/extract/eval-folds.ts';
import { isHoldoutStudy } from '../src/ingest/extract/eval-split.ts';
import { EXTRACTOR } from '../src/ingest/extract/index.ts';

/** Folds of the training studies whose own vocabulary is switched off while each is read. */
const TRAINING_FOLDS = 5;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const { values: opts } = parseArgs({
  options: {
    all: { type: 'boolean', default: false },
    date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    out: { type: 'string', default: CONFIDENCE_MODEL_FILE },
  },
});
if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) throw new Error(`--date must be YYYY-MM-DD (got "${opts.date}")`);

const labels = readLabels(DEFAULT_LABELS_FILE);
const studies = readEvalCorpus().filter((s) => s.slug in labels && (opts.all || !isHoldoutStudy(s.slug)));
const set = trainingSet(
  heldOutCandidates(studies, TRAINING_FOLDS, 1),
  labels,
  studies.map((s) => s.slug),
);
const model = trainConfidenceModel(set, {
  labels: relative(ROOT, DEFAULT_LABELS_FILE),
  studies: opts.all
    ? 'every labelled dev study'
    : 'the tuning two thirds of the dev studies (first byte of sha1(slug) % 3 ≠ 0)',
  extractor: `${EXTRACTOR.version}, each study read with the vocabulary only its fold uses switched off (${TRAINING_FOLDS} folds by study, seed 1)`,
  date: opts.date,
});
writeFileSync(opts.out, JSON.stringify(model, null, 2) + '\n');

const t = model.trainedOn;
console.log(
  `${t.studyCount} studies, ${t.findings} findings (${t.correct} right), ${t.labelled} labels; ` +
    `lambda ${model.lambda}, threshold ${model.threshold}`,
);
for (const f of [...model.features].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)))
  console.log(`  ${f.weight >= 0 ? '+' : ''}${f.weight.toFixed(3).padStart(7)}  ${f.name}`);
console.log(`wrote ${relative(ROOT, opts.out)}`);
