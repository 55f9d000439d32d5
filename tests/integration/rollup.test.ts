// Roll-up questions (issue 20, Build 2–3): includeDescendants on findings, evidence, evidenceMatrix, facets and
// neighborhood; Entity.ontologyTerms/parents/children; search by CURIE; classEvidence's class summary. On the
// bundled sample plus three curated test records (tests/fixtures/ontology-records.json) that name cytokines,
// fatigue and autonomic symptoms, which the sample's extracted findings barely do. Each answer's round trips are
// asserted: the descendant set is resolved in one statement, whatever its size.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { entityId } from '../../src/ingest/entity-key.ts';
import { importPaths } from '../../src/ingest/import.ts';
import { SAMPLE_PATHS } from '../../src/ingest/sample.ts';
import { clearGraph, graphql, testDatabase, testYoga } from './helpers.ts';

const db = testDatabase();
const yoga = testYoga(db.cypher);
const RECORDS = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'ontology-records.json');

beforeAll(async () => {
  await clearGraph(db.cypher);
  const summary = await importPaths(db.cypher, [...SAMPLE_PATHS, RECORDS]);
  expect(summary.rejected).toEqual([]);
});

afterAll(async () => {
  await clearGraph(db.cypher);
  await db.driver.close();
});

type Member = { entity: { name: string }; via: string[]; named: boolean };
const names = (members: Member[]) => members.map((m) => m.entity.name).sort();

describe('rollup and the ontology fields', () => {
  it('resolves a name with its descendants in one round trip: fatigue includes mental fatigue through Cognitive fatigue', async () => {
    const response = await graphql<{ rollup: { roots: { curie: string }[]; members: Member[] } }>(
      yoga,
      '{ rollup(query: "fatigue") { roots { curie } members { entity { name } via named } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.rollup.roots.map((r) => r.curie)).toEqual(['HP:0012378']);
    const members = response.data!.rollup.members;
    expect(members.find((m) => m.entity.name === 'fatigue')).toMatchObject({ named: true });
    expect(members.find((m) => m.entity.name === 'mental fatigue')).toEqual({
      entity: { name: 'mental fatigue' },
      via: ['HP:0033236'],
      named: false,
    });
    expect(response.extensions?.roundTrips).toBe(1);
  });

  it('takes a CURIE as the query, and a class name the ontologies lack', async () => {
    const byCurie = await graphql<{ rollup: { members: Member[] } }>(
      yoga,
      '{ rollup(query: "hp:0012378") { members { entity { name } } } }',
    );
    expect(names(byCurie.data!.rollup.members)).toEqual(['fatigue', 'mental fatigue']);
    const cytokines = await graphql<{ rollup: { roots: { curie: string }[]; members: Member[] } }>(
      yoga,
      '{ rollup(query: "cytokines") { roots { curie } members { entity { name } via } } }',
    );
    expect(cytokines.data!.rollup.roots.map((r) => r.curie)).toContain('EG:cytokine');
    expect(names(cytokines.data!.rollup.members)).toEqual(expect.arrayContaining(['IL-6', 'TNF-α', 'eotaxin']));
    expect(cytokines.data!.rollup.members.find((m) => m.entity.name === 'eotaxin')!.via).toEqual(['NCBIGene:6356']);
  });

  it("exposes an entity's terms, parents and children, and a term's edges with their source", async () => {
    const response = await graphql<{
      symptom: {
        ontologyTerms: { curie: string; label: string }[];
        parents: { curie: string }[];
        children: { curie: string; entities: { name: string }[] }[];
      };
      ontologyTerm: { parentEdges: { parent: { curie: string }; source: string }[] };
    }>(
      yoga,
      `
        {
          symptom(name: "fatigue") {
            ontologyTerms {
              curie
              label
            }
            parents {
              curie
            }
            children {
              curie
              entities {
                name
              }
            }
          }
          ontologyTerm(curie: "HP:0033236") {
            parentEdges {
              parent {
                curie
              }
              source
            }
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.symptom.ontologyTerms).toEqual([{ curie: 'HP:0012378', label: 'Fatigue' }]);
    expect(response.data!.symptom.parents).toEqual([{ curie: 'HP:0025142' }]);
    expect(response.data!.symptom.children).toEqual([{ curie: 'HP:0033236', entities: [{ name: 'mental fatigue' }] }]);
    expect(response.data!.ontologyTerm.parentEdges).toEqual([{ parent: { curie: 'HP:0012378' }, source: 'eg' }]);
  });

  it('search takes a CURIE: the entities linked to the term or cross-referenced to it', async () => {
    const response = await graphql<{ search: { name: string; score: number }[] }>(
      yoga,
      '{ a: search(text: "MONDO:0005404") { name score } b: search(text: "HGNC:6018") { name score } }',
    );
    expect(response.errors).toBeUndefined();
    const data = response.data as unknown as { a: { name: string; score: number }[]; b: { name: string }[] };
    expect(data.a).toEqual([{ name: 'ME/CFS', score: 1 }]);
    expect(data.b.map((h) => h.name)).toEqual(['IL-6']);
  });
});

describe('includeDescendants', () => {
  it('findings: what correlates with fatigue or any kind of fatigue, and which entities the roll-up took in', async () => {
    const query = `query ($d: Boolean) { findings(filter: { object: "fatigue", includeDescendants: $d }) {
      totalCount nodes { subject { name } object { name } } rollups { query members { entity { name } via } } } }`;
    const plain = await graphql<{
      findings: { totalCount: number; nodes: { subject: { name: string }; object: { name: string } }[] };
    }>(yoga, query, { d: false });
    const rolled = await graphql<{
      findings: {
        totalCount: number;
        nodes: { subject: { name: string }; object: { name: string } }[];
        rollups: { members: Member[] }[];
      };
    }>(yoga, query, { d: true });
    expect(rolled.errors).toBeUndefined();
    const objects = new Set(rolled.data!.findings.nodes.map((n) => n.object.name));
    expect(objects).toEqual(new Set(['fatigue', 'mental fatigue']));
    const mental = await graphql<{ findings: { totalCount: number } }>(
      yoga,
      '{ findings(filter: { object: "mental fatigue" }) { totalCount } }',
    );
    expect(mental.data!.findings.totalCount).toBeGreaterThan(0);
    expect(rolled.data!.findings.totalCount).toBe(plain.data!.findings.totalCount + mental.data!.findings.totalCount);
    expect(names(rolled.data!.findings.rollups[0]!.members)).toEqual(['fatigue', 'mental fatigue']);
    expect(plain.extensions?.roundTrips).toBe(1);
    expect(rolled.extensions?.roundTrips).toBe(2); // the roll-up, then the findings page
  });

  it('evidence: every cytokine in ME/CFS, each pair saying which member it is', async () => {
    const response = await graphql<{ evidence: { subject: { name: string }; includedVia: Member[] }[] }>(
      yoga,
      '{ evidence(subject: "cytokines", object: "ME/CFS", includeDescendants: true) { subject { name } includedVia { entity { name } via named } } }',
    );
    expect(response.errors).toBeUndefined();
    // IL-2 from the sample (natelson-1995: "interleukin-2 gave little discrimination between the groups", a null).
    expect(response.data!.evidence.map((p) => p.subject.name).sort()).toEqual(['IL-2', 'IL-6', 'TNF-α', 'eotaxin']);
    const il6 = response.data!.evidence.find((p) => p.subject.name === 'IL-6')!;
    expect(il6.includedVia).toEqual([
      { entity: { name: 'IL-6' }, via: ['NCBIGene:3569'], named: false },
      { entity: { name: 'ME/CFS' }, via: ['MONDO:0005404'], named: true },
    ]);
    expect(response.extensions?.roundTrips).toBe(2); // the roll-ups of both names, then the pairs (materialized view)
    const without = await graphql(yoga, '{ evidence(subject: "cytokines", object: "ME/CFS") { studyCount } }');
    expect(without.errors?.[0]?.extensions?.code).toBe('NOT_FOUND'); // no entity is named "cytokines"
  });

  it('classEvidence: a class summary per object that counts a study once, whatever members it reports on', async () => {
    const response = await graphql<{
      classEvidence: {
        pairs: { subject: { name: string }; studyCount: number }[];
        summaries: {
          other: { name: string };
          members: Member[];
          pairCount: number;
          studyCount: number;
          studySlugs: string[];
          findingCount: number;
          consensus: string;
          weightedSupport: { up: number; none: number };
          comparator: { kind: string };
          consensusReason: string;
        }[];
      };
    }>(
      yoga,
      `
        {
          classEvidence(subject: "cytokines", object: "ME/CFS") {
            pairs {
              subject {
                name
              }
              studyCount
            }
            summaries {
              other {
                name
              }
              members {
                entity {
                  name
                }
              }
              pairCount
              studyCount
              studySlugs
              findingCount
              consensus
              weightedSupport {
                up
                none
              }
              comparator {
                kind
              }
              consensusReason
            }
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    const { pairs, summaries } = response.data!.classEvidence;
    // IL-6: A, B; TNF-α: A; eotaxin: B; IL-2: the sample's natelson-1995
    expect(pairs.reduce((n, p) => n + p.studyCount, 0)).toBe(5);
    expect(summaries).toHaveLength(1);
    const [summary] = summaries;
    expect(summary!.other.name).toBe('ME/CFS');
    expect(summary!.pairCount).toBe(4);
    expect(summary!.findingCount).toBe(5);
    expect(summary!.studyCount).toBe(3); // studies A, B and natelson-1995, each once
    expect(summary!.studySlugs).toEqual([
      'natelson-1995-frequency-deviant',
      'ontology-cytokines-2021-a',
      'ontology-cytokines-2022-b',
    ]);
    expect(names(summary!.members)).toEqual(['IL-2', 'IL-6', 'TNF-α', 'eotaxin']);
    // Two E2 case-control studies: weight per study, not per member finding (A: IL-6 and TNF-α up, one vote).
    const perPair = await graphql<{ evidence: { weightedSupport: { up: number; none: number } }[] }>(
      yoga,
      '{ evidence(subject: "IL-6", object: "ME/CFS") { weightedSupport { up none } } }',
    );
    const oneStudyWeight = perPair.data!.evidence[0]!.weightedSupport.up;
    expect(oneStudyWeight).toBeGreaterThan(0);
    // natelson-1995's IL-2 null names no comparator: its own comparator class, answered apart from the studies
    // against controls, so the headline's support is A's and B's alone.
    expect(summary!.comparator.kind).not.toBe('UNSTATED');
    expect(summary!.consensusReason).toMatch(/other comparators, answered apart/);
    expect(summary!.weightedSupport.up + summary!.weightedSupport.none).toBeCloseTo(2 * oneStudyWeight, 9);
    expect(response.extensions?.roundTrips).toBe(2);
  });

  it('evidenceMatrix: cytokine members get rows, and a class cell counts each study once', async () => {
    const response = await graphql<{
      evidenceMatrix: {
        subjects: { name: string }[];
        rollups: { query: string; members: Member[] }[];
        classCells: {
          subject: string;
          object: string;
          studyCount: number;
          findingCount: number;
          memberIds: string[];
        }[];
      };
    }>(
      yoga,
      `
        {
          evidenceMatrix(subjects: ["cytokines"], objects: ["ME/CFS"], includeDescendants: true) {
            subjects {
              name
            }
            rollups {
              query
              members {
                entity {
                  name
                }
              }
            }
            classCells {
              subject
              object
              studyCount
              findingCount
              memberIds
            }
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    const matrix = response.data!.evidenceMatrix;
    expect(matrix.subjects.map((s) => s.name).sort()).toEqual(['IL-2', 'IL-6', 'TNF-α', 'eotaxin']);
    expect(matrix.rollups.map((r) => r.query)).toEqual(['cytokines', 'ME/CFS']);
    expect(matrix.classCells).toEqual([
      {
        subject: 'cytokines',
        object: 'ME/CFS',
        studyCount: 3,
        findingCount: 5,
        memberIds: [
          entityId('Biomarker', 'eotaxin'),
          entityId('Biomarker', 'IL-2'),
          entityId('Biomarker', 'IL-6'),
          entityId('Biomarker', 'TNF-α'),
          entityId('Condition', 'ME/CFS'),
        ].sort(),
      },
    ]);
    expect(response.extensions?.roundTrips).toBe(2); // the roll-ups of every name, then the matrix
  });

  it('facets: the studies about autonomic symptoms, with the descendants that contributed', async () => {
    const query = `query ($d: Boolean) { facets(about: "autonomic symptoms", includeDescendants: $d) {
      total years { value count } rollup { members { entity { name } via } } } }`;
    // No entity is named "autonomic symptoms": without its descendants the name matches nothing (NOT_FOUND).
    const plain = await graphql<{ facets: null }>(yoga, query, { d: false });
    expect(plain.data!.facets).toBeNull();
    expect(plain.errors?.[0]).toMatchObject({ path: ['facets'], extensions: { code: 'NOT_FOUND', argument: 'about' } });
    const rolled = await graphql<{
      facets: { total: number; years: { value: number; count: number }[]; rollup: { members: Member[] } };
    }>(yoga, query, { d: true });
    expect(rolled.errors).toBeUndefined();
    expect(names(rolled.data!.facets.rollup.members)).toEqual(expect.arrayContaining(['palpitations', 'syncope']));
    expect(rolled.data!.facets.rollup.members.find((m) => m.entity.name === 'palpitations')!.via).toEqual([
      'HP:0001962',
    ]);
    expect(rolled.data!.facets.total).toBeGreaterThanOrEqual(1);
    expect(rolled.data!.facets.years).toContainEqual({ value: 2023, count: 1 });
    expect(rolled.extensions?.roundTrips).toBe(2);
  });

  it('neighborhood: from fatigue with its descendants, mental fatigue starts the walk too', async () => {
    const start = await graphql<{ symptom: { id: string } }>(yoga, '{ symptom(name: "fatigue") { id } }');
    const query = `query ($id: ID!, $d: Boolean) { neighborhood(id: $id, includeDescendants: $d) {
      nodes { name depth } rollup { members { entity { name } } } } }`;
    const plain = await graphql<{ neighborhood: { nodes: { name: string; depth: number }[] } }>(yoga, query, {
      id: start.data!.symptom.id,
      d: false,
    });
    const rolled = await graphql<{
      neighborhood: { nodes: { name: string; depth: number }[]; rollup: { members: Member[] } };
    }>(yoga, query, { id: start.data!.symptom.id, d: true });
    expect(rolled.errors).toBeUndefined();
    const depth0 = rolled
      .data!.neighborhood.nodes.filter((n) => n.depth === 0)
      .map((n) => n.name)
      .sort();
    expect(depth0).toEqual(['fatigue', 'mental fatigue']);
    expect(plain.data!.neighborhood.nodes.some((n) => n.name === 'IL-6')).toBe(false);
    expect(rolled.data!.neighborhood.nodes).toContainEqual({ name: 'IL-6', depth: 1 }); // IL-6 ~ mental fatigue
    expect(names(rolled.data!.neighborhood.rollup.members)).toEqual(['fatigue', 'mental fatigue']);
    expect(plain.extensions?.roundTrips).toBe(1);
    expect(rolled.extensions?.roundTrips).toBe(2);
  });
});

describe('broader terms (SKOS broadMatch)', () => {
  const BROAD = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'broad-match-records.json');

  beforeAll(async () => {
    const summary = await importPaths(db.cypher, [BROAD]);
    expect(summary.rejected).toEqual([]);
  });

  it('links a kind of a term BROAD_MATCH, never as the same thing, and roll-ups under the term include it', async () => {
    const response = await graphql<{
      biomarker: {
        xrefs: { id: string }[];
        ontologyTerms: { curie: string }[];
        broadMatch: { curie: string; label: string }[];
        parents: { curie: string }[];
      };
      rollup: { members: Member[] };
    }>(
      yoga,
      `
        {
          biomarker(name: "CD19+ CD24hi B cells") {
            xrefs {
              id
            }
            ontologyTerms {
              curie
            }
            broadMatch {
              curie
              label
            }
            parents {
              curie
            }
          }
          rollup(query: "CL:0000236") {
            members {
              entity {
                name
              }
              via
              named
            }
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    const cells = response.data!.biomarker;
    expect(cells.broadMatch).toEqual([{ curie: 'CL:0000236', label: 'B cell' }]);
    expect(cells.ontologyTerms).toEqual([]);
    expect(cells.xrefs).toEqual([]);
    expect(cells.parents).toEqual([{ curie: 'CL:0000236' }]);
    expect(response.data!.rollup.members).toContainEqual({
      entity: { name: 'CD19+ CD24hi B cells' },
      via: ['CL:0000236'],
      named: false,
    });
  });

  it("extraction links the sample's narrowed names to their heads' terms, and never beside an exact term", async () => {
    const { records } = await db.driver.executeQuery(
      `MATCH (e:Entity)-[:BROAD_MATCH]->(t:OntologyTerm)
       RETURN count(*) AS links, count(CASE WHEN EXISTS { (e)-[:GROUNDED_TO]->() } THEN 1 END) AS alsoExact`,
      {},
      { database: db.connection.database },
    );
    expect(records[0]!.get('links')).toBeGreaterThan(5);
    expect(records[0]!.get('alsoExact')).toBe(0);
  });
});
