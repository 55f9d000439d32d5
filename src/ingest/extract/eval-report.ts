// EVAL-ONLY: the printed form of an extraction evaluation (scripts/eval-extraction.ts): the summary tables, the
// error list, and the row appended to the trend table in docs/extraction-eval.md.

import type { KFoldReport, Spread } from './eval-folds.ts';
import {
  comparatorAgrees,
  f1Of,
  pAgrees,
  ratio,
  scoresOf,
  type EvaluationReport,
  type Scores,
  type FieldAgreement,
  type LabelledTriple,
  type TypeCounts,
} from './evaluate.ts';
import type { FindingRecord } from '../record.ts';

export interface RunInfo {
  date: string;
  commit: string;
  /** The labels file, as a path relative to the repository. */
  dataset: string;
  studies: number;
  sentences: number;
  unstructured: number;
}

/** Short relation names for the trend table (its legend is in docs/extraction-eval.md). */
export const RELATION_ABBREVIATIONS: Record<string, string> = {
  ELEVATED_IN: 'EL',
  REDUCED_IN: 'RE',
  NOT_DIFFERENT_IN: 'ND',
  CORRELATES_WITH: 'CO',
  NOT_CORRELATED_WITH: 'NC',
  DISCRIMINATES: 'DI',
  ASSOCIATED_WITH: 'AS',
};

const num = (x: number) => x.toFixed(3);
const cell = (value: string | number, width: number) => String(value).padStart(width);

function spreadText(label: string, s: Spread): string {
  return `${label} ${num(s.min)}–${num(s.max)} (sd ${num(s.sd)})`;
}

function agreementText(name: string, a: FieldAgreement): string {
  const wrong = a.labelled - a.correct - a.missing;
  return (
    `${name} on matched triples: label gives one ${a.labelled}, agree ${a.correct} (${num(ratio(a.correct, a.labelled))}), ` +
    `none predicted ${a.missing}, other value ${wrong}; predicted where the label has none ${a.unlabelled}`
  );
}

function typeTable(title: string, table: Record<string, TypeCounts>): string[] {
  const lines = [
    `${title.padEnd(16)} ${cell('labels', 7)} ${cell('found', 6)} ${cell('findings', 9)} ${cell('correct', 8)} ${cell('P', 6)} ${cell('R', 6)}`,
  ];
  for (const [type, c] of Object.entries(table).sort(([a], [b]) => a.localeCompare(b))) {
    const p = c.predicted ? num(c.predictedMatched / c.predicted) : '–';
    const r = c.labels ? num(c.labelsMatched / c.labels) : '–';
    lines.push(
      `${type.padEnd(16)} ${cell(c.labels, 7)} ${cell(c.labelsMatched, 6)} ${cell(c.predicted, 9)} ${cell(c.predictedMatched, 8)} ${cell(p, 6)} ${cell(r, 6)}`,
    );
  }
  return lines;
}

/** The overall run's figure on one fold's studies, for comparison with the fold's held-out figure. */
function inSample(report: EvaluationReport, slugs: readonly string[]): Scores {
  const mine = report.bySlug.filter((s) => slugs.includes(s.slug));
  const sum = (pick: (s: (typeof mine)[number]) => number) => mine.reduce((n, s) => n + pick(s), 0);
  return scoresOf(
    sum((s) => s.truePositives),
    sum((s) => s.truePositives + s.falsePositives.length),
    sum((s) => s.truePositives + s.misses.length),
  );
}

export function formatReport(run: RunInfo, report: EvaluationReport, kfold: KFoldReport | null): string {
  const lines = [
    `labels ${run.dataset} · commit ${run.commit} · ${run.date}`,
    `studies ${run.studies} · sentences ${run.sentences} · unstructured ${run.unstructured} · ` +
      `labels ${report.labelled} · findings ${report.predicted} · matched ${report.truePositives}`,
    '',
    `${''.padEnd(24)} ${cell('P', 6)} ${cell('R', 6)} ${cell('F1', 6)}`,
    `${'overall'.padEnd(24)} ${cell(num(report.precision), 6)} ${cell(num(report.recall), 6)} ${cell(num(report.f1), 6)}`,
  ];
  if (kfold) {
    lines.push(
      `${`k-fold by study (k=${kfold.k})`.padEnd(24)} ${cell(num(kfold.precision), 6)} ${cell(num(kfold.recall), 6)} ${cell(num(kfold.f1), 6)}` +
        `   ${spreadText('P', kfold.precisionSpread)} · ${spreadText('R', kfold.recallSpread)}`,
      '',
      `fold  studies  lexicon off  cues off  labels  findings  matched      P      R   in-sample P      R   (seed ${kfold.seed})`,
      ...kfold.folds.map((f, i) => {
        const own = inSample(report, f.slugs);
        return (
          `${cell(i + 1, 4)} ${cell(f.slugs.length, 8)} ${cell(f.lexiconFormsOff, 12)} ${cell(f.cueItemsOff, 9)} ${cell(f.labelled, 7)} ` +
          `${cell(f.predicted, 9)} ${cell(f.truePositives, 8)} ${cell(num(f.precision), 6)} ${cell(num(f.recall), 6)} ` +
          `${cell(num(own.precision), 11)} ${cell(num(own.recall), 6)}`
        );
      }),
    );
  }
  lines.push(
    '',
    `${'relation'.padEnd(24)} ${cell('labels', 7)} ${cell('findings', 9)} ${cell('matched', 8)} ${cell('P', 6)} ${cell('R', 6)} ${cell('F1', 6)}`,
  );
  for (const [relation, c] of Object.entries(report.byRelation).sort(([a], [b]) => a.localeCompare(b))) {
    const p = ratio(c.matched, c.predicted);
    const r = ratio(c.matched, c.labels);
    lines.push(
      `${relation.padEnd(24)} ${cell(c.labels, 7)} ${cell(c.predicted, 9)} ${cell(c.matched, 8)} ` +
        `${cell(c.predicted ? num(p) : '–', 6)} ${cell(c.labels ? num(r) : '–', 6)} ${cell(num(f1Of(p, r)), 6)}`,
    );
  }
  lines.push(
    '',
    ...typeTable('subject type', report.bySubjectType),
    '',
    ...typeTable('object type', report.byObjectType),
  );
  lines.push('', agreementText('comparator', report.comparator), agreementText('p', report.p));
  return lines.join('\n');
}

const triple = (subject: string, relation: string, sign: string | null | undefined, object: string) =>
  `${subject} ${relation}${sign ? `/${sign}` : ''} ${object}`;
const labelTriple = (l: LabelledTriple) => triple(l.subject[0] ?? '?', l.relation, l.sign, l.object[0] ?? '?');
const findingTriple = (f: FindingRecord) => triple(f.subject.name, f.relation, f.sign, f.object.name);
const pOf = (f: FindingRecord) => (f.pValue == null ? 'none' : `p${f.pComparator ?? '='}${f.pValue}`);

/** Misses and false positives with their sentences, and matched triples whose comparator or p disagree. */
export function formatErrors(report: EvaluationReport): string {
  const lines: string[] = [];
  for (const slug of report.bySlug) {
    const mismatches = slug.matches.filter(
      ({ finding, label }) =>
        (label.comparator && !comparatorAgrees(finding, label)) || (label.p && !pAgrees(finding, label)),
    );
    if (!slug.misses.length && !slug.falsePositives.length && !mismatches.length) continue;
    lines.push(
      `## ${slug.slug}  (matched ${slug.truePositives}, missed ${slug.misses.length}, false ${slug.falsePositives.length})`,
    );
    for (const miss of slug.misses) lines.push(`  MISS ${labelTriple(miss)}   « ${miss.sentence}`);
    for (const fp of slug.falsePositives) lines.push(`  FP   ${findingTriple(fp)}   « ${fp.statement}`);
    for (const { finding, label } of mismatches) {
      const fields = [
        label.comparator && !comparatorAgrees(finding, label)
          ? `comparator ${finding.comparator ?? 'none'} (label ${label.comparator})`
          : null,
        label.p && !pAgrees(finding, label) ? `p ${pOf(finding)} (label ${label.p})` : null,
      ];
      lines.push(`  FIELD ${findingTriple(finding)}: ${fields.filter(Boolean).join(', ')}   « ${label.sentence}`);
    }
  }
  return lines.join('\n');
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

/** One row of the trend table in docs/extraction-eval.md. */
export function markdownRow(run: RunInfo, report: EvaluationReport, kfold: KFoldReport | null): string {
  const relations = Object.entries(report.byRelation)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([relation, c]) =>
        `${RELATION_ABBREVIATIONS[relation] ?? relation} ${ratio(c.matched, c.predicted).toFixed(2)}/${ratio(c.matched, c.labels).toFixed(2)}`,
    )
    .join(' · ');
  const kfoldCell = (value: number, s: Spread) => `${num(value)} (${num(s.min)}–${num(s.max)})`;
  const cells = [
    run.date,
    run.commit,
    escapeCell(run.dataset),
    String(report.labelled),
    num(report.precision),
    num(report.recall),
    num(report.f1),
    kfold ? kfoldCell(kfold.precision, kfold.precisionSpread) : '–',
    kfold ? kfoldCell(kfold.recall, kfold.recallSpread) : '–',
    num(ratio(report.comparator.correct, report.comparator.labelled)),
    num(ratio(report.p.correct, report.p.labelled)),
    relations,
  ];
  return `| ${cells.join(' | ')} |`;
}
