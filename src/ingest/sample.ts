// The bundled atlas sample (data/atlas): what `serve` loads into an empty database.
import path from 'node:path';
import type { Cypher } from '../db/cypher.ts';
import { PROJECT_ROOT } from '../config.ts';
import { importPaths, type ImportSummary } from './import.ts';

export const SAMPLE_DIR = path.join(PROJECT_ROOT, 'data', 'atlas');
/** The seed entry first, then the captures (the seed's own capture merges into it). */
export const SAMPLE_PATHS = [path.join(SAMPLE_DIR, 'seed-entry.txt'), path.join(SAMPLE_DIR, 'pages')];

export async function loadSampleIfEmpty(cypher: Cypher): Promise<ImportSummary | undefined> {
  const [row] = await cypher.read<{ total: number }>('study/count');
  if ((row?.total ?? 0) > 0) return undefined;
  return importPaths(cypher, SAMPLE_PATHS);
}
