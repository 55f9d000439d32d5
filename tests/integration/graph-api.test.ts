// Types, lookups and batching of the graph API on the bundled sample. Read-only.
import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';
import { FINDING_FIELD_PROPERTIES } from '../../src/schema/projection.ts';
import { graphql, readOnlySampleSuite, recordingYoga } from './helpers.ts';

const { db, yoga } = readOnlySampleSuite();

describe('entity lookups', () => {
  it('find one ME/CFS condition by any synonym, in any case', async () => {
    for (const name of [
      'ME/CFS',
      'cfs',
      'Chronic Fatigue Syndrome',
      'myalgic encephalomyelitis/chronic fatigue syndrome',
    ]) {
      const response = await graphql<{ condition: { name: string; xrefs: { source: string; id: string }[] } }>(
        yoga,
        'query ($name: String!) { condition(name: $name) { name xrefs { source id } } }',
        { name },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data?.condition.name).toBe('ME/CFS');
      expect(response.data?.condition.xrefs).toContainEqual({ source: 'MONDO', id: 'MONDO:0005404' });
    }
  });

  it('find a biomarker by synonym with its kind and miRBase xref', async () => {
    const response = await graphql<{ biomarker: { name: string; kind: string; xrefs: { id: string }[] } }>(
      yoga,
      '{ biomarker(name: "MICRORNA-320A") { name kind xrefs { id } } }',
    );
    expect(response.data?.biomarker).toEqual({
      name: 'miR-320a',
      kind: 'microRNA',
      xrefs: [{ id: 'miRBase:MIMAT0000510' }],
    });
  });

  it('find a symptom, a measure and a method flag by synonym or case', async () => {
    const response = await graphql<{
      symptom: { name: string; xrefs: { id: string }[]; studies: { edges: { node: { slug: string } }[] } };
      measure: { name: string; findings: { totalCount: number } };
      methodFlag: { name: string };
    }>(
      yoga,
      `
        {
          symptom(name: "Fatigue Severity") {
            name
            xrefs {
              id
            }
            studies(first: 50) {
              edges {
                node {
                  slug
                }
              }
            }
          }
          measure(name: "fiqr score") {
            name
            findings {
              totalCount
            }
          }
          methodFlag(name: "SMALL SAMPLE") {
            name
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.symptom.name).toBe('fatigue');
    expect(response.data?.symptom.xrefs).toContainEqual({ id: 'HP:0012378' });
    // The seed is tagged Fatigue.
    expect(response.data?.symptom.studies.edges.map((e) => e.node.slug)).toContain('hussein-2022-impact-micro');
    expect(response.data?.measure).toEqual({ name: 'FIQR', findings: { totalCount: 1 } });
    expect(response.data?.methodFlag).toEqual({ name: 'Small Sample' });
  });

  it('answer null with a NOT_FOUND error at their path for a name nobody uses, and for a name of another type', async () => {
    const response = await graphql<{ biomarker: null; symptom: null }>(
      yoga,
      '{ biomarker(name: "unobtainium") { name } symptom(name: "miR-320a") { name } }',
    );
    expect(response.data).toEqual({ biomarker: null, symptom: null });
    expect(response.errors?.map((e) => `${e.path?.join('.')} ${String(e.extensions?.code)}`).sort()).toEqual([
      'biomarker NOT_FOUND',
      'symptom NOT_FOUND',
    ]);
  });
});

describe('entity connections', () => {
  it("list an entity's findings by role and relation, with totals", async () => {
    const response = await graphql<{
      biomarker: {
        all: { totalCount: number };
        correlations: {
          totalCount: number;
          edges: { node: { sign: string; pValue: number; study: { slug: string } } }[];
        };
        asObject: { totalCount: number };
        studies: { totalCount: number; edges: { node: { slug: string } }[] };
      };
    }>(
      yoga,
      `
        {
          biomarker(name: "miR-320a") {
            all: findings {
              totalCount
            }
            correlations: findings(role: SUBJECT, relation: CORRELATES_WITH) {
              totalCount
              edges {
                node {
                  sign
                  pValue
                  study {
                    slug
                  }
                }
              }
            }
            asObject: findings(role: OBJECT) {
              totalCount
            }
            studies {
              totalCount
              edges {
                node {
                  slug
                }
              }
            }
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    const biomarker = response.data!.biomarker;
    expect(biomarker.correlations.totalCount).toBe(3);
    expect(biomarker.correlations.edges.map((e) => e.node.sign)).toEqual(['POSITIVE', 'POSITIVE', 'POSITIVE']);
    expect(biomarker.correlations.edges.map((e) => e.node.pValue).sort()).toEqual([0.001, 0.002, 0.003]);
    expect(biomarker.all.totalCount).toBe(10);
    expect(biomarker.asObject.totalCount).toBe(0);
    expect(biomarker.studies.edges.map((e) => e.node.slug)).toEqual(['hussein-2022-impact-micro']);
  });

  it('look an entity up with its findings page in one round trip, answering as the two-step path does', async () => {
    const fields = `name findings(role: SUBJECT, first: 5) { totalCount pageInfo { hasNextPage } nodes { id relation study { slug title } subject { name } object { name } } }`;
    const direct = await graphql<{ biomarker: { name: string; findings: { totalCount: number; nodes: unknown[] } } }>(
      yoga,
      `{ biomarker(name: "MIR-320A") { ${fields} } }`,
    );
    expect(direct.errors).toBeUndefined();
    expect(direct.extensions?.roundTrips).toBe(1);
    expect(direct.data?.biomarker.findings.totalCount).toBe(10);
    expect(direct.data?.biomarker.findings.nodes).toHaveLength(5);
    // A fragment spread takes the ordinary path: the lookup, then the page.
    const twoStep = await graphql(
      yoga,
      `fragment F on Biomarker { ${fields} } { biomarker(name: "MIR-320A") { ...F } }`,
    );
    expect(twoStep.extensions?.roundTrips).toBe(2);
    expect(twoStep.data).toEqual(direct.data);
    const missing = await graphql<{ biomarker: null }>(yoga, `{ biomarker(name: "unobtainium") { ${fields} } }`);
    expect(missing.data?.biomarker).toBeNull();
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // The lookup, then the suggestions of the NOT_FOUND error.
    expect(missing.extensions?.roundTrips).toBe(2);
    // A bad page size fails on the findings field, where it was given.
    const tooMany = await graphql(
      yoga,
      '{ biomarker(name: "miR-320a") { name findings(first: 1000) { totalCount } } }',
    );
    expect(tooMany.errors?.[0]?.path).toEqual(['biomarker', 'findings']);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('count findings by role as the graph does (subject, object, either), and filter by relation in each', async () => {
    // The entity named most often as subject and as object, so each role has findings of its own.
    const { records } = await db.driver.executeQuery(
      `MATCH (e:Entity) WHERE e.type IN ['Biomarker', 'Symptom', 'Condition', 'Measure']
       WITH e, COUNT { (e)<-[:SUBJECT]-(:Finding) } AS asSubject, COUNT { (e)<-[:OBJECT]-(:Finding) } AS asObject
       WHERE asSubject > 0 AND asObject > 0
       WITH e, asSubject, asObject ORDER BY asSubject + asObject DESC, e.id LIMIT 1
       MATCH (e)<-[:SUBJECT|OBJECT]-(f:Finding)
       WITH e, asSubject, asObject, collect(DISTINCT f) AS findings
       RETURN e.type AS type, e.name AS name, asSubject, asObject, size(findings) AS either,
         [f IN findings WHERE f.relation = findings[0].relation | f.id] AS sameRelation, findings[0].relation AS relation`,
      {},
      { database: db.connection.database },
    );
    const oracle = records[0]!.toObject() as {
      type: string;
      name: string;
      asSubject: number;
      asObject: number;
      either: number;
      sameRelation: string[];
      relation: string;
    };
    const field = oracle.type.toLowerCase();
    const response = await graphql<{
      entity: Record<string, { totalCount: number; nodes: { id: string; relation: string }[] }>;
    }>(
      yoga,
      `query ($name: String!) { entity: ${field}(name: $name) {
          either: findings(first: 100) { totalCount nodes { id relation } }
          asSubject: findings(role: SUBJECT) { totalCount }
          asObject: findings(role: OBJECT) { totalCount }
          sameRelation: findings(relation: ${oracle.relation}, first: 100) { totalCount nodes { id relation } } } }`,
      { name: oracle.name },
    );
    expect(response.errors).toBeUndefined();
    const entity = response.data!.entity;
    expect(entity.asSubject!.totalCount).toBe(Number(oracle.asSubject));
    expect(entity.asObject!.totalCount).toBe(Number(oracle.asObject));
    expect(entity.either!.totalCount).toBe(Number(oracle.either));
    expect(Number(oracle.either)).toBeGreaterThan(Math.max(Number(oracle.asSubject), Number(oracle.asObject)));
    expect(entity.sameRelation!.totalCount).toBe(oracle.sameRelation.length);
    expect(entity.sameRelation!.nodes.map((node) => node.relation)).toEqual(
      oracle.sameRelation.map(() => oracle.relation),
    );
  });

  it('page through findings without repeating or losing one', async () => {
    const query = `query ($after: String) { condition(name: "ME/CFS") { findings(first: 7, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }`;
    type Page = {
      condition: {
        findings: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string } }[];
        };
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 50; i++) {
      const page: Awaited<ReturnType<typeof graphql<Page>>> = await graphql<Page>(yoga, query, { after });
      const findings = page.data!.condition.findings;
      total = findings.totalCount;
      seen.push(...findings.edges.map((e) => e.node.id));
      if (!findings.pageInfo.hasNextPage) break;
      after = findings.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(20);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });
});

describe('global ids', () => {
  it('resolve studies, findings and entities through node and nodes', async () => {
    const ids = await graphql<{ study: { id: string; findings: { id: string; subject: { id: string } }[] } }>(
      yoga,
      '{ study(slug: "hussein-2022-impact-micro") { id findings { id subject { id } } } }',
    );
    const study = ids.data!.study;
    const finding = study.findings[0]!;
    const response = await graphql<{ nodes: ({ __typename: string } & Record<string, unknown>)[] }>(
      yoga,
      `
        query ($ids: [ID!]!) {
          nodes(ids: $ids) {
            __typename
            ... on Study {
              slug
            }
            ... on Finding {
              relation
            }
            ... on Biomarker {
              name
            }
          }
        }
      `,
      { ids: [study.id, finding.id, finding.subject.id] },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.nodes).toEqual([
      { __typename: 'Study', slug: 'hussein-2022-impact-micro' },
      { __typename: 'Finding', relation: 'ELEVATED_IN' },
      { __typename: 'Biomarker', name: 'miR-320a' },
    ]);
  });

  it('find a study by DOI (with or without the resolver prefix) and by PMID', async () => {
    const response = await graphql<Record<string, { slug: string } | null>>(
      yoga,
      `
        {
          a: study(doi: "10.1093/pm/pnac076") {
            slug
          }
          b: study(doi: "https://doi.org/10.1093/pm/pnac076") {
            slug
          }
          c: study(pmid: "35587745") {
            slug
          }
          d: study(pmid: "1") {
            slug
          }
        }
      `,
    );
    expect(response.data).toEqual({
      a: { slug: 'hussein-2022-impact-micro' },
      b: { slug: 'hussein-2022-impact-micro' },
      c: { slug: 'hussein-2022-impact-micro' },
      d: null,
    });
  });

  it('refuse a study lookup with two identifiers, with a coded error', async () => {
    const response = await graphql(yoga, '{ study(slug: "x", pmid: "1") { slug } }');
    expect(response.errors?.[0]?.message).toBe('study: give exactly one of slug, doi or pmid');
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('batching', () => {
  it('a study with its findings, subjects and objects costs one round trip, however the findings are selected', async () => {
    const fields = 'findings { id relation subject { __typename name } object { name } study { slug } }';
    const direct = await graphql<{ study: { findings: { id: string; subject: { name: string } }[] } }>(
      yoga,
      `{ study(slug: "hussein-2022-impact-micro") { slug ${fields} } }`,
    );
    expect(direct.errors).toBeUndefined();
    expect(direct.extensions?.roundTrips).toBe(1);
    const findings = direct.data!.study.findings;
    expect(findings.length).toBeGreaterThan(1);
    // The same findings, in the same (page) order, as the batched path answers them for a study reached by node().
    const batched = await graphql<{ node: { findings: unknown[] } }>(
      yoga,
      `{ node(id: "${Buffer.from('Study:hussein-2022-impact-micro').toString('base64')}") { ... on Study { ${fields} } } }`,
    );
    expect(batched.extensions?.roundTrips).toBe(2);
    expect(findings).toEqual(batched.data?.node.findings);
    expect(findings.some((f) => f.subject.name === 'miR-320a')).toBe(true);
    // Through a fragment the answer is the same, and so is the cost.
    const viaFragment = await graphql<typeof direct.data>(
      yoga,
      `{ study(slug: "hussein-2022-impact-micro") { slug ...F } } fragment F on Study { ${fields} }`,
    );
    expect(viaFragment.data).toEqual(direct.data);
    expect(viaFragment.extensions?.roundTrips).toBe(1);
    // Without findings selected, none are read: still one round trip, and the same study.
    const plain = await graphql<{ study: { slug: string } }>(yoga, '{ study(pmid: "35587745") { slug title } }');
    expect(plain.data?.study.slug).toBe('hussein-2022-impact-micro');
    expect(plain.extensions?.roundTrips).toBe(1);
  });

  // studies → findings → subject → findings → study: at most one round trip per list level plus one, whatever the
  // page size; subjects come with their findings, and an entity's findings with their studies (both primed), so
  // the operation costs 3: studies, their findings, the subjects' findings.
  const nested = `query ($first: Int!) { studies(first: $first) { edges { node { slug
    findings { relation subject { name findings(first: 5) { edges { node { statement study { slug title } } } } } } } } } }`;

  for (const first of [2, 10, 40]) {
    it(`a nested query over ${first} studies costs 3 round trips`, async () => {
      const response = await graphql<{ studies: { edges: { node: { findings: unknown[] } }[] } }>(yoga, nested, {
        first,
      });
      expect(response.errors).toBeUndefined();
      expect(response.data?.studies.edges).toHaveLength(first);
      expect(response.extensions?.roundTrips).toBe(3);
    });
  }

  it('tags of many studies cost one round trip for all three tag fields', async () => {
    const response = await graphql(
      yoga,
      '{ studies(first: 30) { edges { node { symptoms { name } biomarkerClasses { name } methodFlags { name } } } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.roundTrips).toBe(2);
  });

  it('entity lookups by name in one request share one round trip', async () => {
    const response = await graphql(
      yoga,
      '{ a: condition(name: "CFS") { name } b: condition(name: "fibromyalgia") { name } c: biomarker(name: "miR-320a") { name } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.roundTrips).toBe(1);
  });
});

const WHOLE_ENDS = 'subject { __typename name synonyms xrefs { id } } object { __typename name synonyms xrefs { id } }';
// Every Finding field, each object field with all of its own.
const EVERY_FINDING_FIELD = `id study { slug } statement relation sign ${WHOLE_ENDS} comparator population timePoint pValue pComparator significant
  effectSize effectType ci { low high } sampleSize groups { mean sd n } extraction { agent version confidence curated }`;

describe('study(slug) fetches what the query selects', () => {
  const SEED = 'hussein-2022-impact-micro';
  type End = { __typename: string; name: string; synonyms?: string[]; xrefs?: { id: string }[] };
  type Finding = { subject: End; object: End; study?: { findings: { subject: End }[] } };
  type Study = { title?: string; journal?: string; year?: number; findings: Finding[] };
  const ask = async (selection: string) => {
    const response = await graphql<{ study: Study }>(
      yoga,
      `query ($slug: String!) { study(slug: $slug) { ${selection} } }`,
      { slug: SEED },
    );
    expect(response.errors).toBeUndefined();
    return { study: response.data!.study, roundTrips: response.extensions?.roundTrips };
  };
  const whole = async () => (await ask(`title journal year findings { ${WHOLE_ENDS} }`)).study;

  it('serves the ends by name alone, in one round trip, as the whole entities name them', async () => {
    // Only the ends' names selected: each end comes as id, type, key and name (cypher/study/by-identifiers.cypher).
    const reference = await whole();
    const { study, roundTrips } = await ask(
      'title findings { subject { __typename name } object { __typename name } }',
    );
    expect(roundTrips).toBe(1);
    expect(study).toEqual({
      title: reference.title,
      findings: reference.findings.map((f) => ({
        subject: { __typename: f.subject.__typename, name: f.subject.name },
        object: { __typename: f.object.__typename, name: f.object.name },
      })),
    });
    expect(reference.findings.some((f) => f.subject.synonyms!.length > 0)).toBe(true);
  });

  it('never serves the name-only ends to another field that selects more', async () => {
    const reference = await whole();
    // The study's findings are cached for the request with name-only ends; reached again through a finding's study,
    // the ends that select synonyms are loaded whole.
    const { study } = await ask(
      'title findings { subject { __typename name } object { __typename name } study { findings { subject { __typename name synonyms xrefs { id } } } } }',
    );
    expect(study.findings[0]!.study!.findings).toEqual(reference.findings.map((f) => ({ subject: f.subject })));
  });

  it('answers the properties selected, the same as from the whole study', async () => {
    const reference = await whole();
    const { study, roundTrips } = await ask(`journal year findings { ${WHOLE_ENDS} }`);
    expect(roundTrips).toBe(1);
    expect(study).toEqual({ journal: reference.journal, year: reference.year, findings: reference.findings });
  });

  it('names the stored properties of every Finding field', () => {
    const finding = schema.getType('Finding');
    if (!isObjectType(finding)) throw new Error('Finding is not an object type');
    expect(Object.keys(FINDING_FIELD_PROPERTIES).sort()).toEqual(
      ['__typename', ...Object.keys(finding.getFields())].sort(),
    );
  });

  it('fetches the finding properties selected, answering every field as whole findings do', async () => {
    const { sent, recording } = recordingYoga(db.cypher);
    const selected = async (query: string, slug = SEED) => {
      sent.length = 0;
      const response = await graphql<{ study: { findings: Record<string, unknown>[] } }>(recording, query, { slug });
      expect(response.errors).toBeUndefined();
      expect(response.extensions?.roundTrips).toBe(1);
      return {
        findings: response.data!.study.findings,
        findingFields: sent.find((read) => read.name === 'study/by-identifiers')?.params.findingFields,
      };
    };
    const slugs = (
      await graphql<{ studies: { nodes: { slug: string }[] } }>(yoga, '{ studies(first: 100) { nodes { slug } } }')
    ).data!.studies.nodes;
    const wholeFindings: Record<string, unknown>[] = [];
    for (const { slug } of slugs) {
      const every = await selected(
        `query ($slug: String!) { study(slug: $slug) { findings { ${EVERY_FINDING_FIELD} } } }`,
        slug,
      );
      const whole = await selected(
        `fragment F on Finding { ${EVERY_FINDING_FIELD} } query ($slug: String!) { study(slug: $slug) { findings { ...F } } }`,
        slug,
      );
      // The named fragment is looked into: the same properties are asked for.
      expect(whole.findingFields).toEqual(every.findingFields);
      expect(every.findingFields).toEqual(
        expect.arrayContaining(['id', 'studySlug', 'ciLow', 'ciHigh', 'groups', 'curated']),
      );
      expect(every.findings).toEqual(whole.findings);
      wholeFindings.push(...whole.findings);
    }
    // The sample's findings carry every field compared above, so a field read from a property not fetched shows; all
    // but a confidence interval, which no sample finding prints (its properties are checked by name above), and a
    // population or time point, which only some sentences name (their properties are checked by
    // tests/integration/finding-qualifiers.test.ts).
    const empty = (value: unknown) => value == null || (Array.isArray(value) && value.length === 0);
    const fields = Object.keys(wholeFindings[0]!);
    expect(fields).toHaveLength(Object.keys(FINDING_FIELD_PROPERTIES).length - 1);
    const qualifiers = ['population', 'timePoint'];
    expect(
      fields.filter((field) => !qualifiers.includes(field) && wholeFindings.every((f) => empty(f[field]))),
    ).toEqual(['ci']);
    const few = await selected(
      'query ($slug: String!) { study(slug: $slug) { findings { pValue subject { name } } } }',
    );
    expect(few.findingFields).toEqual(['id', 'pValue']);
    const seed = await selected(
      `fragment F on Finding { ${EVERY_FINDING_FIELD} } query ($slug: String!) { study(slug: $slug) { findings { ...F } } }`,
    );
    expect(few.findings).toEqual(
      seed.findings.map((f) => ({ pValue: f.pValue, subject: { name: (f.subject as End).name } })),
    );
  });

  it('never serves the partial findings to another field that selects more', async () => {
    const reference = await whole();
    const full = 'statement pValue comparator sampleSize';
    const { study } = await ask(`findings { statement study { findings { ${full} } } }`);
    const again = (await ask(`findings { ${full} }`)).study.findings;
    expect(study.findings.length).toBe(reference.findings.length);
    for (const finding of study.findings as unknown as { study: { findings: unknown[] } }[])
      expect(finding.study.findings).toEqual(again);
  });

  it('looks into named fragments: the properties they select, the same answer', async () => {
    const reference = await whole();
    const { sent, recording } = recordingYoga(db.cypher);
    const response = await graphql<{ study: Study }>(
      recording,
      `fragment Ends on Finding { ${WHOLE_ENDS} }
       fragment Head on Study { title journal year }
       query ($slug: String!) { study(slug: $slug) { ...Head findings { ...Ends } } }`,
      { slug: SEED },
    );
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.roundTrips).toBe(1);
    expect(response.data!.study).toEqual(reference);
    const read = sent.find((r) => r.name === 'study/by-identifiers')!;
    expect(read.params.studyFields).toEqual(['slug', 'title', 'journal', 'year']);
    expect(read.params.endFields).toEqual(['id', 'type', 'name', 'synonyms', 'xrefs']);
  });
});

describe("a page of studies' findings fetch what the query selects", () => {
  type Page = { studies: { nodes: { slug: string; findings: Record<string, unknown>[] }[] } };
  const page = (selection: string, fragment = '') =>
    `${fragment} { studies(first: 30) { nodes { slug findings ${selection} } } }`;

  it('one round trip for the page, with the selected properties; the answer is that of whole findings', async () => {
    const { sent, recording } = recordingYoga(db.cypher);
    const ask = async (query: string) => {
      sent.length = 0;
      const response = await graphql<Page>(recording, query);
      expect(response.errors).toBeUndefined();
      return { data: response.data!, reads: sent.filter((read) => read.name === 'finding/by-studies') };
    };
    const few = await ask(page('{ pValue subject { name } }'));
    expect(few.reads).toHaveLength(1);
    expect(few.reads[0]!.params.findingFields).toEqual(['id', 'pValue']);
    expect(few.reads[0]!.params.endFields).toEqual(['id', 'type', 'name']);
    const every = await ask(page('{ ...F }', `fragment F on Finding { ${EVERY_FINDING_FIELD} }`));
    expect(every.reads).toHaveLength(1);
    expect(every.reads[0]!.params.findingFields).toEqual(
      expect.arrayContaining(['id', 'studySlug', 'pValue', 'ciLow', 'ciHigh', 'groups', 'curated']),
    );
    const findings = every.data.studies.nodes.flatMap((node) => node.findings);
    expect(findings.length).toBeGreaterThan(30);
    expect(few.data.studies.nodes).toEqual(
      every.data.studies.nodes.map((node) => ({
        slug: node.slug,
        findings: node.findings.map((f) => ({
          pValue: f.pValue,
          subject: { name: (f.subject as { name: string }).name },
        })),
      })),
    );
  });

  it('never serves findings fetched for one selection to a place that selects more', async () => {
    // A few studies: a study's findings' study's findings are a list in a list in a list (the cost limit).
    const full = 'statement pValue comparator sampleSize subject { name synonyms }';
    const response = await graphql<{
      studies: { nodes: { findings: { study: { findings: Record<string, unknown>[] } }[] }[] };
    }>(yoga, `{ studies(first: 3) { nodes { findings { pValue study { findings { ${full} } } } } } }`);
    expect(response.errors).toBeUndefined();
    const whole = await graphql<Page>(yoga, `{ studies(first: 3) { nodes { slug findings { ${full} } } } }`);
    const nested = response.data!.studies.nodes.flatMap((node) => node.findings.map((f) => f.study.findings));
    const expected = whole.data!.studies.nodes.flatMap((node) => node.findings.map(() => node.findings));
    expect(nested.length).toBeGreaterThan(3);
    expect(nested).toEqual(expected);
  });
});

describe("an entity's findings fetch what the query selects", () => {
  type Page = { totalCount: number; edges: { cursor: string; node: Record<string, unknown> }[] };
  const { sent, recording } = recordingYoga(db.cypher);
  const findingFieldsSent = () =>
    sent
      .filter((read) => read.name === 'entity/findings')
      .map((read) => [read.params.findingFields, read.params.endFields]);
  const ask = async <T>(query: string): Promise<T> => {
    sent.length = 0;
    const response = await graphql<T>(recording, query);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  // By name (one statement with the lookup) and through a study's finding's subject (the batched loader).
  const byName = (selection: string, fragment = '') =>
    `${fragment} { condition(name: "ME/CFS") { findings(first: 50) ${selection} } }`;
  const byLoader = (selection: string, fragment = '') =>
    `${fragment} { condition(name: "ME/CFS") { findings(first: 4) { nodes { subject { findings(first: 4) ${selection} } } } } }`;
  // The loader's pages as one: the subjects' findings, one after the other.
  const pageOf = {
    byName: (data: { condition: { findings: Page } }) => data.condition.findings,
    byLoader: (data: { condition: { findings: { nodes: { subject: { findings: Page } }[] } } }): Page => ({
      totalCount: data.condition.findings.nodes.reduce((sum, node) => sum + node.subject.findings.totalCount, 0),
      edges: data.condition.findings.nodes.flatMap((node) => node.subject.findings.edges),
    }),
  };

  it('answers every field from partial findings as from whole ones, by name and through the loader', async () => {
    for (const [path, query] of [
      ['byName', byName],
      ['byLoader', byLoader],
    ] as const) {
      const partial = pageOf[path](
        await ask<any>(query(`{ totalCount edges { cursor node { ${EVERY_FINDING_FIELD} } } }`)),
      );
      const partialReads = sent.map((read) => read.name);
      const [fields, endFields] = findingFieldsSent().at(-1)!;
      expect(fields, path).toEqual(expect.arrayContaining(['id', 'studySlug', 'pValue', 'groups', 'curated']));
      expect(endFields, path).toEqual(expect.arrayContaining(['name', 'synonyms', 'xrefs']));
      const whole = pageOf[path](
        await ask<any>(
          query('{ totalCount edges { cursor node { ...F } } }', `fragment F on Finding { ${EVERY_FINDING_FIELD} }`),
        ),
      );
      // The named fragment is looked into: the same properties are asked for.
      expect(findingFieldsSent().at(-1), path).toEqual([fields, endFields]);
      // Whole ends came with the partial findings: no more reads than whole findings cost.
      expect(partialReads, path).toEqual(sent.map((read) => read.name));
      // By name a page of ME/CFS's findings; through the loader at least one finding of each of four subjects.
      expect(whole.edges.length, path).toBeGreaterThan(path === 'byName' ? 5 : 3);
      expect(partial, path).toEqual(whole);
    }
  });

  it('asks for the selected properties and the ends by name when no more is selected, paging as before', async () => {
    const named = pageOf.byName(await ask<any>(byName('{ edges { cursor node { pValue subject { name } } } }')));
    expect(findingFieldsSent()).toEqual([
      [
        ['id', 'pValue'],
        ['id', 'type', 'name'],
      ],
    ]);
    const more = pageOf.byName(
      await ask<any>(byName('{ edges { cursor node { id pValue subject { name synonyms } } } }')),
    );
    expect(findingFieldsSent()).toEqual([
      [
        ['id', 'pValue'],
        ['id', 'type', 'name', 'synonyms'],
      ],
    ]);
    expect(more.edges.length).toBeGreaterThan(5);
    expect(named.edges.map((edge) => edge.node)).toEqual(
      more.edges.map((edge) => ({
        pValue: edge.node.pValue,
        subject: { name: (edge.node.subject as { name: string }).name },
      })),
    );
    // The cursors are the same whichever properties were fetched: the id is always among them.
    expect(named.edges.map((edge) => edge.cursor)).toEqual(more.edges.map((edge) => edge.cursor));
  });
});
