// Issue 22's three attacks at full dose against a running `evidence-graph serve`, with the server's resident memory
// and /healthz latency measured during each (docs/reliability.md reports the figures):
//   1. 30 aliases of studies(first: $n) → findings → object → findings(first: $n) → study → findings, {"n": 100};
//   2. 3,000 requests, each with its own 300-character operation name (then one named with 1,000,000 characters);
//   3. a page whose Observed Findings line is 5 MB, imported through importEntries (needs an import key, and a body
//      limit above 5 MB: EVIDENCE_GRAPH_MAX_BODY_BYTES on the server; with the default 4 MiB it is refused with 413);
//   and, for item 3's "heavy imports off the request thread", a page of 1,000 distinct Observed Findings lines (all
//   of it analysed). Both imports are dry runs: they run the import's transaction and roll it back.
// Usage: tsx bench/attacks.ts --url http://127.0.0.1:4791 --pid <serve pid> [--key egk_…] [--only aliases,names,line,page]
//        [--out file.json]
// Memory is read from /proc/<pid>/status (VmRSS), sampled every 100 ms; /healthz is fetched every 50 ms, each fetch
// after the previous answered, so a blocked event loop shows as one long fetch.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SAMPLE_DIR } from '../src/ingest/sample.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    pid: { type: 'string' },
    key: { type: 'string' },
    out: { type: 'string' },
    only: { type: 'string' },
  },
});
if (!values.url || !values.pid)
  throw new Error('usage: tsx bench/attacks.ts --url URL --pid PID [--key KEY] [--out FILE]');
const url = values.url.replace(/\/$/, '');
const pid = Number(values.pid);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

function rssBytes(): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) * 1024;
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/** Runs `attack` while sampling the server's RSS and /healthz latency; returns both with the attack's own result. */
async function measured<T>(name: string, attack: () => Promise<T>) {
  const before = rssBytes();
  let running = true;
  let peak = before;
  const latencies: number[] = [];
  let healthFailures = 0;
  const memory = (async () => {
    while (running) {
      peak = Math.max(peak, rssBytes());
      await sleep(100);
    }
  })();
  const health = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(120_000) });
        await response.arrayBuffer();
        if (response.status !== 200) healthFailures++;
      } catch {
        healthFailures++;
      }
      latencies.push(performance.now() - started);
      await sleep(50);
    }
  })();
  const started = performance.now();
  const result = await attack();
  const seconds = +((performance.now() - started) / 1000).toFixed(1);
  running = false;
  await Promise.all([memory, health]);
  const sorted = [...latencies].sort((a, b) => a - b);
  const figures = {
    attack: name,
    seconds,
    rssBeforeMB: mb(before),
    rssPeakMB: mb(peak),
    rssAfterMB: mb(rssBytes()),
    healthz: {
      fetches: latencies.length,
      failures: healthFailures,
      p50ms: Math.round(quantile(sorted, 0.5)),
      p99ms: Math.round(quantile(sorted, 0.99)),
      maxMs: Math.round(sorted.at(-1) ?? 0),
    },
    result,
  };
  console.log(JSON.stringify(figures));
  return figures;
}

async function post(body: unknown, headers: Record<string, string> = {}) {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, bytes: text.length, ms: Math.round(performance.now() - started), text };
}

const metricsBytes = async () => (await (await fetch(`${url}/metrics`)).text()).length;

const NESTED =
  'studies(first: $n) { edges { node { findings { object { findings(first: $n) { edges { node { study { findings { statement } } } } } } } } } }';

const results = [];
const chosen = new Set((values.only ?? 'aliases,names,line,page').split(','));

/** The seed entry with `observed` as its Observed Findings, under an identifier of its own (a dry run's DOI). */
function seedWith(observed: string): string {
  const seed = fs.readFileSync(path.join(SAMPLE_DIR, 'seed-entry.txt'), 'utf8');
  const start = seed.indexOf('Observed Findings\n') + 'Observed Findings\n'.length;
  const end = seed.indexOf('Inferred Conclusions');
  return `${seed.slice(0, start)}${observed}\n${seed.slice(end)}`
    .replace(/10\.1093\/pm\/pnac076/g, '10.9999/attack')
    .replace(/35587745/g, '99999991');
}

async function dryImport(page: string) {
  const query =
    'mutation ($pages: [String!]) { importEntries(pages: $pages, dryRun: true) { studies { slug findings } rejected { message } warnings { line message } } }';
  const answer = await post({ query, variables: { pages: [page] } }, { authorization: `Bearer ${values.key}` });
  let summary: unknown = answer.text.slice(0, 600);
  try {
    summary = (JSON.parse(answer.text) as { data?: unknown }).data ?? summary;
  } catch {
    // Not JSON (a 413 from the body cap): the text is the result.
  }
  return { pageBytes: Buffer.byteLength(page), status: answer.status, ms: answer.ms, summary };
}

if (chosen.has('aliases'))
  results.push(
    await measured('30 aliases, nested lists, {"n": 100}', async () => {
      const query = `query Nested($n: Int) { ${Array.from({ length: 30 }, (_, i) => `a${i}: ${NESTED}`).join(' ')} }`;
      const answer = await post({ query, variables: { n: 100 }, operationName: 'Nested' });
      const error = (
        JSON.parse(answer.text) as { errors?: { message: string; extensions?: Record<string, unknown> }[] }
      ).errors?.[0];
      return {
        status: answer.status,
        bytes: answer.bytes,
        ms: answer.ms,
        code: error?.extensions?.code,
        found: error?.extensions?.found,
        max: error?.extensions?.max,
      };
    }),
  );

if (chosen.has('names'))
  results.push(
    await measured('3,000 requests, each its own 300-character operation name', async () => {
      const metricsBefore = await metricsBytes();
      const statuses: Record<number, number> = {};
      for (let i = 0; i < 3000; i++) {
        const name = `op${String(i).padStart(5, '0')}${'x'.repeat(292)}`;
        const answer = await post({ query: `query ${name} { studies(first: 1) { totalCount } }`, operationName: name });
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
      }
      return { statuses, metricsBytesBefore: metricsBefore, metricsBytesAfter: await metricsBytes() };
    }),
  );

if (chosen.has('names'))
  results.push(
    await measured('one operation named with 1,000,000 characters', async () => {
      const name = `op${'y'.repeat(999_998)}`;
      const answer = await post({ query: `query ${name} { studies(first: 1) { totalCount } }`, operationName: name });
      return { status: answer.status, ms: answer.ms, metricsBytesAfter: await metricsBytes() };
    }),
  );

if (values.key && chosen.has('line')) {
  results.push(
    await measured('a page whose Observed Findings line is 5 MB, through importEntries', async () => {
      const unit = 'IL-6 was higher in ME/CFS patients than in healthy controls and ';
      return dryImport(seedWith(`- ${unit.repeat(Math.ceil(5_000_000 / unit.length)).slice(0, 5_000_000)}.`));
    }),
  );
}

if (values.key && chosen.has('page')) {
  results.push(
    await measured('a page of 1,000 distinct Observed Findings lines, through importEntries', async () => {
      const seed = fs.readFileSync(path.join(SAMPLE_DIR, 'seed-entry.txt'), 'utf8');
      const observed = seed
        .slice(seed.indexOf('Observed Findings\n') + 'Observed Findings\n'.length, seed.indexOf('Inferred Conclusions'))
        .trim()
        .split('\n');
      const lines = Array.from({ length: 1000 }, (_, i) =>
        observed[i % observed.length]!.replace(/\.$/, ` (cohort ${i + 1}).`),
      );
      return dryImport(seedWith(lines.join('\n')));
    }),
  );
}

if (values.out) fs.writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
