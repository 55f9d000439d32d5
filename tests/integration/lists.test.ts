// The list fields of issue 4 on the bundled atlas sample: studies (filter, orderBy, keyset pages), findings and
// the entity lists, with the database round trips each costs. Reads only.
import { getNamedType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { toNeo4jParams } from '../../src/db/cypher.ts';
import { entityKey } from '../../src/ingest/entity-key.ts';
import { statement } from '../../src/db/statements.ts';
import {
  readsInIndexOrder,
  studyFilterParams,
  studySource,
  type StudyFilterArg,
} from '../../src/query/study-filter.ts';
import { schema } from '../../src/schema/index.ts';
import { STUDY_PROPERTY_FIELDS } from '../../src/schema/projection.ts';
import { expectIndexOrder, graphql, profileRead, readOnlySampleSuite, recordingYoga, seedFindings } from './helpers.ts';

const { db, yoga } = readOnlySampleSuite();

/** Studies in the bundled sample: 96 slugs in pages/ and the seed entry (data/atlas/README.md). */
const SAMPLE_STUDIES = 97;

/**
 * A number read straight from the graph, as the oracle for totals that move when the finding extractor learns
 * new sentences (entity and finding counts); study-level facts come from the pages and are asserted literally.
 */
async function graphCount(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  const { records } = await db.driver.executeQuery(cypher, params, { database: db.connection.database });
  return Number(records[0]?.get(0));
}

interface StudyRow {
  slug: string;
  year: number | null;
  evidenceLevel: string | null;
  title: string | null;
}

interface StudiesPage {
  studies: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: StudyRow }[];
  };
}

const STUDIES = `query ($filter: StudyFilter, $orderBy: StudyOrder, $first: Int, $after: String) {
  studies(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { slug year evidenceLevel title } }
  }
}`;

async function studies(variables: Record<string, unknown>) {
  const response = await graphql<StudiesPage>(yoga, STUDIES, variables);
  expect(response.errors).toBeUndefined();
  return { ...response.data!.studies, roundTrips: response.extensions?.roundTrips };
}

/** Every study in `orderBy` order, fetched `pageSize` at a time through the cursors. */
async function allPages(orderBy: Record<string, unknown> | null, pageSize: number, filter?: Record<string, unknown>) {
  const slugs: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const result = await studies({ orderBy, first: pageSize, after, filter });
    expect(result.roundTrips).toBe(1);
    slugs.push(...result.edges.map((edge) => edge.node.slug));
    if (!result.pageInfo.hasNextPage) return slugs;
    after = result.pageInfo.endCursor;
  }
  throw new Error('more than 50 pages');
}

/** The order StudyOrder promises, computed here independently: value, then slug, nulls last in either direction. */
function expectedOrder(
  rows: StudyRow[],
  value: (row: StudyRow) => string | number | null,
  descending: boolean,
): string[] {
  const sign = descending ? -1 : 1;
  return [...rows]
    .sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      if (va === null && vb !== null) return 1;
      if (vb === null && va !== null) return -1;
      if (va !== null && vb !== null && va !== vb) return (va < vb ? -1 : 1) * sign;
      return (a.slug < b.slug ? -1 : 1) * sign;
    })
    .map((row) => row.slug);
}

describe('studies(filter)', () => {
  it('counts the whole sample and filters by evidence level in one round trip', async () => {
    const all = await studies({ first: 1 });
    expect(all.totalCount).toBe(SAMPLE_STUDIES);
    const e2 = await studies({ filter: { evidenceLevels: ['E2'] }, first: 100 });
    expect(e2.totalCount).toBe(17);
    expect(e2.edges).toHaveLength(17);
    expect(e2.edges.every((edge) => edge.node.evidenceLevel === 'E2')).toBe(true);
    expect(e2.roundTrips).toBe(1);
  });

  it('combines conditions: years, designs, retracted, tags (any of, case-insensitive)', async () => {
    expect((await studies({ filter: { yearFrom: 2020, yearTo: 2022 } })).totalCount).toBe(20);
    const caseControl = await studies({ filter: { designs: ['CASE_CONTROL'] } });
    expect(caseControl.edges.map((edge) => edge.node.slug)).toEqual([
      'hussein-2022-impact-micro',
      'jones-2005-orthostatic-instability',
      'peppercorn-2025-comparing-dna',
      'seifert-2026-extracellular-vesicle',
    ]);
    const retracted = await studies({ filter: { retracted: true } });
    expect(retracted.edges.map((edge) => edge.node.slug)).toEqual(['lombardi-2009-retracted-detection']);
    expect((await studies({ filter: { retracted: false } })).totalCount).toBe(SAMPLE_STUDIES - 1);
    const tagged = await studies({ filter: { tags: ['small sample', 'PAIN'] } });
    expect(tagged.edges.map((edge) => edge.node.slug)).toEqual([
      'hussein-2022-impact-micro',
      'nakatomi-2014-neuroinflammation-japan',
    ]);
    const both = await studies({
      filter: { tags: ['Small Sample'], designs: ['CASE_CONTROL'], evidenceLevels: ['E2'] },
    });
    expect(both.totalCount).toBe(1);
  });

  it('matches text in titles and summaries through the full-text index, all words required', async () => {
    const micro = await studies({ filter: { text: 'miR-320a fibromyalgia' } });
    expect(micro.edges.map((edge) => edge.node.slug)).toEqual(['hussein-2022-impact-micro']);
    // Lucene syntax is not interpreted: "fibro*" is the word "fibro" (as a word beginning), like "fibro".
    const star = await studies({ filter: { text: 'fibro*' }, first: 100 });
    const plain = await studies({ filter: { text: 'fibro' }, first: 100 });
    expect(star.totalCount).toBeGreaterThan(0);
    expect(star.edges).toEqual(plain.edges);
  });

  it('refuses a filter without words and inverted years as BAD_USER_INPUT', async () => {
    for (const filter of [{ text: '***' }, { yearFrom: 2022, yearTo: 2020 }]) {
      const response = await graphql(yoga, STUDIES, { filter });
      expect(response.status).toBe(200);
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('studies: candidate sources and selected properties', () => {
  const all = async () => (await studies({ first: 100 })).edges.map((edge) => edge.node);

  it('gives the same studies from the year index, the full-text index and the scan, filtered here as the oracle', async () => {
    const every = await all();
    expect(every).toHaveLength(SAMPLE_STUDIES);
    const yearTo = await studies({ filter: { yearTo: 2012 }, first: 100 });
    expect(yearTo.edges.map((edge) => edge.node.slug).sort()).toEqual(
      every
        .filter((row) => row.year !== null && row.year <= 2012)
        .map((row) => row.slug)
        .sort(),
    );
    const text = (await studies({ filter: { text: 'fibro' }, first: 100 })).edges.map((edge) => edge.node);
    const textSince = await studies({ filter: { text: 'fibro', yearFrom: 2015 }, first: 100 });
    const expected = text.filter((row) => row.year !== null && row.year >= 2015).map((row) => row.slug);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(text.length);
    expect(textSince.totalCount).toBe(expected.length);
    expect(textSince.edges.map((edge) => edge.node.slug)).toEqual(expected);
    const levelsSince = await studies({ filter: { evidenceLevels: ['E2', 'E3'], yearFrom: 2015 }, first: 100 });
    expect(levelsSince.edges.map((edge) => edge.node.slug)).toEqual(
      every
        .filter((row) => ['E2', 'E3'].includes(row.evidenceLevel ?? '') && row.year !== null && row.year >= 2015)
        .map((row) => row.slug),
    );
  });

  it('names every Study field as a stored property, an edge or the id', () => {
    const study = schema.getType('Study');
    if (!isObjectType(study)) throw new Error('Study is not an object type');
    const edges = Object.values(study.getFields())
      .filter((field) => isObjectType(getNamedType(field.type)))
      .map((field) => field.name);
    expect(edges.sort()).toEqual(['biomarkerClasses', 'findings', 'methodFlags', 'symptoms']);
    const rest = Object.keys(study.getFields()).filter((name) => !edges.includes(name) && name !== 'id');
    expect(rest.sort()).toEqual([...STUDY_PROPERTY_FIELDS].sort());
  });

  it('gives each page node what study(slug) gives, whether fields come directly, inline or through a fragment', async () => {
    const fields = STUDY_PROPERTY_FIELDS.join(' ');
    const forms = [
      `{ studies(first: 100) { nodes { ${fields} } } }`,
      `{ studies(first: 100) { edges { node { ... on Study { ${fields} } } } } }`,
      `fragment F on Study { ${fields} } { studies(first: 100) { nodes { ...F } } }`,
    ];
    const pages: Record<string, unknown>[][] = [];
    for (const query of forms) {
      const response = await graphql<{
        studies: { nodes?: Record<string, unknown>[]; edges?: { node: Record<string, unknown> }[] };
      }>(yoga, query);
      expect(response.errors).toBeUndefined();
      pages.push(response.data!.studies.nodes ?? response.data!.studies.edges!.map((edge) => edge.node));
    }
    expect(pages[0]).toHaveLength(SAMPLE_STUDIES);
    expect(pages[1]).toEqual(pages[0]);
    expect(pages[2]).toEqual(pages[0]);
    const single = await graphql<{ a: Record<string, unknown>; b: Record<string, unknown> }>(
      yoga,
      `query ($a: String!, $b: String!) { a: study(slug: $a) { ${fields} } b: study(slug: $b) { ${fields} } }`,
      { a: pages[0]![0]!.slug, b: pages[0]!.at(-1)!.slug },
    );
    expect(single.data?.a).toEqual(pages[0]![0]);
    expect(single.data?.b).toEqual(pages[0]!.at(-1));
    expect(single.data?.a.summary).toEqual(expect.any(String));
  });

  it('asks the database for the selected properties, the slug and the sort key only, named fragments included', async () => {
    const { sent, recording } = recordingYoga(db.cypher);
    const selected = '{ title id findings { relation } }';
    const page = await graphql<{ studies: { nodes: { title: string | null; findings: unknown[] }[] } }>(
      recording,
      `{ studies(first: 20, orderBy: {field: YEAR, direction: DESC}) { nodes ${selected} } }`,
    );
    expect(page.errors).toBeUndefined();
    expect(sent.find((read) => read.name === 'study/page')?.params.fields).toEqual(['slug', 'year', 'title']);
    const nodes = page.data?.studies.nodes ?? [];
    expect(nodes).toHaveLength(20);
    // the findings load by the slug the page carried although the query did not select it
    expect(nodes.some((node) => node.findings.length > 0)).toBe(true);
    const whole = await graphql<{ studies: { nodes: unknown[] } }>(
      yoga,
      `fragment F on Study ${selected} { studies(first: 20, orderBy: {field: YEAR, direction: DESC}) { nodes { ...F } } }`,
    );
    expect(whole.data?.studies.nodes).toEqual(nodes);
    sent.length = 0;
    await graphql(recording, 'fragment F on Study { title } { studies(first: 3) { nodes { ...F } } }');
    // Unfiltered, by slug: read in index order (study/page-ordered).
    expect(sent.find((read) => read.name.startsWith('study/page'))?.params.fields).toEqual(['slug', 'title']);
  });

  it("gives an entity's findings the study properties selected on them, equal to study(slug)'s", async () => {
    const { sent, recording } = recordingYoga(db.cypher);
    type Data = { biomarker: { findings: { nodes: { id: string; study: Record<string, unknown> }[] } } };
    const fields = 'slug title year evidenceLevel summary';
    const response = await graphql<Data>(
      recording,
      `{ biomarker(name: "miR-320a") { findings(first: 50) { nodes { id study { ${fields} } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(sent.find((read) => read.name === 'entity/findings')?.params.studyFields).toEqual([
      'slug',
      'title',
      'year',
      'evidenceLevel',
      'summary',
    ]);
    const nodes = response.data!.biomarker.findings.nodes;
    expect(nodes.length).toBeGreaterThan(1);
    const whole = await graphql<Data>(
      yoga,
      `fragment S on Study { ${fields} } { biomarker(name: "miR-320a") { findings(first: 50) { nodes { id study { ...S } } } } }`,
    );
    expect(whole.data!.biomarker.findings.nodes).toEqual(nodes);
    const single = await graphql<{ study: Record<string, unknown> }>(
      yoga,
      `query ($slug: String!) { study(slug: $slug) { ${fields} } }`,
      { slug: nodes[0]!.study.slug },
    );
    expect(single.data?.study).toEqual(nodes[0]!.study);
    // A study reached both through a finding (a few properties) and directly (others) gets each from its own read.
    const both = await graphql<{
      biomarker: Data['biomarker'];
      study: { sourceUrls: string[]; summary: string | null };
    }>(
      yoga,
      `
        query ($slug: String!) {
          biomarker(name: "miR-320a") {
            findings(first: 50) {
              nodes {
                study {
                  slug
                }
              }
            }
          }
          study(slug: $slug) {
            summary
            sourceUrls
          }
        }
      `,
      { slug: nodes[0]!.study.slug },
    );
    expect(both.errors).toBeUndefined();
    expect(both.data?.study.summary).toBe(single.data?.study.summary);
  });

  it('does not serve a study loaded later in the request from a page of a few properties', async () => {
    const response = await graphql<{ studies: { nodes: { slug: string }[] }; study: { summary: string | null } }>(
      yoga,
      '{ studies(first: 1) { nodes { slug } } study(slug: "hussein-2022-impact-micro") { summary sourceUrls } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.study.summary).toEqual(expect.any(String));
  });
});

describe('studies and facets: each filter condition on its own', () => {
  // Each condition is a line of cypher/study/page.cypher and facets/studies.cypher sent only when given; the oracle
  // filters the whole sample here. Values are taken from the sample, so every case matches some studies and not all.
  interface FullRow {
    slug: string;
    year: number | null;
    evidenceLevel: string | null;
    confidence: string | null;
    pemCriterion: string | null;
    design: string | null;
    peerReviewed: boolean | null;
    reviewStatus: string | null;
    retracted: boolean;
  }
  const ROWS = `{ studies(first: 100) { nodes { slug year evidenceLevel confidence pemCriterion design peerReviewed reviewStatus retracted } } }`;
  const MATCHED = `query ($filter: StudyFilter) { studies(filter: $filter, first: 100) { totalCount nodes { slug } } facets(filter: $filter) { total } }`;

  it('gives what the oracle gives, for studies and facets alike, false and empty lists being conditions too', async () => {
    const rows = (await graphql<{ studies: { nodes: FullRow[] } }>(yoga, ROWS)).data!.studies.nodes;
    expect(rows).toHaveLength(SAMPLE_STUDIES);
    const some = <K extends keyof FullRow>(key: K) => rows.find((row) => row[key] !== null)![key];
    const cases: [Record<string, unknown>, (row: FullRow) => boolean][] = [
      [{ evidenceLevels: [some('evidenceLevel')] }, (row) => row.evidenceLevel === some('evidenceLevel')],
      [{ evidenceLevels: [] }, () => false],
      [{ confidences: [some('confidence')] }, (row) => row.confidence === some('confidence')],
      [{ pemCriteria: [some('pemCriterion')] }, (row) => row.pemCriterion === some('pemCriterion')],
      [{ designs: [some('design')] }, (row) => row.design === some('design')],
      [{ yearFrom: 2015 }, (row) => row.year !== null && row.year >= 2015],
      [{ yearTo: 2012 }, (row) => row.year !== null && row.year <= 2012],
      [{ peerReviewed: true }, (row) => row.peerReviewed === true],
      [{ peerReviewed: false }, (row) => row.peerReviewed === false],
      [{ reviewStatus: some('reviewStatus') }, (row) => row.reviewStatus === some('reviewStatus')],
      [{ retracted: true }, (row) => row.retracted],
      [{ retracted: false }, (row) => !row.retracted],
    ];
    for (const [filter, oracle] of cases) {
      const expected = rows
        .filter(oracle)
        .map((row) => row.slug)
        .sort();
      const response = await graphql<{
        studies: { totalCount: number; nodes: { slug: string }[] };
        facets: { total: number };
      }>(yoga, MATCHED, { filter });
      expect(response.errors, JSON.stringify(filter)).toBeUndefined();
      const { studies: page, facets } = response.data!;
      expect(page.nodes.map((node) => node.slug).sort(), JSON.stringify(filter)).toEqual(expected);
      expect(page.totalCount, JSON.stringify(filter)).toBe(expected.length);
      expect(facets.total, JSON.stringify(filter)).toBe(expected.length);
      // The sample has no study marked not peer-reviewed: that case, like the empty list, shows that the
      // condition was sent (fewer than all match), not that it selects.
      if (
        !('peerReviewed' in filter && filter.peerReviewed === false) &&
        (filter.evidenceLevels as unknown[] | undefined)?.length !== 0
      ) {
        expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      }
      expect(expected.length, JSON.stringify(filter)).toBeLessThan(SAMPLE_STUDIES);
    }
  });

  it('are valid Cypher in every shape the API sends: each source, order, direction, with and without a cursor', async () => {
    const filter = {
      evidenceLevels: ['E2'],
      confidences: ['HIGH'],
      pemCriteria: ['MET'],
      designs: ['RCT'],
      yearFrom: 2010,
      yearTo: 2020,
      tags: ['pain'],
      textQuery: 'fatigue',
      peerReviewed: true,
      reviewStatus: 'REVIEWED',
      retracted: false,
    };
    const none = Object.fromEntries(Object.keys(filter).map((key) => [key, null]));
    let planned = 0;
    for (const source of ['ALL', 'YEARS', 'TEXT']) {
      for (const conditions of [none, filter]) {
        for (const orderField of ['SLUG', 'YEAR', 'EVIDENCE_LEVEL', 'TITLE']) {
          for (const orderDirection of ['ASC', 'DESC']) {
            for (const afterSlug of [null, 'a']) {
              const params = {
                filter: conditions,
                source,
                orderField,
                orderDirection,
                afterSlug,
                afterValue: afterSlug && 'x',
                limit: 21,
                fields: null,
                want: {
                  evidenceLevels: true,
                  designs: true,
                  pemCriteria: true,
                  confidences: true,
                  years: true,
                  tags: true,
                },
              };
              const names = ['study/page'];
              if (orderField === 'SLUG' || orderField === 'YEAR') names.push('study/page-ordered');
              if (orderField === 'SLUG' && orderDirection === 'ASC' && !afterSlug)
                names.push('facets/studies', 'facets/cells');
              for (const name of names) {
                await db.driver.executeQuery(
                  `EXPLAIN ${statement(name, params)}`,
                  toNeo4jParams(params) as Record<string, unknown>,
                  {
                    database: db.connection.database,
                  },
                );
                planned += 1;
              }
            }
          }
        }
      }
    }
    expect(planned).toBe(3 * 2 * 16 + 3 * 2 * 2 * 2 * 2 + 3 * 2 * 2);
  }, 180_000); // 252 EXPLAINs one after another: past the 60 s default when other suites load the machine's two cores
});

describe('studies read in index order (study/page-ordered)', () => {
  it('gives the rows, total and next pages the sorting statement gives, for every filter and order it serves', async () => {
    const filters: StudyFilterArg[] = [
      {},
      { yearFrom: 2015 },
      { yearFrom: 2000, yearTo: 2020, evidenceLevels: ['E2', 'E3'] },
      { yearTo: 2012, designs: ['CROSS_SECTIONAL', 'CASE_CONTROL'] },
      { pemCriteria: ['UNCLEAR'] },
    ];
    const fields = ['slug', 'year'];
    let compared = 0;
    for (const arg of filters) {
      const filter = studyFilterParams(arg);
      for (const orderField of ['SLUG', 'YEAR']) {
        if (!readsInIndexOrder(filter, orderField)) continue;
        for (const orderDirection of ['ASC', 'DESC']) {
          const base = { filter, source: studySource(filter), orderField, orderDirection, fields };
          const read = async (name: string, limit: number, after: unknown[] | null) =>
            (
              await db.cypher.read<{ total: number; studies: unknown[][] }>(name, {
                ...base,
                limit,
                afterSlug: after ? after[0] : null,
                afterValue: after ? (orderField === 'SLUG' ? after[0] : after[1]) : null,
              })
            )[0];
          const label = JSON.stringify({ arg, orderField, orderDirection });
          const whole = await read('study/page', 200, null);
          expect(whole!.studies.length, label).toBeGreaterThan(2);
          expect(await read('study/page-ordered', 200, null), label).toEqual(whole);
          // The page after a row in the middle, and after a row that shares its year with the next.
          for (const at of [1, Math.floor(whole!.studies.length / 2)]) {
            const after = whole!.studies[at]!;
            expect(await read('study/page-ordered', 5, after), label).toEqual(await read('study/page', 5, after));
          }
          compared += 1;
        }
      }
    }
    expect(compared).toBe(5 * 2 + 3 * 2); // by year only under a year bound
  });

  it('reads the slug or (year, slug) index in order and sorts nothing, whatever the database holds', async () => {
    for (const [arg, orderField, index] of [
      [{}, 'SLUG', 'Study(slug)'],
      [{ yearFrom: 2015 }, 'YEAR', 'Study(year, slug)'],
    ] as const) {
      const filter = studyFilterParams(arg);
      const params = {
        filter,
        source: studySource(filter),
        orderField,
        orderDirection: 'ASC',
        fields: ['slug'],
        limit: 5,
        afterSlug: null,
        afterValue: null,
      };
      const plan = await profileRead(db.cypher, { name: 'study/page-ordered', params });
      expectIndexOrder(plan, /Index(Seek|Scan)/, index);
    }
  });
});

describe('studies(orderBy) with keyset pages', () => {
  const orders: [string, string, (row: StudyRow) => string | number | null][] = [
    ['YEAR', 'DESC', (row) => row.year],
    ['YEAR', 'ASC', (row) => row.year],
    ['TITLE', 'ASC', (row) => row.title?.toLowerCase() ?? null],
    ['EVIDENCE_LEVEL', 'DESC', (row) => row.evidenceLevel],
    ['SLUG', 'DESC', (row) => row.slug],
  ];

  for (const [field, direction, value] of orders) {
    it(`${field} ${direction}: pages of 7 give every study once, in order, ties and nulls included`, async () => {
      const orderBy = { field, direction };
      const whole = await studies({ orderBy, first: 100 });
      expect(whole.totalCount).toBe(SAMPLE_STUDIES);
      const expected = expectedOrder(
        whole.edges.map((edge) => edge.node),
        value,
        direction === 'DESC',
      );
      expect(whole.edges.map((edge) => edge.node.slug)).toEqual(expected);
      const paged = await allPages(orderBy, 7);
      expect(paged).toEqual(expected);
      expect(new Set(paged).size).toBe(SAMPLE_STUDIES);
    });
  }

  it('puts the newest studies first for YEAR DESC and the three without a year last, by slug descending', async () => {
    const result = await studies({ orderBy: { field: 'YEAR', direction: 'DESC' }, first: 100 });
    expect(result.edges[0]?.node.year).toBe(2026);
    expect(result.edges.slice(-3).map((edge) => edge.node.slug)).toEqual([
      'whiteside-2004-exercise-lowers',
      'wessely-1995-epidemiology-chronic',
      'miwa-2011-small-heart',
    ]);
  });

  it('pages a filtered, ordered list', async () => {
    const paged = await allPages({ field: 'YEAR', direction: 'DESC' }, 3, { evidenceLevels: ['E2'] });
    expect(paged).toHaveLength(17);
    expect(paged[0]).toBe('seifert-2026-extracellular-vesicle');
  });

  it('refuses a cursor issued for another order', async () => {
    const first = await studies({ orderBy: { field: 'YEAR', direction: 'DESC' }, first: 2 });
    const response = await graphql(yoga, STUDIES, {
      orderBy: { field: 'TITLE', direction: 'DESC' },
      after: first.pageInfo.endCursor,
    });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/orderBy/);
  });

  it('costs at most one more round trip per nested list level', async () => {
    const response = await graphql<{
      studies: { edges: { node: { symptoms: { name: string }[]; findings: { subject: { name: string } }[] } }[] };
    }>(
      yoga,
      '{ studies(first: 20, orderBy: {field: YEAR, direction: DESC}) { edges { node { slug symptoms { name } findings { relation subject { name } } } } } }',
    );
    expect(response.errors).toBeUndefined();
    // studies 1 + tags 1 + findings 1; their subjects come with the findings (primed into the entity loader)
    expect(response.extensions?.roundTrips).toBe(3);
  });
});

describe('findings(filter)', () => {
  const FINDINGS = `query ($filter: FindingFilter, $first: Int, $after: String) {
    findings(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { id relation sign significant subject { name } object { name } study { slug evidenceLevel } } }
    }
  }`;
  interface FindingsData {
    findings: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: {
        node: {
          id: string;
          relation: string;
          sign: string | null;
          significant: boolean | null;
          subject: { name: string };
          object: { name: string };
          study: { slug: string; evidenceLevel: string | null };
        };
      }[];
    };
  }

  it("finds the seed's correlations of miR-320a (by a synonym) with its nested fields in one round trip", async () => {
    // What the extractor makes of the seed's correlation sentence: disease duration, FIQR and NPSI scores, all positive.
    const stated = seedFindings().filter((f) => f.subject.name === 'miR-320a' && f.relation === 'CORRELATES_WITH');
    expect(stated.length).toBeGreaterThan(1);
    const response = await graphql<FindingsData>(yoga, FINDINGS, {
      filter: { subject: 'MIR320A', relations: ['CORRELATES_WITH'] },
    });
    expect(response.errors).toBeUndefined();
    const { findings } = response.data!;
    expect(findings.totalCount).toBe(stated.length);
    expect(findings.edges.map((edge) => edge.node.object.name).sort()).toEqual(stated.map((f) => f.object.name).sort());
    for (const { node } of findings.edges) {
      expect(node).toMatchObject({
        relation: 'CORRELATES_WITH',
        sign: 'POSITIVE',
        significant: true,
        subject: { name: 'miR-320a' },
      });
      expect(node.study.slug).toBe('hussein-2022-impact-micro');
    }
    expect(response.extensions?.roundTrips).toBe(1);
  });

  it('filters by significance, object name and study properties', async () => {
    const counts = async (filter: Record<string, unknown>) => {
      const response = await graphql<FindingsData>(yoga, FINDINGS, { filter, first: 1 });
      expect(response.errors).toBeUndefined();
      return response.data!.findings.totalCount;
    };
    const all = await graphCount('MATCH (f:Finding) RETURN count(f)');
    // Lower bounds only where a case must not be empty: what the extractor finds in the sample moves as it learns.
    expect(all).toBeGreaterThan(100);
    expect(await counts({})).toBe(all);
    const significant = await counts({ significant: true });
    const notSignificant = await counts({ significant: false });
    expect(significant).toBe(await graphCount('MATCH (f:Finding {significant: true}) RETURN count(f)'));
    expect(notSignificant).toBe(await graphCount('MATCH (f:Finding {significant: false}) RETURN count(f)'));
    expect(significant).toBeGreaterThan(0);
    expect(notSignificant).toBeGreaterThan(0);
    expect(significant + notSignificant).toBeLessThan(all); // many findings state no significance
    expect(await counts({ curated: true })).toBe(0);
    expect(await counts({ minConfidence: 0.9 })).toBe(
      await graphCount('MATCH (f:Finding) WHERE f.extractionConfidence >= 0.9 RETURN count(f)'),
    );
    // ME/CFS by two of its synonyms; the E1/E2 subset through the study filter
    const reducedInMecfs = await graphCount(
      "MATCH (f:Finding {relation: 'REDUCED_IN'})-[:OBJECT]->(e:Condition {key: $key}) RETURN count(f)",
      { key: entityKey('ME/CFS') },
    );
    expect(reducedInMecfs).toBeGreaterThan(1);
    expect(await counts({ relations: ['REDUCED_IN'], object: 'chronic fatigue syndrome' })).toBe(reducedInMecfs);
    expect(await counts({ relations: ['REDUCED_IN'], object: 'ME/CFS' })).toBe(reducedInMecfs);
    const strongerStudies = await counts({
      relations: ['REDUCED_IN'],
      object: 'ME/CFS',
      study: { evidenceLevels: ['E1', 'E2'] },
    });
    expect(strongerStudies).toBe(
      await graphCount(
        "MATCH (s:Study)-[:REPORTS]->(f:Finding {relation: 'REDUCED_IN'})-[:OBJECT]->(:Condition {key: $key}) WHERE s.evidenceLevel IN ['E1', 'E2'] RETURN count(f)",
        { key: entityKey('ME/CFS') },
      ),
    );
    expect(strongerStudies).toBeGreaterThan(0);
    expect(strongerStudies).toBeLessThan(reducedInMecfs);
    expect(await counts({ relations: ['REDUCED_IN'], objectTypes: ['CONDITION'] })).toBe(
      await graphCount("MATCH (f:Finding {relation: 'REDUCED_IN'})-[:OBJECT]->(:Condition) RETURN count(f)"),
    );
    expect(await counts({ study: { evidenceLevels: ['E2'] } })).toBe(
      await graphCount("MATCH (:Study {evidenceLevel: 'E2'})-[:REPORTS]->(f:Finding) RETURN count(f)"),
    );
    const caseControlMir = await graphCount(
      "MATCH (s:Study {design: 'CASE_CONTROL'})-[:REPORTS]->(f:Finding)-[:SUBJECT]->(:Biomarker {key: $key}) RETURN count(f)",
      { key: entityKey('miR-320a') },
    );
    expect(caseControlMir).toBeGreaterThan(0);
    expect(await counts({ study: { designs: ['CASE_CONTROL'] }, subject: 'miR-320a' })).toBe(caseControlMir);
    // A name no entity has is not an empty page but a NOT_FOUND error on the field (src/schema/unknown-names.ts).
    const unknown = await graphql<{ findings: null }>(yoga, FINDINGS, {
      filter: { subject: 'no such entity' },
      first: 1,
    });
    expect(unknown.data!.findings).toBeNull();
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'filter.subject' });
    // Both ends named; a sign; a type with an object name; the study filter's full-text condition.
    const pair = await graphCount(
      "MATCH (a:Entity)<-[:SUBJECT]-(f:Finding)-[:OBJECT]->(b:Entity) WHERE 'mir-320a' IN a.names AND 'fibromyalgia' IN b.names RETURN count(f)",
    );
    expect(pair).toBeGreaterThan(0);
    expect(await counts({ subject: 'miR-320a', object: 'fibromyalgia' })).toBe(pair);
    const positive = await graphCount("MATCH (f:Finding {sign: 'POSITIVE'}) RETURN count(f)");
    expect(positive).toBeGreaterThan(0);
    expect(await counts({ sign: 'POSITIVE' })).toBe(positive);
    const biomarkersInMecfs = await graphCount(
      "MATCH (:Biomarker)<-[:SUBJECT]-(f:Finding)-[:OBJECT]->(e:Entity) WHERE 'me/cfs' IN e.names RETURN count(f)",
    );
    expect(biomarkersInMecfs).toBeGreaterThan(0);
    expect(await counts({ object: 'ME/CFS', subjectTypes: ['BIOMARKER'] })).toBe(biomarkersInMecfs);
    const fibroStudies = (await studies({ filter: { text: 'fibro' }, first: 100 })).edges.map((edge) => edge.node.slug);
    expect(fibroStudies.length).toBeGreaterThan(0);
    const fibroFindings = await graphCount(
      'MATCH (s:Study)-[:REPORTS]->(f:Finding) WHERE s.slug IN $slugs RETURN count(f)',
      { slugs: fibroStudies },
    );
    expect(fibroFindings).toBeGreaterThan(0);
    expect(await counts({ study: { text: 'fibro' } })).toBe(fibroFindings);
  });

  it('pages in study order without gaps or repeats', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response: { data?: FindingsData; extensions?: { roundTrips?: number } } = await graphql<FindingsData>(
        yoga,
        FINDINGS,
        {
          filter: { study: { evidenceLevels: ['E2'] } },
          first: 25,
          after,
        },
      );
      expect(response.extensions?.roundTrips).toBe(1);
      const page = response.data!.findings;
      ids.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const expected = await graphCount("MATCH (:Study {evidenceLevel: 'E2'})-[:REPORTS]->(f:Finding) RETURN count(f)");
    expect(expected).toBeGreaterThan(25); // more than one page
    expect(ids).toHaveLength(expected);
    expect(new Set(ids).size).toBe(expected);
  });
});

describe('biomarkers / symptoms / conditions / measures', () => {
  it('list each type by name with totals and batched finding counts in one round trip', async () => {
    const response = await graphql<{
      biomarkers: { totalCount: number };
      symptoms: { totalCount: number; edges: { node: { name: string; findingCount: number } }[] };
      conditions: { totalCount: number };
      measures: { totalCount: number; pageInfo: { hasNextPage: boolean } };
    }>(
      yoga,
      `
        {
          biomarkers(first: 1) {
            totalCount
          }
          symptoms {
            totalCount
            edges {
              node {
                name
                findingCount
              }
            }
          }
          conditions(first: 1) {
            totalCount
          }
          measures(first: 2) {
            totalCount
            pageInfo {
              hasNextPage
            }
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    const data = response.data!;
    const ofType = (type: string) => graphCount('MATCH (e:Entity {type: $type}) RETURN count(e)', { type });
    expect(data.biomarkers.totalCount).toBe(await ofType('Biomarker'));
    expect(data.biomarkers.totalCount).toBeGreaterThan(50);
    expect(data.conditions.totalCount).toBe(await ofType('Condition'));
    expect(data.measures).toEqual({ totalCount: await ofType('Measure'), pageInfo: { hasNextPage: true } });
    // The symptoms, named by tags and by findings: which ones findings name moves with the extractor.
    const { records: symptoms } = await db.driver.executeQuery(
      'MATCH (e:Symptom) RETURN e.name AS name ORDER BY e.key',
      {},
      {
        database: db.connection.database,
      },
    );
    expect(symptoms.map((record) => record.get('name'))).toEqual(
      expect.arrayContaining(['fatigue', 'pain', 'unrefreshing sleep']),
    );
    expect(data.symptoms.totalCount).toBe(symptoms.length);
    expect(data.symptoms.edges.map((edge) => edge.node.name)).toEqual(symptoms.map((record) => record.get('name')));
    for (const { node } of data.symptoms.edges) {
      expect(node.findingCount).toBe(
        await graphCount('MATCH (:Symptom {name: $name})<-[:SUBJECT|OBJECT]-(f:Finding) RETURN count(DISTINCT f)', {
          name: node.name,
        }),
      );
    }
    // one statement per root field, counts included
    expect(response.extensions?.roundTrips).toBe(4);
  });

  it('filter by name or synonym substring, kind and whether findings name them', async () => {
    const response = await graphql<{
      micro: { edges: { node: { name: string; kind: string; findingCount: number } }[] };
      fibro: { totalCount: number; edges: { node: { name: string } }[] };
      bySynonym: { edges: { node: { name: string } }[] };
      tagOnly: { edges: { node: { name: string } }[] };
      named: { totalCount: number };
      all: { totalCount: number };
    }>(
      yoga,
      `
        {
          micro: biomarkers(filter: { kind: "MicroRNA" }) {
            edges {
              node {
                name
                kind
                findingCount
              }
            }
          }
          fibro: conditions(filter: { text: "Fibro" }) {
            totalCount
            edges {
              node {
                name
              }
            }
          }
          bySynonym: conditions(filter: { text: "systemic exertion" }) {
            edges {
              node {
                name
              }
            }
          }
          tagOnly: symptoms(filter: { hasFindings: false }) {
            edges {
              node {
                name
              }
            }
          }
          named: symptoms(filter: { hasFindings: true }) {
            totalCount
          }
          all: symptoms {
            totalCount
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    const data = response.data!;
    const { records: micro } = await db.driver.executeQuery(
      `MATCH (e:Biomarker) WHERE toLower(e.kind) = 'microrna'
       RETURN e.name AS name, e.kind AS kind, COUNT { MATCH (e)<-[:SUBJECT|OBJECT]-(f:Finding) RETURN DISTINCT f } AS findingCount
       ORDER BY e.key`,
      {},
      { database: db.connection.database },
    );
    expect(micro.map((record) => record.get('name'))).toContain('miR-320a'); // the seed's subject
    expect(data.micro.edges.map((edge) => edge.node)).toEqual(
      micro.map((record) => record.toObject()).map((row) => ({ ...row, findingCount: Number(row.findingCount) })),
    );
    // fibromyalgia, its comorbidity subgroups (the seed) and any other condition whose name says fibromyalgia
    const fibro = await graphCount(
      "MATCH (e:Condition) WHERE any(name IN e.names WHERE name CONTAINS 'fibro') RETURN count(e)",
    );
    expect(fibro).toBeGreaterThanOrEqual(5);
    expect(data.fibro.totalCount).toBe(fibro);
    expect(data.fibro.edges[0]?.node.name).toBe('fibromyalgia');
    expect(data.bySynonym.edges.map((edge) => edge.node.name)).toEqual(['ME/CFS']);
    const { records } = await db.driver.executeQuery(
      'MATCH (e:Symptom) WHERE NOT EXISTS { (e)<-[:SUBJECT|OBJECT]-(:Finding) } RETURN e.name AS name ORDER BY e.key',
      {},
      { database: db.connection.database },
    );
    expect(data.tagOnly.edges.map((edge) => edge.node.name)).toEqual(records.map((record) => record.get('name')));
    expect(data.named.totalCount).toBeGreaterThan(0);
    expect(data.named.totalCount + data.tagOnly.edges.length).toBe(data.all.totalCount);
  });

  it('page by name without gaps or repeats', async () => {
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response: {
        data?: {
          measures: { pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { name: string } }[] };
        };
      } = await graphql(
        yoga,
        'query ($after: String) { measures(first: 8, after: $after) { pageInfo { hasNextPage endCursor } edges { node { name } } } }',
        {
          after,
        },
      );
      const page = response.data!.measures;
      names.push(...page.edges.map((edge) => edge.node.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const total = await graphCount('MATCH (e:Measure) RETURN count(e)');
    expect(total).toBeGreaterThan(16); // several pages
    expect(names).toHaveLength(total);
    expect(new Set(names).size).toBe(total);
    const lowered = names.map((name) => name.toLowerCase());
    expect(lowered).toEqual([...lowered].sort());
  });

  it('give findingCount on an entity reached elsewhere, batched', async () => {
    const response = await graphql<{ biomarker: { findingCount: number }; condition: { findingCount: number } }>(
      yoga,
      '{ biomarker(name: "miR-320a") { findingCount } condition(name: "fibromyalgia") { findingCount } }',
    );
    expect(response.errors).toBeUndefined();
    const findingsNaming = (key: string) =>
      graphCount('MATCH (e:Entity {key: $key})<-[:SUBJECT|OBJECT]-(f:Finding) RETURN count(DISTINCT f)', { key });
    const expected = {
      biomarker: { findingCount: await findingsNaming(entityKey('miR-320a')) },
      condition: { findingCount: await findingsNaming(entityKey('fibromyalgia')) },
    };
    expect(expected.biomarker.findingCount).toBeGreaterThan(0);
    expect(expected.condition.findingCount).toBeGreaterThan(0);
    expect(response.data).toEqual(expected);
    // one name lookup for both, one count batch for both
    expect(response.extensions?.roundTrips).toBe(2);
  });
});
