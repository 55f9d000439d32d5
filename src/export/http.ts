// GET /export?format=csv|jsonl|kgx&<filters>: the same bytes as `evidence-graph export`, streamed. The response
// pulls one page of findings from Neo4j at a time as the client reads (backpressure through ReadableStream.pull),
// so a whole-graph export keeps memory flat. X-Export-Count says how many findings follow; if the graph cannot be
// read to the end the stream is aborted (the client sees a broken transfer, never a silently short file).
import type { Plugin } from 'graphql-yoga';
import type { AppDeps } from '../context.ts';
import { newQueryStats } from '../db/cypher.ts';
import { logger } from '../log.ts';
import { requestIdFor } from '../plugins/request-id.ts';
import { exportParams, ExportFilterError, rawFromSearchParams } from './filter.ts';
import { CONTENT_TYPES, exportChunks, FORMATS, isFormat, isKgxPart, KGX_PARTS } from './formats.ts';
import { countFindings } from './source.ts';

export const EXPORT_PATH = '/export';
const RESERVED = ['format', 'part'];

function problem(fetchAPI: { Response: typeof Response }, status: number, message: string): Response {
  return new fetchAPI.Response(JSON.stringify({ error: message }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

export function exportFileName(format: string, part: string): string {
  if (format === 'kgx') return part === 'all' ? 'evidence-graph_kgx.jsonl' : `evidence-graph_${part}.jsonl`;
  return `evidence-graph.${format}`;
}

export function useExport(deps: AppDeps): Plugin {
  return {
    onRequest: async ({ request, url, endResponse, fetchAPI }) => {
      if (url.pathname !== EXPORT_PATH) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(problem(fetchAPI, 405, 'use GET'));
        return;
      }
      const format = url.searchParams.get('format') ?? 'csv';
      const part = url.searchParams.get('part') ?? 'all';
      if (!isFormat(format))
        return endResponse(problem(fetchAPI, 400, `format: expected ${FORMATS.join(', ')}, got "${format}"`));
      if (!isKgxPart(part))
        return endResponse(problem(fetchAPI, 400, `part: expected ${KGX_PARTS.join(', ')}, got "${part}"`));
      let params;
      try {
        params = exportParams(rawFromSearchParams(url.searchParams, RESERVED));
      } catch (error) {
        if (error instanceof ExportFilterError) return endResponse(problem(fetchAPI, 400, error.message));
        throw error;
      }
      const requestId = requestIdFor(request);
      const cypher = deps.cypher.withStats(newQueryStats());
      let total: number;
      try {
        total = (await countFindings(cypher, params)).findings;
      } catch (error) {
        logger.error({ requestId, err: error }, 'export: counting failed');
        return endResponse(problem(fetchAPI, 503, 'the database could not be read; try again'));
      }
      const headers = {
        'content-type': CONTENT_TYPES[format],
        'content-disposition': `attachment; filename="${exportFileName(format, part)}"`,
        'x-export-count': String(total),
        'cache-control': 'no-store',
      };
      if (request.method === 'HEAD') return endResponse(new fetchAPI.Response(null, { status: 200, headers }));

      const encoder = new TextEncoder();
      let written = 0;
      const chunks = exportChunks(cypher, format, params, { part, onFinding: () => written++ });
      const started = Date.now();
      const body = new fetchAPI.ReadableStream<Uint8Array>({
        async pull(controller) {
          try {
            const next = await chunks.next();
            if (next.done) {
              const expected = format === 'kgx' && (part === 'nodes' || part === 'metadata') ? 0 : total;
              if (written !== expected)
                logger.warn({ requestId, written, expected }, 'export: the graph changed while it was exported');
              logger.info({ requestId, format, part, findings: written, ms: Date.now() - started }, 'export done');
              controller.close();
            } else controller.enqueue(encoder.encode(next.value));
          } catch (error) {
            logger.error({ requestId, err: error }, 'export: aborted');
            controller.error(error);
          }
        },
        async cancel() {
          await chunks.return(undefined);
        },
      });
      endResponse(new fetchAPI.Response(body, { status: 200, headers }));
    },
  };
}
