// Limits that keep a public API answering under hostile queries. Defaults suit the API's own deepest useful
// queries (studies → findings → subject → findings → study is depth 10); each can be changed by environment.

export interface Limits {
  maxDepth: number;
  /** Largest estimated cost: about the number of values an answer can hold (src/plugins/cost.ts). */
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  /** Request bodies above this many bytes are refused with 413. */
  maxBodyBytes: number;
  /** Answers larger than this (JSON bytes, counted before serializing) are refused. */
  maxResponseBytes: number;
  /** Every Cypher transaction is cut off after this long. */
  cypherTimeoutMs: number;
  /** A query (not a mutation) still running after this long is stopped with TIMEOUT. */
  requestTimeoutMs: number;
  /**
   * `neighborhood` answers computed at once per process; more wait their turn. Each holds up to 5,000 findings in
   * memory while it synthesizes, and the work is CPU-bound: beyond the cores, running more at once adds memory,
   * not throughput.
   */
  maxConcurrentGraphs: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 12,
  // An ordinary analyst query (evidence of one subject with its findings and studies) costs about 10,000; six of
  // them aliased in one request pass, and so does the heaviest the tests ask (every evidence field of 50 pairs:
  // 107,350). The attack of issue 22 (studies → findings → object → findings → study → findings with first: 100)
  // costs 13.5 million an alias.
  maxCost: 200_000,
  maxAliases: 30,
  maxTokens: 5_000,
  maxDirectives: 50,
  maxBodyBytes: 4 * 1024 * 1024,
  maxResponseBytes: 16 * 1024 * 1024,
  cypherTimeoutMs: 15_000,
  requestTimeoutMs: 30_000,
  maxConcurrentGraphs: 2,
};

const ENV: Record<keyof Limits, string> = {
  maxDepth: 'EVIDENCE_GRAPH_MAX_DEPTH',
  maxCost: 'EVIDENCE_GRAPH_MAX_COST',
  maxAliases: 'EVIDENCE_GRAPH_MAX_ALIASES',
  maxTokens: 'EVIDENCE_GRAPH_MAX_TOKENS',
  maxDirectives: 'EVIDENCE_GRAPH_MAX_DIRECTIVES',
  maxBodyBytes: 'EVIDENCE_GRAPH_MAX_BODY_BYTES',
  maxResponseBytes: 'EVIDENCE_GRAPH_MAX_RESPONSE_BYTES',
  cypherTimeoutMs: 'EVIDENCE_GRAPH_CYPHER_TIMEOUT_MS',
  requestTimeoutMs: 'EVIDENCE_GRAPH_REQUEST_TIMEOUT_MS',
  maxConcurrentGraphs: 'EVIDENCE_GRAPH_MAX_CONCURRENT_GRAPHS',
};

/**
 * `defaults` with each value whose variable (`names`) is set replaced by it; a value that is not a whole number of at
 * least `min` stops start-up with the variable's name.
 */
export function wholeNumbersFromEnv<T extends Record<string, number>>(
  defaults: T,
  names: Record<keyof T, string>,
  env: NodeJS.ProcessEnv,
  min: 0 | 1,
): T {
  const values = { ...defaults };
  for (const key of Object.keys(names) as (keyof T)[]) {
    const raw = env[names[key]];
    if (raw === undefined || raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min) {
      throw new Error(`${names[key]} must be a ${min === 1 ? 'positive integer' : 'whole number'}, got "${raw}"`);
    }
    values[key] = value as T[keyof T];
  }
  return values;
}

export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Limits {
  return wholeNumbersFromEnv({ ...DEFAULT_LIMITS }, ENV, env, 1);
}

export const LIMIT_ENV = ENV;
