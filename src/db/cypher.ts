// The one module that runs Cypher. Every call names its database, takes parameters (never string-built Cypher),
// runs reads in read-mode transactions (the server refuses writes in them; routable to secondaries on a cluster)
// and counts round trips on the caller's stats object, which a request context carries so tests can assert on it.
import neo4j, {
  isRetryableError,
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import { statement } from './statements.ts';

export interface QueryStats {
  roundTrips: number;
  statements: string[];
}

export const newQueryStats = (): QueryStats => ({ roundTrips: 0, statements: [] });

export type Params = Record<string, unknown>;

/**
 * JavaScript numbers reach Neo4j as floats; whole numbers (LIMIT, years, counts) must be integers there.
 * Values are converted at this one boundary so no caller has to remember.
 */
export function toNeo4jParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toNeo4jParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toNeo4jParams(inner)]));
  }
  return value;
}

/** Retries of transient read failures: the driver's own defaults for managed transactions (maxTransactionRetryTime
 *  as configured in src/db/driver.ts). */
export const RETRY = { initialMs: 1_000, jitter: 0.2, maxMs: 5_000 };

export class Cypher {
  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly stats: QueryStats = newQueryStats(),
    private readonly timeoutMs = 15_000,
  ) {}

  /** The same database and driver, counting into another stats object (one per request). */
  withStats(stats: QueryStats): Cypher {
    return new Cypher(this.driver, this.database, stats, this.timeoutMs);
  }

  private count(name: string) {
    this.stats.roundTrips += 1;
    this.stats.statements.push(name);
  }

  /**
   * Run the named statement as a read-mode auto-commit transaction; returns the records as plain objects.
   * One statement gains nothing from an explicit transaction but a second network round trip (BEGIN … COMMIT):
   * auto-commit halves the latency and the driver CPU of a read. Transient failures (a cluster member going away,
   * a deadlock) are retried here as executeRead would: backoff from RETRY.initialMs, doubling, for RETRY.maxMs.
   */
  async read<T extends RecordShape = RecordShape>(name: string, params: Params = {}): Promise<T[]> {
    const text = statement(name, params);
    const converted = toNeo4jParams(params) as Params;
    this.count(name);
    const started = Date.now();
    for (let delay = RETRY.initialMs; ; delay *= 2) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
      try {
        const result = await withoutCallerStack(() => session.run<T>(text, converted, { timeout: this.timeoutMs }));
        return result.records.map((record) => record.toObject() as T);
      } catch (error) {
        const wait = delay * (1 + RETRY.jitter * (2 * Math.random() - 1));
        if (!isRetryableError(error as Error) || Date.now() - started + wait > RETRY.maxMs) throw error;
        await new Promise((resolve) => setTimeout(resolve, wait));
      } finally {
        await session.close();
      }
    }
  }

  /** Run a named read once, without the driver's retries: for health checks that must answer fast. */
  async probe(name: string): Promise<void> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      await session.run(statement(name), {}, { timeout: this.timeoutMs });
    } finally {
      await session.close();
    }
  }

  /** Run the named statement in its own write transaction. */
  async write<T extends RecordShape = RecordShape>(name: string, params: Params = {}): Promise<T[]> {
    return this.writeTx((tx) => this.run<T>(tx, name, params));
  }

  /** Several statements in one write transaction: all or nothing. */
  async writeTx<R>(work: (tx: ManagedTransaction) => Promise<R>): Promise<R> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      return await session.executeWrite(work, { timeout: this.timeoutMs * 4 });
    } finally {
      await session.close();
    }
  }

  /** A named statement inside a transaction given by writeTx (each counts as one round trip). */
  async run<T extends RecordShape = RecordShape>(
    tx: ManagedTransaction,
    name: string,
    params: Params = {},
  ): Promise<T[]> {
    this.count(name);
    const text = statement(name, params);
    const converted = toNeo4jParams(params) as Params;
    const result: QueryResult<T> = await withoutCallerStack(() => tx.run<T>(text, converted));
    return result.records.map((record) => record.toObject() as T);
  }

  /**
   * Work that sends statements into a transaction given by writeTx without waiting for each (Pipeline.send): the
   * server runs them in the order sent while the caller prepares the next ones. Once the work is done or has failed,
   * waits for every statement sent, so none is left unobserved; throws the first statement's failure, else the
   * work's own, else returns what the work returned.
   */
  async pipeline<R>(tx: ManagedTransaction, work: (pipeline: Pipeline) => Promise<R>): Promise<R> {
    const pipeline = new Pipeline(this, tx);
    let outcome: PromiseSettledResult<R>;
    try {
      outcome = { status: 'fulfilled', value: await work(pipeline) };
    } catch (error) {
      outcome = { status: 'rejected', reason: error };
    }
    await pipeline.settle();
    if (outcome.status === 'rejected') throw outcome.reason;
    return outcome.value;
  }

  /** Schema statements (migrations) cannot share a transaction with data writes; run them auto-committed. */
  async schema(text: string): Promise<void> {
    this.count('schema');
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      await session.run(text);
    } finally {
      await session.close();
    }
  }
}

/** Statements sent into one transaction without waiting for each; made by Cypher.pipeline, which settles them. */
export class Pipeline {
  private readonly sent: Promise<unknown>[] = [];

  constructor(
    private readonly cypher: Cypher,
    private readonly tx: ManagedTransaction,
  ) {}

  /** Send a named statement now, to run after those sent before it; await its rows only where they are needed. */
  send<T extends RecordShape = RecordShape>(name: string, params: Params = {}): Promise<T[]> {
    const rows = this.cypher.run<T>(this.tx, name, params);
    // Observed by settle(): a failure the caller does not await must not surface as an unhandled rejection.
    rows.catch(() => {});
    this.sent.push(rows);
    return rows;
  }

  /** Resolves once the driver has written what was sent (it writes when its connection promise settles), so the
   *  caller's next work overlaps the server's. */
  written(): Promise<void> {
    return new Promise((resolve) => setImmediate(resolve));
  }

  /** Wait for every statement sent; throws the first failure. */
  async settle(): Promise<void> {
    const outcomes = await Promise.allSettled(this.sent);
    const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

/**
 * Run the driver's synchronous start of a statement without capturing the caller's stack. The driver captures it
 * for every statement (new Error().stack, in its Result), only to show it on a failure; formatting a stack (and,
 * under tsx, source-mapping every frame) was about 8 % of a CPU profile of the API server under load on Q2.
 * A failure still carries Neo4j's code and message, and the statement's name is known to the caller. Only the
 * driver's call runs inside: our own errors keep their stacks.
 */
export function withoutCallerStack<R>(work: () => R): R {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return work();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
