// Shared settings of the fuzz tests: a fixed seed (reproducible failures) and run counts that stay quick by
// default. EVIDENCE_GRAPH_FUZZ_RUNS scales every run count (EVIDENCE_GRAPH_FUZZ_RUNS=20 runs twenty times as many
// cases); EVIDENCE_GRAPH_FUZZ_SEED picks another seed to explore with.
import fs from 'node:fs';
import path from 'node:path';

export const FUZZ_SEED = Number(process.env.EVIDENCE_GRAPH_FUZZ_SEED || 20260408);

const SCALE = (() => {
  const raw = process.env.EVIDENCE_GRAPH_FUZZ_RUNS;
  if (raw === undefined || raw === '') return 1;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`EVIDENCE_GRAPH_FUZZ_RUNS must be a positive number, got "${raw}"`);
  return value;
})();

/** The number of runs of one property: its quick default times EVIDENCE_GRAPH_FUZZ_RUNS. */
export function fuzzRuns(quick: number): number {
  return Math.max(1, Math.round(quick * SCALE));
}

/** fast-check parameters every fuzz property uses. */
export function fuzzParams(quick: number) {
  return { seed: FUZZ_SEED, numRuns: fuzzRuns(quick), endOnFailure: true } as const;
}

/**
 * Figures for docs/reliability.md: printed, and appended as one JSON line to EVIDENCE_GRAPH_FIGURES_FILE when set.
 */
export function reportFigures(name: string, figures: Record<string, unknown>): void {
  const line = JSON.stringify({ name, seed: FUZZ_SEED, scale: SCALE, ...figures });
  console.log(`[figures] ${line}`);
  const file = process.env.EVIDENCE_GRAPH_FIGURES_FILE;
  if (file) {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.appendFileSync(file, `${line}\n`);
  }
}
