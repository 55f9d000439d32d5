// Reading the pairs of `evidence` (and classEvidence): one Cypher round trip fetches the findings with their
// studies' properties (filtered in Cypher) and src/evidence synthesizes them (docs/evidence.md). Under the default
// filter and weights the pairs' summaries come from the materialized view instead (PairEvidence nodes,
// src/ingest/pair-votes.ts) and findings are fetched only for the fields that need them.
import {
  isDefaultFilter,
  pairViewVersion,
  storedEvidenceInput,
  summarizeVotes,
  synthesizePair,
} from '../evidence/index.ts';
import type { EvidenceFindingInput, EvidenceWeights, StudyVote, StoredEvidenceRow } from '../evidence/index.ts';
import type { Context } from '../context.ts';
import { badInput, notFound } from '../errors.ts';
import { bounded, filterParams, type EvidenceFilterParams, resolveWeightsArg } from './evidence-inputs.ts';
import { pairFindingsLoader } from './loaders.ts';
import type { EntityNode, FindingNode } from './projection.ts';
import { memberIds } from '../ontology/rollup.ts';
import { pairRollups, withRollup, type PairRollups } from './rollup-pairs.ts';
import type { PairDetail, PairEvidenceParent } from './pair-evidence.ts';

// ---------------------------------------------------------------------------------------------------------------
// Rows of the evidence statements and their conversion to the synthesis input

/** One finding as cypher/evidence/*.cypher return it: the node, its study's properties, the study's method flags. */
export type EvidenceRow = StoredEvidenceRow<FindingNode>;

export const evidenceInput = (row: EvidenceRow): EvidenceFindingInput => storedEvidenceInput(row);

/** Names are matched against Entity.names, which holds every name and synonym lower-cased. */
export const nameKey = (name: string): string => name.trim().toLowerCase();

interface PairsResult {
  anchors: EntityNode[];
  others: EntityNode[];
  pairs: { subject: EntityNode; object: EntityNode; studyCount: number; findings: EvidenceRow[] }[];
}

interface PairSummariesResult {
  anchors: EntityNode[];
  others: EntityNode[];
  pairs: { subject: EntityNode; object: EntityNode; weightsVersion: string | null; votes: string[] }[];
  stale: boolean;
}

export const DEFAULT_PAIRS = 50;
export const MAX_PAIRS = 200;

interface PairQuery extends Record<string, unknown> {
  anchor: string;
  other: string | null;
  role: 'SUBJECT' | 'OBJECT';
  first: number;
  /** With includeDescendants: the entities of the names' roll-ups (null: match the names). */
  anchorIds?: string[] | null;
  otherIds?: string[] | null;
}

function checkNames(args: { subject: string; object?: string | null }, row: { anchors: EntityNode[]; others: EntityNode[] } | undefined): void {
  if (!row || row.anchors.length === 0) throw notFound(`no entity named "${args.subject}"`);
  if (args.object != null && row.others.length === 0) throw notFound(`no entity named "${args.object}"`);
}

/** Today's answer from the findings: any filter, any weights. */
async function livePairs(
  context: Context,
  args: { subject: string; object?: string | null },
  query: PairQuery,
  filter: EvidenceFilterParams,
  weights: EvidenceWeights,
): Promise<PairEvidenceParent[]> {
  const [row] = await context.cypher.read<PairsResult & Record<string, unknown>>('evidence/pairs', { ...query, filter });
  checkNames(args, row);
  return row!.pairs.map((pair) => {
    const inputs = pair.findings.map(evidenceInput);
    const detail: PairDetail = { findings: pair.findings.map((f) => f.finding), inputs, synthesis: synthesizePair(inputs, weights) };
    return { subject: pair.subject, object: pair.object, summary: detail.synthesis, weightsUsed: weights, detail: async () => detail };
  });
}

/**
 * The default answer from the materialized view: one small read whatever the number of findings. null when the
 * view cannot be used (being rebuilt, or a pair summed under other default weights): the caller goes live.
 */
async function materializedPairs(
  context: Context,
  args: { subject: string; object?: string | null },
  query: PairQuery,
  weights: EvidenceWeights,
): Promise<PairEvidenceParent[] | null> {
  const [row] = await context.cypher.read<PairSummariesResult & Record<string, unknown>>('evidence/pair-summaries', query);
  checkNames(args, row);
  const version = pairViewVersion();
  if (row!.stale || row!.pairs.some((pair) => pair.weightsVersion !== version)) return null;
  return row!.pairs.map(({ subject, object, votes }) => {
    let detail: Promise<PairDetail> | undefined;
    return {
      subject,
      object,
      summary: summarizeVotes(votes.map((vote) => JSON.parse(vote) as StudyVote), weights),
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
}

export async function pairEvidence(
  context: Context,
  args: {
    subject: string;
    object?: string | null;
    role?: 'SUBJECT' | 'OBJECT' | null;
    filter?: Parameters<typeof filterParams>[0];
    weights?: Record<string, unknown> | null;
    first?: number | null;
    includeDescendants?: boolean | null;
    /** The roll-ups of subject and object, when the caller has them already. */
    rollups?: PairRollups;
  },
  /** Whether the operation selects a field of FINDING_FIELDS (directly or through fragments). */
  selectsFindings = false,
): Promise<PairEvidenceParent[]> {
  const first = bounded(args.first, 'first', DEFAULT_PAIRS, MAX_PAIRS);
  const weights: EvidenceWeights = resolveWeightsArg(args.weights);
  const filter = filterParams(args.filter);
  if (!args.subject.trim()) throw badInput('"subject" must name an entity', 'subject');
  const query: PairQuery = {
    anchor: nameKey(args.subject),
    other: args.object != null ? nameKey(args.object) : null,
    role: args.role ?? 'SUBJECT',
    first,
  };
  const rollups = args.rollups ?? (args.includeDescendants ? await pairRollups(context, args.subject, args.object) : null);
  if (rollups) {
    query.anchorIds = memberIds(rollups.anchor);
    query.otherIds = rollups.other ? memberIds(rollups.other) : null;
  }
  const annotate = (pairs: PairEvidenceParent[]) => (rollups ? withRollup(pairs, rollups, query.role) : pairs);
  // The view holds the default answer only: no weights override given, and the default filter. When fields that need
  // the findings are selected outright, the live statement reads them with the pairs in the same round trip.
  if (!args.weights && isDefaultFilter(filter) && !selectsFindings) {
    const pairs = await materializedPairs(context, args, query, weights);
    if (pairs) return annotate(pairs);
  }
  return annotate(await livePairs(context, args, query, filter, weights));
}
