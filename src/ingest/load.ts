// Load canonical records into the graph. One call reads the stored records of the studies named and merges (before
// any transaction: extraction may take long), then one write transaction checks they are unchanged and rewrites
// only the studies whose record changed (a study and all its findings together, with its votes in the materialized
// evidence view and the counts of the pairs it votes on: pair-votes.ts; the pairs' kept answers are summarized after
// the commit, by the caller).
// Re-importing the same input therefore writes nothing and reports every study unchanged.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Cypher } from '../db/cypher.ts';
import type { RecordSource } from './combine.ts';
import { facetCellDeltas } from './facet-cells.ts';
import { batchRows } from './graph-rows.ts';
import { combineOffThread, ontologyRowsOffThread } from './off-thread/pool.ts';
import {
  chunks,
  deleteStudyVotes,
  sendEndCounts,
  sendPairRecounts,
  sendVotes,
  studyEvidenceFromRows,
} from './pair-votes.ts';
import type { Relation, StudyRecord } from './record.ts';
import { contentHash } from './stable-json.ts';

export type StudyStatus = 'created' | 'updated' | 'unchanged';

export interface LoadInput {
  record: StudyRecord;
  source: RecordSource;
}

export interface StudyOutcome {
  slug: string;
  status: StudyStatus;
  findings: number;
  findingsByRelation: Partial<Record<Relation, number>>;
}

/** Studies per UNWIND: bounds the size of one statement's parameters inside a large file's transaction. */
const CHUNK = 500;

function countByRelation(record: StudyRecord): Partial<Record<Relation, number>> {
  const counts: Partial<Record<Relation, number>> = {};
  for (const finding of record.findings ?? []) counts[finding.relation] = (counts[finding.relation] ?? 0) + 1;
  return counts;
}

interface Plan {
  outcomes: StudyOutcome[];
  changed: StudyRecord[];
  updatedSlugs: string[];
  /** The stored records' hashes the plan was made from: the write goes ahead only if they are still the same. */
  storedHashes: Map<string, string>;
  /** The stored records of the updated studies (their former facet cells, facet-cells.ts). */
  former: Map<string, StudyRecord>;
}

/**
 * Read the stored records of the studies the inputs name, merge the inputs into them (finding extraction: in the
 * import worker, off the event loop) and decide each study's outcome. This runs before the write transaction, so
 * however long extraction takes, no transaction is held open (nor cut off by its timeout) meanwhile.
 */
async function plan(cypher: Cypher, inputs: LoadInput[]): Promise<Plan> {
  const slugs = [...new Set(inputs.map((input) => input.record.slug))];
  const stored = new Map<string, { record: StudyRecord; hash: string }>();
  for (const part of chunks(slugs, 2000)) {
    const rows = await cypher.read<{ slug: string; record: string; hash: string }>('ingest/stored-records', {
      slugs: part,
    });
    for (const row of rows) stored.set(row.slug, { record: JSON.parse(row.record) as StudyRecord, hash: row.hash });
  }
  const working = new Map(
    await combineOffThread({ stored: [...stored].map(([slug, { record }]) => [slug, record]), inputs }),
  );
  const outcomes: StudyOutcome[] = [];
  const changed: StudyRecord[] = [];
  const updatedSlugs: string[] = [];
  const former = new Map<string, StudyRecord>();
  for (const [slug, record] of working) {
    const before = stored.get(slug);
    const status: StudyStatus = !before ? 'created' : before.hash === contentHash(record) ? 'unchanged' : 'updated';
    if (status !== 'unchanged') changed.push(record);
    if (status === 'updated') {
      updatedSlugs.push(slug);
      former.set(slug, stored.get(slug)!.record);
    }
    outcomes.push({
      slug,
      status,
      findings: record.findings?.length ?? 0,
      findingsByRelation: countByRelation(record),
    });
  }
  return {
    outcomes,
    changed,
    updatedSlugs,
    storedHashes: new Map([...stored].map(([slug, { hash }]) => [slug, hash])),
    former,
  };
}

/** Another import changed one of the plan's studies between the plan's read and the write: plan again. */
class StalePlan extends Error {
  constructor() {
    super('a study changed while the import was being prepared');
  }
}

/**
 * Whether the stored records are still those the plan was made from (none added, changed or removed), each study
 * locked until the transaction ends (cypher/ingest/stored-hashes.cypher), so no other import can change it before
 * this one commits.
 */
async function stillCurrent(
  cypher: Cypher,
  tx: ManagedTransaction,
  slugs: string[],
  hashes: Map<string, string>,
): Promise<boolean> {
  for (const part of chunks([...slugs].sort(), 2000)) {
    const rows = await cypher.run<{ slug: string; hash: string | null }>(tx, 'ingest/stored-hashes', { slugs: part });
    if (rows.some((row) => (hashes.get(row.slug) ?? null) !== row.hash)) return false;
  }
  return true;
}

type FlagRow = { slug: string; methodFlags: string[] };

/** The rows not sent before in this transaction (recorded in `sent`): merging one again would change nothing. */
function notYetSent<T>(rows: T[], sent: Set<string>): T[] {
  const out: T[] = [];
  for (const row of rows) {
    const text = JSON.stringify(row);
    if (sent.has(text)) continue;
    sent.add(text);
    out.push(row);
  }
  return out;
}

/** Writes the plan's studies; returns the pairs of the evidence view whose votes changed (to summarize after). */
async function write(
  cypher: Cypher,
  tx: ManagedTransaction,
  { changed, updatedSlugs, former }: Plan,
): Promise<string[]> {
  // Pairs a changed study voted on before: their counts are recomputed from the votes left.
  const lostVotes: string[] = [];
  for (const part of chunks(updatedSlugs, CHUNK)) {
    lostVotes.push(...(await deleteStudyVotes(cypher, tx, part)));
    await cypher.run(tx, 'ingest/delete-derived', { slugs: part });
  }
  // Pairs voted on now: their counts grow by the new votes' (write-pair-votes).
  const touchedPairs: string[] = [...lostVotes];
  await cypher.pipeline(tx, async (pipeline) => {
    // The server always has the next statement queued: while it runs a chunk's load statements (and the read of
    // its method flags' names), the next chunk's rows are built here, and the previous chunk's votes are computed
    // from that chunk's rows and sent after them.
    const sentEntities = new Set<string>();
    const parts = chunks(changed, CHUNK);
    let rows = parts.length > 0 ? batchRows(parts[0]!) : null;
    let previous: { rows: NonNullable<typeof rows>; flags: Promise<FlagRow[]> } | null = null;
    const sendVotesOf = async ({ rows: done, flags }: NonNullable<typeof previous>) => {
      const names = new Map((await flags).map((row) => [row.slug, row.methodFlags]));
      touchedPairs.push(...sendVotes(pipeline, studyEvidenceFromRows(done.studies, done.findings, names)));
    };
    for (let i = 0; i < parts.length; i++) {
      const current = rows!;
      pipeline.send('ingest/upsert-studies', { studies: current.studies });
      const entities = notYetSent(current.entities, sentEntities);
      if (entities.length > 0) {
        pipeline.send('ingest/merge-entities', { entities });
        // Their ontology terms, ancestors and links (src/ontology), built in the import worker: MERGEd, so terms
        // already there cost nothing.
        pipeline.send('ontology/merge', { ...(await ontologyRowsOffThread(entities)) });
      }
      pipeline.send('ingest/tag-studies', {
        symptomTags: current.symptomTags,
        biomarkerClasses: current.biomarkerClasses,
        methodFlags: current.methodFlags,
      });
      pipeline.send('ingest/create-findings', { findings: current.findings });
      const flags = pipeline.send<FlagRow>('ingest/study-method-flags', { slugs: current.slugs });
      await pipeline.written();
      rows = i + 1 < parts.length ? batchRows(parts[i + 1]!) : null;
      if (previous) await sendVotesOf(previous);
      previous = { rows: current, flags };
    }
    if (previous) await sendVotesOf(previous);
    // After the votes; before delete-orphans. A pair left without votes is deleted here, and the ends of pairs that
    // lost votes are recounted from their pairs (write-pair-votes only adds).
    sendPairRecounts(pipeline, lostVotes);
    sendEndCounts(pipeline, lostVotes);
    const cells = facetCellDeltas(changed, former);
    if (cells.length > 0) pipeline.send('ingest/add-facet-cells', { cells });
    if (updatedSlugs.length > 0) pipeline.send('ingest/delete-orphans');
  });
  return [...new Set(touchedPairs)];
}

/** Thrown at the end of a dry run's transaction so that it rolls back; it carries what the import would do. */
class DryRunDone extends Error {
  constructor(readonly outcomes: StudyOutcome[]) {
    super('dry run: rolled back');
  }
}

/** Plans made again at most this many times when concurrent imports keep changing the same studies. */
const MAX_PLANS = 5;

export interface LoadResult {
  outcomes: StudyOutcome[];
  /**
   * Pairs of the evidence view whose votes the load changed: their kept answers were removed in its transaction, and
   * the caller summarizes them after the commit (summarizePairs, src/ingest/pair-votes.ts); none for a dry run.
   */
  touchedPairs: string[];
}

/**
 * Merge and load records (all of one input file, say) in one transaction: all of them or none. A dry run runs the
 * same transaction and rolls it back, so it meets every check the import meets (unique DOIs, index limits, the
 * database's own), and writes nothing.
 */
export async function loadRecords(cypher: Cypher, inputs: LoadInput[], { dryRun = false } = {}): Promise<LoadResult> {
  if (inputs.length === 0) return { outcomes: [], touchedPairs: [] };
  const slugs = [...new Set(inputs.map((input) => input.record.slug))];
  for (let attempt = 1; ; attempt++) {
    const result = await plan(cypher, inputs);
    try {
      return await cypher.writeTx(async (tx) => {
        if (!(await stillCurrent(cypher, tx, slugs, result.storedHashes))) throw new StalePlan();
        const touchedPairs = await write(cypher, tx, result);
        if (dryRun) throw new DryRunDone(result.outcomes);
        return { outcomes: result.outcomes, touchedPairs };
      });
    } catch (error) {
      if (error instanceof DryRunDone) return { outcomes: error.outcomes, touchedPairs: [] };
      if (error instanceof StalePlan && attempt < MAX_PLANS) continue;
      throw error;
    }
  }
}
