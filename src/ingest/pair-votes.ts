// The materialized default view of `evidence` (docs/evidence.md §9b). A pair's answer is a function of its studies'
// votes, each computed from one study's findings alone (src/evidence/study-vote.ts), so at import each study's vote on
// each of its pairs is computed once under the default weights and stored as (:Study)-[:VOTES {vote}]->(:PairEvidence),
// and the pair's counts are recomputed from its votes in the import's own write transaction, with what the pair's
// answer says in a bounded size (its consensus, and its edges for `neighborhood`). `evidence` under the default filter
// and weights then reads one vote per study instead of every finding, and `neighborhood` one stored row per pair.
import type { ManagedTransaction } from 'neo4j-driver';
import type { Cypher, Pipeline } from '../db/cypher.ts';
import {
  defaultEvidenceWeights,
  defaultFilterParams,
  pairEnds,
  pairHeadline,
  pairKey,
  pairViewVersion,
  relationEdgeCounts,
  relationEdges,
  storedEvidenceInput,
  studyVote,
  summarizeVotes,
  sumVotes,
  type EvidenceFindingInput,
  type StudyVote,
  type EvidenceWeights,
  type StoredFinding,
  type StoredStudy,
} from '../evidence/index.ts';

/** A study as cypher/ingest/study-evidence.cypher returns it: what its votes are computed from. */
export interface StudyEvidence {
  study: StoredStudy;
  methodFlags: string[];
  findings: (StoredFinding & { subjectId: string; objectId: string })[];
}

/** What a VOTES relationship holds: the study's vote as JSON, and its finding counts (summed in Cypher). */
export interface StoredVote {
  studySlug: string;
  relations: number[];
  signs: number[];
  /** JSON of the StudyVote: exact doubles, read back by the query side (src/schema/evidence-pairs.ts). */
  vote: string;
  weightsVersion: string;
}

/**
 * A pair and the votes to write on it (each vote: the VOTES relationship's properties), with what they add to the
 * pair's counts (cypher/ingest/write-pair-votes.cypher adds them to those of its earlier votes).
 */
export interface PairVotes {
  id: string;
  subjectId: string;
  objectId: string;
  votes: StoredVote[];
  studyCount: number;
  findingCount: number;
  relations: number[];
  signs: number[];
  weightsVersion: string;
}

export function storedVote(vote: StudyVote, weightsVersion: string): StoredVote {
  return {
    studySlug: vote.studySlug,
    relations: vote.relations,
    signs: vote.signs,
    vote: JSON.stringify(vote),
    weightsVersion,
  };
}

const VOTES_PER_STATEMENT = 5000;
const PAIRS_PER_STATEMENT = 1000;

/** `items` cut into runs of `size` (the last shorter): one statement's parameters each. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The votes of studies on their pairs, by pair: per study and pair, that study's findings on the pair aggregated. */
export function pairVotes(
  studies: readonly StudyEvidence[],
  weights: EvidenceWeights = defaultEvidenceWeights(),
  version: string = pairViewVersion(),
): PairVotes[] {
  const pairs = new Map<string, Omit<PairVotes, 'studyCount' | 'findingCount' | 'relations' | 'signs'>>();
  for (const { study, methodFlags, findings } of studies) {
    const byPair = new Map<string, EvidenceFindingInput[]>();
    for (const finding of findings) {
      const id = pairKey(finding.subjectId, finding.objectId);
      if (!pairs.has(id))
        pairs.set(id, {
          id,
          subjectId: finding.subjectId,
          objectId: finding.objectId,
          votes: [],
          weightsVersion: version,
        });
      const inputs = byPair.get(id) ?? byPair.set(id, []).get(id)!;
      inputs.push(storedEvidenceInput({ finding, study, methodFlags }));
    }
    for (const [id, inputs] of byPair) pairs.get(id)!.votes.push(storedVote(studyVote(inputs, weights), version));
  }
  // In id order: concurrent imports then lock the pairs they share in one order (within a statement).
  return [...pairs.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((pair) => ({ ...pair, ...sumVotes(pair.votes) }));
}

/** Pairs in batches of about `size` votes. */
function batches(pairs: readonly PairVotes[], size: number): PairVotes[][] {
  const out: PairVotes[][] = [];
  let current: PairVotes[] = [];
  let votes = 0;
  for (const pair of pairs) {
    current.push(pair);
    votes += pair.votes.length;
    if (votes >= size) {
      out.push(current);
      current = [];
      votes = 0;
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Compute and write the votes of the given studies (their findings already written in this transaction; studies
 * the default filter leaves out, the retracted ones, get none). Returns the pairs voted on.
 */
export async function writeStudyVotes(
  cypher: Cypher,
  tx: ManagedTransaction,
  slugs: readonly string[],
): Promise<string[]> {
  if (slugs.length === 0) return [];
  const studies = await cypher.run<StudyEvidence & Record<string, unknown>>(tx, 'ingest/study-evidence', {
    slugs,
    filter: defaultFilterParams(),
  });
  return cypher.pipeline(tx, async (pipeline) => sendVotes(pipeline, studies));
}

/** Send the votes of studies whose evidence is known without waiting for them; returns the pairs voted on. */
export function sendVotes(pipeline: Pipeline, studies: readonly StudyEvidence[]): string[] {
  const pairs = pairVotes(studies);
  for (const part of batches(pairs, VOTES_PER_STATEMENT)) pipeline.send('ingest/write-pair-votes', { pairs: part });
  return pairs.map((pair) => pair.id);
}

/**
 * What cypher/ingest/study-evidence.cypher would read back, built from the rows the import has just written: the
 * same stored values (each property as sent, absent where the row has none), so the votes are the same, without
 * reading every finding back. Only the method flags' names come from the graph (a flag node keeps the name it was
 * first tagged with). The default filter keeps every study that is not retracted and all its findings
 * (tests/unit/evidence.test.ts holds defaultFilterParams to that).
 */
export function studyEvidenceFromRows(
  studies: readonly { slug: string; props: Record<string, unknown> }[],
  findings: readonly { studySlug: string; subjectId: string; objectId: string; props: Record<string, unknown> }[],
  methodFlags: ReadonlyMap<string, string[]>,
): StudyEvidence[] {
  const bySlug = new Map<string, StudyEvidence>();
  for (const { slug, props } of studies) {
    if (props.retracted === true) continue;
    const value = <T>(key: string) => (props[key] ?? null) as T;
    bySlug.set(slug, {
      study: {
        slug,
        evidenceLevel: value('evidenceLevel'),
        pemCriterion: value('pemCriterion'),
        design: value('design'),
        sampleSize: value('sampleSize'),
        retracted: value('retracted'),
        year: value('year'),
      },
      methodFlags: methodFlags.get(slug) ?? [],
      findings: [],
    });
  }
  for (const { studySlug, subjectId, objectId, props } of findings) {
    const value = <T>(key: string) => (props[key] ?? null) as T;
    bySlug.get(studySlug)?.findings.push({
      id: value('id'),
      studySlug,
      relation: value('relation'),
      sign: value('sign'),
      comparator: value('comparator'),
      pValue: value('pValue'),
      pComparator: value('pComparator'),
      significant: value('significant'),
      effectSize: value('effectSize'),
      effectType: value('effectType'),
      ciLow: value('ciLow'),
      ciHigh: value('ciHigh'),
      sampleSize: value('sampleSize'),
      groups: value('groups'),
      subjectId,
      objectId,
    });
  }
  return [...bySlug.values()];
}

/** Remove the votes of the given studies; returns the pairs they were on. */
export async function deleteStudyVotes(
  cypher: Cypher,
  tx: ManagedTransaction,
  slugs: readonly string[],
): Promise<string[]> {
  if (slugs.length === 0) return [];
  const [row] = await cypher.run<{ pairIds: string[] }>(tx, 'ingest/delete-pair-votes', { slugs });
  return row?.pairIds ?? [];
}

/**
 * Recompute the sums, consensus and edges of the given pairs from their votes (deleting pairs left without votes), in
 * the caller's transaction (the view's rebuild: every vote rewritten).
 */
export async function sumPairVotes(cypher: Cypher, tx: ManagedTransaction, pairIds: Iterable<string>): Promise<void> {
  await cypher.pipeline(tx, async (pipeline) => {
    sendPairRecounts(pipeline, pairIds);
    sendEndCounts(pipeline, pairIds);
    await sendPairSummaries(pipeline, pairIds);
  });
}

/**
 * What set-pair-summaries stores on a pair, from its votes: its default consensus and its neighbourhood edges, and
 * the headline of its default answer (JSON of PairHeadline: what `evidence` answers without reading the votes when
 * nothing else is selected).
 */
export interface PairSummaryRow {
  id: string;
  consensus: string;
  edges: string;
  /** JSON of the edges without their studies' slugs (read when a neighbourhood does not list them). */
  edgeCounts: string;
  headline: string;
}

export function pairSummaryRow(id: string, voteTexts: readonly string[]): PairSummaryRow {
  const votes = voteTexts.map((text) => JSON.parse(text) as StudyVote);
  const summary = summarizeVotes(votes, defaultEvidenceWeights());
  const edges = relationEdges(votes);
  return {
    id,
    consensus: summary.consensus,
    edges: JSON.stringify(edges),
    edgeCounts: JSON.stringify(relationEdgeCounts(edges)),
    headline: JSON.stringify(pairHeadline(summary)),
  };
}

/** Pairs whose votes are read back and summarized per statement (a frequent pair holds thousands of votes). */
const SUMMARIES_PER_STATEMENT = 200;
/** Pairs summarized per write transaction by summarizePairs. */
const SUMMARIES_PER_TRANSACTION = 2000;

/**
 * Keep each given pair's consensus, edges and headline beside its votes, after the statements already in the
 * pipeline: the votes of a batch of pairs are read back under the pairs' locks (lock-pair-votes), summarized here
 * and written. A neighbourhood, or an `evidence` that selects only the headline, then costs one stored row per pair
 * whatever the number of studies (issue 19). The whole answer is not kept: its size grows with the pair's studies
 * (see cypher/ingest/set-pair-summaries.cypher).
 */
export async function sendPairSummaries(pipeline: Pipeline, pairIds: Iterable<string>): Promise<void> {
  const ids = [...new Set(pairIds)].sort();
  for (const part of chunks(ids, SUMMARIES_PER_STATEMENT)) {
    const rows = await pipeline.send<{ id: string; votes: string[] }>('ingest/lock-pair-votes', { pairIds: part });
    const pairs = rows.filter((row) => row.votes.length > 0).map((row) => pairSummaryRow(row.id, row.votes));
    if (pairs.length > 0) pipeline.send('ingest/set-pair-summaries', { pairs });
  }
}

/**
 * Summarize the given pairs in write transactions of their own: what an import does once after its last input's
 * commit (its transactions remove the kept answers of the pairs they vote on, write-pair-votes.cypher), so a pair that
 * every input file votes on is summarized once per import rather than once per file from all its votes (issue 19:
 * that made an import's cost grow with the square of its size). Until then readers compute those pairs from their
 * votes. Pairs deleted meanwhile are skipped.
 */
export async function summarizePairs(cypher: Cypher, pairIds: Iterable<string>): Promise<number> {
  const ids = [...new Set(pairIds)].sort();
  for (const part of chunks(ids, SUMMARIES_PER_TRANSACTION)) {
    await cypher.writeTx((tx) => cypher.pipeline(tx, (pipeline) => sendPairSummaries(pipeline, part)));
  }
  return ids.length;
}

/**
 * The counts of the given pairs recomputed from all their votes, sent after the statements already in the pipeline
 * without waiting: for pairs that lost votes (a changed study's old votes), whose counts cannot simply grow.
 */
export function sendPairRecounts(pipeline: Pipeline, pairIds: Iterable<string>): void {
  // Sorted: concurrent imports then lock the pairs they share in one order.
  const ids = [...new Set(pairIds)].sort();
  for (const part of chunks(ids, PAIRS_PER_STATEMENT)) pipeline.send('ingest/sum-pair-votes', { pairIds: part });
}

/** The finding counts of the given pairs' ends, from their pairs' counts as the pipeline leaves them. */
export function sendEndCounts(pipeline: Pipeline, pairIds: Iterable<string>): void {
  const entityIds = [...new Set([...pairIds].flatMap(pairEnds))].sort();
  for (const part of chunks(entityIds, PAIRS_PER_STATEMENT))
    pipeline.send('ingest/set-entity-finding-counts', { entityIds: part });
}

export interface PairViewState {
  /** Marked for a rebuild (imported before the view existed, or a rebuild cut short). */
  stale: boolean;
  /** Pairs summed under other default weights (or a vote layout) than this process's. */
  outdated: number;
  /** Pairs without a kept answer (an import stopped between its commit and summarizePairs). */
  unsummarized: number;
}

export async function pairViewState(cypher: Cypher): Promise<PairViewState> {
  const [row] = await cypher.read<PairViewState & Record<string, unknown>>('ingest/pair-view-state', {
    version: pairViewVersion(),
  });
  return { stale: row?.stale ?? false, outdated: row?.outdated ?? 0, unsummarized: row?.unsummarized ?? 0 };
}

export interface RefreshResult {
  rebuilt: boolean;
  studies: number;
  /** Pairs given their kept answer without a rebuild. */
  summarized: number;
}

/** Summarize every pair that has no kept answer, a page of ids at a time. */
async function summarizeUnsummarized(cypher: Cypher, batch: number): Promise<number> {
  let after = '';
  let summarized = 0;
  for (;;) {
    const ids = (await cypher.read<{ id: string }>('ingest/unsummarized-pairs', { after, limit: batch })).map(
      (row) => row.id,
    );
    if (ids.length === 0) return summarized;
    summarized += await summarizePairs(cypher, ids);
    after = ids[ids.length - 1]!;
  }
}

/**
 * Build the view where it is missing or outdated: a database imported before the view existed (migration 008 marks
 * it), a rebuild cut short, or default weights changed since the votes were computed; or, when it is current, give
 * pairs left without a kept answer theirs. Idempotent, and cheap when nothing is to do (one read); meant to run at start-up after the migrations. Rewrites every study's votes, a batch
 * of studies per write transaction; queries use the live synthesis until it has finished. Not meant to run while
 * another process imports.
 */
export async function refreshPairEvidence(
  cypher: Cypher,
  { force = false, batch = 1000, log }: { force?: boolean; batch?: number; log?: (line: string) => void } = {},
): Promise<RefreshResult> {
  const state = await pairViewState(cypher);
  if (!force && !state.stale && state.outdated === 0) {
    const summarized = state.unsummarized > 0 ? await summarizeUnsummarized(cypher, batch) : 0;
    if (summarized > 0) log?.(`evidence view: ${summarized} pairs summarized`);
    return { rebuilt: false, studies: 0, summarized };
  }
  await cypher.write('ingest/mark-pair-view-stale');
  let after = '';
  let studies = 0;
  for (;;) {
    const slugs = (await cypher.read<{ slug: string }>('ingest/study-slugs-after', { after, limit: batch })).map(
      (row) => row.slug,
    );
    if (slugs.length === 0) break;
    await cypher.writeTx(async (tx) => {
      const before = await deleteStudyVotes(cypher, tx, slugs);
      const now = await writeStudyVotes(cypher, tx, slugs);
      await sumPairVotes(cypher, tx, [...before, ...now]);
    });
    studies += slugs.length;
    after = slugs[slugs.length - 1]!;
    log?.(`evidence view: votes of ${studies} studies rebuilt`);
  }
  const [finished] = await cypher.write<{ entityIds: string[] }>('ingest/finish-pair-view');
  if (finished && finished.entityIds.length > 0)
    await cypher.write('ingest/set-entity-finding-counts', { entityIds: finished.entityIds });
  return { rebuilt: true, studies, summarized: 0 };
}
