// The cost of a query, computed with its variables applied (graphql-query-complexity's getComplexity), before it
// runs. A cost is an upper estimate of the number of values the answer can hold: every field selected counts 1 for
// each time it can appear, so a list multiplies what it holds by its size: `first` (as given, literal or variable,
// else the field's default page size), `ids` for nodes(ids), and for lists that take no `first` an estimate of how
// long they grow (LIST_SIZES below). The answer's size follows the cost, so the limit bounds the memory one request
// can take before a single row is read.
import { getComplexity, type ComplexityEstimator, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { getNamedType, getNullableType, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { LRUCache } from 'lru-cache';
import { MAX_NODES } from '../builder.ts';
import { DEFAULT_PAIRS, MAX_PAIRS } from '../schema/evidence-pairs.ts';
import { DEFAULT_MATRIX_SIDE, MAX_MATRIX_SIDE } from '../schema/evidence-matrix.ts';
import { DEFAULT_NODE_LIMIT, MAX_NODE_LIMIT } from '../schema/neighborhood.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../schema/pagination.ts';
import { DEFAULT_SEARCH_HITS, MAX_SEARCH_HITS } from '../schema/search.ts';

/**
 * Sizes of lists that take no `first`, from the data's shape. In the bundled sample (78 atlas pages) a study has at
 * most 11 findings and a subject–object pair at most a handful; the estimates leave room for richer entries. What an
 * estimate misses is still stopped by the response-size cap and the request deadline (src/plugins/limits.ts).
 */
const LIST_SIZES: Record<string, number> = {
  'Study.findings': 25,
  'PairEvidence.findings': 10,
  // The page was multiplied by evidencePage's `first` already.
  'PairEvidencePage.pairs': 1,
  'PairEvidence.studies': 10,
  // One per moderator property: PEM criterion, design, evidence level.
  'PairEvidence.moderators': 3,
  // Per node of the neighbourhood's `limit` (the whole Graph is multiplied by it): edges run about three a node.
  'Graph.nodes': 1,
  'Graph.edges': 3,
  // Per cell of the matrix (the whole matrix is multiplied by its cells).
  'EvidenceMatrix.cells': 1,
  'EvidenceMatrix.subjects': 1,
  'EvidenceMatrix.objects': 1,
};
/** Any other list of objects without `first` (tags of a study, xrefs, facet buckets, weight factors). */
const DEFAULT_LIST_SIZE = 10;
/** A JSON value (Graph.cytoscape) holds several values: about those of one node and its edges. */
const JSON_VALUE_COST = 20;

/** Default and largest `first` of the fields that take one, where they are not the connections' page sizes. */
const DEFAULT_FIRST: Record<string, number> = {
  'Query.search': DEFAULT_SEARCH_HITS,
  'Query.evidence': DEFAULT_PAIRS,
  'Query.evidencePage': DEFAULT_PAIRS,
};
const MAX_FIRST: Record<string, number> = {
  'Query.search': MAX_SEARCH_HITS,
  'Query.evidence': MAX_PAIRS,
  'Query.evidencePage': MAX_PAIRS,
};

const count = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;

const listLength = (value: unknown, fallback: number): number => (Array.isArray(value) ? value.length : fallback);

/**
 * A size within [0, max] as given (absent: the default); a size out of range counts 0, because the field refuses it
 * with BAD_USER_INPUT and resolves nothing below it, which says more than a cost refusal would.
 */
function bounded(value: number, max: number): number {
  return value <= max ? value : 0;
}

/** How many times a field's selection can appear per parent object: from numbers and list lengths only (costMemo's key keeps those and drops strings). */
function multiplier({ type, field, args }: ComplexityEstimatorArgs): number {
  const key = `${type.name}.${field.name}`;
  if (key === 'Query.nodes') return bounded(listLength(args.ids, 0), MAX_NODES);
  // A Graph is costed per node of its limit, a matrix per cell (their lists are sized per node and per cell).
  if (key === 'Query.neighborhood') return bounded(count(args.limit, DEFAULT_NODE_LIMIT), MAX_NODE_LIMIT);
  if (key === 'Query.evidenceMatrix') {
    const side = (names: unknown) => bounded(listLength(names, DEFAULT_MATRIX_SIDE), MAX_MATRIX_SIDE);
    return side(args.subjects) * side(args.objects);
  }
  if (field.args.some((a) => a.name === 'first')) {
    return bounded(count(args.first, DEFAULT_FIRST[key] ?? DEFAULT_PAGE_SIZE), MAX_FIRST[key] ?? MAX_PAGE_SIZE);
  }
  // A connection's edges and nodes were multiplied by the connection field's `first` already.
  if (type.name.endsWith('Connection')) return 1;
  if (isListType(getNullableType(field.type))) return LIST_SIZES[key] ?? DEFAULT_LIST_SIZE;
  return 1;
}

const estimate: ComplexityEstimator = (options) => {
  const own = getNamedType(options.field.type).name === 'JSON' ? JSON_VALUE_COST : 1;
  return multiplier(options) * (own + options.childComplexity);
};

export class CostError extends Error {}

/**
 * The estimated cost of `document`'s operation with `variables` applied. Throws what stops the count (a variable
 * that does not fit its type, which execution reports the same way; a document too large to walk: CostError).
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string,
): number {
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName,
      estimators: [estimate],
    });
  } catch (error) {
    if (error instanceof Error && /maximum allowed number of nodes/.test(error.message))
      throw new CostError(error.message);
    throw error;
  }
}

/** A document's costs, by operation name and variables; at most this many variable sets kept per document. */
const COSTS_PER_DOCUMENT = 64;
type Memo = LRUCache<string, number>;

/**
 * Variables as far as the cost can depend on them: numbers (`first`, `limit`), list lengths (`ids`, `subjects`) and
 * booleans (@include/@skip) stay, every string counts the same. A front end sends one document with a new slug or
 * name each time; keyed by the whole variables, the memo would miss on every such request. A string that does not
 * fit its type (an unknown enum value) may share a key with one that does: the query is then refused by execution's
 * own check of its variables, as when the cost is computed.
 */
const costShape = (_key: string, value: unknown): unknown => (typeof value === 'string' ? '' : value);

/**
 * queryCost, remembered per parsed document (Yoga's parse cache hands back the same DocumentNode for the same query
 * text), operation name and the variables' cost shape. Walking the document was half of a small request's added CPU (bench
 * Q0, bench/REPORT.md); a front end sends the same few documents again and again. Keyed weakly by document, so the
 * memo goes when the parse cache drops the document; per schema, because one server has one.
 */
export function costMemo(schema: GraphQLSchema) {
  const byDocument = new WeakMap<DocumentNode, Memo>();
  return (document: DocumentNode, variables: Record<string, unknown> | undefined, operationName?: string): number => {
    let memo = byDocument.get(document);
    if (!memo) byDocument.set(document, (memo = new LRUCache<string, number>({ max: COSTS_PER_DOCUMENT })));
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {}, costShape)}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let cost: number;
    try {
      cost = queryCost(schema, document, variables, operationName);
    } catch (error) {
      if (!(error instanceof CostError)) throw error;
      cost = Number.POSITIVE_INFINITY;
    }
    memo.set(key, cost);
    return cost;
  };
}
