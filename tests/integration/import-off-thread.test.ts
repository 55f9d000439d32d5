// Issue 22 item 3: an import reads its pages and extracts their findings in a worker thread, so the server keeps
// answering while a large page is imported through the API. The page is the seed entry with 1,000 distinct
// Observed Findings lines (seconds of extraction; before the worker, the event loop was held for all of it).
// No timing is asserted. The request thread is made unable to read a page, extract a finding or build the ontology
// catalogue (the three functions throw in this file's module graph, which the import worker does not share), so the
// import can only succeed if that work ran in the worker; and /healthz must answer, again and again, while the import
// is pending. The catalogue is ~85 MB of heap the server's thread would otherwise keep for good (issue 19).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiKey } from '../../src/auth/keys.ts';
import { importUnits } from '../../src/ingest/import.ts';
import { refreshOntology } from '../../src/ontology/refresh.ts';
import { SAMPLE_DIR } from '../../src/ingest/sample.ts';
import { listen, type EvidenceServer } from '../../src/server.ts';
import { clearGraph, testDatabase, testYoga } from './helpers.ts';

const REQUEST_THREAD = 'ran on the request thread';
vi.mock('../../src/ingest/atlas-reader.ts', async (original) => ({
  ...(await original<typeof import('../../src/ingest/atlas-reader.ts')>()),
  parseAtlasPage: () => {
    throw new Error(`page reading ${REQUEST_THREAD}`);
  },
}));
vi.mock('../../src/ingest/extract/index.ts', async (original) => ({
  ...(await original<typeof import('../../src/ingest/extract/index.ts')>()),
  extractFindings: () => {
    throw new Error(`finding extraction ${REQUEST_THREAD}`);
  },
}));

vi.mock('../../src/ontology/catalogue.ts', async (original) => ({
  ...(await original<typeof import('../../src/ontology/catalogue.ts')>()),
  ontologyCatalogue: () => {
    throw new Error(`ontology catalogue built ${REQUEST_THREAD}`);
  },
}));

const db = testDatabase();
let server: EvidenceServer;
let base: string;
let key: string;

/** The seed entry with its Observed Findings repeated `lines` times, each line a distinct sentence (its cohort number). */
function largePage(lines: number): string {
  const seed = fs.readFileSync(path.join(SAMPLE_DIR, 'seed-entry.txt'), 'utf8');
  const start = seed.indexOf('Observed Findings\n') + 'Observed Findings\n'.length;
  const end = seed.indexOf('Inferred Conclusions');
  const observed = seed.slice(start, end).trim().split('\n');
  const many = Array.from({ length: lines }, (_, i) =>
    observed[i % observed.length]!.replace(/\.$/, ` (cohort ${i + 1}).`),
  );
  return `${seed.slice(0, start)}${many.join('\n')}\n${seed.slice(end)}`;
}

beforeAll(async () => {
  await clearGraph(db.cypher);
  key = (await createApiKey(db.cypher, { name: 'large import', scopes: ['import'] })).key;
  server = await listen(testYoga(db.cypher), 0, '127.0.0.1');
  const address = server.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.server.close(resolve));
  await clearGraph(db.cypher);
  await db.driver.close();
});

describe('a large import through the API', () => {
  it('leaves /healthz answering while the import is still pending, then imports the page whole', async () => {
    const page = largePage(1000);
    let settled = false;
    const importing = fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({
        query:
          'mutation ($pages: [String!]) { importEntries(pages: $pages) { created findings rejected { message } } }',
        variables: { pages: [page] },
      }),
    })
      .then(async (response) => ({
        status: response.status,
        body: (await response.json()) as {
          data?: { importEntries: { created: number; findings: number; rejected: unknown[] } };
        },
      }))
      .finally(() => (settled = true));
    // The import is under way once the server counts it; then the probe is asked, several times over.
    while (server.inFlight() === 0) await new Promise((resolve) => setImmediate(resolve));
    for (let probe = 0; probe < 5; probe++) {
      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(200);
      expect(settled).toBe(false);
    }
    const { status, body } = await importing;
    expect(status).toBe(200);
    expect(JSON.stringify(body)).not.toContain(REQUEST_THREAD);
    expect(body.data?.importEntries.rejected).toEqual([]);
    expect(body.data?.importEntries.created).toBe(1);
    // Every line is a distinct sentence with a finding of its own.
    expect(body.data?.importEntries.findings).toBeGreaterThanOrEqual(1000);
  });

  it('merges two imports of one study sent at once: neither is lost when the other lands between its read and its write', async () => {
    const slug = 'concurrent-2024-merge';
    const record = (symptoms: string[]) => ({
      slug,
      title: 'Concurrent imports of one study',
      tags: { symptoms, biomarkerClasses: [], methodFlags: [] },
    });
    const unit = (name: string, symptoms: string[]) => ({
      name,
      kind: 'json' as const,
      text: JSON.stringify([record(symptoms)]),
    });
    expect((await importUnits(db.cypher, [unit('first.json', ['Fatigue'])])).created).toBe(1);
    const [pain, sleep] = await Promise.all([
      importUnits(db.cypher, [unit('pain.json', ['Pain'])]),
      importUnits(db.cypher, [unit('sleep.json', ['Unrefreshing Sleep'])]),
    ]);
    expect(pain.rejected).toEqual([]);
    expect(sleep.rejected).toEqual([]);
    // A canonical record's lists only grow: the stored record has every symptom of the three imports.
    const { records } = await db.driver.executeQuery(
      'MATCH (s:Study {slug: $slug}) RETURN s.record AS record',
      { slug },
      { database: db.connection.database },
    );
    const stored = JSON.parse(records[0]!.get('record') as string) as { tags: { symptoms: string[] } };
    expect([...stored.tags.symptoms].sort()).toEqual(['Fatigue', 'Pain', 'Unrefreshing Sleep']);
  });

  it("builds the ontology rows of an import and of migrate's rebuild in the worker", async () => {
    const count = async (query: string) =>
      (await db.driver.executeQuery(query, {}, { database: db.connection.database })).records[0]!.get('n') as number;
    // The large page's entities (IL-6, ME/CFS, …) are linked to their terms: rows the worker built.
    const linked = await count('MATCH (:Entity)-[:GROUNDED_TO]->(t:OntologyTerm) RETURN count(DISTINCT t) AS n');
    expect(linked).toBeGreaterThan(0);
    const rebuilt = await refreshOntology(db.cypher, { force: true });
    expect(rebuilt.rebuilt).toBe(true);
    expect(rebuilt.links).toBeGreaterThan(0);
    expect(await count('MATCH (:Entity)-[:GROUNDED_TO]->(t:OntologyTerm) RETURN count(DISTINCT t) AS n')).toBe(linked);
  });
});
