// The response cache (issue 19): a front end or a notebook sends the same reads again and again, so a read's answer
// is kept in this process's memory, keyed by the document, operation name and variables (Yoga's response-cache
// plugin), and served again without parsing, validating or touching Neo4j. Reads are public (the same answer for
// every caller), so there is one shared session. Only answers without errors are kept.
//
// Never stale after an import through this instance: every mutation bumps a generation that is part of every key,
// and empties the store. A read that began before the mutation ended stores its answer under the old generation,
// where no later read looks. Imports made elsewhere (the `import` command, another replica) are not seen by this
// process; the TTL bounds how long it may answer from before them (docs/operations.md, "Response cache").
import { useResponseCache, type Cache } from '@graphql-yoga/plugin-response-cache';
import type { DefinitionNode, ExecutionResult, OperationDefinitionNode } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { hashText, stableStringify } from '../ingest/stable-json.ts';
import { wholeNumbersFromEnv } from '../limits.ts';

export interface ResponseCacheOptions {
  /** How long an answer is kept, in ms; 0 turns the cache off. */
  ttlMs: number;
  /** Memory the kept answers may take, in bytes of their JSON; an answer over an eighth of it is not kept. */
  maxBytes: number;
}

export const DEFAULT_RESPONSE_CACHE: ResponseCacheOptions = { ttlMs: 60_000, maxBytes: 64 * 1024 * 1024 };

export const RESPONSE_CACHE_ENV: Record<keyof ResponseCacheOptions, string> = {
  ttlMs: 'EVIDENCE_GRAPH_RESPONSE_CACHE_TTL_MS',
  maxBytes: 'EVIDENCE_GRAPH_RESPONSE_CACHE_MAX_BYTES',
};

export function responseCacheFromEnv(env: NodeJS.ProcessEnv = process.env): ResponseCacheOptions {
  return wholeNumbersFromEnv({ ...DEFAULT_RESPONSE_CACHE }, RESPONSE_CACHE_ENV, env, 0);
}

/** Kept answers, bounded by their JSON size; `clear` drops them all (an import changed the graph). */
class ByteBoundedStore implements Cache {
  private readonly answers: LRUCache<string, ExecutionResult>;

  constructor(maxBytes: number) {
    this.answers = new LRUCache<string, ExecutionResult>({
      maxSize: maxBytes,
      maxEntrySize: Math.max(1, Math.floor(maxBytes / 8)),
      sizeCalculation: (result) => Math.max(1, JSON.stringify(result).length),
    });
  }

  get(key: string) {
    return this.answers.get(key);
  }

  set(key: string, result: ExecutionResult, _entities: unknown, ttl: number) {
    this.answers.set(key, result, Number.isFinite(ttl) ? { ttl } : {});
  }

  // Entity-level invalidation is not used: a mutation clears everything (clear()).
  invalidate() {}

  clear() {
    this.answers.clear();
  }
}

function isMutation(definitions: readonly DefinitionNode[], operationName: string | null | undefined): boolean {
  const operation = definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === 'OperationDefinition' && (!operationName || d.name?.value === operationName),
  );
  return operation?.operation === 'mutation';
}

/** The response cache's plugins, in order; none when `ttlMs` is 0. */
export function responseCachePlugins(options: ResponseCacheOptions): Plugin[] {
  if (options.ttlMs === 0) return [];
  const store = new ByteBoundedStore(options.maxBytes);
  let generation = 0;
  const invalidateOnMutation: Plugin = {
    onExecute: ({ args }) => {
      if (!isMutation(args.document.definitions, args.operationName)) return;
      // Before and after: a read that starts while the mutation writes is keyed under a generation no read after it
      // uses.
      generation++;
      store.clear();
      return {
        onExecuteDone: () => {
          generation++;
          store.clear();
        },
      };
    },
  };
  // An answer from the cache cost no round trip, whatever the stored one says.
  const hitsCostNothing: Plugin = {
    onResultProcess: ({ result, setResult }) => {
      if (Array.isArray(result) || isAsyncIterable(result)) return;
      const extensions = result.extensions as { responseCache?: { hit?: boolean } } | undefined;
      if (extensions?.responseCache?.hit === true)
        setResult({ ...result, extensions: { ...extensions, roundTrips: 0 } });
    },
  };
  return [
    invalidateOnMutation,
    hitsCostNothing,
    useResponseCache({
      session: () => null,
      cache: store,
      ttl: options.ttlMs,
      // Clients and tests see `extensions.responseCache.hit`.
      includeExtensionMetadata: true,
      invalidateViaMutation: false,
      // The default key's fields, hashed synchronously: the default hashes through WebCrypto's async digest, which
      // was 17 % of a cached answer's CPU (in-process profile of a repeated Q2).
      buildResponseCacheKey: (params) =>
        `${generation}:${hashText(
          [
            params.documentString,
            params.operationName ?? '',
            stableStringify(params.variableValues ?? {}),
            params.sessionId ?? '',
          ].join('|'),
        )}`,
    }) as Plugin,
  ];
}
