// How far V8 lets the old generation grow before a full collection. By default V8 grows it to up to four times
// the heap that survived the last one. This server's live heap is small (about 30 MB with the schema and caches)
// but every request under load promotes some short-lived objects, so with the default the process settles near
// 4x its live heap, which is RSS it does not need. serve lets it grow by half: on the bench's 1x graph, peak RSS
// under load went from 250–290 MB (V8's heuristic) to 218 MB (100 %) and 179–205 MB (50 %), with server CPU per
// request unchanged within the noise (Q2: 2.51–2.68 ms at 50 %, 2.58–2.77 at 100 %; bench/REPORT.md).
import v8 from 'node:v8';

export const HEAP_GROWTH_ENV = 'EVIDENCE_GRAPH_HEAP_GROWTH_PERCENT';
/** The old generation may grow by this percentage of the surviving heap before the next full collection. */
export const DEFAULT_HEAP_GROWTH_PERCENT = 50;
const MAX_HEAP_GROWTH_PERCENT = 300;

/** The growth percentage to apply; 0 keeps V8's own heuristic. */
export function heapGrowthFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[HEAP_GROWTH_ENV];
  if (raw === undefined || raw === '') return DEFAULT_HEAP_GROWTH_PERCENT;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > MAX_HEAP_GROWTH_PERCENT) {
    throw new Error(
      `${HEAP_GROWTH_ENV} must be a whole number from 0 (V8's own heuristic) to ${MAX_HEAP_GROWTH_PERCENT}, got "${raw}"`,
    );
  }
  return value;
}

/** Set V8's heap growing factor to 1 + percent/100 for the rest of the process (V8 reads it at every full GC). */
export function applyHeapGrowth(percent: number, setFlags: (flags: string) => void = v8.setFlagsFromString): void {
  if (percent > 0) setFlags(`--heap-growing-percent=${percent}`);
}
