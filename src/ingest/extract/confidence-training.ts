// TRAIN/EVAL-ONLY: fits the confidence model (confidence-model.ts) on labelled studies. A training row is one finding
// the ungated extractor emitted, labelled 1 when it matches a hand-labelled triple under the evaluator's own matcher
// (evaluate.ts). Everything is chosen by cross-validation by study inside the training studies, never on studies the
// model is then scored on: the L2 strength (lowest out-of-fold log-loss on a fixed grid) and the gate's threshold
// (highest out-of-fold F0.5, which weighs precision twice as much as recall, counting every labelled triple of the
// training studies so that a gated-out true finding costs recall). With ~20 wrong findings to learn from, one split
// into folds decides by chance, so the cross-validation is repeated over several seeded splits and pooled.

import type { FindingRecord } from '../record.ts';
import { FEATURE_NAMES } from './confidence-features.ts';
import { probabilityOf, type ConfidenceModel, type ModelFeature } from './confidence-model.ts';
import { assignFolds } from './eval-folds.ts';
import { evaluate, type LabelledTriple } from './evaluate.ts';
import type { SentenceCandidates } from './index.ts';
import { fitLogistic } from './logistic.ts';

export interface TrainingRow {
  slug: string;
  features: number[];
  /** 1 when the finding matches a label. */
  correct: number;
}

export interface TrainingSet {
  rows: TrainingRow[];
  /** Labelled triples per study (recall's denominator when the threshold is chosen). */
  labelled: Record<string, number>;
}

/** One row per candidate finding of the labelled studies, labelled by the evaluator's matcher. */
export function trainingSet(
  candidates: Readonly<Record<string, SentenceCandidates[]>>,
  labels: Readonly<Record<string, LabelledTriple[]>>,
  slugs: Iterable<string>,
): TrainingSet {
  const rows: TrainingRow[] = [];
  const labelled: Record<string, number> = {};
  for (const slug of slugs) {
    const found = (candidates[slug] ?? []).flatMap((s) => s.candidates);
    const report = evaluate(
      { [slug]: found.map((c) => c.finding) },
      { [slug]: labels[slug] ?? [] },
      {
        labelType: () => 'unknown',
      },
    );
    const matched = new Set<FindingRecord>(report.bySlug.flatMap((s) => s.matches.map((m) => m.finding)));
    for (const c of found) rows.push({ slug, features: c.features, correct: matched.has(c.finding) ? 1 : 0 });
    labelled[slug] = (labels[slug] ?? []).length;
  }
  return { rows, labelled };
}

/** Standardised logistic regression on the rows: the model without its threshold and provenance. */
export function fitWeights(
  rows: readonly TrainingRow[],
  lambda: number,
): Pick<ConfidenceModel, 'intercept' | 'features'> {
  const d = FEATURE_NAMES.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const row of rows) row.features.forEach((v, j) => (mean[j]! += v / rows.length));
  for (const row of rows) row.features.forEach((v, j) => (scale[j]! += (v - mean[j]!) ** 2 / rows.length));
  // A feature constant on the training rows gets scale 1: it standardises to 0 and its weight stays 0.
  const constant = scale.map((s) => s <= 1e-12);
  const sd = scale.map((s, j) => (constant[j] ? 1 : Math.sqrt(s)));
  const x = rows.map((row) => row.features.map((v, j) => (constant[j] ? 0 : (v - mean[j]!) / sd[j]!)));
  const fit = fitLogistic(
    x,
    rows.map((r) => r.correct),
    lambda,
  );
  const features: ModelFeature[] = FEATURE_NAMES.map((name, j) => ({
    name,
    mean: round(mean[j]!),
    scale: round(sd[j]!),
    weight: round(fit.weights[j]!),
  }));
  return { intercept: round(fit.intercept), features };
}

/** Nine significant digits: the file stays readable and the same data give the same text. */
function round(value: number): number {
  return Number(value.toPrecision(9));
}

/** Each row's probability from a model fitted without its study's fold (k folds by study). */
export function outOfFold(rows: readonly TrainingRow[], lambda: number, k: number, seed = 1): number[] {
  const folds = assignFolds(
    rows.map((r) => r.slug),
    k,
    seed,
  );
  const out = new Array<number>(rows.length).fill(0);
  for (const fold of folds) {
    const held = new Set(fold);
    const model = fitWeights(
      rows.filter((r) => !held.has(r.slug)),
      lambda,
    );
    rows.forEach((row, i) => {
      if (held.has(row.slug)) out[i] = probabilityOf(model, row.features);
    });
  }
  return out;
}

export const LAMBDA_GRID = [0.3, 1, 3, 10, 30] as const;
/** F-beta with beta 0.5: precision counts twice as much as recall. */
export const THRESHOLD_BETA = 0.5;
const INNER_FOLDS = 5;
/** Seeded splits the inner cross-validation is repeated over. */
const INNER_REPEATS = 5;

function logLoss(probabilities: readonly number[], rows: readonly TrainingRow[]): number {
  const eps = 1e-12;
  return (
    -rows.reduce((s, r, i) => {
      const p = Math.min(1 - eps, Math.max(eps, probabilities[i]!));
      return s + (r.correct ? Math.log(p) : Math.log(1 - p));
    }, 0) / rows.length
  );
}

export interface ThresholdPoint {
  threshold: number;
  precision: number;
  recall: number;
  fBeta: number;
  kept: number;
}

/**
 * Precision, recall and F-beta of keeping the findings whose probability is at least each threshold (the distinct
 * probabilities, and 0: keep all). Recall counts against `labelled`, every labelled triple.
 */
export function thresholdCurve(
  probabilities: readonly number[],
  correct: readonly number[],
  labelled: number,
  beta = THRESHOLD_BETA,
): ThresholdPoint[] {
  const order = probabilities.map((p, i) => ({ p, c: correct[i]! })).sort((a, b) => b.p - a.p);
  const points: ThresholdPoint[] = [];
  let kept = 0;
  let hits = 0;
  order.forEach(({ p, c }, i) => {
    kept++;
    hits += c;
    if (i + 1 < order.length && order[i + 1]!.p === p) return;
    const precision = hits / kept;
    const recall = labelled ? hits / labelled : 0;
    const b2 = beta * beta;
    const fBeta = precision + recall ? ((1 + b2) * precision * recall) / (b2 * precision + recall) : 0;
    points.push({ threshold: p, precision, recall, fBeta, kept });
  });
  return points.reverse();
}

/** The threshold of highest F-beta; of equal ones, the lowest (keep more). */
export function chooseThreshold(curve: readonly ThresholdPoint[]): number {
  let best: ThresholdPoint | null = null;
  for (const point of curve) if (!best || point.fBeta > best.fBeta + 1e-12) best = point;
  // A threshold at the lowest probability keeps everything: no gate.
  return best && best !== curve[0] ? best.threshold : 0;
}

export interface TrainingMeta {
  labels: string;
  studies: string;
  extractor: string;
  date: string;
}

/** Fits the model on the rows; the L2 strength and the threshold are chosen by cross-validation inside them. */
export function trainConfidenceModel(set: TrainingSet, meta: TrainingMeta): ConfidenceModel {
  const { rows } = set;
  const studies = Object.keys(set.labelled);
  const k = Math.min(INNER_FOLDS, new Set(rows.map((r) => r.slug)).size);
  if (k < 2) throw new Error('confidence model: training needs findings from at least two studies');
  const seeds = Array.from({ length: INNER_REPEATS }, (_, i) => i + 1);
  const repeated = seeds.flatMap(() => rows);
  const byLambda = LAMBDA_GRID.map((lambda) => {
    // Every row once per repeat, each time predicted by a model fitted without its study's fold.
    const probabilities = seeds.flatMap((seed) => outOfFold(rows, lambda, k, seed));
    return { lambda, probabilities, loss: logLoss(probabilities, repeated) };
  });
  const best = byLambda.reduce((a, b) => (b.loss < a.loss - 1e-12 ? b : a));
  const labelled = Object.values(set.labelled).reduce((a, b) => a + b, 0);
  const threshold = chooseThreshold(
    thresholdCurve(
      best.probabilities,
      repeated.map((r) => r.correct),
      labelled * INNER_REPEATS,
    ),
  );
  return {
    generatedBy: 'scripts/train-confidence.ts (npm run train:confidence)',
    date: meta.date,
    trainedOn: {
      labels: meta.labels,
      studies: meta.studies,
      studyCount: studies.length,
      findings: rows.length,
      correct: rows.reduce((n, r) => n + r.correct, 0),
      labelled,
      extractor: meta.extractor,
    },
    lambda: best.lambda,
    threshold: round(threshold),
    thresholdRule: `highest out-of-fold F${THRESHOLD_BETA} on the training studies (${k} folds by study, ${INNER_REPEATS} seeded splits pooled)`,
    ...fitWeights(rows, best.lambda),
  };
}

export interface ReliabilityBin {
  from: number;
  to: number;
  findings: number;
  /** Mean predicted probability in the bin. */
  predicted: number;
  /** Share of the bin's findings that matched a label. */
  observed: number;
}

/** Predicted against observed precision in equal-width probability bins (empty bins left out). */
export function reliabilityTable(
  probabilities: readonly number[],
  correct: readonly number[],
  bins = 5,
): ReliabilityBin[] {
  const out: ReliabilityBin[] = [];
  for (let b = 0; b < bins; b++) {
    const from = b / bins;
    const to = (b + 1) / bins;
    const inBin = probabilities
      .map((p, i) => ({ p, c: correct[i]! }))
      .filter(({ p }) => p >= from && (b === bins - 1 ? p <= to : p < to));
    if (!inBin.length) continue;
    out.push({
      from,
      to,
      findings: inBin.length,
      predicted: inBin.reduce((s, x) => s + x.p, 0) / inBin.length,
      observed: inBin.reduce((s, x) => s + x.c, 0) / inBin.length,
    });
  }
  return out;
}
