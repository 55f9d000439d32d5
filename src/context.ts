// The per-request context: a Cypher runner that counts this request's round trips. DataLoaders hang off the
// context object itself (the dataloader plugin caches them per context), so batching never crosses requests.
import { newQueryStats, type Cypher, type QueryStats } from './db/cypher.ts';
import { requestIdFor } from './plugins/request-id.ts';

export interface AppDeps {
  cypher: Cypher;
  /** Runs memory-heavy graph work a few at a time (Limits.maxConcurrentGraphs); absent: at once. */
  graphSlot?: Slot;
}

/** Runs `work` when a slot is free. */
export type Slot = <T>(work: () => Promise<T>) => Promise<T>;

export interface Context {
  cypher: Cypher;
  stats: QueryStats;
  requestId: string;
  /** The request's Authorization header, for src/auth/authorize.ts only; never log it. */
  authorization: string | null;
  graphSlot: Slot;
}

export function createContext(deps: AppDeps, request?: Request): Context {
  const stats = newQueryStats();
  return {
    cypher: deps.cypher.withStats(stats),
    stats,
    requestId: requestIdFor(request),
    authorization: request?.headers.get('authorization') ?? null,
    graphSlot: deps.graphSlot ?? ((work) => work()),
  };
}
