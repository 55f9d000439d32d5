// The materialized default view of `evidence` (docs/evidence.md §9b): per (study, pair) a VOTES relationship holding
// the study's vote, per pair a PairEvidence node with the counts, kept in the import's transaction. Under the default
// filter and weights the answer is computed from the votes; it must equal the live synthesis exactly (not
// approximately), for every pair, through re-imports, changes, failed imports and the backfill. This file WRITES: clearGraph at start and end.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonl } from '../../bench/generate.ts';
import type { Context } from '../../src/context.ts';
import { newQueryStats } from '../../src/db/cypher.ts';
import {
  defaultEvidenceWeights,
  pairHeadline,
  pairViewVersion,
  relationEdgeCounts,
  relationEdges,
  summarizeVotes,
  sumVotes,
  type StudyVote,
} from '../../src/evidence/index.ts';
import { importPaths, importUnits, type ImportSummary } from '../../src/ingest/import.ts';
import { pairViewState, refreshPairEvidence, type StoredVote } from '../../src/ingest/pair-votes.ts';
import type { StudyRecord } from '../../src/ingest/record.ts';
import { SAMPLE_PATHS } from '../../src/ingest/sample.ts';
import { DEFAULT_LIMITS } from '../../src/limits.ts';
import { studyFilterParams, studySource } from '../../src/query/study-filter.ts';
import { neighborhood } from '../../src/schema/neighborhood.ts';
import { createEvidenceYoga } from '../../src/yoga.ts';
import { dumpGraph } from './graph-dump.ts';
import { clearGraph, graphql, testDatabase, testYoga } from './helpers.ts';

const db = testDatabase();
const yoga = testYoga(db.cypher);
// For comparing every pair of the graph, 25 anchors of up to 200 pairs a request: above the default cost limit.
const bulkYoga = createEvidenceYoga({ cypher: db.cypher }, { limits: { ...DEFAULT_LIMITS, maxCost: 10_000_000 } });

async function rows<T = Record<string, unknown>>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await db.driver.executeQuery(query, params, { database: db.connection.database });
  return records.map((record) => record.toObject() as T);
}

const SUMMARY = `subject { id name } object { id name } studyCount findingCount
  consensus consensusReason agreement contradictory contradictions method secondaryStudies
  comparator { key } certainty { level reasons } comparators { comparator { key } consensus agreement }
  moderators { property explains explainedShare }
  pooled { estimate ci { low high } predictionInterval { low high } tau2Ci { low high } k } pooledUnavailableReason
  weightedSupport { up down none undirected }
  counts { byRelation { elevatedIn reducedIn notDifferentIn correlatesWith notCorrelatedWith discriminates associatedWith }
           correlationBySign { positive negative unspecified } byDirection { up down none undirected } }`;

const DETAIL = `${SUMMARY}
  findings { id relation sign study { slug } }
  studies { slug studyWeight weight nullPower support { up down none undirected } studyFactors { reason factor }
            findings { finding { id } direction weight significant sampleSize } }
  moderators { property explains explainedShare unknownStudyCount note
               groups { value studySlugs findingIds consensus agreement weightedSupport { up down none undirected } } }
  pooled { estimate se tau2 i2 q k ci { low high } studies { studySlug yi vi } } pooledUnavailableReason
  weightsUsed { version }`;

// What a pair's stored headline answers (src/evidence/pair-headline.ts): nothing that lists studies.
const HEADLINE = `subject { id name } object { id name } studyCount findingCount
  consensus consensusReason agreement contradictory contradictions method pooledUnavailableReason
  comparator { key kind name } certainty { level reasons } weightsUsed { version }
  weightedSupport { up down none undirected }
  counts { byRelation { elevatedIn reducedIn notDifferentIn correlatesWith notCorrelatedWith discriminates associatedWith }
           correlationBySign { positive negative unspecified } byDirection { up down none undirected } }`;

// The live path on the same question: an override equal to the defaults (a retracted study weighs 0 by default) is
// an override all the same, so it bypasses the view and synthesizes from the findings.
const LIVE = { retracted: 0 };

interface PairJson {
  subject: { id: string; name: string };
  object: { id: string; name: string };
  studyCount: number;
  weightedSupport: { up: number; down: number; none: number; undirected: number };
  [field: string]: unknown;
}

interface Response<T> {
  data?: T;
  errors?: unknown[];
  extensions?: { roundTrips?: number };
}

/**
 * `evidence` with the given fields, on the live path (`live`) or the default one. With `fragment` the fields are
 * selected through a named fragment, which the resolver looks into as into the fields written out.
 */
async function evidence(
  variables: { subject: string; object?: string; role?: string; first?: number },
  { live = false, fields = SUMMARY, fragment = false } = {},
): Promise<Response<{ evidence: PairJson[] }>> {
  const selection = fragment ? '...Pair' : fields;
  return graphql<{ evidence: PairJson[] }>(
    yoga,
    `query ($subject: String!, $object: String, $role: FindingRole, $first: Int, $weights: EvidenceWeights) {
      evidence(subject: $subject, object: $object, role: $role, first: $first, weights: $weights) { ${selection} } }
     ${fragment ? `fragment Pair on PairEvidence { ${fields} }` : ''}`,
    { ...variables, weights: live ? LIVE : null },
  );
}

/** Every anchor's pairs (as subject), 25 anchors a request (aliases), default or live. */
async function everyPair(names: string[], live: boolean, selection = SUMMARY): Promise<Map<string, PairJson[]>> {
  const out = new Map<string, PairJson[]>();
  for (let at = 0; at < names.length; at += 25) {
    const part = names.slice(at, at + 25);
    const fields = part
      .map((_n, i) => `a${i}: evidence(subject: $s${i}, first: 200, weights: $weights) { ${selection} }`)
      .join('\n');
    const defs = part.map((_n, i) => `$s${i}: String!`).join(', ');
    const variables: Record<string, unknown> = Object.fromEntries(part.map((n, i) => [`s${i}`, n]));
    variables.weights = live ? LIVE : null;
    const response = await graphql<Record<string, PairJson[]>>(
      bulkYoga,
      `query (${defs}, $weights: EvidenceWeights) { ${fields} }`,
      variables,
    );
    expect(response.errors).toBeUndefined();
    part.forEach((name, i) => out.set(name, response.data![`a${i}`]!));
  }
  return out;
}

/** The names of every entity that is the subject of a finding. */
async function subjectNames(): Promise<string[]> {
  return (
    await rows<{ name: string }>(
      'MATCH (e:Entity)<-[:SUBJECT]-(:Finding) RETURN DISTINCT toLower(e.name) AS name ORDER BY name',
    )
  ).map((r) => r.name);
}

/** Pairs of findings of studies the default filter keeps, and the pairs the view holds (entity ids). */
async function pairSets(): Promise<{ live: string[]; view: string[] }> {
  const live = await rows<{ pair: string }>(
    `MATCH (s:Study)-[:REPORTS]->(f:Finding)-[:SUBJECT]->(a:Entity), (f)-[:OBJECT]->(b:Entity)
     WHERE coalesce(s.retracted, false) = false
     RETURN DISTINCT a.id + ' -> ' + b.id AS pair ORDER BY pair`,
  );
  const view = await rows<{ pair: string }>(
    "MATCH (p:PairEvidence) RETURN p.subjectId + ' -> ' + p.objectId AS pair ORDER BY pair",
  );
  return { live: live.map((r) => r.pair), view: view.map((r) => r.pair) };
}

/**
 * The view answers exactly as the live synthesis for every pair of the graph, and holds exactly the pairs the default
 * filter keeps. Returns how many pairs were compared.
 */
async function expectViewEqualsLive(selection = SUMMARY): Promise<number> {
  expect(await pairViewState(db.cypher)).toEqual({ stale: false, outdated: 0, unsummarized: 0 });
  const { live, view } = await pairSets();
  expect(view).toEqual(live);
  const names = await subjectNames();
  const fromView = await everyPair(names, false, selection);
  const fromLive = await everyPair(names, true, selection);
  let compared = 0;
  for (const name of names) {
    const pairs = fromLive.get(name)!;
    expect(pairs.length, name).toBeLessThan(200); // every pair of the anchor was compared, none cut by `first`
    expect(fromView.get(name), name).toEqual(pairs);
    compared += pairs.length;
  }
  return compared;
}

/** The view alone: every PairEvidence node and VOTES relationship with all properties, sorted. */
async function viewDump(): Promise<string[]> {
  const nodes = await rows<{ node: { properties: Record<string, unknown> } }>(
    'MATCH (p:PairEvidence) RETURN p AS node',
  );
  const votes = await rows<{ slug: string; pair: string; props: Record<string, unknown> }>(
    'MATCH (s:Study)-[v:VOTES]->(p:PairEvidence) RETURN s.slug AS slug, p.id AS pair, properties(v) AS props',
  );
  const sorted = (o: Record<string, unknown>) =>
    JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1))));
  return [
    ...nodes.map((r) => `N ${sorted(r.node.properties)}`),
    ...votes.map((r) => `V ${r.slug} ${r.pair} ${sorted(r.props)}`),
  ].sort();
}

/** The neighbourhood of a pair's subject at depth 1 equals the one computed from the findings (tests its view path). */
async function expectNeighbourhoodOf(pairId: string): Promise<void> {
  const [end] = await rows<{ type: string; key: string }>(
    'MATCH (p:PairEvidence {id: $pairId}) MATCH (e:Entity {id: p.subjectId}) RETURN e.type AS type, e.key AS key',
    { pairId },
  );
  const context = (): Context => ({
    cypher: db.cypher.withStats(newQueryStats()),
    stats: newQueryStats(),
    requestId: 'test',
    authorization: null,
    graphSlot: (work) => work(),
  });
  const args = { id: encodeGlobalID(end!.type, end!.key), depth: 1 };
  const view = await neighborhood(context(), args, {});
  expect(view.edges.length).toBeGreaterThan(0);
  expect(view).toEqual(await neighborhood(context(), args, { useView: false }));
}

/** The study counts kept per facet combination equal the studies counted (cypher/facets/cells.cypher). */
async function expectFacetCellsEqualStudies(): Promise<void> {
  const filter = studyFilterParams({});
  const want = { evidenceLevels: true, designs: true, pemCriteria: true, confidences: true, years: true, tags: false };
  const params = { filter, source: studySource(filter), want, aboutIds: null };
  const [cells] = await db.cypher.read<{ total: number }>('facets/cells', params);
  expect(cells!.total).toBeGreaterThan(0);
  expect(cells).toEqual({ ...(await db.cypher.read('facets/studies', params))[0], tags: [] });
}

async function importText(name: string, records: StudyRecord[] | string): Promise<ImportSummary> {
  const text = typeof records === 'string' ? records : records.map((r) => JSON.stringify(r)).join('\n');
  return importUnits(db.cypher, [{ name, kind: 'jsonl', text }]);
}

const corpus = (count: number, from = 0) =>
  jsonl(count, 7, from)
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as StudyRecord);

beforeAll(async () => {
  await clearGraph(db.cypher);
});

afterAll(async () => {
  await clearGraph(db.cypher);
  await db.driver.close();
});

describe('the bundled sample', () => {
  beforeAll(async () => {
    await clearGraph(db.cypher);
    const summary = await importPaths(db.cypher, SAMPLE_PATHS);
    expect(summary.rejected).toEqual([]);
  });

  it('answers every pair from the view exactly as the live synthesis does', async () => {
    const compared = await expectViewEqualsLive();
    expect(compared).toBeGreaterThan(100);
  });

  it('answers as the live synthesis when the anchor is the object, and for a pair named by both ends', async () => {
    // The 20 entities most often named as object (ties broken by name).
    const objects = await rows<{ name: string }>(
      'MATCH (e:Entity)<-[:OBJECT]-(f:Finding) WITH e, count(f) AS n ORDER BY n DESC, toLower(e.name) LIMIT 20 RETURN toLower(e.name) AS name',
    );
    expect(objects.length).toBeGreaterThan(3);
    let compared = 0;
    for (const { name } of objects) {
      const view = await evidence({ subject: name, role: 'OBJECT', first: 200 });
      const live = await evidence({ subject: name, role: 'OBJECT', first: 200 }, { live: true });
      expect(view.errors, name).toBeUndefined();
      expect(view.data, name).toEqual(live.data);
      const pairs = view.data!.evidence;
      compared += pairs.length;
      // Each of its pairs again, named by both ends, in either role.
      for (const pair of pairs.slice(0, 3)) {
        const both = { subject: pair.subject.name.toLowerCase(), object: pair.object.name.toLowerCase() };
        const bySubject = await evidence(both);
        expect(bySubject.data, JSON.stringify(both)).toEqual(await evidence(both, { live: true }).then((r) => r.data));
        expect(bySubject.data!.evidence.map((p) => [p.subject.id, p.object.id])).toContainEqual([
          pair.subject.id,
          pair.object.id,
        ]);
        const byObject = await evidence({ subject: both.object, object: both.subject, role: 'OBJECT' });
        expect(byObject.data!.evidence).toEqual(bySubject.data!.evidence);
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('reads the summary of NK cell cytotoxicity × ME/CFS (docs/evidence.md §10) in one round trip, from the view', async () => {
    const query = { subject: 'NK cytotoxicity', object: 'chronic fatigue syndrome' };
    const response = await evidence(query);
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.roundTrips).toBe(1);
    expect(response.data!.evidence).toMatchObject([
      {
        subject: { name: 'NK cell cytotoxicity' },
        object: { name: 'ME/CFS' },
        studyCount: 2,
        weightedSupport: { up: 0, down: 0.6, none: 0.6, undirected: 0 },
        consensus: 'MIXED',
        method: 'VOTES',
        agreement: 0.5,
        contradictory: true,
        contradictions: ['DIRECTION_VS_NULL'],
        certainty: { level: 'VERY_LOW' },
      },
    ]);
    // The answer really comes from the view's votes: one altered there, the answer follows (and the live path does
    // not); put back, the answer is restored.
    const [pair] = await rows<{ id: string; summary: unknown }>(
      `MATCH (a:Entity)<-[:SUBJECT]-(:Finding)-[:OBJECT]->(b:Entity)
       WHERE 'nk cytotoxicity' IN a.names AND 'me/cfs' IN b.names
       MATCH (p:PairEvidence {subjectId: a.id, objectId: b.id})
       RETURN DISTINCT elementId(p) AS id, p.summary AS summary`,
    );
    // The whole answer is not kept beside the votes (its size grows with the pair's studies).
    expect(pair!.summary).toBeNull();
    const [vote] = await rows<{ id: string; vote: string }>(
      `MATCH (p:PairEvidence)<-[v:VOTES]-(:Study {slug: 'querec-2023-natural-killer'}) WHERE elementId(p) = $id
       RETURN elementId(v) AS id, v.vote AS vote`,
      { id: pair!.id },
    );
    const altered = JSON.parse(vote!.vote) as { classes: { support: { up: number } }[] };
    altered.classes[0]!.support.up = 7;
    const setVote = (text: string) =>
      rows('MATCH ()-[v:VOTES]->() WHERE elementId(v) = $id SET v.vote = $text', { id: vote!.id, text });
    await setVote(JSON.stringify(altered));
    expect((await evidence(query)).data!.evidence[0]!.weightedSupport.up).toBe(7);
    expect((await evidence(query, { live: true })).data!.evidence[0]!.weightedSupport.up).toBe(0);
    await setVote(vote!.vote);
    expect((await evidence(query)).data!.evidence[0]!.weightedSupport.up).toBe(0);
  });

  it('answers studies, moderators, pooled and findings as the live path does, selected outright or through a fragment', async () => {
    const subject = 'miR-320a';
    const summaryOnly = await evidence({ subject });
    expect(summaryOnly.extensions?.roundTrips).toBe(1);
    const live = await evidence({ subject }, { live: true, fields: DETAIL });
    expect(live.errors).toBeUndefined();
    expect(live.data!.evidence.length).toBeGreaterThan(5);
    expect(live.extensions?.roundTrips).toBe(2); // the pairs with their findings, the findings' studies
    // Selected outright: read with the pairs, as live.
    const outright = await evidence({ subject }, { fields: DETAIL });
    expect(outright.extensions?.roundTrips).toBe(2);
    expect(outright.data).toEqual(live.data);
    // Behind a named fragment: the same as written out.
    const viaFragment = await evidence({ subject }, { fields: DETAIL, fragment: true });
    expect(viaFragment.extensions?.roundTrips).toBe(2);
    expect(viaFragment.data).toEqual(live.data);
    expect((await evidence({ subject }, { fragment: true })).extensions?.roundTrips).toBe(1);
    const withStudies = viaFragment.data!.evidence.find((p) => p.object.name === 'fibromyalgia')!;
    expect((withStudies.studies as { slug: string }[]).map((s) => s.slug)).toEqual(['hussein-2022-impact-micro']);
  });

  it('keeps the live path for any other filter or weights', async () => {
    const query = `query ($w: EvidenceWeights, $f: EvidenceFilter) {
      evidence(subject: "NK cytotoxicity", object: "ME/CFS", weights: $w, filter: $f) { weightedSupport { down none } consensus } }`;
    const heavier = await graphql<{ evidence: { weightedSupport: { down: number; none: number } }[] }>(yoga, query, {
      w: { evidenceLevel: { UNKNOWN: 0.5 } },
    });
    expect(heavier.data!.evidence[0]!.weightedSupport).toEqual({ down: 0.5, none: 0.5 });
    const filtered = await graphql<{ evidence: unknown[] }>(yoga, query, { f: { significantOnly: true } });
    expect(filtered.errors).toBeUndefined();
    expect(filtered.data!.evidence).toEqual([]); // neither finding is reported significant
  });

  it('re-importing the sample changes nothing', async () => {
    const before = await dumpGraph(db.cypher);
    const again = await importPaths(db.cypher, SAMPLE_PATHS);
    expect(again.created + again.updated).toBe(0);
    expect(await dumpGraph(db.cypher)).toBe(before);
  });
});

describe('a synthetic corpus (bench/generate.ts)', () => {
  const first = corpus(600);

  beforeAll(async () => {
    await clearGraph(db.cypher);
    // Two files: pairs summed in the first are re-summed with the second's votes. The second is two chunks of the
    // load (500 studies each), whose votes are sent after the next chunk's statements (src/ingest/load.ts).
    expect((await importText('a.jsonl', first.slice(0, 50))).rejected).toEqual([]);
    expect((await importText('b.jsonl', first.slice(50))).rejected).toEqual([]);
  });

  it('answers every pair from the view exactly as the live synthesis does', async () => {
    expect(first.some((r) => r.retracted)).toBe(true); // retracted studies are in the corpus, and left out of the view
    const compared = await expectViewEqualsLive();
    expect(compared).toBeGreaterThan(800);
  });

  it('counts every pair in Cypher exactly as sumVotes adds its votes up in JS, and keeps the consensus and edges its votes give', async () => {
    const pairs = await rows<{ sums: Record<string, unknown>; votes: StoredVote[] }>(
      `MATCH (p:PairEvidence)<-[v:VOTES]-(:Study)
       RETURN properties(p) AS sums, collect(properties(v)) AS votes`,
    );
    expect(pairs.length).toBeGreaterThan(800);
    for (const { sums, votes } of pairs) {
      const {
        id: _id,
        subjectId: _s,
        objectId: _o,
        weightsVersion,
        consensus,
        edges,
        edgeCounts,
        headline,
        ...stored
      } = sums;
      expect(weightsVersion).toBe(pairViewVersion());
      expect(stored).toEqual({ ...sumVotes(votes) });
      const parsed = votes.map((v) => JSON.parse(v.vote) as StudyVote);
      const expected = summarizeVotes(parsed, defaultEvidenceWeights());
      expect(consensus).toBe(expected.consensus);
      expect(edges).toBe(JSON.stringify(relationEdges(parsed)));
      expect(headline).toBe(JSON.stringify(pairHeadline(expected)));
      expect(edgeCounts).toBe(JSON.stringify(relationEdgeCounts(relationEdges(parsed))));
    }
  });

  it('stores the same votes and counts whatever order the studies came in', async () => {
    const before = await viewDump();
    expect(before.length).toBeGreaterThan(1000);
    await clearGraph(db.cypher);
    expect((await importText('b.jsonl', first.slice(350))).rejected).toEqual([]);
    expect((await importText('a.jsonl', first.slice(0, 350).reverse())).rejected).toEqual([]);
    expect(await viewDump()).toEqual(before);
  });

  it('re-importing the same entries changes nothing', async () => {
    const before = await dumpGraph(db.cypher);
    const again = await importText('all.jsonl', first);
    expect(again.unchanged).toBe(first.length);
    expect(await dumpGraph(db.cypher)).toBe(before);
  });

  it('follows changed studies: retracted flips, badges and findings change, pairs empty', async () => {
    // The hottest pair, and two of its studies to change.
    const [hot] = await rows<{ id: string; studies: number; slugs: string[] }>(
      `MATCH (p:PairEvidence)<-[v:VOTES]-(s:Study)
       WITH p, v ORDER BY v.studySlug
       WITH p, collect(v.studySlug) AS slugs
       RETURN p.id AS id, p.studyCount AS studies, slugs
       ORDER BY studies DESC, id LIMIT 1`,
    );
    expect(hot!.studies).toBeGreaterThan(20);
    // The pair's node and its studies' votes.
    const pairOf = async () =>
      (
        await rows<{ pair: Record<string, unknown> }>(
          `MATCH (p:PairEvidence {id: $id})<-[v:VOTES]-()
           WITH p, v ORDER BY v.studySlug
           WITH p, collect(v.vote) AS votes
           RETURN p {.*, votes: votes} AS pair`,
          { id: hot!.id },
        )
      )[0]?.pair;
    const before = (await pairOf())!;
    const bySlug = new Map(first.map((r) => [r.slug, r]));
    const retract = bySlug.get(hot!.slugs[0]!)!;
    const change = bySlug.get(hot!.slugs[1]!)!;
    // The positions in its record of `change`'s findings on the pair (as stored: Finding.index).
    const [subjectId, objectId] = hot!.id.split('\u001f');
    const onPair = new Set(
      (
        await rows<{ index: number }>(
          `MATCH (:Study {slug: $slug})-[:REPORTS]->(f:Finding)-[:SUBJECT]->(:Entity {id: $subjectId})
           MATCH (f)-[:OBJECT]->(:Entity {id: $objectId}) RETURN f.index AS index`,
          { slug: change.slug, subjectId, objectId },
        )
      ).map((r) => r.index),
    );
    expect(onPair.size).toBeGreaterThan(0);
    // A study that is the only one on some pair: the pair goes when the study is retracted.
    const [lonely] = await rows<{ id: string; slug: string }>(
      `MATCH (p:PairEvidence {studyCount: 1})<-[:VOTES]-(s:Study) WHERE NOT s.slug IN $taken
       RETURN p.id AS id, s.slug AS slug ORDER BY id LIMIT 1`,
      { taken: [retract.slug, change.slug] },
    );
    // Curated findings of the same claim replace the stored ones: its findings on the pair turn into weaker
    // non-significant ones, and the study changes evidence level and gains a flag that discounts it.
    const newFlag = ['Small Sample', 'Mixed Cohort', 'Exploratory'].find((f) => !change.tags?.methodFlags.includes(f))!;
    const changed: StudyRecord[] = [
      { ...retract, retracted: true },
      {
        ...change,
        evidenceLevel: change.evidenceLevel === 'E3' ? 'E1' : 'E3',
        tags: { ...change.tags!, methodFlags: [...(change.tags?.methodFlags ?? []), newFlag] },
        findings: (change.findings ?? []).map((f, i) =>
          onPair.has(i) ? { ...f, significant: false, pValue: 0.4, pComparator: '=' } : f,
        ),
      },
      { ...bySlug.get(lonely!.slug)!, retracted: true },
    ];
    const summary = await importText('changed.jsonl', changed);
    expect(summary.updated).toBe(3);
    const after = (await pairOf())!;
    expect(after.studyCount).toBe(hot!.studies - 1);
    expect(after).not.toEqual({ ...before, studyCount: after.studyCount });
    expect(await rows('MATCH (p:PairEvidence {id: $id}) RETURN p', { id: lonely!.id })).toEqual([]);
    await expectViewEqualsLive();
    await expectFacetCellsEqualStudies(); // an evidence level changed

    // And back, as far as a record can go back (a retraction stays, tags only grow): the view follows again.
    const back = await importText('back.jsonl', [{ ...change, tags: changed[1]!.tags }]);
    expect(back.updated).toBe(1);
    expect(await pairOf()).not.toEqual(after);
    await expectViewEqualsLive();
  });

  it('a failing import leaves the view untouched', async () => {
    const before = await dumpGraph(db.cypher);
    // 600 records: the first chunk of 500 (changed studies among them) is written, votes and all, before a DOI that
    // belongs to another study fails the second chunk, and the transaction with it.
    const changed = first.slice(0, 500).map((r) => ({ ...r, retracted: !r.retracted }));
    const fresh = corpus(100, 50_000).map((r, i) => (i === 99 ? { ...r, doi: first.find((x) => x.doi)!.doi } : r));
    expect(first.find((x) => x.doi)).toBeDefined();
    const summary = await importText('failing.jsonl', [...changed, ...fresh]);
    expect(summary.rejected).toHaveLength(1);
    expect(summary.rejected[0]!.message).toMatch(/doi .* already belongs to another study/);
    expect(await dumpGraph(db.cypher)).toBe(before);
  });

  it('serves the summary of a pair of thousands of votes in one round trip, and its contributions on demand', async () => {
    const [hot] = await rows<{ subject: string; object: string }>(
      `MATCH (p:PairEvidence) WITH p ORDER BY p.studyCount DESC, p.id LIMIT 1
       MATCH (a:Entity {id: p.subjectId}), (b:Entity {id: p.objectId}) RETURN toLower(a.name) AS subject, toLower(b.name) AS object`,
    );
    const query = { subject: hot!.subject, object: hot!.object };
    const summary = await evidence(query);
    expect(summary.extensions?.roundTrips).toBe(1);
    const detail = await evidence(query, { fields: DETAIL, fragment: true });
    expect(detail.errors).toBeUndefined();
    expect(detail.extensions?.roundTrips).toBe(2); // selected findings are read with the pairs, then their studies
    const live = await evidence(query, { live: true, fields: DETAIL });
    expect(detail.data).toEqual(live.data);
    expect(detail.data!.evidence[0]!.studies).toHaveLength(detail.data!.evidence[0]!.studyCount);
  });
});

describe('the backfill (refreshPairEvidence)', () => {
  beforeAll(async () => {
    await clearGraph(db.cypher);
    expect((await importText('c.jsonl', corpus(400, 1000))).rejected).toEqual([]);
  });

  it('does nothing on a database whose view is complete and current', async () => {
    const before = await dumpGraph(db.cypher);
    expect(await refreshPairEvidence(db.cypher)).toEqual({ rebuilt: false, studies: 0, summarized: 0 });
    expect(await dumpGraph(db.cypher)).toBe(before);
  });

  it('builds the view of a database imported before it existed; queries stay right meanwhile', async () => {
    const complete = await dumpGraph(db.cypher);
    const [pick] = await rows<{ subject: string }>(
      `MATCH (p:PairEvidence) WITH p ORDER BY p.studyCount DESC, p.id LIMIT 1
       MATCH (a:Entity {id: p.subjectId}) RETURN toLower(a.name) AS subject`,
    );
    const expected = (await evidence({ subject: pick!.subject }, { live: true })).data;
    // What a database imported before this change looks like after migration 008.
    await rows('MATCH (p:PairEvidence) DETACH DELETE p');
    await rows("MERGE (:PairEvidenceRebuild {id: 'default'})");
    expect((await pairViewState(db.cypher)).stale).toBe(true);
    const meanwhile = await evidence({ subject: pick!.subject });
    expect(meanwhile.data).toEqual(expected);
    expect(meanwhile.extensions?.roundTrips).toBe(2); // the view said stale; the live path answered

    const result = await refreshPairEvidence(db.cypher, { batch: 150 });
    expect(result).toEqual({ rebuilt: true, studies: 400, summarized: 0 });
    expect(await dumpGraph(db.cypher)).toBe(complete);
    const after = await evidence({ subject: pick!.subject });
    expect(after.extensions?.roundTrips).toBe(1);
    expect(after.data).toEqual(expected);
  });

  it('rebuilds pairs summed under other default weights, and never serves them meanwhile', async () => {
    const complete = await dumpGraph(db.cypher);
    const [pick] = await rows<{ id: string; subject: string; object: string }>(
      `MATCH (p:PairEvidence) WITH p ORDER BY p.studyCount DESC, p.id LIMIT 1
       MATCH (a:Entity {id: p.subjectId}), (b:Entity {id: p.objectId})
       RETURN p.id AS id, toLower(a.name) AS subject, toLower(b.name) AS object`,
    );
    const query = { subject: pick!.subject, object: pick!.object };
    const expected = (await evidence(query, { live: true })).data;
    // As if computed under weights edited since: other votes, another version.
    await rows(
      "MATCH (p:PairEvidence {id: $id})<-[v:VOTES]-() SET p.weightsVersion = 'edited', v.weightsVersion = 'edited', v.vote = '{}'",
      { id: pick!.id },
    );
    expect((await pairViewState(db.cypher)).outdated).toBe(1);
    const meanwhile = await evidence(query);
    expect(meanwhile.data).toEqual(expected);
    expect(meanwhile.extensions?.roundTrips).toBe(2);

    expect((await refreshPairEvidence(db.cypher)).rebuilt).toBe(true);
    expect(await pairViewState(db.cypher)).toEqual({ stale: false, outdated: 0, unsummarized: 0 });
    expect(await dumpGraph(db.cypher)).toBe(complete);
    await expectViewEqualsLive();
  });

  it('the votes the import computes from its own rows equal those computed from the graph read back', async () => {
    // Flag names that share a flag node (same key, first name kept) or only a weight key; a retracted study.
    const [base] = corpus(1, 5000);
    const variants: [string, Partial<StudyRecord>][] = [
      [
        'flags-2024-first',
        { tags: { symptoms: [], biomarkerClasses: [], methodFlags: ['Small Sample', 'No controls'] } },
      ],
      [
        'flags-2024-second',
        { tags: { symptoms: [], biomarkerClasses: [], methodFlags: ['small  sample', 'SMALL_SAMPLE'] } },
      ],
      ['flags-2024-retracted', { retracted: true }],
    ];
    const records = variants.map(
      ([slug, change]) => ({ ...base!, ...change, slug, doi: undefined, pmid: undefined }) as StudyRecord,
    );
    expect((await importText('flags.jsonl', records)).rejected).toEqual([]);
    const [flags] = await rows<{ names: string[] }>(
      "MATCH (:Study {slug: 'flags-2024-second'})-[:TAGGED]->(m:MethodFlag) RETURN collect(m.name) AS names",
    );
    expect([...flags!.names].sort()).toEqual(['SMALL_SAMPLE', 'Small Sample']); // the first study's name was kept
    const [votes] = await rows<{ n: number }>(
      "MATCH (s:Study)-[v:VOTES]->() WHERE s.slug STARTS WITH 'flags-2024-' RETURN count(v) AS n",
    );
    expect(votes!.n).toBeGreaterThan(0);
    const imported = await viewDump();
    expect((await refreshPairEvidence(db.cypher, { force: true })).rebuilt).toBe(true);
    expect(await viewDump()).toEqual(imported);
    await expectViewEqualsLive();
  });
});

describe("the pairs' stored headlines", () => {
  const records = corpus(400, 3000);

  beforeAll(async () => {
    await clearGraph(db.cypher);
    expect((await importText('h1.jsonl', records.slice(0, 150))).rejected).toEqual([]);
    expect((await importText('h2.jsonl', records.slice(150))).rejected).toEqual([]);
  });

  /** The hottest pair's id and names. */
  async function hottest(): Promise<{ id: string; subject: string; object: string }> {
    const [hot] = await rows<{ id: string; subject: string; object: string }>(
      `MATCH (p:PairEvidence) WITH p ORDER BY p.studyCount DESC, p.id LIMIT 1
       MATCH (a:Entity {id: p.subjectId}), (b:Entity {id: p.objectId})
       RETURN p.id AS id, toLower(a.name) AS subject, toLower(b.name) AS object`,
    );
    return hot!;
  }

  it('answers the headline fields of every pair exactly as the live synthesis does', async () => {
    expect(await expectViewEqualsLive(HEADLINE)).toBeGreaterThan(500);
  });

  it('reads the headline alone when nothing that lists studies is selected, the votes otherwise', async () => {
    const hot = await hottest();
    const query = { subject: hot.subject, object: hot.object };
    const stored = async () =>
      (await rows<{ headline: string }>('MATCH (p:PairEvidence {id: $id}) RETURN p.headline AS headline', hot))[0]!
        .headline;
    const original = await stored();
    expect(JSON.parse(original).studyCount).toBeGreaterThan(20);
    // Altered in the graph, the headline shows in an answer that selects only it, written out or through a fragment,
    // and not in one that selects a field the headline lacks (which reads the votes), nor on the live path.
    const altered = JSON.stringify({ ...JSON.parse(original), consensusReason: 'altered in the graph' });
    await rows('MATCH (p:PairEvidence {id: $id}) SET p.headline = $altered', { id: hot.id, altered });
    const reason = (r: Response<{ evidence: PairJson[] }>) => r.data!.evidence[0]!.consensusReason;
    const headlineOnly = await evidence(query, { fields: HEADLINE });
    expect(headlineOnly.extensions?.roundTrips).toBe(1);
    expect(reason(headlineOnly)).toBe('altered in the graph');
    expect(reason(await evidence(query, { fields: HEADLINE, fragment: true }))).toBe('altered in the graph');
    for (const growing of [
      'comparators { consensus }',
      'moderators { property }',
      'pooled { k }',
      'secondaryStudies',
    ]) {
      const withVotes = await evidence(query, { fields: `${HEADLINE} ${growing}` });
      expect(withVotes.extensions?.roundTrips, growing).toBe(1);
      expect(reason(withVotes), growing).not.toBe('altered in the graph');
    }
    expect(reason(await evidence(query, { fields: HEADLINE, live: true }))).not.toBe('altered in the graph');
    await rows('MATCH (p:PairEvidence {id: $id}) SET p.headline = $original', { id: hot.id, original });
    expect(reason(await evidence(query, { fields: HEADLINE }))).toBe(reason(await evidence(query, { live: true })));
  });

  it('an import that changes a pair rewrites its headline before it returns', async () => {
    const hot = await hottest();
    const query = { subject: hot.subject, object: hot.object };
    const before = await evidence(query, { fields: HEADLINE });
    const [slug] = await rows<{ slug: string }>(
      'MATCH (s:Study)-[:VOTES]->(:PairEvidence {id: $id}) RETURN s.slug AS slug ORDER BY slug LIMIT 1',
      hot,
    );
    const record = records.find((r) => r.slug === slug!.slug)!;
    expect((await importText('retract.jsonl', [{ ...record, retracted: true }])).updated).toBe(1);
    const after = await evidence(query, { fields: HEADLINE });
    expect(after.data!.evidence[0]!.studyCount).toBe(before.data!.evidence[0]!.studyCount - 1);
    expect(after.data).toEqual((await evidence(query, { fields: HEADLINE, live: true })).data);
    await expectViewEqualsLive(HEADLINE);
  });

  it('answers pairs left without a kept answer from their votes, and the next start-up summarizes them', async () => {
    // What an import stopped between its inputs' commit and their pairs' summaries leaves (src/ingest/import.ts).
    const complete = await dumpGraph(db.cypher);
    const hot = await hottest();
    const query = { subject: hot.subject, object: hot.object };
    const expected = (await evidence(query, { fields: HEADLINE, live: true })).data;
    const [cut] = await rows<{ n: number }>(
      `MATCH (p:PairEvidence) WHERE p.id = $id OR p.studyCount = 1
       REMOVE p.consensus, p.edges, p.edgeCounts, p.headline RETURN count(p) AS n`,
      hot,
    );
    expect(cut!.n).toBeGreaterThan(10);
    expect(await pairViewState(db.cypher)).toEqual({ stale: false, outdated: 0, unsummarized: cut!.n });
    expect((await evidence(query, { fields: HEADLINE })).data).toEqual(expected);
    await expectNeighbourhoodOf(hot.id);

    expect(await refreshPairEvidence(db.cypher, { batch: 7 })).toEqual({
      rebuilt: false,
      studies: 0,
      summarized: cut!.n,
    });
    expect(await dumpGraph(db.cypher)).toBe(complete);
    await expectViewEqualsLive(HEADLINE);
  });

  it("keeps each entity's finding count under the default filter (neighborhood's node count), through changes", async () => {
    // After the retraction above: every entity's stored count equals its findings of non-retracted studies, as
    // subject plus as object (a self-loop twice).
    const counts = await rows<{ id: string; stored: number | null; findings: number }>(
      `MATCH (e:Entity)
       RETURN e.id AS id, e.viewFindingCount AS stored,
              COUNT { (s:Study)-[:REPORTS]->(:Finding)-[:SUBJECT]->(e) WHERE coalesce(s.retracted, false) = false } +
              COUNT { (s:Study)-[:REPORTS]->(:Finding)-[:OBJECT]->(e) WHERE coalesce(s.retracted, false) = false } AS findings`,
    );
    expect(counts.filter((c) => c.findings > 0).length).toBeGreaterThan(100);
    expect(counts.filter((c) => (c.stored ?? 0) !== c.findings)).toEqual([]);
  });
});

describe('an import run given as a generator', () => {
  it('reads one unit at a time and writes what the same units given as an array write', async () => {
    const records = corpus(300, 9000);
    const parts = [records.slice(0, 100), records.slice(100, 200), records.slice(200)];
    const unit = (i: number) => ({
      name: `part-${i}.jsonl`,
      kind: 'jsonl' as const,
      text: parts[i]!.map((r) => JSON.stringify(r)).join('\n'),
    });
    await clearGraph(db.cypher);
    expect((await importUnits(db.cypher, [0, 1, 2].map(unit))).created).toBe(300);
    const fromArray = await dumpGraph(db.cypher);
    await clearGraph(db.cypher);
    const events: string[] = [];
    function* units() {
      for (let i = 0; i < parts.length; i++) {
        events.push(`yield ${i}`);
        yield unit(i);
      }
    }
    const summary = await importUnits(db.cypher, units(), {
      onUnit: (done, total) => events.push(`done ${done} of ${total}`),
    });
    expect(summary.created).toBe(300);
    expect(events).toEqual(['yield 0', 'done 1 of NaN', 'yield 1', 'done 2 of NaN', 'yield 2', 'done 3 of NaN']);
    expect(await dumpGraph(db.cypher)).toBe(fromArray);
  });
});
