// Entity lookup by name seeks an index (issue 19): every statement that resolves a name or synonym reaches the
// entity through the unique index of the names' keys (EntityName, migration 011-entity-names) and scans no Entity
// label. The statements are PROFILEd with the parameters real GraphQL requests send, on the bundled sample; the
// EntityName nodes follow imports, re-keying and deletions, and the migration backfills a kept database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportParams } from '../../src/export/filter.ts';
import { statements, splitStatements } from '../../src/db/statements.ts';
import { graphql, profileRead, recordingYoga, testDatabase, testYoga, useSample, markDirty } from './helpers.ts';

const db = testDatabase();
const yoga = testYoga(db.cypher);
const rows = async (text: string, params: Record<string, unknown> = {}) =>
  (await db.driver.executeQuery(text, params, { database: db.cypher.database })).records.map((r) => r.toObject());

let subject: string;
let object: string;

beforeAll(async () => {
  await useSample(db.cypher);
  const [pair] = await rows(
    `MATCH (s:Biomarker)<-[:SUBJECT]-(:Finding)-[:OBJECT]->(o:Condition)
     RETURN s.name AS subject, o.name AS object, count(*) AS n ORDER BY n DESC, subject, object LIMIT 1`,
  );
  subject = pair!.subject as string;
  object = pair!.object as string;
});

afterAll(async () => {
  await db.driver.close();
});

describe('lookup by name', () => {
  // Each request, and the statement of it that resolves names.
  const requests: [string, () => string][] = [
    ['entity/by-names', () => `{ biomarker(name: ${JSON.stringify(subject)}) { name } }`],
    ['entity/findings', () => `{ biomarker(name: ${JSON.stringify(subject)}) { findings(first: 2) { totalCount } } }`],
    ['evidence/pair-summaries', () => `{ evidence(subject: ${JSON.stringify(subject)}) { consensus } }`],
    [
      'evidence/pairs',
      () =>
        `{ evidence(subject: ${JSON.stringify(subject)}, object: ${JSON.stringify(object)}, weights: { retracted: 0 }) { consensus } }`,
    ],
    [
      'evidence/matrix',
      () =>
        `{ evidenceMatrix(subjects: [${JSON.stringify(subject)}], objects: [${JSON.stringify(object)}]) { subjects { name } } }`,
    ],
    ['finding/list', () => `{ findings(filter: { subject: ${JSON.stringify(subject)} }, first: 2) { totalCount } }`],
    ['entity/unknown-names', () => `{ findings(filter: { subject: "no such name at all" }) { totalCount } }`],
    [
      'ontology/rollup',
      () =>
        `{ findings(filter: { subject: ${JSON.stringify(subject)}, includeDescendants: true }, first: 2) { totalCount } }`,
    ],
  ];

  for (const [name, request] of requests) {
    it(`${name}: a unique-index seek on the names' keys, no scan of the entities`, async () => {
      const { sent, recording } = recordingYoga(db.cypher);
      const answer = await graphql(recording, request());
      if (name !== 'entity/unknown-names') expect(answer.errors).toBeUndefined();
      const read = sent.find((r) => r.name === name);
      expect(read, `the request reads ${name} (it read ${sent.map((r) => r.name).join(', ')})`).toBeDefined();
      const plan = await profileRead(db.cypher, read!);
      // Any seek of the names' index (the planner may report the constraint's index as a unique or a plain seek).
      const seeks = plan.filter((p) => /IndexSeek/.test(p.op) && p.details.includes(':EntityName'));
      expect(seeks.length, plan.map((p) => `${p.op} ${p.details}`).join('\n')).toBeGreaterThan(0);
      const scans = plan.filter(
        (p) => /LabelScan|AllNodesScan/.test(p.op) && /:(Entity|Biomarker|Condition|Symptom|Measure)\b/.test(p.details),
      );
      // evidence/matrix plans its default rows and columns (a Biomarker scan under `$subjects IS NULL`) in the same
      // statement; with names given that branch reads nothing, so only the Entity label must not be scanned there.
      expect(name === 'evidence/matrix' ? scans.filter((p) => p.details.includes(':Entity')) : scans).toEqual([]);
    });
  }

  it('export/count: the export filter finds its subject and object through the names index', async () => {
    const params = exportParams({ subject: [subject], object: [object] });
    const plan = await profileRead(db.cypher, { name: 'export/count', params: { ...params } });
    const seeks = plan.filter((p) => p.op.startsWith('NodeUniqueIndexSeek') && p.details.includes(':EntityName'));
    expect(seeks).toHaveLength(2);
    const [count] = await db.cypher.read<{ findings: number }>('export/count', { ...params });
    const [direct] = await rows(
      `MATCH (:EntityName {key: $subject})<-[:NAMED]-(s:Entity)<-[:SUBJECT]-(f:Finding)-[:OBJECT]->(o:Entity)-[:NAMED]->(:EntityName {key: $object})
       RETURN count(DISTINCT f) AS findings`,
      { subject: params.finding.subject, object: params.finding.object },
    );
    expect(Number(count!.findings)).toBeGreaterThan(0);
    expect(Number(count!.findings)).toBe(Number(direct!.findings));
  });

  it('finds an entity by a synonym and tells unknown names apart, as before', async () => {
    const [entity] = await rows(
      `MATCH (e:Biomarker) WHERE size(e.names) > 1 RETURN e.name AS name, e.names[size(e.names) - 1] AS synonym
       ORDER BY e.id LIMIT 1`,
    );
    const answer = await graphql<{ biomarker: { name: string } | null }>(
      yoga,
      `{ biomarker(name: ${JSON.stringify(entity!.synonym)}) { name } }`,
    );
    expect(answer.data!.biomarker!.name).toBe(entity!.name);
    const unknown = await graphql(yoga, '{ evidence(subject: "no such name at all") { consensus } }');
    expect(unknown.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});

describe('the names follow the entities', () => {
  it('every key of every entity is one EntityName linked from it, and no name is left without an entity', async () => {
    const [check] = await rows(
      `MATCH (e:Entity)
       WITH count(e) AS entities,
            sum(size(e.names)) AS keys,
            sum(COUNT { (e)-[:NAMED]->(n:EntityName) WHERE n.key IN e.names }) AS linked,
            sum(COUNT { (e)-[:NAMED]->() }) AS links
       RETURN entities, keys, linked, links, COUNT { (n:EntityName) WHERE NOT (n)<-[:NAMED]-() } AS orphans`,
    );
    expect(Number(check!.entities)).toBeGreaterThan(0);
    expect(Number(check!.linked)).toBe(Number(check!.keys));
    expect(Number(check!.links)).toBe(Number(check!.keys));
    expect(Number(check!.orphans)).toBe(0);
  });

  it('the migration backfills a database kept from before it', async () => {
    await markDirty(db.cypher);
    await rows('MATCH (n:EntityName) DETACH DELETE n');
    const before = await graphql(yoga, `{ biomarker(name: ${JSON.stringify(subject)}) { name } }`);
    expect(before.data).toEqual({ biomarker: null });
    for (const part of splitStatements(statements().get('migrations/011-entity-names')!)) await db.cypher.schema(part);
    const after = await graphql<{ biomarker: { name: string } }>(
      yoga,
      `{ biomarker(name: ${JSON.stringify(subject)}) { name } }`,
    );
    expect(after.data!.biomarker.name).toBe(subject);
    const [check] = await rows(
      `MATCH (e:Entity) RETURN sum(size(e.names)) AS keys, sum(COUNT { (e)-[:NAMED]->(:EntityName) }) AS links`,
    );
    expect(Number(check!.links)).toBe(Number(check!.keys));
  });
});
