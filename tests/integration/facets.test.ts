// facets(filter) on the bundled atlas sample: counts per evidence level, design, PEM criterion, confidence, year and
// tag for the whole sample and a filtered set, in one round trip. Reads only.
import { describe, expect, it } from 'vitest';
import { onFacetCells, studyFilterParams, studySource, type StudyFilterArg } from '../../src/query/study-filter.ts';
import { graphql, readOnlySampleSuite } from './helpers.ts';

const { db, yoga } = readOnlySampleSuite();

interface Bucket<V = string> {
  value: V | null;
  count: number;
}

interface Facets {
  total: number;
  evidenceLevels: Bucket[];
  designs: Bucket[];
  pemCriteria: Bucket[];
  confidences: Bucket[];
  years: Bucket<number>[];
  symptoms: Bucket[];
  biomarkerClasses: Bucket[];
  methodFlags: Bucket[];
}

const FACETS = `query ($filter: StudyFilter) {
  facets(filter: $filter) {
    total
    evidenceLevels { value count } designs { value count } pemCriteria { value count } confidences { value count }
    years { value count } symptoms { value count } biomarkerClasses { value count } methodFlags { value count }
  }
}`;

async function facets(filter?: Record<string, unknown>): Promise<Facets> {
  const response = await graphql<{ facets: Facets }>(yoga, FACETS, { filter });
  expect(response.errors).toBeUndefined();
  expect(response.extensions?.roundTrips).toBe(1);
  return response.data!.facets;
}

const sum = (buckets: Bucket<unknown>[]) => buckets.reduce((total, bucket) => total + bucket.count, 0);

describe('facets', () => {
  it('count the whole sample by evidence level (E0..E3, then studies without a badge)', async () => {
    const all = await facets();
    expect(all.total).toBe(97);
    expect(all.evidenceLevels).toEqual([
      { value: 'E0', count: 5 },
      { value: 'E1', count: 4 },
      { value: 'E2', count: 17 },
      { value: 'E3', count: 5 },
      { value: null, count: 66 },
    ]);
    // every study falls in exactly one bucket of a property facet
    for (const facet of [all.evidenceLevels, all.designs, all.pemCriteria, all.confidences, all.years]) {
      expect(sum(facet)).toBe(97);
    }
  });

  it('count designs, PEM criteria, confidences and years', async () => {
    const all = await facets();
    expect(all.designs.find((bucket) => bucket.value === 'CASE_CONTROL')).toEqual({ value: 'CASE_CONTROL', count: 4 });
    expect(all.designs[0]).toEqual({ value: 'CROSS_SECTIONAL', count: 10 });
    expect(all.designs.at(-1)).toEqual({ value: null, count: 67 });
    expect(all.pemCriteria).toEqual([
      { value: 'UNCLEAR', count: 20 },
      { value: 'NOT_REQUIRED', count: 9 },
      { value: 'REQUIRED', count: 2 },
      { value: null, count: 66 },
    ]);
    expect(all.confidences.find((bucket) => bucket.value === 'HIGHER')?.count).toBe(1);
    expect(all.years[0]).toEqual({ value: 1993, count: 1 });
    expect(all.years.find((bucket) => bucket.value === 2020)?.count).toBe(10);
    expect(all.years.at(-1)).toEqual({ value: null, count: 3 });
  });

  it('count tags by kind, most used first', async () => {
    const all = await facets();
    expect(all.methodFlags[0]).toEqual({ value: 'Small Sample', count: 2 });
    expect(all.methodFlags.map((bucket) => bucket.value).sort()).toEqual([
      'Biologically Relevant',
      'Exploratory',
      'Mixed Cohort',
      'PEM Unclear',
      'Small Sample',
    ]);
    expect(all.symptoms.map((bucket) => bucket.value).sort()).toEqual(['fatigue', 'pain', 'unrefreshing sleep']);
    expect(all.biomarkerClasses.map((bucket) => bucket.value).sort()).toEqual(['Blood Biomarker', 'Gene Expression']);
  });

  it('count only the filtered set', async () => {
    const e2 = await facets({ evidenceLevels: ['E2'] });
    expect(e2.total).toBe(17);
    expect(e2.evidenceLevels).toEqual([{ value: 'E2', count: 17 }]);
    expect(e2.designs).toEqual([
      { value: 'CROSS_SECTIONAL', count: 10 },
      { value: 'CASE_CONTROL', count: 3 },
      { value: 'MECHANISTIC', count: 2 },
      { value: 'OBSERVATIONAL', count: 2 },
    ]);
    const recent = await facets({ yearFrom: 2020, yearTo: 2022, retracted: false });
    expect(recent.total).toBe(20);
    expect(recent.years).toEqual([
      { value: 2020, count: 10 },
      { value: 2021, count: 5 },
      { value: 2022, count: 5 },
    ]);
    const tagged = await facets({ tags: ['pain'] });
    expect(tagged.total).toBe(1);
    expect(tagged.symptoms.find((bucket) => bucket.value === 'pain')?.count).toBe(1);
  });

  it('agree with studies(filter).totalCount', async () => {
    const filter = { text: 'fibromyalgia', yearFrom: 2000 };
    const response = await graphql<{ studies: { totalCount: number } }>(
      yoga,
      'query ($filter: StudyFilter) { studies(filter: $filter) { totalCount } }',
      { filter },
    );
    const counted = await facets(filter);
    expect(counted.total).toBeGreaterThan(0);
    expect(counted.total).toBeLessThan(97);
    expect(sum(counted.years)).toBe(counted.total);
    expect(response.data?.studies.totalCount).toBe(counted.total);
  });

  it('answer an empty set with zero buckets', async () => {
    const none = await facets({ evidenceLevels: ['E0'], designs: ['CASE_CONTROL'] });
    expect(none).toMatchObject({ total: 0, evidenceLevels: [], designs: [], years: [], methodFlags: [] });
  });

  it('count tags only when a tag facet is asked for, whether directly or through a fragment', async () => {
    const plain = await graphql<{
      facets: { total: number; evidenceLevels: { value: string | null; count: number }[] };
    }>(yoga, '{ facets { total evidenceLevels { value count } } }');
    expect(plain.errors).toBeUndefined();
    expect(plain.data?.facets.total).toBe(97);
    expect(plain.data?.facets.evidenceLevels.find((b) => b.value === 'E2')?.count).toBe(17);
    const viaFragment = await graphql<{ facets: { methodFlags: { value: string; count: number }[] } }>(
      yoga,
      'fragment Flags on StudyFacets { methodFlags { value count } } { facets { total ...Flags } }',
    );
    expect(viaFragment.errors).toBeUndefined();
    expect(viaFragment.data?.facets.methodFlags.find((b) => b.value === 'Small Sample')?.count).toBe(2);
  });

  it('summed from the kept study counts (StudyFacetCell) equal the studies counted, under every filter they serve', async () => {
    const want = {
      evidenceLevels: true,
      designs: true,
      pemCriteria: true,
      confidences: true,
      years: true,
      tags: false,
    };
    const filters: StudyFilterArg[] = [
      {},
      { yearFrom: 2015 },
      { yearTo: 2010 },
      { yearFrom: 2016, yearTo: 2020 },
      { evidenceLevels: ['E2', 'E3'], yearFrom: 2015 },
      { designs: ['CROSS_SECTIONAL', 'CASE_CONTROL'] },
      { pemCriteria: ['UNCLEAR'], confidences: ['HIGHER', 'MODERATE'] },
      { evidenceLevels: ['E0'], designs: ['CASE_CONTROL'] },
    ];
    let nonEmpty = 0;
    for (const arg of filters) {
      const filter = studyFilterParams(arg);
      expect(onFacetCells(filter)).toBe(true);
      const params = { filter, source: studySource(filter), want, aboutIds: null };
      const [cells] = await db.cypher.read('facets/cells', params);
      const [studies] = await db.cypher.read('facets/studies', params);
      expect(cells, JSON.stringify(arg)).toEqual({ ...studies, tags: [] });
      if ((cells as { total: number }).total > 0) nonEmpty += 1;
    }
    expect(nonEmpty).toBeGreaterThan(5);
    // A filter on any other property, or a tag facet, counts the studies.
    for (const arg of [{ tags: ['pain'] }, { text: 'fibromyalgia' }, { retracted: false }, { peerReviewed: true }]) {
      expect(onFacetCells(studyFilterParams(arg)), JSON.stringify(arg)).toBe(false);
    }
  });
});
