// The explorer at /explore, end to end in headless Chromium (Debian's chromium through playwright-core) against the
// real HTTP server on a free port and the bundled sample, with every other request blocked: search → pick → the
// neighbourhood drawn by Cytoscape.js → click the fibromyalgia edge → the evidence panel (consensus, verbatim
// sentence, DOI link) → filters; then the node-colour legend, labels that do not collide, and the count of what the
// depth and limit left out. Asserts on what renders; keeps screenshots in test-results/. Reads only.
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen } from '../../src/server.ts';
import { launchChromium, offlinePage, artifactPath } from './browser.ts';
import { graphql, testDatabase, testYoga, useSample } from './helpers.ts';

const EVIDENCE_EDGES =
  'ELEVATED_IN|REDUCED_IN|NOT_DIFFERENT_IN|CORRELATES_WITH|NOT_CORRELATED_WITH|DISCRIMINATES|ASSOCIATED_WITH';

const HUB = encodeGlobalID('Condition', 'me/cfs');

const db = testDatabase();
const yoga = testYoga(db.cypher);
let server: Server;
let base: string;
let browser: Browser;
let page: Page;
let foreignRequests: string[];
let pageErrors: string[];

beforeAll(async () => {
  await useSample(db.cypher);
  ({ server } = await listen(yoga, 0, '127.0.0.1'));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
  ({ page, foreignRequests, pageErrors } = await offlinePage(browser, base));
});

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
      const edge = cy
        .edges()
        .filter((e: any) => e.target().data('label') === 'fibromyalgia' && e.data('relation') === 'ELEVATED_IN')[0];
      const mid = edge.renderedMidpoint();
      const box = document.querySelector('#cy')!.getBoundingClientRect();
      return { x: box.left + mid.x, y: box.top + mid.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector('#panel[data-state="ready"] .pair', { timeout: 30_000 });

    const pair = await graphql<{ evidence: { consensus: string }[] }>(
      yoga,
      '{ evidence(subject: "miR-320a", object: "fibromyalgia") { consensus } }',
    );
    const consensus = pair.data!.evidence[0]!.consensus;
    expect(await page.locator('#panel h2').textContent()).toBe('miR-320a → fibromyalgia');
    expect(await page.locator('#panel [data-testid="consensus"]').textContent()).toBe(consensus);
    await expect
      .poll(() => page.locator('#panel .statement').allTextContents())
      .toContainEqual(expect.stringMatching(/Fibromyalgia patients had significantly higher serum miR-320a levels/));
    expect(await page.locator('#panel a.doi').first().getAttribute('href')).toBe('https://doi.org/10.1093/pm/pnac076');
    expect(await page.locator('#panel a.pmid').first().getAttribute('href')).toBe(
      'https://pubmed.ncbi.nlm.nih.gov/35587745/',
    );
    await page.screenshot({ path: artifactPath('explorer.png') });

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
    await page.screenshot({ path: artifactPath('explorer-filtered.png') });

    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  it('a legend for the node colours, labels that do not collide, and a count of what was left out', async () => {
    // ME/CFS, the sample's hub (76 entities share findings with it): one hop already holds more than the explorer's
    // limit of 60 nodes. A new page, so the filters are back to their defaults.
    await page.goto(`${base}/explore/?hub#id=${encodeURIComponent(HUB)}`);
    await page.waitForSelector('#cy[data-state="ready"]', { timeout: 60_000 });
    const drawn: { id: string; type: string; color: string }[] = await page.evaluate(() => {
      const cy = (window as any).cy;
      return cy
        .nodes()
        .map((n: any) => ({ id: n.id(), type: n.data('type'), color: n.style('background-color') as string }));
    });
    expect(drawn.length).toBeGreaterThan(1);

    // The legend: every entity type, each with the colour its nodes are drawn in; the types drawn are marked present.
    const legend = await page.$$eval('#node-legend .entry', (entries) =>
      entries.map((entry) => ({
        type: (entry as HTMLElement).dataset.type!,
        present: entry.classList.contains('present'),
        color: getComputedStyle(entry.querySelector('.dot')!).backgroundColor,
      })),
    );
    expect(legend.map((entry) => entry.type).sort()).toEqual(['Biomarker', 'Condition', 'Measure', 'Study', 'Symptom']);
    const drawnTypes = new Set(drawn.map((node) => node.type));
    for (const entry of legend) expect(entry.present, entry.type).toBe(drawnTypes.has(entry.type));
    const rgb = (color: string) => color.replace(/\s/g, '');
    for (const node of drawn)
      expect(rgb(legend.find((entry) => entry.type === node.type)!.color), node.type).toBe(rgb(node.color));

    // Labels: no two shown labels overlap; the start node's is shown; a hidden one shows when its node is selected.
    type Box = { x1: number; x2: number; y1: number; y2: number };
    const labels: { id: string; depth: number; hidden: boolean; box: Box }[] = await page.evaluate(() => {
      const cy = (window as any).cy;
      return cy.nodes().map((n: any) => ({
        id: n.id(),
        depth: n.data('depth'),
        hidden: n.hasClass('label-hidden'),
        box: n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
      }));
    });
    const shown = labels.filter((label) => !label.hidden);
    const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    for (let i = 0; i < shown.length; i++) {
      for (let j = i + 1; j < shown.length; j++)
        expect(overlap(shown[i]!.box, shown[j]!.box), `${shown[i]!.id} / ${shown[j]!.id}`).toBe(false);
    }
    expect(shown.some((label) => label.depth === 0)).toBe(true);
    expect(await page.getAttribute('#cy', 'data-hidden-labels')).toBe(String(labels.length - shown.length));
    // Sixty neighbours around one hub cannot all be labelled without overlap.
    const hidden = labels.find((label) => label.hidden);
    expect(hidden).toBeDefined();
    {
      const opacity = await page.evaluate((id) => {
        const node = (window as any).cy.getElementById(id);
        node.select();
        const value = node.style('text-opacity');
        node.unselect();
        return value;
      }, hidden!.id);
      expect(Number(opacity)).toBe(1);
    }

    // What was cut: the entities the limit left out, as the API counts them, and the findings of drawn entities whose
    // other end is not drawn, as the database counts them.
    const api = await graphql<{ neighborhood: { omittedNodes: number; nodes: { id: string; type: string }[] } }>(
      yoga,
      'query ($id: ID!) { neighborhood(id: $id, depth: 1, limit: 60, filter: { significantOnly: false }) { omittedNodes nodes { id type } } }',
      { id: HUB },
    );
    expect(api.data!.neighborhood.nodes).toHaveLength(drawn.length);
    const omitted = api.data!.neighborhood.omittedNodes;
    expect(omitted).toBeGreaterThan(0);
    const entityIds = api.data!.neighborhood.nodes.map((node) => {
      const { typename, id } = decodeGlobalID(node.id);
      return `${typename}:${id}`;
    });
    const { records } = await db.driver.executeQuery(
      `MATCH (a:Entity)-[r:${EVIDENCE_EDGES}]-(b:Entity) WHERE a.id IN $ids AND NOT b.id IN $ids AND coalesce(r.retracted, false) = false RETURN count(r) AS outside`,
      { ids: entityIds },
      { database: db.connection.database },
    );
    const outside = Number(records[0]!.get('outside'));
    expect(await page.getAttribute('#cut', 'data-omitted-nodes')).toBe(String(omitted));
    expect(await page.getAttribute('#cut', 'data-outside-findings')).toBe(String(outside));
    const text = await page.locator('#cut').textContent();
    expect(text).toContain(`${omitted} more entit`);
    expect(text).toContain('within 1 hop left out by the limit of 60 nodes');
    if (outside > 0) expect(text).toContain(`${outside} finding`);
    await page.screenshot({ path: artifactPath('explorer-legend-cut.png') });

    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
