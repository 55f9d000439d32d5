// search(text, types, include, first) on the bundled atlas sample: ranking, typo tolerance, type selection, bounds,
// and user text that looks like Lucene syntax. Reads only.
import { describe, expect, it } from 'vitest';
import { graphql, readOnlySampleSuite, recordingYoga } from './helpers.ts';

const { db, yoga } = readOnlySampleSuite();

interface Hit {
  score: number;
  type: string;
  name: string;
  snippet: string | null;
  node: { __typename: string; slug?: string; name?: string };
}

const SEARCH = `query ($text: String!, $types: [EntityType!], $include: [SearchHitType!], $first: Int) {
  search(text: $text, types: $types, include: $include, first: $first) {
    score type name snippet
    node { __typename ... on Study { slug } ... on Entity { name } ... on MethodFlag { name } ... on BiomarkerClass { name } }
  }
}`;

async function search(variables: Record<string, unknown>) {
  const response = await graphql<{ search: Hit[] }>(yoga, SEARCH, variables);
  return response;
}

async function hits(variables: Record<string, unknown>): Promise<Hit[]> {
  const response = await search(variables);
  expect(response.status).toBe(200);
  expect(response.errors).toBeUndefined();
  // One round trip; two when no hit has every word and the any-word search follows.
  expect(response.extensions?.roundTrips).toBeLessThanOrEqual(2);
  return response.data!.search;
}

describe('search', () => {
  it('finds the fibromyalgia Condition first despite a typo, in one round trip', async () => {
    const response = await search({ text: 'fibromyalga' });
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.roundTrips).toBe(1);
    const [first] = response.data!.search;
    expect(first).toMatchObject({
      type: 'CONDITION',
      name: 'fibromyalgia',
      node: { __typename: 'Condition', name: 'fibromyalgia' },
    });
    // the study about fibromyalgia is found too, with a snippet of its summary
    const study = response.data!.search.find((hit) => hit.node.slug === 'hussein-2022-impact-micro');
    expect(study?.type).toBe('STUDY');
    expect(study?.snippet).toMatch(/fibromyalgia/i);
  });

  it('finds the miR-320a Biomarker first, above the study that reports it', async () => {
    const found = await hits({ text: 'miR-320a' });
    expect(found[0]).toMatchObject({ type: 'BIOMARKER', name: 'miR-320a', node: { __typename: 'Biomarker' } });
    expect(found.map((hit) => hit.node.slug)).toContain('hussein-2022-impact-micro');
    const scores = found.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('answers names, types and scores alike whether or not whole nodes are asked for', async () => {
    const whole = await hits({ text: 'fibromyalgia', first: 50 });
    const response = await graphql<{ search: Pick<Hit, 'name' | 'type' | 'score'>[] }>(
      yoga,
      'query ($text: String!) { search(text: $text, first: 50) { name type score } }',
      { text: 'fibromyalgia' },
    );
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.roundTrips).toBe(1);
    expect(whole.length).toBeGreaterThan(3);
    expect(whole.some((hit) => hit.type === 'STUDY')).toBe(true);
    expect(response.data!.search).toEqual(whole.map(({ name, type, score }) => ({ name, type, score })));
  });

  it('matches a synonym and shows it as the snippet', async () => {
    const [first] = await hits({ text: 'systemic exertion intolerance', types: ['CONDITION'] });
    expect(first).toMatchObject({
      type: 'CONDITION',
      name: 'ME/CFS',
      snippet: 'systemic exertion intolerance disease',
    });
  });

  it('restricts to the entity types asked for, adds studies and tags through include', async () => {
    const symptoms = await hits({ text: 'fatigue', types: ['SYMPTOM'] });
    expect(symptoms.length).toBeGreaterThan(0);
    expect(new Set(symptoms.map((hit) => hit.type))).toEqual(new Set(['SYMPTOM']));
    expect(symptoms[0]?.name).toBe('fatigue');
    const withStudies = await hits({ text: 'fatigue', types: ['SYMPTOM'], include: ['STUDY'], first: 50 });
    expect(new Set(withStudies.map((hit) => hit.type))).toEqual(new Set(['SYMPTOM', 'STUDY']));
    const flags = await hits({ text: 'small sample', include: ['METHOD_FLAG'] });
    expect(flags).toEqual([
      expect.objectContaining({
        type: 'METHOD_FLAG',
        name: 'Small Sample',
        node: { __typename: 'MethodFlag', name: 'Small Sample' },
      }),
    ]);
    // with neither argument every kind of node is searched: the flag ranks first, studies follow
    const everything = await hits({ text: 'small sample' });
    expect(everything[0]?.type).toBe('METHOD_FLAG');
    expect(everything.some((hit) => hit.type === 'STUDY')).toBe(true);
  });

  it('looks names up only when it searches entities: a search of studies alone is the index alone, same hits', async () => {
    const { sent, recording } = recordingYoga(db.cypher);
    const ask = (variables: Record<string, unknown>) => graphql<{ search: Hit[] }>(recording, SEARCH, variables);
    const studies = await ask({ text: 'fibromyalgia', include: ['STUDY'] });
    expect(sent.map((read) => read.params.compact)).toEqual([null]);
    const everything = await ask({ text: 'fibromyalgia' });
    expect(sent.at(-1)!.params.compact).toBe('fibromyalgia');
    const studyHits = studies.data!.search;
    expect(studyHits.length).toBeGreaterThan(0);
    // The studies come in the same order, with the same scores, as among all hits.
    const amongAll = everything.data!.search.filter((hit) => hit.type === 'STUDY');
    expect(amongAll.length).toBeGreaterThan(0);
    expect(studyHits.slice(0, amongAll.length)).toEqual(amongAll);
  });

  it('bounds first to 1..50', async () => {
    expect((await hits({ text: 'fatigue', first: 3 })).length).toBe(3);
    expect((await hits({ text: 'chronic fatigue syndrome', first: 50 })).length).toBeLessThanOrEqual(50);
    for (const first of [0, 51]) {
      const response = await search({ text: 'fatigue', first });
      expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('search with hostile text', () => {
  // Lucene syntax in user text is split into words: each of these must answer exactly like its plain-words form.
  const cases: [string, string][] = [
    ['fibro*', 'fibro'],
    ['AND OR NOT (', 'and or not'],
    ['title:x', 'title x'],
    ['"miR-320a', 'mir 320a'],
    ['fibromyalgia~0.1^100', 'fibromyalgia 0 1 100'],
    ['[* TO *]', 'to'],
  ];
  for (const [hostile, plain] of cases) {
    it(`"${hostile}" is searched as the words "${plain}"`, async () => {
      expect(await hits({ text: hostile, first: 20 })).toEqual(await hits({ text: plain, first: 20 }));
    });
  }

  it('"fibro*" does not become a wildcard over names: exactly the hits of "fibro"', async () => {
    const found = await hits({ text: 'fibro*' });
    expect(found[0]?.name).toMatch(/^fibromyalgia/);
  });

  it('text with no words at all gives no hits and no error', async () => {
    for (const text of ['\\', '*', '   ', '()', ':', '"']) {
      const response = await search({ text });
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      expect(response.data?.search).toEqual([]);
      expect(response.extensions?.roundTrips).toBe(0);
    }
  });
});

describe('search ranking (exact names first, every word)', () => {
  const entityHits = (text: string, first = 10) =>
    graphql<{
      search: {
        type: string;
        name: string;
        node: { id?: string; name?: string; synonyms?: string[]; title?: string; summary?: string };
      }[];
    }>(
      yoga,
      `
        query ($text: String!, $first: Int) {
          search(text: $text, first: $first) {
            type
            name
            node {
              ... on Entity {
                id
                name
                synonyms
              }
              ... on Study {
                title
                summary
              }
              ... on MethodFlag {
                name
              }
              ... on BiomarkerClass {
                name
              }
            }
          }
        }
      `,
      { text, first },
    );

  it('an entity with the text as a synonym ranks above entities whose names only contain it', async () => {
    // A condition with a short synonym that other conditions' names contain (ME/CFS's "CFS" in "ME/CFS subgroup").
    const { records } = await db.driver.executeQuery(
      `MATCH (c:Condition) UNWIND c.synonyms AS synonym
       WITH c, synonym WHERE size(synonym) <= 4 AND synonym =~ '[A-Za-z]+'
         AND EXISTS { MATCH (o:Condition) WHERE o <> c AND toLower(o.name) CONTAINS toLower(synonym) }
       RETURN c.id AS id, synonym ORDER BY synonym LIMIT 1`,
      {},
      { database: db.cypher.database },
    );
    const synonym = records[0]!.get('synonym') as string;
    const response = await entityHits(synonym);
    expect(response.errors).toBeUndefined();
    expect(Buffer.from(response.data!.search[0]!.node.id!, 'base64').toString('utf8')).toBe(records[0]!.get('id'));
  });

  it('a name written without its punctuation ("il6" for IL-6) finds the entity first', async () => {
    // An entity with a name or synonym of letters, a dash and digits (HHV-6, SF-36…), asked for without the dash.
    const { records } = await db.driver.executeQuery(
      `MATCH (e:Entity) UNWIND [e.name] + e.synonyms AS name
       WITH e, name WHERE name =~ '[A-Za-z]+-[0-9]+( [A-Za-z]+)*'
       RETURN e.id AS id, name ORDER BY name LIMIT 1`,
      {},
      { database: db.cypher.database },
    );
    const name = records[0]!.get('name') as string;
    const response = await entityHits(name.replace('-', '').toLowerCase());
    expect(response.errors).toBeUndefined();
    expect(Buffer.from(response.data!.search[0]!.node.id!, 'base64').toString('utf8')).toBe(records[0]!.get('id'));
  });

  it('every word must match: "natural killer" brings no hit that only resembles one of its words', async () => {
    const response = await entityHits('natural killer', 50);
    expect(response.errors).toBeUndefined();
    const hits = response.data!.search;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const text = [hit.node.name, ...(hit.node.synonyms ?? []), hit.node.title, hit.node.summary]
        .join(' ')
        .toLowerCase();
      expect(text, hit.name).toMatch(/kill/);
    }
    expect(hits.map((h) => h.name)).not.toContain('ventricular CSF lactate');
  });

  it('when no hit has every word, hits with some of them still come back', async () => {
    const response = await entityHits('fibromyalgia zzzzqqq');
    expect(response.errors).toBeUndefined();
    expect(response.data!.search.map((h) => h.name)).toContain('fibromyalgia');
  });
});
