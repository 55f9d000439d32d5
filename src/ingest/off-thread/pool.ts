// Imports run their CPU-heavy steps (tasks.ts: reading pages, finding extraction) in a worker thread, so an import
// through the API, the first start's sample load or a large page never holds the event loop: /healthz, /readyz and
// every other request keep answering meanwhile. Piscina keeps the pool: a queue, worker restarts, a deadline per
// step (aborting a step ends its worker) and a heap cap per worker, so a runaway input costs a worker, not the server.
import os from 'node:os';
import { Piscina } from 'piscina';
import type { StudyRecord } from '../record.ts';
import type { OntologyEntityInput, OntologyRows } from '../../ontology/rows.ts';
import type { CombineTask, ParseOutcome } from './tasks.ts';
import type { InputUnit } from '../parse-unit.ts';

/** A step (one unit's reading, or one transaction's merge and extraction) still running after this is stopped. */
export const IMPORT_STEP_DEADLINE_MS = 120_000;
/** The worker's heap: far above any page's needs (a 5 MB page uses well under 100 MB), far below the process's. */
export const IMPORT_WORKER_HEAP_MB = 1024;

/** An import step the worker could not finish: over the deadline, or over the heap cap. */
export class ImportStepError extends Error {}

let pool: Piscina | undefined;

function importPool(): Piscina {
  pool ??= new Piscina({
    filename: new URL('./worker.mjs', import.meta.url).href,
    // Leave a core to the event loop; a worker is started on the first import and ends after a minute idle (it holds
    // the lexicons, the language model and the ontology catalogue: ~150 MB).
    minThreads: 0,
    maxThreads: Math.max(1, os.availableParallelism() - 1),
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: IMPORT_WORKER_HEAP_MB },
  });
  return pool;
}

async function run<T>(task: unknown, name: 'parse' | 'combine' | 'ontology'): Promise<T> {
  try {
    return (await importPool().run(task, { name, signal: AbortSignal.timeout(IMPORT_STEP_DEADLINE_MS) })) as T;
  } catch (error) {
    const { name: kind, code } = error as { name?: string; code?: string };
    if (kind === 'AbortError') {
      throw new ImportStepError(`analysing it took longer than ${IMPORT_STEP_DEADLINE_MS / 1000} s and was stopped`);
    }
    if (code === 'ERR_WORKER_OUT_OF_MEMORY')
      throw new ImportStepError(`analysing it needed more than ${IMPORT_WORKER_HEAP_MB} MB of memory`);
    throw error;
  }
}

/** tasks.parse in the worker. */
export const parseOffThread = (unit: InputUnit) => run<ParseOutcome>(unit, 'parse');

/** tasks.combine in the worker. */
export const combineOffThread = (task: CombineTask) => run<[string, StudyRecord][]>(task, 'combine');

/** tasks.ontology in the worker: the server's thread never loads the ontology catalogue. */
export const ontologyRowsOffThread = (entities: OntologyEntityInput[]) => run<OntologyRows>(entities, 'ontology');

/** Ends the workers (they also end by themselves when idle); the next import starts a new one. */
export async function closeImportPool(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.destroy();
}
