// evidencePage on the bundled sample (issue 18 item 4): the pairs of `evidence` with their totalCount and pageInfo,
// checked against counts computed from the graph, paged through to the end by the cursor, on the materialized path
// (default filter and weights) and the live one (a filter). Reads only.
import { describe, expect, it } from 'vitest';
import { graphql, readOnlySampleSuite } from './helpers.ts';

const { db, yoga } = readOnlySampleSuite();

interface PageAnswer {
  evidencePage: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    pairs: { subject: { id: string }; object: { id: string }; studyCount: number }[];
  };
}

const PAGE = `query ($subject: String!, $first: Int, $after: String, $filter: EvidenceFilter) {
  evidencePage(subject: $subject, first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    pairs { subject { id } object { id } studyCount }
  }
}`;

/** The subject name with the most pairs, and its pair count, as the graph has them (retracted studies left out). */
async function busiestSubject(yearFrom: number | null): Promise<{ name: string; pairs: number }> {
  const { records } = await db.driver.executeQuery(
    `MATCH (a:Entity)<-[:SUBJECT]-(f:Finding)-[:OBJECT]->(o:Entity), (s:Study)-[:REPORTS]->(f)
     WHERE coalesce(s.retracted, false) = false AND ($yearFrom IS NULL OR s.year >= $yearFrom)
       AND NOT EXISTS { MATCH (b:Entity) WHERE b <> a AND any(n IN a.names WHERE n IN b.names) }
     WITH a, count(DISTINCT o) AS pairs
     ORDER BY pairs DESC, a.id LIMIT 1
     RETURN a.name AS name, pairs`,
    { yearFrom },
    { database: db.cypher.database },
  );
  return { name: records[0]!.get('name') as string, pairs: Number(records[0]!.get('pairs')) };
}

async function everyPage(subject: string, first: number, filter: Record<string, unknown> | null) {
  const pages: PageAnswer['evidencePage'][] = [];
  let after: string | null = null;
  for (;;) {
    const response: Awaited<ReturnType<typeof graphql<PageAnswer>>> = await graphql<PageAnswer>(yoga, PAGE, {
      subject,
      first,
      after,
      filter,
    });
    expect(response.errors).toBeUndefined();
    const page: PageAnswer['evidencePage'] = response.data!.evidencePage;
    pages.push(page);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
    expect(pages.length).toBeLessThan(100);
  }
  return pages;
}

describe('evidencePage', () => {
  for (const [label, yearFrom] of [
    ['default filter (materialized view)', null],
    ['a filter (live synthesis)', 2015],
  ] as const) {
    it(`totalCount is the graph's pair count, and the pages hold every pair once, in evidence's order: ${label}`, async () => {
      const { name, pairs } = await busiestSubject(yearFrom);
      expect(pairs).toBeGreaterThan(2);
      const filter = yearFrom === null ? null : { yearFrom };
      const pages = await everyPage(name, 2, filter);
      for (const page of pages) expect(page.totalCount).toBe(pairs);
      expect(pages).toHaveLength(Math.ceil(pairs / 2));
      const paged = pages.flatMap((page) => page.pairs);
      expect(paged).toHaveLength(pairs);
      expect(new Set(paged.map((p) => `${p.subject.id} ${p.object.id}`)).size).toBe(pairs);
      const whole = await graphql<{ evidence: PageAnswer['evidencePage']['pairs'] }>(
        yoga,
        'query ($subject: String!, $filter: EvidenceFilter) { evidence(subject: $subject, first: 200, filter: $filter) { subject { id } object { id } studyCount } }',
        { subject: name, filter },
      );
      expect(whole.errors).toBeUndefined();
      expect(paged).toEqual(whole.data!.evidence);
    });
  }

  it('refuses a cursor it did not issue', async () => {
    const { name } = await busiestSubject(null);
    const response = await graphql(yoga, PAGE, { subject: name, after: 'bm90LWEtY3Vyc29y' });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});
