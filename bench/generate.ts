// Synthetic atlas-like corpus for the benchmarks: canonical StudyRecords (src/ingest/record.ts) with explicit,
// curated-style findings. Deterministic for a seed. Entity names are drawn Zipf-distributed from the real lexicons
// (data/lexicon) followed by a synthetic long tail, so a few biomarkers (IL-6, NK-cell cytotoxicity…) and symptoms
// (fatigue, pain…) dominate, as in the atlas. 3–8 findings a study, mixed relations, evidence levels and designs.
//
//   npx tsx bench/generate.ts --studies 6000 --out /tmp/atlas-1x.jsonl [--seed 42]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityRef, EntityType, FindingRecord, Relation, StudyRecord } from '../src/ingest/record.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lexicon = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'lexicon', file), 'utf8')) as { name: string; kind?: string }[];
const tagVocabulary = JSON.parse(fs.readFileSync(path.join(ROOT, 'data', 'vocabulary', 'tags.json'), 'utf8')) as {
  categories: { field: string; values: (string | { name: string })[] }[];
};
const tagValues = (field: string) =>
  tagVocabulary.categories.find((c) => c.field === field)!.values.map((v) => (typeof v === 'string' ? v : v.name));

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Zipf(s) over n ranks by inverse CDF on a precomputed table. */
function zipf(n: number, s: number): (r: () => number) => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) cdf[k] = sum += 1 / Math.pow(k + 1, s);
  for (let k = 0; k < n; k++) cdf[k]! /= sum;
  return (r) => {
    const u = r();
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

interface Pool {
  names: { name: string; kind?: string }[];
  draw: (r: () => number) => number;
}

function pool(type: EntityType, file: string, tail: number, s: number): Pool {
  const names: { name: string; kind?: string }[] = lexicon(file).map((e) => ({
    name: e.name,
    ...(e.kind ? { kind: e.kind } : {}),
  }));
  for (let i = 1; i <= tail; i++) names.push({ name: `${type.toLowerCase()} marker ${i.toString(36)}` });
  return { names, draw: zipf(names.length, s) };
}

const POOLS = {
  Biomarker: pool('Biomarker', 'biomarkers.json', 1500, 1.05),
  Symptom: pool('Symptom', 'symptoms.json', 150, 1.1),
  Condition: pool('Condition', 'conditions.json', 40, 1.6),
  Measure: pool('Measure', 'measures.json', 200, 1.1),
};

const pick = <T>(r: () => number, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
function weighted<T>(r: () => number, items: readonly [T, number][]): T {
  const total = items.reduce((a, [, w]) => a + w, 0);
  let u = r() * total;
  for (const [item, w] of items) if ((u -= w) < 0) return item;
  return items[items.length - 1]![0];
}

const RELATION_WEIGHTS: [Relation, number][] = [
  ['ELEVATED_IN', 30],
  ['REDUCED_IN', 22],
  ['NOT_DIFFERENT_IN', 18],
  ['CORRELATES_WITH', 16],
  ['NOT_CORRELATED_WITH', 5],
  ['DISCRIMINATES', 4],
  ['ASSOCIATED_WITH', 5],
];
const LEVELS = [
  ['E0', 10],
  ['E1', 35],
  ['E2', 40],
  ['E3', 15],
] as const;
const DESIGNS = [
  ['CASE_CONTROL', 45],
  ['CROSS_SECTIONAL', 20],
  ['OBSERVATIONAL', 10],
  ['RCT', 6],
  ['META_ANALYSIS', 3],
  ['SYSTEMATIC_REVIEW', 3],
  ['MECHANISTIC', 6],
  ['OTHER', 7],
] as const;
const PEM = [
  ['REQUIRED', 45],
  ['NOT_REQUIRED', 30],
  ['UNCLEAR', 25],
] as const;
const CONFIDENCE = [
  ['HIGHER', 25],
  ['MODERATE', 45],
  ['PRELIMINARY', 30],
] as const;
const JOURNALS = [
  'J Transl Med',
  'Front Immunol',
  'PLoS One',
  'Sci Rep',
  'Brain Behav Immun',
  'Int J Mol Sci',
  'Clin Exp Immunol',
  'Fatigue',
];
const SURNAMES = [
  'Hussein',
  'Nacul',
  'Klimas',
  'Hornig',
  'Lipkin',
  'Scheibenbogen',
  'Montoya',
  'Davis',
  'Wirth',
  'Fluge',
  'Mella',
  'Komaroff',
  'Sotzny',
  'Bateman',
  'Cliff',
  'Naviaux',
];
const WORDS = [
  'plasma',
  'serum',
  'cohort',
  'patients',
  'controls',
  'exertion',
  'immune',
  'metabolic',
  'profile',
  'signature',
  'analysis',
  'pilot',
  'longitudinal',
  'severity',
  'biomarker',
  'response',
];

const entity = (type: EntityType, r: () => number): EntityRef => {
  const e = POOLS[type].names[POOLS[type].draw(r)]!;
  return { type, name: e.name, ...(e.kind ? { kind: e.kind } : {}) };
};

function finding(r: () => number, primary: EntityRef): FindingRecord {
  const relation = weighted(r, RELATION_WEIGHTS);
  const correlational = relation === 'CORRELATES_WITH' || relation === 'NOT_CORRELATED_WITH';
  const subject = r() < 0.8 ? entity('Biomarker', r) : entity('Measure', r);
  const object = correlational
    ? r() < 0.75
      ? entity('Symptom', r)
      : entity('Measure', r)
    : r() < 0.85
      ? primary
      : entity('Condition', r);
  const significant = relation === 'NOT_DIFFERENT_IN' || relation === 'NOT_CORRELATED_WITH' ? false : r() < 0.85;
  const pValue = significant ? Number((r() * 0.049 + 0.0001).toFixed(4)) : Number((0.05 + r() * 0.9).toFixed(3));
  const sampleSize = 12 + Math.floor(r() * 300);
  const f: FindingRecord = {
    statement: `${subject.name} was ${relation.toLowerCase().replaceAll('_', ' ')} ${object.name} (p ${significant ? '<' : '='} ${pValue}).`,
    subject,
    relation,
    object,
    comparator: correlational ? null : 'healthy controls',
    pValue,
    pComparator: significant ? '<' : '=',
    significant,
    sampleSize,
    extraction: {
      agent: 'bench-curator',
      version: '1',
      confidence: Number((0.6 + r() * 0.4).toFixed(2)),
      curated: true,
    },
  };
  if (relation === 'CORRELATES_WITH') f.sign = r() < 0.7 ? 'POSITIVE' : 'NEGATIVE';
  if (correlational) {
    f.effectType = 'r';
    f.effectSize = Number(
      (((relation === 'CORRELATES_WITH' ? 0.25 : 0) + r() * 0.4) * (f.sign === 'NEGATIVE' ? -1 : 1)).toFixed(3),
    );
  } else if (relation !== 'ASSOCIATED_WITH' && r() < 0.6) {
    const n1 = Math.max(5, Math.floor(sampleSize / 2));
    const d = (relation === 'REDUCED_IN' ? -1 : relation === 'ELEVATED_IN' ? 1 : 0) * (0.2 + r()) + (r() - 0.5) * 0.2;
    f.groups = [
      { mean: Number((10 + d).toFixed(3)), sd: 1, n: n1 },
      { mean: 10, sd: 1, n: sampleSize - n1 },
    ];
    f.effectType = 'mean difference';
    f.effectSize = Number(d.toFixed(3));
  }
  return f;
}

export function generateStudy(index: number, seed = 42): StudyRecord {
  const r = rng(seed * 1_000_003 + index);
  const primary = r() < 0.8 ? { type: 'Condition' as const, name: 'ME/CFS' } : entity('Condition', r);
  const findings = Array.from({ length: 3 + Math.floor(r() * 6) }, () => finding(r, primary));
  const lead = findings[0]!.subject.name;
  const year = 1995 + Math.floor(Math.pow(r(), 0.5) * 31);
  const surname = pick(r, SURNAMES);
  const title = `${lead} and ${findings[0]!.object.name}: ${pick(r, WORDS)} ${pick(r, WORDS)} in a ${pick(r, WORDS)} study`;
  const slug = `${surname.toLowerCase()}-${year}-s${index.toString(36)}`;
  return {
    slug,
    title,
    authors: [`${surname}, A`, `${pick(r, SURNAMES)}, B`],
    authorsTruncated: r() < 0.5,
    journal: pick(r, JOURNALS),
    year,
    doi: `10.5555/bench.${index}`,
    pmid: String(30_000_000 + index),
    evidenceLevel: weighted(
      r,
      LEVELS.map(([a, b]) => [a, b] as [typeof a, number]),
    ),
    confidence: weighted(
      r,
      CONFIDENCE.map(([a, b]) => [a, b] as [typeof a, number]),
    ),
    pemCriterion: weighted(
      r,
      PEM.map(([a, b]) => [a, b] as [typeof a, number]),
    ),
    design: weighted(
      r,
      DESIGNS.map(([a, b]) => [a, b] as [typeof a, number]),
    ),
    peerReviewed: r() < 0.9,
    reviewStatus: r() < 0.3 ? 'REVIEWED' : 'MACHINE_DRAFT',
    sampleSize: findings[0]!.sampleSize ?? null,
    controlGroup: r() < 0.8,
    summary: `This ${pick(r, WORDS)} study of ${findings[0]!.sampleSize} participants examined ${findings
      .map((f) => f.subject.name)
      .join(', ')} in ${primary.name}. ${pick(r, WORDS)} ${pick(r, WORDS)} ${pick(r, WORDS)}.`,
    whyItMatters: `It adds ${pick(r, WORDS)} evidence.`,
    observedFindings: findings.map((f) => f.statement),
    lastUpdated: `2025-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`,
    retracted: r() < 0.003,
    sourceUrls: [`https://example.org/study/${slug}`],
    tags: {
      symptoms: [
        ...new Set(Array.from({ length: Math.floor(r() * 4) }, () => pick(r, tagValues('symptoms').slice(0, 8)))),
      ],
      biomarkerClasses: [
        ...new Set(Array.from({ length: 1 + Math.floor(r() * 2) }, () => pick(r, tagValues('biomarkerClasses')))),
      ],
      methodFlags: [
        ...new Set(Array.from({ length: Math.floor(r() * 3) }, () => pick(r, tagValues('methodFlags').slice(0, 10)))),
      ],
    },
    findings,
  };
}

export function* generateStudies(count: number, seed = 42, from = 0): Generator<StudyRecord> {
  for (let i = from; i < from + count; i++) yield generateStudy(i, seed);
}

/** JSONL text of `count` studies starting at `from`. */
export function jsonl(count: number, seed = 42, from = 0): string {
  let out = '';
  for (const record of generateStudies(count, seed, from)) out += `${JSON.stringify(record)}\n`;
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1]! : fallback;
  };
  const count = Number(arg('studies', '6000'));
  const out = arg('out', `bench-${count}.jsonl`);
  const seed = Number(arg('seed', '42'));
  const fd = fs.openSync(out, 'w');
  for (let from = 0; from < count; from += 5000) fs.writeSync(fd, jsonl(Math.min(5000, count - from), seed, from));
  fs.closeSync(fd);
  console.error(`wrote ${count} studies to ${out}`);
}
