// Connections: forward pages of keyset cursors (src/query/cursors.ts), each bounded by a page-size cap.
import { badInput } from '../errors.ts';
import { decodeCursor, encodeCursor } from '../query/cursors.ts';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput(`"first" must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`, 'first');
  }
  return first;
}

/** Forward pagination (first/after) only: keyset cursors walk one way. */
export function forwardPage(args: {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}): { limit: number; after: string | null } {
  if (args.last != null || args.before != null) {
    throw badInput(
      'connections page forward only: use "first" and "after", not "last" or "before"',
      args.last != null ? 'last' : 'before',
    );
  }
  return { limit: pageSize(args.first), after: decodeCursor(args.after) };
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** Build a connection from rows fetched with limit + 1 (the extra row only says there is a next page). */
export function toPage<T>(
  rows: T[],
  limit: number,
  total: number,
  keyOf: (row: T) => string,
  after: string | null,
): Page<T> {
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: total,
  };
}
