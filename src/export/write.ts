// Writing an export to a file (atomically: a temporary name, renamed when complete) or to stdout.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Cypher } from '../db/cypher.ts';
import type { ExportParams } from './filter.ts';
import { exportChunks } from './formats.ts';
import type { ExportFormat, KgxPart } from './options.ts';

/** Write one export to a file (atomically) or to stdout; answers how many findings it wrote. */
export async function writeExport(
  cypher: Cypher,
  format: ExportFormat,
  params: ExportParams,
  target: { out?: string; part?: KgxPart; pageSize?: number },
): Promise<number> {
  let written = 0;
  const chunks = exportChunks(cypher, format, params, {
    part: target.part,
    pageSize: target.pageSize,
    onFinding: () => written++,
  });
  if (!target.out || target.out === '-') {
    await pipeline(Readable.from(chunks), process.stdout, { end: false });
    return written;
  }
  const partial = path.join(path.dirname(target.out), `.${path.basename(target.out)}.partial`);
  try {
    await pipeline(Readable.from(chunks), fs.createWriteStream(partial));
    fs.renameSync(partial, target.out);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return written;
}

/** KGX split into the files KGX tools read: <base>_nodes.jsonl and <base>_edges.jsonl, with <base>_metadata.json. */
export function kgxSplitNames(out: string): { nodes: string; edges: string; metadata: string } {
  const base = out.replace(/(_nodes|_edges|_metadata)?\.jsonl?$/i, '');
  return { nodes: `${base}_nodes.jsonl`, edges: `${base}_edges.jsonl`, metadata: `${base}_metadata.json` };
}
