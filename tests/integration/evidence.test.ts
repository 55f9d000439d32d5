// evidence and evidenceMatrix over the bundled atlas sample (read-only). Expected values are computed by hand from
// the sample graph and docs/evidence.md:
// - hussein-2022-impact-micro is the only study on miR-320a: E2 (1.0) × Small Sample (0.7) × Mixed Cohort (0.8)
//   = study weight 0.56; its directed findings are significant (no discount), its nulls are UNDERPOWERED (flagged
//   Small Sample) → 0.56 × 0.5 = 0.28.
// - NK cell cytotoxicity × ME/CFS: baraniuk-2024-meta-analysis REDUCED_IN against querec-2023-natural-killer
//   NOT_DIFFERENT_IN (p=0.79); neither page shows badges (UNKNOWN 0.6 each): down 0.6, none 0.6 → MIXED and
//   contradictory (a direction against a null of unknown power), as worked in docs/evidence.md.
import { describe, expect, it } from 'vitest';
import { importUnits } from '../../src/ingest/import.ts';
import { graphql, markDirty, readOnlySampleSuite } from './helpers.ts';

const { yoga, db } = readOnlySampleSuite();

interface Pair {
  subject: { __typename: string; name: string };
  object: { __typename: string; name: string };
  studyCount: number;
  findingCount: number;
  consensus: string;
  consensusReason: string;
  agreement: number | null;
  contradictory: boolean;
  contradictions: string[];
  weightedSupport: { up: number; down: number; none: number; undirected: number };
  counts: {
    byRelation: {
      elevatedIn: number;
      reducedIn: number;
      notDifferentIn: number;
      correlatesWith: number;
      notCorrelatedWith: number;
      discriminates: number;
      associatedWith: number;
    };
    correlationBySign: { positive: number; negative: number; unspecified: number };
    byDirection: { up: number; down: number; none: number; undirected: number };
  };
  findings: { relation: string; sign: string | null; pValue: number | null; study: { slug: string } }[];
  studies: {
    slug: string;
    studyWeight: number;
    nullPower: string | null;
    studyFactors: { reason: string; factor: number }[];
  }[];
  moderators: {
    property: string;
    explains: boolean;
    explainedShare: number | null;
    unknownStudyCount: number;
    groups: { value: string; studyCount: number; consensus: string }[];
  }[];
  pooled: unknown;
  pooledUnavailableReason: string | null;
  weightsUsed: {
    evidenceLevel: { E2: number };
    methodFlags: { flag: string; factor: number }[];
    thresholds: { minDirectionalWeight: number };
  };
}

const PAIR_FIELDS = `
  subject { __typename name } object { __typename name } studyCount findingCount
  consensus consensusReason agreement contradictory contradictions
  weightedSupport { up down none undirected }
  counts { byRelation { elevatedIn reducedIn notDifferentIn correlatesWith notCorrelatedWith discriminates associatedWith }
           correlationBySign { positive negative unspecified } byDirection { up down none undirected } }
  findings { relation sign pValue study { slug } }
  studies { slug studyWeight nullPower studyFactors { reason factor } }
  moderators { property explains explainedShare unknownStudyCount groups { value studyCount consensus } }
  pooled { estimate } pooledUnavailableReason
  weightsUsed { evidenceLevel { E2 } methodFlags { flag factor } thresholds { minDirectionalWeight } }`;

const EVIDENCE = `query ($subject: String!, $object: String, $role: FindingRole, $filter: EvidenceFilter, $weights: EvidenceWeights, $first: Int) {
  evidence(subject: $subject, object: $object, role: $role, filter: $filter, weights: $weights, first: $first) { ${PAIR_FIELDS} } }`;

async function evidence(variables: Record<string, unknown>) {
  return graphql<{ evidence: Pair[] }>(yoga, EVIDENCE, variables);
}

const HUSSEIN = 1 * 0.7 * 0.8;

describe('evidence(subject)', () => {
  it('lists every pair of miR-320a (any case), by study count then name, in one round trip', async () => {
    const response = await graphql<{ evidence: Pair[] }>(
      yoga,
      '{ evidence(subject: "MIR-320A") { subject { name } object { name } studyCount findingCount consensus weightedSupport { up } } }',
    );
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.roundTrips).toBe(1);
    const pairs = response.data!.evidence;
    expect(pairs.map((p) => p.object.name)).toEqual([
      'disease duration',
      'fibromyalgia',
      'fibromyalgia with comorbid chronic fatigue syndrome',
      'fibromyalgia with comorbid insomnia',
      'fibromyalgia with comorbid persistent depressive disorder',
      'fibromyalgia with comorbid primary headache disorder',
      'FIQR',
      'middle latency SSEP amplitudes',
      'middle latency SSEP peak latencies',
      'NPSI',
    ]);
    expect(new Set(pairs.map((p) => p.subject.name))).toEqual(new Set(['miR-320a']));
    expect(pairs.every((p) => p.studyCount === 1 && p.findingCount === 1)).toBe(true);
  });

  it('answers miR-320a × fibromyalgia: one ELEVATED_IN finding of one E2 study, too light for a consensus', async () => {
    const response = await evidence({ subject: 'miR-320a', object: 'Fibromyalgia' });
    expect(response.errors).toBeUndefined();
    // The pair with its findings and synthesis, then Finding.study and EvidenceStudy.study batched into one.
    expect(response.extensions?.roundTrips).toBe(2);
    const [pair] = response.data!.evidence;
    expect(response.data!.evidence).toHaveLength(1);
    expect(pair!.object).toEqual({ __typename: 'Condition', name: 'fibromyalgia' });
    expect(pair!.counts.byRelation).toEqual({
      elevatedIn: 1,
      reducedIn: 0,
      notDifferentIn: 0,
      correlatesWith: 0,
      notCorrelatedWith: 0,
      discriminates: 0,
      associatedWith: 0,
    });
    expect(pair!.findings).toEqual([
      { relation: 'ELEVATED_IN', sign: null, pValue: 0.001, study: { slug: 'hussein-2022-impact-micro' } },
    ]);
    expect(pair!.studies[0]!.studyWeight).toBeCloseTo(HUSSEIN, 12);
    expect(pair!.studies[0]!.studyFactors.map((f) => f.factor)).toEqual(expect.arrayContaining([1, 0.7, 0.8]));
    expect(pair!.weightedSupport.up).toBeCloseTo(0.56, 12);
    expect(pair!.weightedSupport.down + pair!.weightedSupport.none + pair!.weightedSupport.undirected).toBe(0);
    expect(pair!.agreement).toBe(1);
    expect(pair!.consensus).toBe('INSUFFICIENT');
    expect(pair!.consensusReason).toMatch(
      /^directional weight 0\.56 is below 0\.8 \(vote counting: no finding carries comparable statistics/,
    );
    expect(pair!.contradictory).toBe(false);
    expect(pair!.moderators.map((m) => [m.property, m.groups.map((g) => g.value)])).toEqual([
      ['PEM_CRITERION', ['NOT_REQUIRED']],
      ['DESIGN', ['CASE_CONTROL']],
      ['EVIDENCE_LEVEL', ['E2']],
    ]);
    expect(
      pair!.moderators.every((m) => !m.explains && m.explainedShare === null && m.groups[0]!.consensus === 'UP'),
    ).toBe(true);
    expect(pair!.pooled).toBeNull();
    expect(pair!.pooledUnavailableReason).toMatch(/no finding carries comparable statistics/);
    expect(pair!.weightsUsed.evidenceLevel.E2).toBe(1);
  });

  it('counts CORRELATES_WITH findings by sign (miR-320a × FIQR, × NPSI, × disease duration: POSITIVE)', async () => {
    const pairs = (await evidence({ subject: 'miR-320a' })).data!.evidence;
    const correlated = pairs.filter((p) => p.counts.byRelation.correlatesWith > 0);
    expect(correlated.map((p) => p.object.name)).toEqual(['disease duration', 'FIQR', 'NPSI']);
    for (const pair of correlated) {
      expect(pair.counts.correlationBySign).toEqual({ positive: 1, negative: 0, unspecified: 0 });
      expect(pair.counts.byDirection.up).toBe(1);
      expect(pair.findings[0]!.sign).toBe('POSITIVE');
    }
  });

  it('discounts the underpowered null of a Small Sample study (miR-320a × SSEP amplitudes: 0.56 × 0.5)', async () => {
    const [pair] = (await evidence({ subject: 'miR-320a', object: 'middle latency SSEP amplitudes' })).data!.evidence;
    expect(pair!.counts.byRelation.notCorrelatedWith).toBe(1);
    expect(pair!.studies[0]!.nullPower).toBe('UNDERPOWERED');
    expect(pair!.weightedSupport.none).toBeCloseTo(HUSSEIN * 0.5, 12);
    expect(pair!.consensus).toBe('INSUFFICIENT');
  });

  it('answers NK cell cytotoxicity × ME/CFS through synonyms: a reduction against a null, MIXED and contradictory', async () => {
    const response = await evidence({ subject: 'NK cytotoxicity', object: 'chronic fatigue syndrome' });
    expect(response.errors).toBeUndefined();
    const [pair] = response.data!.evidence;
    expect(pair!.subject).toEqual({ __typename: 'Biomarker', name: 'NK cell cytotoxicity' });
    expect(pair!.object).toEqual({ __typename: 'Condition', name: 'ME/CFS' });
    expect(pair!.studyCount).toBe(2);
    expect(pair!.findings.map((f) => [f.study.slug, f.relation])).toEqual([
      ['baraniuk-2024-meta-analysis', 'REDUCED_IN'],
      ['querec-2023-natural-killer', 'NOT_DIFFERENT_IN'],
    ]);
    expect(pair!.studies.map((s) => s.studyWeight)).toEqual([0.6, 0.6]);
    expect(pair!.studies[1]!.nullPower).toBe('UNKNOWN');
    expect(pair!.weightedSupport).toEqual({ up: 0, down: 0.6, none: 0.6, undirected: 0 });
    expect(pair!.agreement).toBe(0.5);
    expect(pair!.consensus).toBe('MIXED');
    expect(pair!.contradictory).toBe(true);
    expect(pair!.contradictions).toEqual(['DIRECTION_VS_NULL']);
    expect(pair!.moderators.map((m) => m.unknownStudyCount)).toEqual([2, 2, 2]);
    // docs/evidence.md §10: both against healthy controls, no statistics (votes), rated VERY_LOW
    const more = await graphql<{
      evidence: { method: string; comparator: { kind: string }; certainty: { level: string; reasons: string[] } }[];
    }>(
      yoga,
      '{ evidence(subject: "NK cytotoxicity", object: "chronic fatigue syndrome") { method comparator { kind } certainty { level reasons } } }',
    );
    expect(more.data!.evidence[0]).toEqual({
      method: 'VOTES',
      comparator: { kind: 'HEALTHY_CONTROLS' },
      certainty: {
        level: 'VERY_LOW',
        reasons: [
          'INCONSISTENCY: contradictions: DIRECTION_VS_NULL',
          'IMPRECISION: no pooled estimate: the answer rests on vote counting',
          'IMPRECISION: no study prints its number of participants (at least 400 wanted)',
        ],
      },
    });
  });

  it('applies a weights override: weightsUsed changes and so does the outcome', async () => {
    const weights = {
      evidenceLevel: { E2: 1 },
      methodFlags: [
        { flag: 'Small Sample', factor: 1 },
        { flag: 'mixed-cohort', factor: 1 },
      ],
    };
    const [pair] = (await evidence({ subject: 'miR-320a', object: 'fibromyalgia', weights })).data!.evidence;
    expect(pair!.weightsUsed.evidenceLevel.E2).toBe(1);
    expect(pair!.weightsUsed.methodFlags).toEqual(
      expect.arrayContaining([
        { flag: 'SMALL_SAMPLE', factor: 1 },
        { flag: 'MIXED_COHORT', factor: 1 },
        { flag: 'EXPLORATORY', factor: 0.8 },
      ]),
    );
    expect(pair!.weightedSupport.up).toBe(1);
    expect(pair!.consensus).toBe('UP');

    // A lower bar for a direction: the NK pair keeps enough weight, and stays MIXED (0.5 of it DOWN).
    const lowered = (
      await evidence({
        subject: 'NK cell cytotoxicity',
        object: 'ME/CFS',
        weights: { thresholds: { minDirectionalWeight: 0.5 } },
      })
    ).data!.evidence[0]!;
    expect(lowered.weightsUsed.thresholds.minDirectionalWeight).toBe(0.5);
    expect(lowered.consensus).toBe('MIXED');
    expect(lowered.consensusReason).toMatch(
      /^no direction holds 0\.75 of directional weight 1\.2 \(best: DOWN 0\.5\) \(vote counting: /,
    );
  });

  it('refuses invalid weights with BAD_USER_INPUT naming the path', async () => {
    const response = await evidence({ subject: 'miR-320a', weights: { thresholds: { consensusAgreement: 0.4 } } });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(/thresholds\.consensusAgreement/);
    const negative = await evidence({ subject: 'miR-320a', weights: { evidenceLevel: { E0: -1 } } });
    expect(negative.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters studies in Cypher: evidence level, year, confidence', async () => {
    expect((await evidence({ subject: 'miR-320a', filter: { evidenceLevels: ['E1'] } })).data!.evidence).toEqual([]);
    expect(
      (await evidence({ subject: 'miR-320a', filter: { evidenceLevels: ['E2', 'E1'] } })).data!.evidence,
    ).toHaveLength(10);
    expect((await evidence({ subject: 'miR-320a', filter: { yearFrom: 2023 } })).data!.evidence).toEqual([]);
    expect(
      (await evidence({ subject: 'miR-320a', filter: { yearFrom: 2022, yearTo: 2022 } })).data!.evidence,
    ).toHaveLength(10);
    expect((await evidence({ subject: 'miR-320a', filter: { minConfidence: 'HIGHER' } })).data!.evidence).toEqual([]);
    expect(
      (await evidence({ subject: 'miR-320a', filter: { minConfidence: 'MODERATE' } })).data!.evidence,
    ).toHaveLength(10);
    // Unbadged studies match no evidence-level condition.
    expect(
      (await evidence({ subject: 'NK cell cytotoxicity', filter: { evidenceLevels: ['E0', 'E1', 'E2', 'E3'] } })).data!
        .evidence,
    ).toEqual([]);
  });

  it('significantOnly drops null results (the two SSEP nulls of miR-320a)', async () => {
    const pairs = (await evidence({ subject: 'miR-320a', filter: { significantOnly: true } })).data!.evidence;
    expect(pairs).toHaveLength(8);
    expect(pairs.some((p) => p.object.name.startsWith('middle latency'))).toBe(false);
  });

  it('role OBJECT gives the pairs whose object is the named entity (what is reported in major depressive disorder)', async () => {
    const response = await evidence({ subject: 'major depressive disorder', role: 'OBJECT' });
    expect(response.errors).toBeUndefined();
    const pairs = response.data!.evidence;
    expect(pairs.map((p) => [p.subject.name, p.object.name, p.counts.byRelation.notDifferentIn])).toEqual([
      ['GABA', 'major depressive disorder', 1],
      ['Glx', 'major depressive disorder', 1],
      ['ventricular CSF lactate', 'major depressive disorder', 2],
    ]);
    // murrough-2010: E2, no flags, no n → nulls of UNKNOWN power, undiscounted; one study, one vote: 1.0, enough for
    // NONE by votes, rated down for imprecision (votes only, a single study, no participant count).
    const lactate = pairs[2]!;
    expect(lactate.studyCount).toBe(1);
    expect(lactate.studies[0]!.nullPower).toBe('UNKNOWN');
    expect(lactate.weightedSupport.none).toBeCloseTo(1, 12);
    expect(lactate.consensus).toBe('NONE');
  });

  it('bounds the number of pairs with first (default 50, at most 200)', async () => {
    const two = await evidence({ subject: 'miR-320a', first: 2 });
    expect(two.data!.evidence.map((p) => p.object.name)).toEqual(['disease duration', 'fibromyalgia']);
    const tooMany = await evidence({ subject: 'miR-320a', first: 201 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers an unknown name with a NOT_FOUND error', async () => {
    const response = await evidence({ subject: 'miR-does-not-exist' });
    expect(response.data).toEqual({ evidence: null });
    expect(response.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(response.errors?.[0]?.path).toEqual(['evidence']);
    expect(response.errors?.[0]?.message).toMatch(/^subject: no entity named "miR-does-not-exist"/);
    const object = await evidence({ subject: 'miR-320a', object: 'nothing like it' });
    expect(object.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

interface Matrix {
  evidenceMatrix: {
    subjects: { name: string }[];
    objects: { name: string }[];
    cells: {
      subject: string;
      object: string;
      subjectIndex: number;
      objectIndex: number;
      consensus: string;
      studyCount: number;
      findingCount: number;
      agreement: number | null;
      contradictory: boolean;
      counts: {
        byRelation: { elevatedIn: number; reducedIn: number; correlatesWith: number };
        correlationBySign: { positive: number };
      };
    }[];
  };
}

const MATRIX = `query ($subjects: [String!], $objects: [String!], $filter: EvidenceFilter, $only: Boolean) {
  evidenceMatrix(subjects: $subjects, objects: $objects, filter: $filter) {
    subjects { name } objects { name }
    cells(withFindingsOnly: $only) { subject object subjectIndex objectIndex consensus studyCount findingCount agreement contradictory
      counts { byRelation { elevatedIn reducedIn correlatesWith } correlationBySign { positive } } } } }`;

describe('evidenceMatrix', () => {
  it('fills every named subject × object cell, row-major, in one round trip', async () => {
    const response = await graphql<Matrix>(yoga, MATRIX, {
      subjects: ['miR-320a', 'NK cytotoxicity'],
      objects: ['fibromyalgia', 'CFS', 'FIQR'],
    });
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.roundTrips).toBe(1);
    const m = response.data!.evidenceMatrix;
    expect(m.subjects.map((e) => e.name)).toEqual(['miR-320a', 'NK cell cytotoxicity']);
    expect(m.objects.map((e) => e.name)).toEqual(['fibromyalgia', 'ME/CFS', 'FIQR']);
    expect(
      m.cells.map((c) => [
        c.subject,
        c.object,
        c.subjectIndex,
        c.objectIndex,
        c.studyCount,
        c.findingCount,
        c.consensus,
      ]),
    ).toEqual([
      ['miR-320a', 'fibromyalgia', 0, 0, 1, 1, 'INSUFFICIENT'],
      ['miR-320a', 'ME/CFS', 0, 1, 0, 0, 'INSUFFICIENT'],
      ['miR-320a', 'FIQR', 0, 2, 1, 1, 'INSUFFICIENT'],
      ['NK cell cytotoxicity', 'fibromyalgia', 1, 0, 0, 0, 'INSUFFICIENT'],
      ['NK cell cytotoxicity', 'ME/CFS', 1, 1, 2, 2, 'MIXED'],
      ['NK cell cytotoxicity', 'FIQR', 1, 2, 0, 0, 'INSUFFICIENT'],
    ]);
    const [fibro, , fiqr, , nk] = m.cells;
    expect(fibro!.counts.byRelation.elevatedIn).toBe(1);
    expect(fibro!.agreement).toBe(1);
    expect(fiqr!.counts.correlationBySign.positive).toBe(1);
    expect(nk!.counts.byRelation.reducedIn).toBe(1);
    expect(m.cells[1]!.agreement).toBeNull();
  });

  it('defaults to the 10 biomarkers with most findings × the conditions and symptoms they link to', async () => {
    const response = await graphql<Matrix>(yoga, MATRIX, { only: true });
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.roundTrips).toBe(1);
    const m = response.data!.evidenceMatrix;
    // The rows are the biomarkers with most findings as subject, ties by name: read from the graph, since which
    // findings the sample yields is extraction's business, not this test's.
    const { records } = await db.driver.executeQuery(
      'MATCH (b:Biomarker)<-[:SUBJECT]-(f:Finding) WITH b, count(DISTINCT f) AS n ORDER BY n DESC, toLower(b.name), b.id LIMIT 10 RETURN b.name AS name',
      {},
      { database: db.connection.database, routing: 'READ' },
    );
    expect(m.subjects.map((e) => e.name)).toEqual(records.map((r) => r.get('name') as string));
    expect(m.subjects[0]!.name).toBe('miR-320a');
    expect(m.objects).toHaveLength(10);
    expect(m.objects[0]!.name).toBe('ME/CFS');
    expect(m.cells.every((c) => c.findingCount > 0)).toBe(true);
    // Every cell is a row × column pair that has findings, and no such pair is missing.
    const { records: pairs } = await db.driver.executeQuery(
      'MATCH (b:Biomarker)<-[:SUBJECT]-(:Finding)-[:OBJECT]->(o) WHERE (o:Condition OR o:Symptom) AND b.name IN $rows AND o.name IN $columns RETURN count(DISTINCT [b.id, o.id]) AS n',
      { rows: m.subjects.map((e) => e.name), columns: m.objects.map((e) => e.name) },
      { database: db.connection.database, routing: 'READ' },
    );
    expect(m.cells).toHaveLength(pairs[0]!.get('n') as number);
  });

  it('applies the filter to the cells', async () => {
    const response = await graphql<Matrix>(yoga, MATRIX, {
      subjects: ['miR-320a', 'NK cell cytotoxicity'],
      objects: ['fibromyalgia', 'ME/CFS'],
      filter: { evidenceLevels: ['E2'] },
    });
    expect(response.data!.evidenceMatrix.cells.map((c) => c.studyCount)).toEqual([1, 0, 0, 0]);
  });

  it('refuses unknown names (NOT_FOUND) and more than 50 per side (BAD_USER_INPUT)', async () => {
    const unknown = await graphql<Matrix>(yoga, MATRIX, {
      subjects: ['miR-320a', 'no such thing'],
      objects: ['ME/CFS'],
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toMatch(/no such thing/);
    const tooMany = await graphql<Matrix>(yoga, MATRIX, { subjects: Array.from({ length: 51 }, (_, i) => `x${i}`) });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

// Last in the file: it adds a curated study to the sample (and marks the database dirty for the next file).
describe('evidence of one study asking two questions', () => {
  it('answers each comparator class apart: lower than controls, higher than at baseline, no contradiction', async () => {
    const extraction = { agent: 'curator:test', version: '1', confidence: 1, curated: true };
    const subject = { type: 'Measure', name: 'test reactive hyperaemia' };
    const object = { type: 'Condition', name: 'ME/CFS' };
    const record = {
      slug: 'two-questions-2024-test',
      title: 'Two questions of one study',
      year: 2024,
      findings: [
        {
          statement: 'Test reactive hyperaemia was lower in ME/CFS patients (p=0.002).',
          subject,
          relation: 'REDUCED_IN',
          object,
          pValue: 0.002,
          extraction,
        },
        {
          statement: 'Test reactive hyperaemia rose over 18 months (p=0.028).',
          subject,
          relation: 'ELEVATED_IN',
          object,
          comparator: 'baseline',
          pValue: 0.028,
          extraction,
        },
      ],
    };
    await markDirty(db.cypher);
    const summary = await importUnits(db.cypher, [
      { name: 'two-questions.json', kind: 'json', text: JSON.stringify([record]) },
    ]);
    expect(summary.rejected).toEqual([]);
    const response = await graphql<{
      evidence: {
        consensus: string;
        contradictory: boolean;
        method: string;
        comparator: { kind: string };
        certainty: { level: string; reasons: string[] };
        comparators: {
          comparator: { kind: string };
          labels: string[];
          consensus: string;
          weightedSupport: { up: number; down: number };
        }[];
      }[];
    }>(
      yoga,
      `
        {
          evidence(subject: "test reactive hyperaemia", object: "ME/CFS") {
            consensus
            contradictory
            method
            comparator {
              kind
            }
            certainty {
              level
              reasons
            }
            comparators {
              comparator {
                kind
              }
              labels
              consensus
              weightedSupport {
                up
                down
              }
            }
          }
        }
      `,
    );
    expect(response.errors).toBeUndefined();
    const [pair] = response.data!.evidence;
    // docs/evidence.md: one unbadged study (0.6), REDUCED_IN with no comparator, ELEVATED_IN against baseline.
    expect(pair).toMatchObject({
      consensus: 'INSUFFICIENT',
      contradictory: false,
      method: 'VOTES',
      comparator: { kind: 'UNSTATED' },
    });
    expect(pair!.comparators).toEqual([
      {
        comparator: { kind: 'UNSTATED' },
        labels: [''],
        consensus: 'INSUFFICIENT',
        weightedSupport: { up: 0, down: 0.6 },
      },
      {
        comparator: { kind: 'TIME_POINT' },
        labels: ['baseline'],
        consensus: 'INSUFFICIENT',
        weightedSupport: { up: 0.6, down: 0 },
      },
    ]);
    expect(pair!.certainty.level).toBe('VERY_LOW');
    expect(pair!.certainty.reasons).toContain('INDIRECTNESS: comparator not stated');
  });
});
