// Names on the bundled sample (issue 18 items 2 and 3): one rule matches a name everywhere (case, runs of spaces,
// Unicode compatibility forms such as VO₂ = VO2, dashes), DOIs are found in any case, and a name that matches nothing
// answers its own field null with a NOT_FOUND error at its path while the other fields of the request stand.
// Reads only.
import { describe, expect, it } from 'vitest';
import { graphql, readOnlySampleSuite } from './helpers.ts';

const { db, yoga } = readOnlySampleSuite();

async function rows<T>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await db.driver.executeQuery(cypher, params, { database: db.cypher.database });
  return records.map((r) => r.toObject() as T);
}

/** Every field that takes an entity name, asked about `name` (`$name` in the operation). */
const EVERY_NAME_FIELD = `query ($name: String!) {
  measure(name: $name) { id }
  findings(filter: { subject: $name }) { totalCount }
  evidence(subject: $name) { subject { id } }
  evidencePage(subject: $name) { totalCount pairs { subject { id } } }
  evidenceMatrix(subjects: [$name]) { subjects { id } }
  facets(about: $name) { total }
  rollup(query: $name) { members { entity { id } } }
}`;

interface EveryNameField {
  measure: { id: string } | null;
  findings: { totalCount: number } | null;
  evidence: { subject: { id: string } }[] | null;
  evidencePage: { totalCount: number; pairs: { subject: { id: string } }[] } | null;
  evidenceMatrix: { subjects: { id: string }[] } | null;
  facets: { total: number } | null;
  rollup: { members: { entity: { id: string } }[] } | null;
}

describe('one rule for names', () => {
  it('"VO2 peak", "vo2  PEAK" and "VO₂ peak" meet the same entity in every field that takes a name', async () => {
    const answers = [];
    for (const name of ['VO₂ peak', 'VO2 peak', 'vo2  PEAK', ' VO₂\tPeak ']) {
      const response = await graphql<EveryNameField>(yoga, EVERY_NAME_FIELD, { name });
      expect(response.errors, name).toBeUndefined();
      answers.push(response.data!);
    }
    const [first] = answers;
    // The graph's own count of the entity's findings as subject, found by its name as stored.
    const [{ count }] = (await rows<{ count: number }>(
      "MATCH (e:Measure {name: 'VO₂ peak'})<-[:SUBJECT]-(f:Finding) RETURN count(f) AS count",
    )) as [{ count: number }];
    expect(Number(count)).toBeGreaterThan(0);
    expect(first!.measure).not.toBeNull();
    expect(first!.findings!.totalCount).toBe(Number(count));
    expect(first!.evidence!.length).toBeGreaterThan(0);
    expect(first!.evidencePage!.totalCount).toBe(first!.evidence!.length);
    expect(first!.facets!.total).toBeGreaterThan(0);
    for (const answer of answers) expect(answer).toEqual(first);
  });

  it('a DOI is found in any case, with or without its https://doi.org/ prefix', async () => {
    const [study] = await rows<{ slug: string; doi: string }>(
      'MATCH (s:Study) WHERE s.doi =~ ".*[a-z].*" RETURN s.slug AS slug, s.doi AS doi ORDER BY s.slug LIMIT 1',
    );
    expect(study).toBeDefined();
    for (const doi of [study!.doi, study!.doi.toUpperCase(), `https://doi.org/${study!.doi.toUpperCase()}`]) {
      const response = await graphql<{ study: { slug: string } | null }>(
        yoga,
        'query ($doi: String) { study(doi: $doi) { slug } }',
        { doi },
      );
      expect(response.errors, doi).toBeUndefined();
      expect(response.data!.study?.slug, doi).toBe(study!.slug);
    }
  });

  it("entity names are stored as the import's match keys, so a name written in another form of Unicode meets it", async () => {
    // Every stored name key is its own normal form: lower case, no runs of spaces, no compatibility characters.
    const [{ odd }] = (await rows<{ odd: number }>(
      "MATCH (e:Entity) UNWIND e.names AS n WITH n WHERE n <> toLower(n) OR n CONTAINS '  ' OR n <> normalize(n, NFKC) RETURN count(n) AS odd",
    )) as [{ odd: number }];
    expect(Number(odd)).toBe(0);
  });
});

interface Problem {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; argument?: string; unknownNames?: string[]; suggestions?: Record<string, string[]> };
}

describe('a name that matches nothing', () => {
  it('answers its own field null with a NOT_FOUND error at its path; the other root fields stand', async () => {
    const response = await graphql<Record<string, unknown>>(
      yoga,
      `
        {
          studies {
            totalCount
          }
          evidence(subject: "IL-99") {
            studyCount
          }
          evidencePage(subject: "IL-99") {
            totalCount
          }
          evidenceMatrix(subjects: ["IL-99"]) {
            cells {
              consensus
            }
          }
          classEvidence(subject: "IL-99") {
            pairs {
              studyCount
            }
          }
          findings(filter: { subject: "IL-99" }) {
            totalCount
          }
          biomarker(name: "IL-99") {
            id
          }
          symptom(name: "IL-99") {
            id
          }
          condition(name: "IL-99") {
            id
          }
          measure(name: "IL-99") {
            id
          }
          methodFlag(name: "IL-99") {
            name
          }
          facets(about: "IL-99") {
            total
          }
          rollup(query: "IL-99") {
            query
          }
        }
      `,
    );
    expect(response.status).toBe(200);
    const data = response.data!;
    expect((data.studies as { totalCount: number }).totalCount).toBeGreaterThan(0);
    const failed = Object.keys(data).filter((field) => field !== 'studies');
    expect(failed).toHaveLength(12);
    const errors = (response.errors ?? []) as Problem[];
    for (const field of failed) {
      expect(data[field], field).toBeNull();
      const error = errors.find((e) => e.path?.[0] === field);
      expect(error?.extensions?.code, field).toBe('NOT_FOUND');
      expect(error?.extensions?.unknownNames, field).toEqual(['IL-99']);
      expect(error?.message, field).toContain('"IL-99"');
    }
    expect(errors).toHaveLength(failed.length);
  });

  it('names the argument and suggests the closest names', async () => {
    const response = await graphql(
      yoga,
      '{ biomarker(name: "NK cytotoxicty") { id } f: findings(filter: { object: "fibromyalga" }) { totalCount } }',
    );
    const errors = response.errors as Problem[];
    const lookup = errors.find((e) => e.path?.[0] === 'biomarker')!;
    expect(lookup.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'name' });
    expect(lookup.extensions!.suggestions!['NK cytotoxicty']).toContain('NK cell cytotoxicity');
    const filter = errors.find((e) => e.path?.[0] === 'f')!;
    expect(filter.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'filter.object' });
    expect(filter.extensions!.suggestions!['fibromyalga']![0]).toBe('fibromyalgia');
    expect(filter.message).toContain('did you mean "fibromyalgia"');
  });

  it('a known name that no finding matches is an empty answer, not an error', async () => {
    const response = await graphql<{ findings: { totalCount: number } }>(
      yoga,
      '{ findings(filter: { subject: "VO2 peak", object: "VO2 peak" }) { totalCount } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.findings.totalCount).toBe(0);
  });
});
