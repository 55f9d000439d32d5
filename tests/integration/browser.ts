// Headless Chromium (Debian's, through playwright-core) for the tests of pages this server serves, with the network
// blocked: a page may reach only the test server. Any other request is aborted and recorded, and so are page errors
// and failed loads, for the test to assert on.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config.ts';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const SCREENSHOTS = path.join(PROJECT_ROOT, 'test-results');

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: the browser tests run it headless. Install Debian's package ` +
        '(apt-get install -y chromium, as .ci/run does) or set CHROMIUM_PATH.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    // No name resolves except the test server's address: nothing can be fetched from the internet.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  });
}

export interface OfflinePage {
  page: Page;
  /** Requests for anything but the test server (aborted). */
  foreignRequests: string[];
  /** Script errors, console errors and answers >= 400. */
  pageErrors: string[];
}

export async function offlinePage(
  browser: Browser,
  base: string,
  viewport = { width: 1400, height: 900 },
): Promise<OfflinePage> {
  const page = await browser.newPage({ viewport });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const local = (url: string) => url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:');
  await page.route('**/*', (route) => {
    if (local(route.request().url())) return route.continue();
    foreignRequests.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) pageErrors.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !/^Failed to load resource/.test(message.text())) pageErrors.push(message.text());
  });
  return { page, foreignRequests, pageErrors };
}

export function artifactPath(name: string): string {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, name);
}
