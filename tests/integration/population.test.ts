// A finding's population (the group a claim holds in) travels from the record through the graph to the API and the
// exports, and it tells apart two findings that differ only in it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportParams } from '../../src/export/filter.ts';
import { exportChunks } from '../../src/export/formats.ts';
import { importUnits } from '../../src/ingest/import.ts';
import { clearGraph, graphql, testDatabase, testYoga } from './helpers.ts';

const db = testDatabase();
const yoga = testYoga(db.cypher);
const SLUG = 'population-2024-test';
const statement = 'Plasma lactate correlated with heart rate in controls but not in ME/CFS patients.';
const extraction = { agent: 'curator:test', version: '1', confidence: 1, curated: true };
const finding = (population: string, relation: string) => ({
  statement,
  subject: { type: 'Biomarker', name: 'lactate' },
  relation,
  ...(relation === 'CORRELATES_WITH' ? { sign: 'UNSPECIFIED' } : {}),
  object: { type: 'Measure', name: 'heart rate' },
  population,
  extraction,
});
const record = {
  slug: SLUG,
  title: 'Lactate and heart rate',
  year: 2024,
  findings: [
    finding('controls', 'CORRELATES_WITH'),
    finding('ME/CFS patients', 'NOT_CORRELATED_WITH'),
    finding('ME/CFS patients', 'CORRELATES_WITH'),
  ],
};

beforeAll(async () => {
  await clearGraph(db.cypher);
  const summary = await importUnits(db.cypher, [
    { name: 'population.json', kind: 'json', text: JSON.stringify([record]) },
  ]);
  expect(summary.rejected).toEqual([]);
});

afterAll(async () => {
  await clearGraph(db.cypher);
  await db.driver.close();
});

describe('Finding.population', () => {
  it('is stored and served per finding; findings that differ only in it stay apart', async () => {
    const { data } = await graphql<{ study: { findings: { relation: string; population: string | null }[] } }>(
      yoga,
      `{ study(slug: "${SLUG}") { findings { relation population } } }`,
    );
    expect(data!.study.findings.map((f) => `${f.relation} ${f.population}`).sort()).toEqual([
      'CORRELATES_WITH ME/CFS patients',
      'CORRELATES_WITH controls',
      'NOT_CORRELATED_WITH ME/CFS patients',
    ]);
  });

  it('is a column of the CSV export and a field of the JSONL export', async () => {
    let csv = '';
    for await (const chunk of exportChunks(db.cypher, 'csv', exportParams({}))) csv += chunk;
    const [header, ...rows] = csv.trim().split('\r\n');
    const column = header!.split(',').indexOf('population');
    expect(column).toBeGreaterThan(0);
    expect(rows.map((row) => row.split(',')[column]).sort()).toEqual([
      'ME/CFS patients',
      'ME/CFS patients',
      'controls',
    ]);
    let jsonl = '';
    for await (const chunk of exportChunks(db.cypher, 'jsonl', exportParams({}))) jsonl += chunk;
    const populations = jsonl
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { population: string | null }).population);
    expect(populations.sort()).toEqual(['ME/CFS patients', 'ME/CFS patients', 'controls']);
  });
});
