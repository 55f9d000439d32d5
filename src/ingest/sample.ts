// The bundled atlas sample (data/atlas): what `serve` loads into an empty database.
import path from 'node:path';
import type { Cypher } from '../db/cypher.ts';
import { PROJECT_ROOT } from '../config.ts';
import { importPaths, type ImportSummary } from './import.ts';

export const SAMPLE_DIR = path.join(PROJECT_ROOT, 'data', 'atlas');
/** The seed entry first, then the captures (the seed's own capture merges into it). */
export const SAMPLE_PATHS = [path.join(SAMPLE_DIR, 'seed-entry.txt'), path.join(SAMPLE_DIR, 'pages')];

/** Loads the sample when the graph has no study; `onLoading` is told just before it starts. */
export async function loadSampleIfEmpty(
  cypher: Cypher,
  onLoading: () => void = () => {},
): Promise<ImportSummary | undefined> {
  const [row] = await cypher.read<{ total: number }>('study/count');
  if ((row?.total ?? 0) > 0) return undefined;
  onLoading();
  return importPaths(cypher, SAMPLE_PATHS);
}
