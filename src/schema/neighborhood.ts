// neighborhood (SPEC §4): a node's surroundings as a graph for visualization front ends. Nodes are entities (and
// the study a walk starts from); edges aggregate the findings between two entities per (source, target, relation,
// sign), carrying study and finding counts and the pair's consensus. One Cypher round trip whatever the depth
// (cypher/neighborhood/expand.cypher); also returned as Cytoscape.js elements JSON.
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import {
  isDefaultFilter,
  pairViewVersion,
  relationEdges,
  storedEvidenceInput,
  summarizeVotes,
  synthesizePair,
} from '../evidence/index.ts';
import type {
  Consensus,
  EvidenceFindingInput,
  EvidenceWeights,
  RelationEdge,
  RelationEdgeCount,
  StoredEvidenceRow,
  StoredFinding,
  StudyVote,
} from '../evidence/index.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { ENTITY_TYPES, RELATIONS, type EntityType, type Relation, type Sign } from '../ingest/record.ts';
import { SignEnum } from './enums.ts';
import { ConsensusEnum } from './evidence-types.ts';
import { badInput, notFound } from '../errors.ts';
import { bounded, EvidenceFilter, filterParams, resolveWeightsArg, type EvidenceFilterArg } from './evidence-inputs.ts';
import './json-scalar.ts';
import type { Rollup } from '../ontology/rollup.ts';
import { rollupsOf } from './ontology.ts';
import { maySelect, selectionAt, selectionOf, type SelectionInfo } from './selection.ts';

export const DEFAULT_DEPTH = 1;
export const MAX_DEPTH = 3;
export const DEFAULT_NODE_LIMIT = 50;
export const MAX_NODE_LIMIT = 500;
/** Findings read for the edges of one neighbourhood; beyond it the graph is marked truncated. */
export const MAX_EDGE_FINDINGS = 5000;

const NODE_TYPES = [...ENTITY_TYPES, 'Study'] as const;
type GraphNodeKind = (typeof NODE_TYPES)[number];

export const GraphNodeTypeEnum = builder.enumType('GraphNodeType', {
  values: Object.fromEntries(NODE_TYPES.map((type) => [type.toUpperCase(), { value: type }])) as Record<
    Uppercase<GraphNodeKind>,
    { value: GraphNodeKind }
  >,
});

export const GraphEdgeTypeEnum = builder.enumType('GraphEdgeType', {
  description: 'A finding relation (subject → object), or REPORTS (study → an entity its findings are about).',
  values: [...RELATIONS, 'REPORTS'] as const,
});

export interface GraphNodeValue {
  id: string;
  type: GraphNodeKind;
  name: string;
  findingCount: number;
  depth: number;
}

export interface GraphEdgeValue {
  id: string;
  source: string;
  target: string;
  type: Relation | 'REPORTS';
  sign: Sign | null;
  studyCount: number;
  findingCount: number;
  consensus: Consensus | null;
  findingIds: string[];
  /** null when not asked for (not read). */
  studySlugs: string[] | null;
}

export interface GraphValue {
  nodes: GraphNodeValue[];
  edges: GraphEdgeValue[];
  truncated: boolean;
  /** Entities the walk found within the depth that the limit left out; null when not asked for (not counted). */
  omittedNodes: number | null;
  /** With includeDescendants: the start entity's roll-up (its members start the walk at depth 0). */
  rollup?: Rollup;
}

const GraphNode = builder.objectRef<GraphNodeValue>('GraphNode').implement({
  description: 'An entity or a study in a neighbourhood.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Global id, usable with node(id:) and as neighborhood(id:).' }),
    type: t.field({ type: GraphNodeTypeEnum, resolve: (n) => n.type }),
    name: t.exposeString('name', { description: "Entity name, or the study's title (its slug when untitled)." }),
    findingCount: t.int({
      nullable: true,
      description:
        'Findings about the entity (as subject or object) that pass the filter, in the whole graph; for a study, its findings.',
      resolve: (n) => n.findingCount,
    }),
    depth: t.exposeInt('depth', { description: 'Hops from the start node (0).' }),
  }),
});

const GraphEdge = builder.objectRef<GraphEdgeValue>('GraphEdge').implement({
  description:
    "The findings from source to target with one relation (and sign), aggregated over studies; or a study's REPORTS link.",
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.exposeID('source', { description: "GraphNode id of the findings' subject (or the study)." }),
    target: t.exposeID('target', { description: "GraphNode id of the findings' object (or the entity)." }),
    type: t.field({ type: GraphEdgeTypeEnum, resolve: (e) => e.type }),
    sign: t.field({ type: SignEnum, nullable: true, description: 'For CORRELATES_WITH.', resolve: (e) => e.sign }),
    studyCount: t.exposeInt('studyCount'),
    findingCount: t.exposeInt('findingCount'),
    consensus: t.field({
      type: ConsensusEnum,
      nullable: true,
      description:
        'Consensus of the whole source–target pair (all its relations, default weights), as evidence(subject, object) ' +
        'answers it; so an ELEVATED_IN edge contested by a NOT_DIFFERENT_IN edge shows MIXED. Null for REPORTS.',
      resolve: (e) => e.consensus,
    }),
    findingIds: t.field({ type: ['ID'], description: 'Global ids of the findings.', resolve: (e) => e.findingIds }),
    studySlugs: t.stringList({
      resolve: (e) => {
        // neighborhoodOptions reads them whenever the operation selects the field (through fragments too).
        if (e.studySlugs === null) throw new Error('studySlugs were not read for this operation');
        return e.studySlugs;
      },
    }),
  }),
});

/** Cytoscape.js elements JSON (`cy.add(graph.cytoscape)` or `elements:`): data carries every scalar of the node/edge. */
export function toCytoscape(graph: GraphValue) {
  return {
    nodes: graph.nodes.map((n) => ({
      data: { id: n.id, label: n.name, type: n.type, findingCount: n.findingCount, depth: n.depth },
      classes: n.type.toLowerCase(),
    })),
    edges: graph.edges.map((e) => ({
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        relation: e.type,
        label: e.sign ? `${e.type} (${e.sign})` : e.type,
        sign: e.sign,
        studyCount: e.studyCount,
        findingCount: e.findingCount,
        consensus: e.consensus,
        findingIds: e.findingIds,
      },
      classes: e.type.toLowerCase(),
    })),
  };
}

export const Graph = builder.objectRef<GraphValue>('Graph').implement({
  description: 'A bounded neighbourhood: nodes, aggregated edges, and the same as Cytoscape.js elements.',
  fields: (t) => ({
    nodes: t.field({ type: [GraphNode], resolve: (g) => g.nodes }),
    edges: t.field({ type: [GraphEdge], resolve: (g) => g.edges }),
    cytoscape: t.field({
      type: 'JSON',
      description:
        'Cytoscape.js elements: { nodes: [{ data: { id, label, type, … } }], edges: [{ data: { id, source, target, relation, … } }] }.',
      resolve: (g) => toCytoscape(g),
    }),
    truncated: t.boolean({
      description: 'True when the depth, limit or edge cap left nodes or findings out.',
      resolve: (g) => g.truncated,
    }),
    omittedNodes: t.int({
      description:
        'Entities the walk found within the depth but left out by the limit (from the entities kept at each hop; raise ' +
        "`limit` to see them). Entities beyond the depth are not counted: each node's findingCount still counts their findings.",
      resolve: (g) => {
        // neighborhoodOptions counts them whenever the operation selects the field (through fragments too).
        if (g.omittedNodes === null) throw new Error('omittedNodes was not counted for this operation');
        return g.omittedNodes;
      },
    }),
  }),
});

/** A finding between two kept entities: the properties synthesis reads, and the typed edge's ends. */
type ExpandFindingRow = StoredEvidenceRow<StoredFinding & { subjectId: string; objectId: string }>;

/** A kept pair under the default filter: its consensus and edges (JSON of RelationEdge[], or of RelationEdgeCount[]
 *  when the slugs are not read) kept at import, or, for a pair without them, its studies' stored votes (JSON of
 *  StudyVote). */
interface ExpandPairRow {
  subjectId: string;
  objectId: string;
  weightsVersion: string | null;
  consensus: Consensus | null;
  edges: string | null;
  votes: string[];
}

/** A finding between two kept entities, as its typed edge names it (the materialized path reads only these). */
interface EdgeFindingRow {
  findingId: string;
  subjectId: string;
  objectId: string;
  relation: Relation;
  sign: Sign | null;
}

interface ExpandRow {
  fromEntity: boolean;
  study: { slug: string; title?: string | null } | null;
  nodes: { id: string; type: EntityType; key: string; name: string; hop: number; findingCount: number }[];
  truncated: boolean;
  omitted: number;
  /** Live path: the findings between kept entities, capped at MAX_EDGE_FINDINGS + 1. */
  findings?: ExpandFindingRow[];
  /** Materialized path: the kept pairs' votes, whether the view is being rebuilt, and (when asked) the finding ids. */
  pairs?: ExpandPairRow[];
  stale?: boolean;
  edgeFindings?: EdgeFindingRow[];
  studyLinks: { entityId: string; findingId: string }[];
}

function startOf(id: string): { entityId: string | null; studySlug: string | null } {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(id);
  } catch {
    throw badInput(`"id" is not a global id this API issued: "${id}"`, 'id');
  }
  if (decoded.typename === 'Study') return { entityId: null, studySlug: decoded.id };
  if ((ENTITY_TYPES as readonly string[]).includes(decoded.typename)) {
    return { entityId: `${decoded.typename}:${decoded.id}`, studySlug: null };
  }
  throw badInput(`a neighborhood starts from an entity or a study, not a ${decoded.typename}`, 'id');
}

export interface NeighborhoodOptions {
  /** Whether finding ids are asked for (GraphEdge.findingIds, cytoscape); without them the view reads no finding. */
  findingIds?: boolean;
  /** false: compute the edges from the findings even under the default filter (the reference the tests compare). */
  useView?: boolean;
  /** Whether omittedNodes is asked for; without it, a hop that cannot add a kept entity is not ranked. */
  omittedNodes?: boolean;
  /** Whether the edges' studySlugs are asked for; without them the view reads each pair's edge counts alone. */
  studySlugs?: boolean;
}

/** What an operation asks of a neighbourhood that changes what is read: finding ids (directly or via cytoscape). */
export function neighborhoodOptions(info: SelectionInfo): NeighborhoodOptions {
  return {
    findingIds: maySelect(selectionAt(info, ['edges']), 'findingIds') || maySelect(selectionOf(info), 'cytoscape'),
    omittedNodes: maySelect(selectionOf(info), 'omittedNodes'),
    studySlugs: maySelect(selectionAt(info, ['edges']), 'studySlugs'),
  };
}

type EdgeValueParts = Omit<GraphEdgeValue, 'id' | 'source' | 'target'> & { subjectId: string; objectId: string };

/** Edges from the findings between kept entities, each pair's consensus synthesized from its findings (live path). */
function edgesFromFindings(rows: ExpandFindingRow[], weights: EvidenceWeights): EdgeValueParts[] {
  const byPair = new Map<string, EvidenceFindingInput[]>();
  const byEdge = new Map<
    string,
    { subjectId: string; objectId: string; relation: Relation; sign: Sign | null; rows: ExpandFindingRow[] }
  >();
  for (const f of rows) {
    const { subjectId, objectId, relation } = f.finding;
    const sign = relation === 'CORRELATES_WITH' ? (f.finding.sign ?? 'UNSPECIFIED') : null;
    const pair = `${subjectId}\u001f${objectId}`;
    (byPair.get(pair) ?? byPair.set(pair, []).get(pair)!).push(storedEvidenceInput(f));
    const key = `${pair}\u001f${relation}\u001f${sign ?? ''}`;
    const edge = byEdge.get(key) ?? byEdge.set(key, { subjectId, objectId, relation, sign, rows: [] }).get(key)!;
    edge.rows.push(f);
  }
  const consensusOf = new Map<string, Consensus>();
  for (const [pair, inputs] of byPair) consensusOf.set(pair, synthesizePair(inputs, weights).consensus);
  return [...byEdge.values()].map((edge) => ({
    subjectId: edge.subjectId,
    objectId: edge.objectId,
    type: edge.relation,
    sign: edge.sign,
    studyCount: new Set(edge.rows.map((r) => r.finding.studySlug)).size,
    findingCount: edge.rows.length,
    consensus: consensusOf.get(`${edge.subjectId}\u001f${edge.objectId}`) ?? null,
    findingIds: edge.rows.map((r) => encodeGlobalID('Finding', r.finding.id)),
    studySlugs: [...new Set(edge.rows.map((r) => r.finding.studySlug))].sort(),
  }));
}

/**
 * Edges from the materialized view: a vote holds its study's finding counts per relation and per correlation sign,
 * so an edge's finding and study counts are sums over the votes (relationEdges), and the pair's consensus is
 * summarizeVotes, as `evidence` answers it; both are kept beside the votes at import (src/ingest/pair-votes.ts) and
 * computed here only for a pair without them. Finding ids come from the typed edges, when read.
 */
function edgesFromVotes(
  pairs: ExpandPairRow[],
  edgeFindings: EdgeFindingRow[],
  weights: EvidenceWeights,
): EdgeValueParts[] {
  const idsOf = new Map<string, string[]>();
  for (const f of edgeFindings) {
    const key = `${f.subjectId}\u001f${f.objectId}\u001f${f.relation}\u001f${f.relation === 'CORRELATES_WITH' ? (f.sign ?? 'UNSPECIFIED') : ''}`;
    (idsOf.get(key) ?? idsOf.set(key, []).get(key)!).push(encodeGlobalID('Finding', f.findingId));
  }
  const edges: EdgeValueParts[] = [];
  for (const pair of pairs) {
    let consensus: Consensus;
    // The stored edges list their studies (RelationEdge) or count them (RelationEdgeCount, when slugs are not read).
    let relations: (RelationEdge | RelationEdgeCount)[];
    if (pair.edges !== null && pair.consensus !== null) {
      consensus = pair.consensus;
      relations = JSON.parse(pair.edges) as (RelationEdge | RelationEdgeCount)[];
    } else {
      const votes = pair.votes.map((vote) => JSON.parse(vote) as StudyVote);
      consensus = summarizeVotes(votes, weights).consensus;
      relations = relationEdges(votes);
    }
    for (const edge of relations) {
      const { relation, sign, findingCount } = edge;
      const studySlugs = 'studySlugs' in edge ? edge.studySlugs : null;
      edges.push({
        subjectId: pair.subjectId,
        objectId: pair.objectId,
        type: relation,
        sign,
        studyCount: studySlugs ? studySlugs.length : (edge as RelationEdgeCount).studyCount,
        findingCount,
        consensus,
        findingIds: idsOf.get(`${pair.subjectId}\u001f${pair.objectId}\u001f${relation}\u001f${sign ?? ''}`) ?? [],
        studySlugs,
      });
    }
  }
  return edges;
}

export async function neighborhood(
  context: Context,
  args: {
    id: string;
    depth?: number | null;
    limit?: number | null;
    filter?: EvidenceFilterArg | null;
    includeDescendants?: boolean | null;
  },
  options: NeighborhoodOptions = {},
): Promise<GraphValue> {
  const depth = bounded(args.depth, 'depth', DEFAULT_DEPTH, MAX_DEPTH, 0);
  const limit = bounded(args.limit, 'limit', DEFAULT_NODE_LIMIT, MAX_NODE_LIMIT, 1);
  const start = startOf(args.id);
  const weights: EvidenceWeights = resolveWeightsArg(null);
  const filter = filterParams(args.filter);
  const rollup =
    args.includeDescendants && start.entityId
      ? (await rollupsOf(context, [{ entityId: start.entityId }]))[0]!
      : undefined;
  const expand = (fromVotes: boolean) =>
    context.cypher.read<ExpandRow & Record<string, unknown>>('neighborhood/expand', {
      ...start,
      memberIds: rollup ? rollup.members.map((m) => m.entity.id) : null,
      depth,
      // One more than fits says that a hop was cut.
      hopLimit: limit + 1,
      // A study start takes one of the `limit` nodes itself.
      nodeBudget: start.studySlug ? limit - 1 : limit,
      maxFindings: MAX_EDGE_FINDINGS,
      filter,
      // Guards: null leaves the guarded lines out.
      fromVotes: fromVotes || null,
      findingIds: (fromVotes && options.findingIds !== false) || null,
      countOmitted: options.omittedNodes !== false,
      studySlugs: (fromVotes && options.studySlugs !== false) || null,
    });
  const viewUsable = options.useView !== false && isDefaultFilter(filter);
  let [row] = await expand(viewUsable);
  // The view is being rebuilt, or some votes are of other weights: the live synthesis answers (one more round trip).
  if (row?.pairs && (row.stale || row.pairs.some((pair) => pair.weightsVersion !== pairViewVersion())))
    [row] = await expand(false);
  if (!row) throw notFound(`no ${start.studySlug ? 'study' : 'entity'} with id "${args.id}"`);

  const gid = new Map(row.nodes.map((n) => [n.id, encodeGlobalID(n.type, n.key)]));
  const nodes: GraphNodeValue[] = [];
  let studyId: string | null = null;
  if (row.study) {
    studyId = encodeGlobalID('Study', row.study.slug);
    nodes.push({
      id: studyId,
      type: 'Study',
      name: row.study.title || row.study.slug,
      findingCount: new Set(row.studyLinks.map((l) => l.findingId)).size,
      depth: 0,
    });
  }
  for (const n of row.nodes) {
    nodes.push({ id: gid.get(n.id) as string, type: n.type, name: n.name, findingCount: n.findingCount, depth: n.hop });
  }

  let findingsCapped: boolean;
  let parts: EdgeValueParts[];
  if (row.pairs) {
    // By finding id, as the live path orders them (the statement does not sort: see its comment).
    const edgeFindings = (row.edgeFindings ?? []).sort((a, b) =>
      a.findingId < b.findingId ? -1 : a.findingId > b.findingId ? 1 : 0,
    );
    findingsCapped = edgeFindings.length > MAX_EDGE_FINDINGS;
    parts = edgesFromVotes(row.pairs, edgeFindings.slice(0, MAX_EDGE_FINDINGS), weights);
  } else {
    const findings = row.findings ?? [];
    findingsCapped = findings.length > MAX_EDGE_FINDINGS;
    parts = edgesFromFindings(findings.slice(0, MAX_EDGE_FINDINGS), weights);
  }
  const edges: GraphEdgeValue[] = parts.map(({ subjectId, objectId, ...edge }) => {
    const source = gid.get(subjectId) as string;
    const target = gid.get(objectId) as string;
    return { id: `${edge.type}${edge.sign ? `/${edge.sign}` : ''}:${source}->${target}`, source, target, ...edge };
  });
  if (row.study && studyId) {
    const byEntity = new Map<string, string[]>();
    for (const link of row.studyLinks)
      (byEntity.get(link.entityId) ?? byEntity.set(link.entityId, []).get(link.entityId)!).push(link.findingId);
    for (const [entityId, findingIds] of byEntity) {
      const target = gid.get(entityId) as string;
      edges.push({
        id: `REPORTS:${studyId}->${target}`,
        source: studyId,
        target,
        type: 'REPORTS',
        sign: null,
        studyCount: 1,
        findingCount: findingIds.length,
        consensus: null,
        findingIds: findingIds.sort().map((id) => encodeGlobalID('Finding', id)),
        studySlugs: [row.study.slug],
      });
    }
  }
  edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    nodes,
    edges,
    truncated: row.truncated || findingsCapped,
    omittedNodes: options.omittedNodes !== false ? row.omitted : null,
    ...(rollup ? { rollup } : {}),
  };
}

builder.queryFields((t) => ({
  neighborhood: t.field({
    type: Graph,
    nullable: true,
    description:
      'The graph around an entity or a study (global id): entities reached through findings, up to `depth` hops ' +
      `(default ${DEFAULT_DEPTH}, at most ${MAX_DEPTH}) and \`limit\` nodes (default ${DEFAULT_NODE_LIMIT}, at most ` +
      `${MAX_NODE_LIMIT}; each hop keeps the entities with the most findings first), with every finding between ` +
      'two of its entities as aggregated edges. From a study, the first hop is the entities of its findings. ' +
      'Only findings of studies passing `filter` count. One database round trip whatever the depth.',
    args: {
      id: t.arg.id({ required: true }),
      depth: t.arg.int({ required: false }),
      limit: t.arg.int({ required: false }),
      filter: t.arg({ type: EvidenceFilter, required: false }),
      includeDescendants: t.arg.boolean({
        required: false,
        description:
          'From an entity: the entities under it in the ontology start the walk with it, at depth 0 (a walk from ' +
          '"fatigue" includes mental fatigue\'s neighbours); `rollup` says which. One more round trip.',
      }),
    },
    // A slot per answer bounds the findings held in memory at once (Limits.maxConcurrentGraphs).
    resolve: (_root, args, context, info) =>
      context.graphSlot(() => neighborhood(context, { ...args, id: String(args.id) }, neighborhoodOptions(info))),
  }),
}));
