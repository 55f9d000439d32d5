// A finding's qualifiers (the population a claim holds in, the time point it is stated at) travel from the record
// through the graph to the API and the exports, and each tells apart two findings that differ only in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportParams } from '../../src/export/filter.ts';
import { exportChunks } from '../../src/export/formats.ts';
import { importUnits } from '../../src/ingest/import.ts';
import { clearGraph, graphql, testDatabase, testYoga } from './helpers.ts';

const db = testDatabase();
const yoga = testYoga(db.cypher);
const extraction = { agent: 'curator:test', version: '1', confidence: 1, curated: true };

/** One study whose findings differ only in the qualifier, and the qualifier's GraphQL field and export columns. */
interface QualifierCase {
  field: 'population' | 'timePoint';
  csvColumn: string;
  slug: string;
  statement: string;
  findings: { relation: string; value: string }[];
}

const CASES: QualifierCase[] = [
  {
    field: 'population',
    csvColumn: 'population',
    slug: 'population-2024-test',
    statement: 'Plasma lactate correlated with heart rate in controls but not in ME/CFS patients.',
    findings: [
      { relation: 'CORRELATES_WITH', value: 'controls' },
      { relation: 'NOT_CORRELATED_WITH', value: 'ME/CFS patients' },
      { relation: 'CORRELATES_WITH', value: 'ME/CFS patients' },
    ],
  },
  {
    field: 'timePoint',
    csvColumn: 'time_point',
    slug: 'time-point-2024-test',
    statement: 'Plasma lactate was lower than in controls at week 4 (p = 0.01) but not at week 12 (p = 0.4).',
    findings: [
      { relation: 'REDUCED_IN', value: 'at week 4' },
      { relation: 'NOT_DIFFERENT_IN', value: 'at week 12' },
      { relation: 'REDUCED_IN', value: 'at week 12' },
    ],
  },
];

function record(c: QualifierCase) {
  const correlation = (relation: string) => relation.includes('CORRELATED') || relation === 'CORRELATES_WITH';
  return {
    slug: c.slug,
    title: `Lactate (${c.field})`,
    year: 2024,
    findings: c.findings.map(({ relation, value }) => ({
      statement: c.statement,
      subject: { type: 'Biomarker', name: 'lactate' },
      relation,
      ...(relation === 'CORRELATES_WITH' ? { sign: 'UNSPECIFIED' } : {}),
      object: correlation(relation) ? { type: 'Measure', name: 'heart rate' } : { type: 'Condition', name: 'ME/CFS' },
      [c.field]: value,
      extraction,
    })),
  };
}

beforeAll(async () => {
  await clearGraph(db.cypher);
  const summary = await importUnits(db.cypher, [
    { name: 'qualifiers.json', kind: 'json', text: JSON.stringify(CASES.map(record)) },
  ]);
  expect(summary.rejected).toEqual([]);
});

afterAll(async () => {
  await clearGraph(db.cypher);
  await db.driver.close();
});

const expected = (c: QualifierCase) => c.findings.map((f) => `${f.relation} ${f.value}`).sort();

describe.each(CASES)('Finding.$field', (c) => {
  it('is stored and served per finding; findings that differ only in it stay apart', async () => {
    const { data } = await graphql<{ study: { findings: Record<string, string | null>[] } }>(
      yoga,
      `{ study(slug: "${c.slug}") { findings { relation ${c.field} } } }`,
    );
    expect(data!.study.findings.map((f) => `${f['relation']} ${f[c.field]}`).sort()).toEqual(expected(c));
  });

  it('is a column of the CSV export and a field of the JSONL export', async () => {
    let csv = '';
    for await (const chunk of exportChunks(db.cypher, 'csv', exportParams({}))) csv += chunk;
    const [header, ...rows] = csv.trim().split('\r\n');
    const columns = header!.split(',');
    const [relation, column, slug] = ['relation', c.csvColumn, 'study_slug'].map((name) => columns.indexOf(name));
    expect(column).toBeGreaterThan(0);
    const ours = rows.map((row) => row.split(',')).filter((cells) => cells[slug!] === c.slug);
    expect(ours.map((cells) => `${cells[relation!]} ${cells[column!]}`).sort()).toEqual(expected(c));
    let jsonl = '';
    for await (const chunk of exportChunks(db.cypher, 'jsonl', exportParams({}))) jsonl += chunk;
    const lines = jsonl
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown> & { study: { slug: string }; relation: string })
      .filter((line) => line.study.slug === c.slug);
    expect(lines.map((line) => `${line.relation} ${line[c.field] as string}`).sort()).toEqual(expected(c));
  });
});
