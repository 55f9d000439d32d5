// The extraction confidence: the probability, under a logistic regression over the features of confidence-features.ts,
// that an emitted finding matches a hand-labelled triple. The weights are generated data (data/model/confidence.json,
// written by `npm run train:confidence`, scripts/train-confidence.ts); a finding whose probability is below the
// model's threshold is not emitted (the precision gate in index.ts).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FEATURE_NAMES } from './confidence-features.ts';
import { sigmoid } from './logistic.ts';

export interface ModelFeature {
  name: string;
  /** Standardisation: the feature enters as (value − mean) / scale. */
  mean: number;
  scale: number;
  weight: number;
}

export interface ConfidenceModel {
  generatedBy: string;
  /** ISO date of the training run. */
  date: string;
  trainedOn: {
    labels: string;
    studies: string;
    studyCount: number;
    /** Findings the ungated extractor emitted on those studies, and how many matched a label. */
    findings: number;
    correct: number;
    labelled: number;
    extractor: string;
  };
  lambda: number;
  /** Findings with a probability below this are not emitted. */
  threshold: number;
  thresholdRule: string;
  intercept: number;
  features: ModelFeature[];
}

export const CONFIDENCE_MODEL_FILE = fileURLToPath(new URL('../../../data/model/confidence.json', import.meta.url));

/** Checks a model read from JSON against the features this code computes, with a specific error for each fault. */
export function checkConfidenceModel(model: ConfidenceModel, source: string): ConfidenceModel {
  const names = model.features?.map((f) => f.name) ?? [];
  if (names.join('\n') !== FEATURE_NAMES.join('\n'))
    throw new Error(
      `${source}: the model's features (${names.length}) are not the extractor's (${FEATURE_NAMES.length}); ` +
        'retrain it with `npm run train:confidence`',
    );
  const numbers = [model.intercept, model.threshold, ...model.features.flatMap((f) => [f.mean, f.scale, f.weight])];
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n)))
    throw new Error(`${source}: a weight, mean, scale, intercept or threshold is not a finite number`);
  if (model.features.some((f) => !(f.scale > 0))) throw new Error(`${source}: a feature scale is not positive`);
  return model;
}

let loaded: ConfidenceModel | null = null;

/** The shipped model, read once. */
export function confidenceModel(): ConfidenceModel {
  if (!loaded) {
    const model = JSON.parse(readFileSync(CONFIDENCE_MODEL_FILE, 'utf8')) as ConfidenceModel;
    loaded = checkConfidenceModel(model, CONFIDENCE_MODEL_FILE);
  }
  return loaded;
}

/** The model's probability that a finding with these features (FEATURE_NAMES order) is right. */
export function probabilityOf(
  model: Pick<ConfidenceModel, 'intercept' | 'features'>,
  features: readonly number[],
): number {
  let z = model.intercept;
  model.features.forEach((f, i) => {
    z += f.weight * ((features[i]! - f.mean) / f.scale);
  });
  return sigmoid(z);
}
