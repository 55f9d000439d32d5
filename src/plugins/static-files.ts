// Static files served from a fixed table (URL path → file): the explorer's, the landing page's and the docs. No path
// from a URL ever reaches the file system; a file is read at first use and kept in memory with an ETag, so browsers
// revalidate cheaply. Our own files under public/ and docs/ are re-read on each request while developing.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.ts';

export interface StaticFile {
  file: string;
  type: string;
}

export const HTML = 'text/html; charset=utf-8';
export const JAVASCRIPT = 'text/javascript; charset=utf-8';
export const CSS = 'text/css; charset=utf-8';
export const TEXT = 'text/plain; charset=utf-8';

export const MODULES = path.join(PROJECT_ROOT, 'node_modules');

interface Loaded {
  body: string;
  etag: string;
}

type FetchAPI = { Response: typeof Response };

/** Answers GET and HEAD for the table's files: 200 or 304 (ETag), with `csp` on HTML pages. */
export function staticFileServer(csp: string) {
  const cache = new Map<string, Loaded>();
  const load = (file: string): Loaded => {
    let loaded = cache.get(file);
    if (!loaded) {
      const body = fs.readFileSync(file, 'utf8');
      loaded = { body, etag: `"${crypto.createHash('sha1').update(body).digest('base64url')}"` };
      // Our own files may change while developing; vendor files only with npm install.
      if (file.startsWith(MODULES) || process.env.NODE_ENV === 'production') cache.set(file, loaded);
    }
    return loaded;
  };
  return (entry: StaticFile | undefined, request: Request, fetchAPI: FetchAPI): Response => {
    if (!entry || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': TEXT } });
    }
    let loaded: Loaded;
    try {
      loaded = load(entry.file);
    } catch {
      return new fetchAPI.Response(`Missing ${path.relative(PROJECT_ROOT, entry.file)}: run npm install`, {
        status: 500,
        headers: { 'content-type': TEXT },
      });
    }
    const headers: Record<string, string> = {
      'content-type': entry.type,
      etag: loaded.etag,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    };
    if (entry.type === HTML) headers['content-security-policy'] = csp;
    if (request.headers.get('if-none-match') === loaded.etag)
      return new fetchAPI.Response(null, { status: 304, headers });
    return new fetchAPI.Response(request.method === 'HEAD' ? null : loaded.body, { status: 200, headers });
  };
}
