// GraphiQL without the internet (issue 18 item 8): in headless Chromium with every request but the test server's
// blocked, GET /graphql renders GraphiQL from this server's own files, opens on the example tabs, and runs the
// analyst's example against the bundled sample. Keeps a screenshot in test-results/graphiql-offline.png. Reads only.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GRAPHIQL_CSP } from '../../src/plugins/graphiql-page.ts';
import { listen } from '../../src/server.ts';
import { launchChromium, offlinePage, artifactPath } from './browser.ts';
import { testDatabase, testYoga, useSample } from './helpers.ts';

const db = testDatabase();
const yoga = testYoga(db.cypher);
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  await useSample(db.cypher);
  ({ server } = await listen(yoga, 0, '127.0.0.1'));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await db.driver.close();
});

describe('GraphiQL', () => {
  it('is a page that loads nothing from elsewhere', async () => {
    const response = await yoga.fetch('http://yoga/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(GRAPHIQL_CSP);
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//);
    const assets = [...html.matchAll(/(?:src|href)="(\/graphiql\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBe(5);
    for (const asset of assets) expect((await yoga.fetch(`http://yoga${asset}`)).status, asset).toBe(200);
  });

  it('renders in Chromium with the network blocked and runs the analyst example', async () => {
    const { page, foreignRequests, pageErrors } = await offlinePage(browser, base);
    await page.goto(`${base}/graphql`);
    await page.locator('.graphiql-container').waitFor({ timeout: 60_000 });
    // The three example tabs, the analyst's open.
    await expect.poll(() => page.locator('.graphiql-tab').count(), { timeout: 30_000 }).toBe(3);
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText()).toMatch(/query AnalystEvidence/);
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => page.locator('.result-window').innerText(), { timeout: 60_000 }).toMatch(/"studyCount"/);
    const result = await page.locator('.result-window').innerText();
    expect(result).toMatch(/"name": "miR-320a"/);
    expect(result).not.toMatch(/"errors"/);
    // The schema came in by introspection: the documentation explorer lists the root types, and the query type's
    // fields one click further.
    await page.locator('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]').click();
    await expect
      .poll(() => page.locator('.graphiql-doc-explorer').innerText(), { timeout: 30_000 })
      .toMatch(/query:\s*Query/);
    await page.locator('.graphiql-doc-explorer a', { hasText: 'Query' }).first().click();
    await expect
      .poll(() => page.locator('.graphiql-doc-explorer').innerText(), { timeout: 30_000 })
      .toMatch(/evidence\(/);
    await page.screenshot({ path: artifactPath('graphiql-offline.png') });
    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 180_000);
});
