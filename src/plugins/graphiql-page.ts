// GraphiQL without the internet. Yoga's own page loads GraphiQL from a CDN (blank when offline); ours loads React,
// ReactDOM and GraphiQL from this server's node_modules under /graphiql/, and starts it with public/graphiql/start.js,
// passing Yoga's GraphiQL options (title, example tabs) as JSON in the page. The page runs no inline script and its
// Content-Security-Policy lets it load nothing from elsewhere.
import path from 'node:path';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import { PROJECT_ROOT } from '../config.ts';
import { CSS, JAVASCRIPT, MODULES, staticFileServer, type StaticFile } from './static-files.ts';

export const GRAPHIQL_ASSETS = '/graphiql';

const FILES: Record<string, StaticFile> = {
  '/graphiql/react.js': { file: path.join(MODULES, 'react', 'umd', 'react.production.min.js'), type: JAVASCRIPT },
  '/graphiql/react-dom.js': {
    file: path.join(MODULES, 'react-dom', 'umd', 'react-dom.production.min.js'),
    type: JAVASCRIPT,
  },
  '/graphiql/graphiql.js': { file: path.join(MODULES, 'graphiql', 'graphiql.min.js'), type: JAVASCRIPT },
  '/graphiql/graphiql.css': { file: path.join(MODULES, 'graphiql', 'graphiql.min.css'), type: CSS },
  '/graphiql/start.js': { file: path.join(PROJECT_ROOT, 'public', 'graphiql', 'start.js'), type: JAVASCRIPT },
};

// GraphiQL styles its panes inline and draws icons as data: URIs.
export const GRAPHIQL_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Yoga's `renderGraphiQL`: the page, with the options as JSON that cannot close its script element. */
export function renderOfflineGraphiQL(options: GraphiQLOptions): string {
  const json = JSON.stringify({ defaultQuery: options.defaultQuery, defaultTabs: options.defaultTabs }).replace(
    /</g,
    '\\u003c',
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${GRAPHIQL_ASSETS}/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script type="application/json" id="graphiql-options">${json}</script>
<script src="${GRAPHIQL_ASSETS}/react.js"></script>
<script src="${GRAPHIQL_ASSETS}/react-dom.js"></script>
<script src="${GRAPHIQL_ASSETS}/graphiql.js"></script>
<script src="${GRAPHIQL_ASSETS}/start.js"></script>
</body>
</html>
`;
}

/** Serves GraphiQL's files, and gives the GraphiQL page (an HTML answer at /graphql) its CSP. */
export function useGraphiQLAssets(graphqlEndpoint: string): Plugin {
  const serve = staticFileServer(GRAPHIQL_CSP);
  return {
    onRequest: ({ request, url, endResponse, fetchAPI }) => {
      if (url.pathname.startsWith(`${GRAPHIQL_ASSETS}/`)) endResponse(serve(FILES[url.pathname], request, fetchAPI));
    },
    onResponse: ({ request, response }) => {
      // The content type first: it rules out nearly every response without parsing the URL.
      if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return;
      if (new URL(request.url).pathname !== graphqlEndpoint) return;
      response.headers.set('content-security-policy', GRAPHIQL_CSP);
      response.headers.set('x-content-type-options', 'nosniff');
    },
  };
}
