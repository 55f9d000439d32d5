// The explorer at /explore, end to end in headless Chromium (Debian's chromium through playwright-core) against the
// real HTTP server on a free port and the bundled sample: search → pick → the neighbourhood drawn by Cytoscape.js →
// click the fibromyalgia edge → the evidence panel (consensus, verbatim sentence, DOI link) → filters. Asserts on what
// renders; keeps a screenshot in test-results/explorer.png. Reads only.
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { listen } from '../../src/server.ts';
import { graphql, testDatabase, testYoga, useSample } from './helpers.ts';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-results');

const db = testDatabase();
const yoga = testYoga(db.cypher);
let server: Server;
let base: string;
let browser: Browser;
let page: Page;
const foreignRequests: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: the explorer test runs it headless. Install Debian's package ` +
        '(apt-get install -y chromium, as .ci/run does) or set CHROMIUM_PATH.',
    );
  }
  await useSample(db.cypher);
  ({ server } = await listen(yoga, 0, '127.0.0.1'));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('request', (request) => {
    if (!request.url().startsWith(base) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) foreignRequests.push(request.url());
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) pageErrors.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !/^Failed to load resource/.test(message.text())) pageErrors.push(message.text());
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await db.driver.close();
});

/** Marks the drawn graph stale, runs `action`, and waits until the explorer has drawn the graph again. */
async function redraw(action: () => Promise<void>) {
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('#cy')!.dataset.state = 'stale';
  });
  await action();
  await page.waitForSelector('#cy[data-state="ready"]', { timeout: 30_000 });
}

const count = async (attribute: 'nodes' | 'edges') => Number(await page.getAttribute('#cy', `data-${attribute}`));

async function expected(filter: Record<string, unknown>) {
  const search = await graphql<{ biomarker: { id: string } }>(yoga, '{ biomarker(name: "miR-320a") { id } }');
  const response = await graphql<{ neighborhood: { nodes: unknown[]; edges: unknown[] } }>(
    yoga,
    'query ($id: ID!, $filter: EvidenceFilter) { neighborhood(id: $id, depth: 1, limit: 60, filter: $filter) { nodes { id } edges { id } } }',
    { id: search.data!.biomarker.id, filter },
  );
  return { nodes: response.data!.neighborhood.nodes.length, edges: response.data!.neighborhood.edges.length };
}

describe('explorer', () => {
  it('serves the page and its vendored Cytoscape.js without a CDN', async () => {
    const redirect = await yoga.fetch('http://yoga/explore', { redirect: 'manual' });
    expect(redirect.status).toBe(308);
    const html = await yoga.fetch('http://yoga/explore/');
    expect(html.headers.get('content-type')).toMatch(/text\/html/);
    expect(html.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    const text = await html.text();
    expect(text).not.toMatch(/https?:\/\/(?!www\.cfsmeatlas)/);
    for (const file of ['cytoscape.min.js', 'layout-base.js', 'cose-base.js', 'cytoscape-fcose.js']) {
      const response = await yoga.fetch(`http://yoga/explore/vendor/${file}`);
      expect(response.status, file).toBe(200);
    }
    expect((await yoga.fetch('http://yoga/explore/../package.json')).status).not.toBe(200);
    expect((await yoga.fetch('http://yoga/explore/vendor/nope.js')).status).toBe(404);
  });

  it('search → neighbourhood → edge evidence → filters, as rendered in Chromium', async () => {
    await page.goto(`${base}/explore/`);
    await page.locator('#search').pressSequentially('miR-320a', { delay: 30 });
    const hit = page.locator('#suggestions li[data-name="miR-320a"]');
    await hit.waitFor({ timeout: 30_000 });
    await redraw(() => hit.click());

    // The neighbourhood as drawn equals what the API answers for it.
    const want = await expected({ significantOnly: false });
    expect(want.nodes).toBeGreaterThan(3);
    expect(await count('nodes')).toBe(want.nodes);
    expect(await count('edges')).toBe(want.edges);
    expect(await page.evaluate(() => (window as any).cy.nodes().length)).toBe(want.nodes);
    expect(await page.locator('#status').textContent()).toMatch(/miR-320a: \d+ nodes/);

    // Click the ELEVATED_IN edge to fibromyalgia where it is drawn.
    const point = await page.evaluate(() => {
      const cy = (window as any).cy;
      const edge = cy.edges().filter((e: any) => e.target().data('label') === 'fibromyalgia' && e.data('relation') === 'ELEVATED_IN')[0];
      const mid = edge.renderedMidpoint();
      const box = document.querySelector('#cy')!.getBoundingClientRect();
      return { x: box.left + mid.x, y: box.top + mid.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector('#panel[data-state="ready"] .pair', { timeout: 30_000 });

    const pair = await graphql<{ evidence: { consensus: string }[] }>(yoga, '{ evidence(subject: "miR-320a", object: "fibromyalgia") { consensus } }');
    const consensus = pair.data!.evidence[0]!.consensus;
    expect(await page.locator('#panel h2').textContent()).toBe('miR-320a → fibromyalgia');
    expect(await page.locator('#panel [data-testid="consensus"]').textContent()).toBe(consensus);
    await expect.poll(() => page.locator('#panel .statement').allTextContents()).toContainEqual(expect.stringMatching(/Fibromyalgia patients had significantly higher serum miR-320a levels/));
    expect(await page.locator('#panel a.doi').first().getAttribute('href')).toBe('https://doi.org/10.1093/pm/pnac076');
    expect(await page.locator('#panel a.pmid').first().getAttribute('href')).toBe('https://pubmed.ncbi.nlm.nih.gov/35587745/');
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'explorer.png') });

    // "significant only" drops the null results: the graph loses their edges, as the API says.
    const significant = await expected({ significantOnly: true });
    expect(significant.edges).toBeLessThan(want.edges);
    await redraw(() => page.locator('#significantOnly').check());
    expect(await count('edges')).toBe(significant.edges);
    expect(await count('nodes')).toBe(significant.nodes);
    await page.locator('#significantOnly').uncheck();
    await page.waitForSelector('#cy[data-state="ready"]');

    // Leaving out E2 (the level of the only miR-320a study) leaves the start node alone, and the panel says so.
    await redraw(() => page.locator('input[name="evidenceLevel"][value="E2"]').uncheck());
    expect(await count('nodes')).toBe((await expected({ evidenceLevels: ['E0', 'E1', 'E3'] })).nodes);
    expect(await count('edges')).toBe(0);
    await expect.poll(() => page.locator('#panel').textContent()).toMatch(/No findings pass the current filters/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'explorer-filtered.png') });

    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
