// GET / : a small page that says what this server is and links what it serves: GraphiQL, the explorer, the bulk
// export, the docs (each docs/*.md is served as text at /docs/<name>.md, listed by its title), /metrics and the
// probes. Everything it links is on this server; it loads nothing from elsewhere and runs no script.
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { PROJECT_ROOT } from '../config.ts';
import { EXPORT_PATH } from '../export/http.ts';
import { EXPLORER_PATH } from './explorer.ts';
import { HTML, staticFileServer, TEXT, type StaticFile } from './static-files.ts';

const DOCS = path.join(PROJECT_ROOT, 'docs');
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface Doc {
  href: string;
  title: string;
  file: string;
}

/** docs/*.md, each with its first heading as title, the user guide first and the rest by title. */
export function listDocs(dir = DOCS): Doc[] {
  const docs = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const file = path.join(dir, name);
      const heading = /^#\s+(.+)$/m.exec(fs.readFileSync(file, 'utf8'))?.[1] ?? name;
      return { href: `/docs/${name}`, title: heading.replace(/`/g, ''), file };
    });
  const rank = (doc: Doc) => (doc.href.endsWith('/user-guide.md') ? 0 : 1);
  return docs.sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title));
}

export function landingPage(docs: Doc[]): string {
  const link = (href: string, text: string, note: string) =>
    `<li><a href="${escape(href)}">${escape(text)}</a> — ${note}</li>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>evidence-graph</title>
<link rel="icon" href="data:,">
<style>
body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1d2430; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.1rem; margin-top: 1.6rem; }
p.lead { margin-top: 0; color: #4a5568; } a { color: #1f5fae; } code { background: #f1f3f6; padding: 0 .25rem; border-radius: 3px; }
ul { padding-left: 1.2rem; } li { margin: .25rem 0; }
</style>
</head>
<body>
<h1>evidence-graph</h1>
<p class="lead">A knowledge graph of ME/CFS research evidence — studies, their findings and the biomarkers, symptoms,
conditions and measures they are about — served over GraphQL.</p>
<h2>Use it</h2>
<ul>
${link('/graphql', 'GraphiQL', 'write and run GraphQL queries, with example tabs for an analyst, a visualization and a notebook')}
${link(`${EXPLORER_PATH}/`, 'Explorer', 'search an entity and browse its neighbourhood as a graph')}
${link(`${EXPORT_PATH}?format=csv`, 'Export (CSV)', `every finding as a table; also <a href="${EXPORT_PATH}?format=jsonl">JSON Lines</a> and <a href="${EXPORT_PATH}?format=kgx">KGX</a>; filters as in <a href="/docs/exports.md">the export guide</a>`)}
</ul>
<h2>Docs</h2>
<ul>
${docs.map((doc) => `<li><a href="${escape(doc.href)}">${escape(doc.title)}</a></li>`).join('\n')}
</ul>
<h2>Operate it</h2>
<ul>
${link('/metrics', '/metrics', 'Prometheus metrics')}
${link('/healthz', '/healthz', 'the process is alive')}
${link('/readyz', '/readyz', 'the database answers and start-up is done')}
</ul>
</body>
</html>
`;
}

export function useLanding(): Plugin {
  const docs = listDocs();
  const files: Record<string, StaticFile> = Object.fromEntries(
    docs.map((doc) => [doc.href, { file: doc.file, type: TEXT }]),
  );
  const serveFile = staticFileServer(CSP);
  const page = landingPage(docs);
  return {
    onRequest: ({ request, url, endResponse, fetchAPI }) => {
      if (url.pathname === '/') {
        if (request.method !== 'GET' && request.method !== 'HEAD')
          return endResponse(serveFile(undefined, request, fetchAPI));
        endResponse(
          new fetchAPI.Response(request.method === 'HEAD' ? null : page, {
            status: 200,
            headers: {
              'content-type': HTML,
              'content-security-policy': CSP,
              'x-content-type-options': 'nosniff',
              'cache-control': 'no-cache',
            },
          }),
        );
        return;
      }
      if (url.pathname.startsWith('/docs/')) endResponse(serveFile(files[url.pathname], request, fetchAPI));
    },
  };
}
