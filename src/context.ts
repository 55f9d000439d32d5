// The per-request context: a Cypher runner that counts this request's round trips. DataLoaders hang off the
// context object itself (the dataloader plugin caches them per context), so batching never crosses requests.
import crypto from 'node:crypto';
import { newQueryStats, type Cypher, type QueryStats } from './db/cypher.ts';

export interface AppDeps {
  cypher: Cypher;
}

export interface Context {
  cypher: Cypher;
  stats: QueryStats;
  requestId: string;
}

export function createContext(deps: AppDeps, request?: Request): Context {
  const stats = newQueryStats();
  return {
    cypher: deps.cypher.withStats(stats),
    stats,
    requestId: request?.headers.get('x-request-id') || crypto.randomUUID(),
  };
}
