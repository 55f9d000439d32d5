// The explorer at /explore: static files from public/explore/ and, under /explore/vendor/, Cytoscape.js and the
// fcose layout (with its cose-base and layout-base) straight from node_modules — no CDN, nothing fetched from
// elsewhere. Only the files listed here are served (no path from the URL ever reaches the file system); they are
// read at first use and kept in memory (about 0.6 MB), with an ETag so browsers revalidate cheaply.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { PROJECT_ROOT } from '../config.ts';

export const EXPLORER_PATH = '/explore';

const PUBLIC = path.join(PROJECT_ROOT, 'public', 'explore');
const MODULES = path.join(PROJECT_ROOT, 'node_modules');

const FILES: Record<string, { file: string; type: string }> = {
  '/explore/': { file: path.join(PUBLIC, 'index.html'), type: 'text/html; charset=utf-8' },
  '/explore/index.html': { file: path.join(PUBLIC, 'index.html'), type: 'text/html; charset=utf-8' },
  '/explore/explore.js': { file: path.join(PUBLIC, 'explore.js'), type: 'text/javascript; charset=utf-8' },
  '/explore/explore.css': { file: path.join(PUBLIC, 'explore.css'), type: 'text/css; charset=utf-8' },
  '/explore/vendor/cytoscape.min.js': { file: path.join(MODULES, 'cytoscape', 'dist', 'cytoscape.min.js'), type: 'text/javascript; charset=utf-8' },
  '/explore/vendor/layout-base.js': { file: path.join(MODULES, 'layout-base', 'layout-base.js'), type: 'text/javascript; charset=utf-8' },
  '/explore/vendor/cose-base.js': { file: path.join(MODULES, 'cose-base', 'cose-base.js'), type: 'text/javascript; charset=utf-8' },
  '/explore/vendor/cytoscape-fcose.js': { file: path.join(MODULES, 'cytoscape-fcose', 'cytoscape-fcose.js'), type: 'text/javascript; charset=utf-8' },
};

// The page talks to /graphql on its own origin and loads nothing from elsewhere.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; frame-ancestors 'self'";

interface Loaded {
  body: string;
  etag: string;
}

export function useExplorer(): Plugin {
  const cache = new Map<string, Loaded>();
  const load = (file: string): Loaded => {
    let loaded = cache.get(file);
    if (!loaded) {
      const body = fs.readFileSync(file, 'utf8');
      loaded = { body, etag: `"${crypto.createHash('sha1').update(body).digest('base64url')}"` };
      // Our own files may change while developing; vendor files only with npm install.
      if (!file.startsWith(PUBLIC) || process.env.NODE_ENV === 'production') cache.set(file, loaded);
    }
    return loaded;
  };
  return {
    onRequest: ({ request, url, endResponse, fetchAPI }) => {
      if (url.pathname !== EXPLORER_PATH && !url.pathname.startsWith(`${EXPLORER_PATH}/`)) return;
      if (url.pathname === EXPLORER_PATH) {
        endResponse(new fetchAPI.Response(null, { status: 308, headers: { location: `${EXPLORER_PATH}/${url.search}` } }));
        return;
      }
      const entry = FILES[url.pathname];
      if (!entry || (request.method !== 'GET' && request.method !== 'HEAD')) {
        endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        return;
      }
      let loaded: Loaded;
      try {
        loaded = load(entry.file);
      } catch {
        endResponse(new fetchAPI.Response(`Missing ${path.relative(PROJECT_ROOT, entry.file)}: run npm install`, { status: 500 }));
        return;
      }
      const headers: Record<string, string> = {
        'content-type': entry.type,
        etag: loaded.etag,
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      };
      if (entry.type.startsWith('text/html')) headers['content-security-policy'] = CSP;
      if (request.headers.get('if-none-match') === loaded.etag) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : loaded.body, { status: 200, headers }));
    },
  };
}
