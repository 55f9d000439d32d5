// EVAL-ONLY: scores extracted findings against hand labels (data/labels/findings.json, rules in GUIDE.md beside it).
// A prediction matches a label when the relation is equal (and the sign, where both give one) and subject and
// object each match one of the label's names, ignoring case and punctuation, through the entity's name or
// synonyms (a finding with a time point through those names at it, "NK cytotoxicity at 6 months", as the label sets
// name the same comparison at several time points). Matching is greedy and one-to-one within a slug: predictions in
// order, each takes an unmatched label it fits, preferring one whose comparator and p also agree (so that the
// secondary figures pair like with like).
// Comparator and p never decide a match: they are scored separately on the matched pairs.

import type { EntityRef, FindingRecord } from '../record.ts';
import type { LabelTriple } from './eval-corpus.ts';
import { lookupLexicon, type LexiconName } from './lexicon.ts';
import { parsePValues } from './statistics.ts';
import { normaliseKey } from './text.ts';

export type LabelledTriple = LabelTriple;

export interface MatchedPair {
  finding: FindingRecord;
  label: LabelledTriple;
}

export interface SlugScore {
  slug: string;
  truePositives: number;
  matches: MatchedPair[];
  misses: LabelledTriple[];
  falsePositives: FindingRecord[];
}

export interface RelationCounts {
  labels: number;
  predicted: number;
  matched: number;
}

/**
 * Counts for one entity type. Predictions are typed by their own entity, labels by what the extractor's lexicon
 * makes of their names ('unknown' when nothing), so the two sides count matches separately.
 */
export interface TypeCounts {
  labels: number;
  /** Labels of this type that a prediction matched (recall's numerator). */
  labelsMatched: number;
  predicted: number;
  /** Predictions of this type that matched a label (precision's numerator). */
  predictedMatched: number;
}

/** A secondary field (comparator or p) over the matched pairs. */
export interface FieldAgreement {
  /** Matched pairs whose label gives the field. */
  labelled: number;
  /** … of which the prediction gives the same value. */
  correct: number;
  /** … of which the prediction gives none. */
  missing: number;
  /** Matched pairs whose label gives none but the prediction gives one. */
  unlabelled: number;
}

/** Matched, predicted and labelled counts, and the precision, recall and F1 they give. */
export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  truePositives: number;
  predicted: number;
  labelled: number;
}

export interface EvaluationReport extends Scores {
  byRelation: Record<string, RelationCounts>;
  bySubjectType: Record<string, TypeCounts>;
  byObjectType: Record<string, TypeCounts>;
  comparator: FieldAgreement;
  p: FieldAgreement;
  bySlug: SlugScore[];
}

export interface EvaluateOptions {
  /** The entity type of a label's names; defaults to the extractor's lexicon lookup (labelEntityType). */
  labelType?: (names: string[]) => string;
}

const TYPED_LEXICONS: readonly LexiconName[] = ['Biomarker', 'Measure', 'Symptom', 'Condition'];

/** The type the extractor's lexicons give the first of `names` they know, or 'unknown'. */
export function labelEntityType(names: string[]): string {
  for (const name of names) {
    for (const lexicon of TYPED_LEXICONS) if (lookupLexicon(lexicon, name)) return lexicon;
  }
  return 'unknown';
}

/** The entity's names; with a time point, each name at it ("NK cytotoxicity at 6 months", as the GUIDE names it). */
function entityKeys(entity: EntityRef, timePoint?: string | null): Set<string> {
  const names = [entity.name, ...(entity.synonyms ?? [])];
  return new Set(
    names
      .map((name) => (timePoint ? `${name} ${timePoint}` : name))
      .map(normaliseKey)
      .filter(Boolean),
  );
}

function namesMatch(entity: EntityRef, names: string[], timePoint?: string | null): boolean {
  const keys = entityKeys(entity, timePoint);
  return names.some((name) => keys.has(normaliseKey(name)));
}

/** Relations between two measures that read the same either way round ("A correlated with B" = "B with A"). */
const SYMMETRIC_RELATIONS = new Set(['CORRELATES_WITH', 'NOT_CORRELATED_WITH']);

export function findingMatchesLabel(finding: FindingRecord, label: LabelledTriple): boolean {
  if (finding.relation !== label.relation) return false;
  if (finding.sign && label.sign && finding.sign !== label.sign) return false;
  const at = finding.timePoint;
  if (namesMatch(finding.subject, label.subject, at) && namesMatch(finding.object, label.object)) return true;
  return (
    SYMMETRIC_RELATIONS.has(label.relation) &&
    namesMatch(finding.subject, label.object, at) &&
    namesMatch(finding.object, label.subject)
  );
}

/** Same reference group or time point, ignoring case and punctuation. */
export function comparatorAgrees(finding: FindingRecord, label: LabelledTriple): boolean {
  return (
    !!label.comparator && !!finding.comparator && normaliseKey(finding.comparator) === normaliseKey(label.comparator)
  );
}

/** The prediction's p is one printed in the label's p string (one string may hold several: "p<0.043 in males, …"). */
export function pAgrees(finding: FindingRecord, label: LabelledTriple): boolean {
  if (!label.p || finding.pValue == null) return false;
  return parsePValues(label.p).some((p) => p.value === finding.pValue && p.comparator === (finding.pComparator ?? '='));
}

function agreement(
  pairs: MatchedPair[],
  given: (f: FindingRecord) => boolean,
  labelled: (l: LabelledTriple) => boolean,
  agrees: (f: FindingRecord, l: LabelledTriple) => boolean,
): FieldAgreement {
  const out: FieldAgreement = { labelled: 0, correct: 0, missing: 0, unlabelled: 0 };
  for (const { finding, label } of pairs) {
    if (!labelled(label)) {
      if (given(finding)) out.unlabelled++;
      continue;
    }
    out.labelled++;
    if (agrees(finding, label)) out.correct++;
    else if (!given(finding)) out.missing++;
  }
  return out;
}

/** numerator / denominator, and 1 for 0 / 0 (nothing predicted: nothing wrong). */
export function ratio(numerator: number, denominator: number): number {
  return denominator ? numerator / denominator : 1;
}

export function f1Of(precision: number, recall: number): number {
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

export function scoresOf(truePositives: number, predicted: number, labelled: number): Scores {
  const precision = ratio(truePositives, predicted);
  const recall = ratio(truePositives, labelled);
  return { precision, recall, f1: f1Of(precision, recall), truePositives, predicted, labelled };
}

export function evaluate(
  predictions: Record<string, FindingRecord[]>,
  labels: Record<string, LabelledTriple[]>,
  options: EvaluateOptions = {},
): EvaluationReport {
  const labelType = options.labelType ?? labelEntityType;
  const byRelation: Record<string, RelationCounts> = {};
  const bySubjectType: Record<string, TypeCounts> = {};
  const byObjectType: Record<string, TypeCounts> = {};
  const relation = (name: string) => (byRelation[name] ??= { labels: 0, predicted: 0, matched: 0 });
  const typed = (table: Record<string, TypeCounts>, type: string) =>
    (table[type] ??= { labels: 0, labelsMatched: 0, predicted: 0, predictedMatched: 0 });
  const bySlug: SlugScore[] = [];

  for (const slug of new Set([...Object.keys(labels), ...Object.keys(predictions)])) {
    const slugLabels = labels[slug] ?? [];
    const slugPredictions = predictions[slug] ?? [];
    const taken = new Array<boolean>(slugLabels.length).fill(false);
    const hit = new Array<boolean>(slugPredictions.length).fill(false);
    const score: SlugScore = { slug, truePositives: 0, matches: [], misses: [], falsePositives: [] };
    for (const label of slugLabels) relation(label.relation).labels++;
    slugPredictions.forEach((finding, at) => {
      relation(finding.relation).predicted++;
      let index = -1;
      let best = -1;
      slugLabels.forEach((label, i) => {
        if (taken[i] || !findingMatchesLabel(finding, label)) return;
        const secondary = Number(comparatorAgrees(finding, label)) + Number(pAgrees(finding, label));
        if (secondary > best) [index, best] = [i, secondary];
      });
      if (index >= 0) {
        taken[index] = true;
        hit[at] = true;
        score.truePositives++;
        score.matches.push({ finding, label: slugLabels[index]! });
        relation(finding.relation).matched++;
      } else {
        score.falsePositives.push(finding);
      }
    });
    slugLabels.forEach((label, i) => {
      const subject = typed(bySubjectType, labelType(label.subject));
      const object = typed(byObjectType, labelType(label.object));
      subject.labels++;
      object.labels++;
      if (taken[i]) {
        subject.labelsMatched++;
        object.labelsMatched++;
      } else {
        score.misses.push(label);
      }
    });
    slugPredictions.forEach((finding, at) => {
      const subject = typed(bySubjectType, finding.subject.type);
      const object = typed(byObjectType, finding.object.type);
      subject.predicted++;
      object.predicted++;
      if (hit[at]) {
        subject.predictedMatched++;
        object.predictedMatched++;
      }
    });
    bySlug.push(score);
  }

  const truePositives = bySlug.reduce((n, s) => n + s.truePositives, 0);
  const predicted = Object.values(predictions).reduce((n, list) => n + list.length, 0);
  const labelled = Object.values(labels).reduce((n, list) => n + list.length, 0);
  const pairs = bySlug.flatMap((s) => s.matches);
  return {
    ...scoresOf(truePositives, predicted, labelled),
    byRelation,
    bySubjectType,
    byObjectType,
    comparator: agreement(
      pairs,
      (f) => !!f.comparator,
      (l) => !!l.comparator,
      comparatorAgrees,
    ),
    p: agreement(
      pairs,
      (f) => f.pValue != null,
      (l) => !!l.p,
      pAgrees,
    ),
    bySlug,
  };
}
