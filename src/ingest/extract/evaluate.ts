// Scores extracted findings against hand labels (data/atlas/labels/findings.json). A prediction matches a label
// when the relation is equal (and the sign, where both give one) and subject and object each match one of the
// label's names, ignoring case and punctuation, through the entity's name or synonyms. Matching is greedy and
// one-to-one within a slug: predictions in order, each takes the first unmatched label it fits.

import type { EntityRef, FindingRecord } from '../record.ts';
import { normaliseKey } from './text.ts';

export interface LabelledTriple {
  sentence: string;
  subject: string[];
  relation: string;
  sign?: string;
  object: string[];
}

export interface SlugScore {
  slug: string;
  truePositives: number;
  misses: LabelledTriple[];
  falsePositives: FindingRecord[];
}

export interface RelationCounts {
  labels: number;
  predicted: number;
  matched: number;
}

export interface EvaluationReport {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  predicted: number;
  labelled: number;
  byRelation: Record<string, RelationCounts>;
  bySlug: SlugScore[];
}

function entityKeys(entity: EntityRef): Set<string> {
  return new Set([entity.name, ...(entity.synonyms ?? [])].map(normaliseKey).filter(Boolean));
}

function namesMatch(entity: EntityRef, names: string[]): boolean {
  const keys = entityKeys(entity);
  return names.some((name) => keys.has(normaliseKey(name)));
}

export function findingMatchesLabel(finding: FindingRecord, label: LabelledTriple): boolean {
  if (finding.relation !== label.relation) return false;
  if (finding.sign && label.sign && finding.sign !== label.sign) return false;
  return namesMatch(finding.subject, label.subject) && namesMatch(finding.object, label.object);
}

export function evaluate(
  predictions: Record<string, FindingRecord[]>,
  labels: Record<string, LabelledTriple[]>,
): EvaluationReport {
  const byRelation: Record<string, RelationCounts> = {};
  const count = (relation: string) => (byRelation[relation] ??= { labels: 0, predicted: 0, matched: 0 });
  const bySlug: SlugScore[] = [];
  let truePositives = 0;
  let predicted = 0;
  let labelled = 0;

  for (const slug of new Set([...Object.keys(labels), ...Object.keys(predictions)])) {
    const slugLabels = labels[slug] ?? [];
    const slugPredictions = predictions[slug] ?? [];
    const taken = new Array<boolean>(slugLabels.length).fill(false);
    const score: SlugScore = { slug, truePositives: 0, misses: [], falsePositives: [] };
    for (const label of slugLabels) count(label.relation).labels++;
    for (const finding of slugPredictions) {
      count(finding.relation).predicted++;
      const index = slugLabels.findIndex((label, i) => !taken[i] && findingMatchesLabel(finding, label));
      if (index >= 0) {
        taken[index] = true;
        score.truePositives++;
        count(finding.relation).matched++;
      } else {
        score.falsePositives.push(finding);
      }
    }
    score.misses = slugLabels.filter((_, i) => !taken[i]);
    truePositives += score.truePositives;
    predicted += slugPredictions.length;
    labelled += slugLabels.length;
    bySlug.push(score);
  }
  const precision = predicted ? truePositives / predicted : 1;
  const recall = labelled ? truePositives / labelled : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, truePositives, predicted, labelled, byRelation, bySlug };
}
