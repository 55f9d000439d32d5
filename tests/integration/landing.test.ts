// GET / (issue 18 item 9): a landing page that links what the server serves, every link of it answering on this
// server; the docs it lists are served as text. Reads only.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { readOnlySampleSuite } from './helpers.ts';

const { yoga } = readOnlySampleSuite();

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&#38;/g, '&'));

describe('the landing page', () => {
  it('answers GET / with a page linking GraphiQL, the explorer, the export, the docs, /metrics and the probes', async () => {
    const response = await yoga.fetch('http://yoga/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    const links = hrefs(await response.text());
    for (const expected of [
      '/graphql',
      '/explore/',
      '/export?format=csv',
      '/export?format=jsonl',
      '/export?format=kgx',
      '/metrics',
      '/healthz',
      '/readyz',
      '/docs/user-guide.md',
    ]) {
      expect(links).toContain(expected);
    }
    // Every doc of the repository is listed.
    const docs = fs.readdirSync(path.join(PROJECT_ROOT, 'docs')).filter((name) => name.endsWith('.md'));
    expect(docs.length).toBeGreaterThan(0);
    for (const name of docs) expect(links).toContain(`/docs/${name}`);
    // Nothing points elsewhere.
    expect(links.filter((href) => !href.startsWith('/') && !href.startsWith('data:'))).toEqual([]);
  });

  it('links only what answers: each link of the page gets 200 from this server', async () => {
    const links = hrefs(await (await yoga.fetch('http://yoga/')).text()).filter((href) => href.startsWith('/'));
    for (const href of links) {
      // GraphiQL's page is what a browser gets (it asks for HTML).
      const response = await yoga.fetch(`http://yoga${href}`, { headers: { accept: 'text/html' } });
      expect(response.status, href).toBe(200);
      await response.arrayBuffer();
    }
  });

  it('serves each doc as text, byte for byte, and nothing else under /docs/', async () => {
    const guide = await yoga.fetch('http://yoga/docs/user-guide.md');
    expect(guide.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8/);
    expect(await guide.text()).toBe(fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'user-guide.md'), 'utf8'));
    for (const probe of ['/docs/../package.json', '/docs/%2e%2e/package.json', '/docs/missing.md', '/docs/']) {
      expect((await yoga.fetch(`http://yoga${probe}`)).status, probe).toBe(404);
    }
    expect((await yoga.fetch('http://yoga/', { method: 'POST' })).status).toBe(404);
  });
});
