// The explorer at /explore: static files from public/explore/ and, under /explore/vendor/, Cytoscape.js and the
// fcose layout (with its cose-base and layout-base) straight from node_modules — no CDN, nothing fetched from
// elsewhere (about 0.6 MB, kept in memory).
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { PROJECT_ROOT } from '../config.ts';
import { CSS, HTML, JAVASCRIPT, MODULES, staticFileServer, type StaticFile } from './static-files.ts';

export const EXPLORER_PATH = '/explore';

const PUBLIC = path.join(PROJECT_ROOT, 'public', 'explore');

const FILES: Record<string, StaticFile> = {
  '/explore/': { file: path.join(PUBLIC, 'index.html'), type: HTML },
  '/explore/index.html': { file: path.join(PUBLIC, 'index.html'), type: HTML },
  '/explore/explore.js': { file: path.join(PUBLIC, 'explore.js'), type: JAVASCRIPT },
  '/explore/explore.css': { file: path.join(PUBLIC, 'explore.css'), type: CSS },
  '/explore/vendor/cytoscape.min.js': {
    file: path.join(MODULES, 'cytoscape', 'dist', 'cytoscape.min.js'),
    type: JAVASCRIPT,
  },
  '/explore/vendor/layout-base.js': { file: path.join(MODULES, 'layout-base', 'layout-base.js'), type: JAVASCRIPT },
  '/explore/vendor/cose-base.js': { file: path.join(MODULES, 'cose-base', 'cose-base.js'), type: JAVASCRIPT },
  '/explore/vendor/cytoscape-fcose.js': {
    file: path.join(MODULES, 'cytoscape-fcose', 'cytoscape-fcose.js'),
    type: JAVASCRIPT,
  },
};

// The page talks to /graphql on its own origin and loads nothing from elsewhere.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; frame-ancestors 'self'";

export function useExplorer(): Plugin {
  const serve = staticFileServer(CSP);
  return {
    onRequest: ({ request, url, endResponse, fetchAPI }) => {
      if (url.pathname !== EXPLORER_PATH && !url.pathname.startsWith(`${EXPLORER_PATH}/`)) return;
      if (url.pathname === EXPLORER_PATH) {
        endResponse(
          new fetchAPI.Response(null, { status: 308, headers: { location: `${EXPLORER_PATH}/${url.search}` } }),
        );
        return;
      }
      endResponse(serve(FILES[url.pathname], request, fetchAPI));
    },
  };
}
