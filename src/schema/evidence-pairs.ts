// Reading the pairs of `evidence` (and classEvidence): one Cypher round trip fetches the findings with their
// studies' properties (filtered in Cypher) and src/evidence synthesizes them (docs/evidence.md). Under the default
// filter and weights the pairs' summaries come from the materialized view instead (PairEvidence nodes,
// src/ingest/pair-votes.ts): the stored headline when the operation selects nothing else of the pairs, else the
// stored votes, and findings are fetched only for the fields that need them.
import {
  isDefaultFilter,
  pairViewVersion,
  storedEvidenceInput,
  summarizeVotes,
  synthesizePair,
} from '../evidence/index.ts';
import type {
  EvidenceFindingInput,
  EvidenceWeights,
  PairHeadline,
  PairSummary,
  StudyVote,
  StoredEvidenceRow,
} from '../evidence/index.ts';
import type { Context } from '../context.ts';
import { normalizeKey } from '../ingest/entity-key.ts';
import { badInput } from '../errors.ts';
import { decodePairCursor } from '../query/cursors.ts';
import { unknownNames } from './unknown-names.ts';
import { bounded, filterParams, type EvidenceFilterParams, resolveWeightsArg } from './evidence-inputs.ts';
import { pairFindingsLoader, pairVotesLoader } from './loaders.ts';
import type { EntityNode, FindingNode } from './projection.ts';
import { memberIds } from '../ontology/rollup.ts';
import { pairRollups, withRollup, type PairRollups } from './rollup-pairs.ts';
import type { PairDetail, PairEvidenceParent } from './pair-evidence.ts';

// ---------------------------------------------------------------------------------------------------------------
// Rows of the evidence statements and their conversion to the synthesis input

/** One finding as cypher/evidence/*.cypher return it: the node, its study's properties, the study's method flags. */
export type EvidenceRow = StoredEvidenceRow<FindingNode>;

export const evidenceInput = (row: EvidenceRow): EvidenceFindingInput => storedEvidenceInput(row);

interface PairsResult {
  anchors: EntityNode[];
  others: EntityNode[];
  total: number;
  pairs: { subject: EntityNode; object: EntityNode; studyCount: number; findings: EvidenceRow[] }[];
}

interface PairSummariesResult {
  anchors: EntityNode[];
  others: EntityNode[];
  total: number;
  /** votes: the pair's stored votes (JSON of StudyVote, one per study), which summarizeVotes answers from (read
   *  VOTES); headline: its stored PairHeadline as JSON (read HEADLINE; null if the pair has none). */
  pairs: {
    id: string;
    subject: EntityNode;
    object: EntityNode;
    weightsVersion: string | null;
    votes?: string[];
    headline?: string | null;
  }[];
  stale: boolean;
}

/**
 * What an operation selects of the pairs needs: their stored headlines alone (src/evidence/pair-headline.ts), their
 * whole summaries (from the stored votes), or their findings (findings, studies: read with the pairs).
 */
export type PairSelectionNeeds = 'HEADLINE' | 'SUMMARY' | 'FINDINGS';

/** One page of an anchor's pairs: the page and how many pairs there are in all. */
export interface PairPage {
  pairs: PairEvidenceParent[];
  totalCount: number;
  /** Position of the page's first pair among all of them. */
  offset: number;
}

export const DEFAULT_PAIRS = 50;
export const MAX_PAIRS = 200;

interface PairQuery extends Record<string, unknown> {
  anchor: string;
  other: string | null;
  role: 'SUBJECT' | 'OBJECT';
  first: number;
  /** Pairs skipped before the page (decoded from `after`). */
  offset: number;
  /** With includeDescendants: the entities of the names' roll-ups (null: match the names). */
  anchorIds?: string[] | null;
  otherIds?: string[] | null;
  /** What the view's statement reads per pair (cypher/evidence/pair-summaries.cypher). */
  read?: 'HEADLINE' | 'VOTES';
}

/** NOT_FOUND (src/schema/unknown-names.ts) when `subject` or `object` names no entity. */
async function checkNames(
  context: Context,
  args: { subject: string; object?: string | null },
  row: { anchors: EntityNode[]; others: EntityNode[] } | undefined,
): Promise<void> {
  if (!row || row.anchors.length === 0) throw await unknownNames(context, [args.subject], 'subject');
  if (args.object != null && row.others.length === 0) throw await unknownNames(context, [args.object], 'object');
}

/** Today's answer from the findings: any filter, any weights. */
async function livePairs(
  context: Context,
  args: { subject: string; object?: string | null },
  query: PairQuery,
  filter: EvidenceFilterParams,
  weights: EvidenceWeights,
): Promise<PairPage> {
  const [row] = await context.cypher.read<PairsResult & Record<string, unknown>>('evidence/pairs', {
    ...query,
    filter,
  });
  await checkNames(context, args, row);
  const pairs = row!.pairs.map((pair): PairEvidenceParent => {
    const inputs = pair.findings.map(evidenceInput);
    const detail: PairDetail = {
      findings: pair.findings.map((f) => f.finding),
      inputs,
      synthesis: synthesizePair(inputs, weights),
    };
    return {
      subject: pair.subject,
      object: pair.object,
      summary: detail.synthesis,
      whole: async () => detail.synthesis,
      weightsUsed: weights,
      detail: async () => detail,
    };
  });
  return { pairs, totalCount: Number(row!.total), offset: query.offset };
}

const summaryOfVotes = (votes: readonly string[], weights: EvidenceWeights) =>
  summarizeVotes(
    votes.map((vote) => JSON.parse(vote) as StudyVote),
    weights,
  );

/**
 * The default answer from the materialized view: one small read whatever the number of findings, and whatever the
 * number of studies when only the headline is selected (`headlineOnly`). null when the view cannot be used (being
 * rebuilt, or a pair summed under other default weights or without a headline): the caller goes live.
 */
async function materializedPairs(
  context: Context,
  args: { subject: string; object?: string | null },
  query: PairQuery,
  weights: EvidenceWeights,
  headlineOnly: boolean,
): Promise<PairPage | null> {
  const [row] = await context.cypher.read<PairSummariesResult & Record<string, unknown>>('evidence/pair-summaries', {
    ...query,
    read: headlineOnly ? 'HEADLINE' : 'VOTES',
  });
  await checkNames(context, args, row);
  const version = pairViewVersion();
  if (row!.stale || row!.pairs.some((pair) => pair.weightsVersion !== version)) return null;
  if (headlineOnly && row!.pairs.some((pair) => pair.headline == null)) return null;
  const pairs = row!.pairs.map(({ id, subject, object, votes, headline }): PairEvidenceParent => {
    let detail: Promise<PairDetail> | undefined;
    let whole: Promise<PairSummary> | undefined;
    const summary = headlineOnly ? (JSON.parse(headline!) as PairHeadline) : summaryOfVotes(votes!, weights);
    return {
      subject,
      object,
      summary,
      // Read as its headline, a pair's votes are read only if a growing field is asked for after all.
      whole: (ctx) =>
        (whole ??= headlineOnly
          ? pairVotesLoader(ctx)
              .load(id)
              .then((texts) => summaryOfVotes(texts, weights))
          : Promise.resolve(summary as PairSummary)),
      weightsUsed: weights,
      detail: (ctx) =>
        (detail ??= pairFindingsLoader(ctx)
          .load({ subjectId: subject.id, objectId: object.id })
          .then((rows) => {
            const inputs = rows.map(evidenceInput);
            return { findings: rows.map((r) => r.finding), inputs, synthesis: synthesizePair(inputs, weights) };
          })),
    };
  });
  return { pairs, totalCount: Number(row!.total), offset: query.offset };
}

/** The arguments of `evidence` (and classEvidence) as pairEvidencePage reads them. */
export interface PairEvidenceArgs {
  subject: string;
  object?: string | null;
  role?: 'SUBJECT' | 'OBJECT' | null;
  filter?: Parameters<typeof filterParams>[0];
  weights?: Record<string, unknown> | null;
  first?: number | null;
  /** A cursor of pairCursor: the page starts after that pair. */
  after?: string | null;
  includeDescendants?: boolean | null;
  /** The roll-ups of subject and object, when the caller has them already. */
  rollups?: PairRollups;
}

/** One page of the pairs around `subject`, with their total. */
export async function pairEvidencePage(
  context: Context,
  args: PairEvidenceArgs,
  /** What the operation selects of the pairs needs (directly or through fragments). */
  needs: PairSelectionNeeds = 'SUMMARY',
): Promise<PairPage> {
  const first = bounded(args.first, 'first', DEFAULT_PAIRS, MAX_PAIRS);
  const weights: EvidenceWeights = resolveWeightsArg(args.weights);
  const filter = filterParams(args.filter);
  if (!args.subject.trim()) throw badInput('"subject" must name an entity', 'subject');
  const query: PairQuery = {
    anchor: normalizeKey(args.subject),
    other: args.object != null ? normalizeKey(args.object) : null,
    role: args.role ?? 'SUBJECT',
    first,
    offset: decodePairCursor(args.after),
  };
  const rollups =
    args.rollups ?? (args.includeDescendants ? await pairRollups(context, args.subject, args.object) : null);
  if (rollups) {
    query.anchorIds = memberIds(rollups.anchor);
    query.otherIds = rollups.other ? memberIds(rollups.other) : null;
  }
  const annotate = (page: PairPage) =>
    rollups ? { ...page, pairs: withRollup(page.pairs, rollups, query.role) } : page;
  // The view holds the default answer only: no weights override given, and the default filter. When fields that need
  // the findings are selected outright, the live statement reads them with the pairs in the same round trip.
  if (!args.weights && isDefaultFilter(filter) && needs !== 'FINDINGS') {
    const page = await materializedPairs(context, args, query, weights, needs === 'HEADLINE');
    if (page) return annotate(page);
  }
  return annotate(await livePairs(context, args, query, filter, weights));
}

/** The page of pairs alone (the `evidence` list, classEvidence's member pairs). */
export async function pairEvidence(
  context: Context,
  args: PairEvidenceArgs,
  needs: PairSelectionNeeds = 'SUMMARY',
): Promise<PairEvidenceParent[]> {
  return (await pairEvidencePage(context, args, needs)).pairs;
}
