// `npm run bench` (tsx bench/run.ts): the benchmark of issue "Benchmarks: against the raw-driver ceiling and
// @neo4j/graphql". It starts its own managed Neo4j in a temporary folder on a free port, migrates, imports a
// synthetic corpus (bench/generate.ts) through our import path and through two bare batched UNWIND ceilings (the
// same graph ours wrote, bench/same-graph.ts, and the first, smaller graph of studies, findings and tags; all timed),
// starts our server (response cache off), the same with its cache on (repeated reads of Q2, Q4, Q5), the ceiling
// (bench/ceiling.ts) and the peer (bench/peer.ts) as child processes on loopback,
// checks that every system's answer equals ours, load-tests each query × system with autocannon, and writes
// bench/results.json and bench/REPORT.md.
//
//   npm run bench                 1x (6,000 studies) and the scale step (the database grown to 100x = 600,000
//                                 studies through our import path, then every query again on our server)
//   npm run bench -- --quick      1x only, 5 s warm-up + 10 s measured per query × system (< 15 min on 2 cores)
//   options: --scale N (scale step multiplier; 0 skips it), --connections C, --warmup S, --duration S,
//            --only Q1,Q4 (queries), --rounds R (measured runs per query × system, interleaved; default 2, quick 1),
//            --import-rounds N (timed imports per path, alternating; default 3, quick 1), --keep (leave the Neo4j folder)
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import { Cypher } from '../src/db/cypher.ts';
import { createDriver, localConnection } from '../src/db/driver.ts';
import { startNeo4j, stopNeo4j, statusNeo4j } from '../src/db/managed.ts';
import { migrate } from '../src/db/migrate.ts';
import { entityId, normalizeKey } from '../src/ingest/entity-key.ts';
import { importUnits, type InputUnit } from '../src/ingest/import.ts';
import type { StudyRecord } from '../src/ingest/record.ts';
import { rankedQuery, searchTerms } from '../src/query/search-terms.ts';
import { jsonl } from './generate.ts';
import {
  graphShape,
  losslessDriver,
  replayGraph,
  snapshotGraph,
  snapshotShape,
  type GraphShape,
} from './same-graph.ts';
import { QUERIES, stable, type BenchQuery, type QueryParams } from './queries.ts';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(BENCH, '..');
// An unknown option or a missing value stops the run before anything starts (parseArgs is strict).
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    studies: { type: 'string' },
    scale: { type: 'string' },
    connections: { type: 'string' },
    warmup: { type: 'string' },
    duration: { type: 'string' },
    only: { type: 'string' },
    rounds: { type: 'string' },
    'import-rounds': { type: 'string' },
  },
});
/** A whole-number option, its default when absent; anything else stops the run. */
function count(name: keyof typeof args, fallback: number): number {
  const raw = args[name];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} takes a whole number, got "${raw}"`);
  return value;
}
const QUICK = args.quick;
const BASE = count('studies', 6000);
const SCALE = count('scale', QUICK ? 0 : 100);
const CONNECTIONS = count('connections', 10);
const WARMUP = count('warmup', QUICK ? 5 : 10);
const DURATION = count('duration', QUICK ? 10 : 30);
const ONLY = args.only ? args.only.split(',') : null;
// Measured rounds: every query × system once per round, so a burst of outside load on the shared cores lands on
// one round of each system rather than on one system; figures are the rounds' mean.
const ROUNDS = count('rounds', QUICK ? 1 : 2);
// Import rounds: one import of 6,000 studies varied by 1.5x between runs on the shared cores.
const IMPORT_ROUNDS = count('import-rounds', QUICK ? 1 : 3);
// Records per imported file (one write transaction each, as `evidence-graph import` does). 6,000 studies in one
// transaction come close to Neo4j's transaction memory limit at a 1 GiB heap (dbms.memory.transaction.total.max).
const UNIT = 2_000;
// The scale step's files are larger when its Neo4j has the larger heap (--scale 10 and up): fewer transactions,
// each with its fixed costs (the stored-record read, the plan's check).
const SCALE_UNIT = SCALE >= 10 ? 5_000 : UNIT;
const SEED = 42;
const started = Date.now();
const log = (line: string) => console.error(`[bench +${((Date.now() - started) / 1000).toFixed(0)}s] ${line}`);

// ---------------------------------------------------------------------------------------------------------------
// processes

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const CLK_TCK = 100;
function cpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK; // utime + stime
}
function memKb(pid: number, key: 'VmHWM' | 'VmRSS'): number {
  const match = new RegExp(`${key}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : NaN;
}

interface Server {
  name: string;
  port: number;
  child: ChildProcess;
  url: (q: BenchQuery) => string;
}

async function startServer(
  name: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  ready: string,
): Promise<Server> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${stderr}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}${ready}`);
      if (response.ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`${name} did not become ready:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  const url =
    name === 'ceiling'
      ? (q: BenchQuery) => `http://127.0.0.1:${port}/${q.name}`
      : () => `http://127.0.0.1:${port}/graphql`;
  return { name, port, child, url };
}

async function stopServer(server: Server) {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once('exit', r));
  server.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
}

// ---------------------------------------------------------------------------------------------------------------
// data

/**
 * An empty graph, as a new database is: the data deleted, then the start-up refreshes run again (migrate), so the
 * state they record (the ontology's data version, the evidence view's layout) is there as in a database that was
 * never filled. Without them the next server to start would rebuild the ontology of every entity itself, and its
 * memory would count that one-off step (issue 19).
 */
async function wipe({ driver, cypher }: Pick<Bench, 'driver' | 'cypher'>) {
  const session = driver.session({ database: 'neo4j' });
  try {
    await session.run('MATCH (n) WHERE NOT n:Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
  await migrate(cypher);
}

/** The middle value (the mean of the middle two for an even count). */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function units(from: number, count: number, size = UNIT): InputUnit[] {
  const out: InputUnit[] = [];
  for (let at = from; at < from + count; at += size) {
    const n = Math.min(size, from + count - at);
    out.push({ name: `bench-${at}.jsonl`, kind: 'jsonl', text: jsonl(n, SEED, at) });
  }
  return out;
}

/** Our import path, timed: parse → validate → load, one transaction per file. */
async function importOurs(
  cypher: Cypher,
  input: InputUnit[],
): Promise<{ studies: number; seconds: number; findings: number }> {
  const t0 = performance.now();
  const summary = await importUnits(cypher, input);
  const seconds = (performance.now() - t0) / 1000;
  if (summary.rejected.length) throw new Error(`import rejected: ${summary.rejected.map((r) => r.message).join('\n')}`);
  return { studies: summary.created + summary.updated, seconds, findings: summary.findings };
}

const CEILING_IMPORT = {
  studies: `UNWIND $rows AS row CREATE (s:Study) SET s = row`,
  entities: `UNWIND $rows AS row MERGE (e:Entity {id: row.id})
    ON CREATE SET e:$(row.type), e.type = row.type, e.key = row.key, e.name = row.name, e.names = row.names, e.kind = row.kind`,
  findings: `UNWIND $rows AS row
    MATCH (s:Study {slug: row.props.studySlug}) MATCH (a:Entity {id: row.subjectId}) MATCH (b:Entity {id: row.objectId})
    CREATE (s)-[:REPORTS]->(f:Finding)-[:SUBJECT]->(a) SET f = row.props
    CREATE (f)-[:OBJECT]->(b)
    CREATE (a)-[t:$(row.props.relation)]->(b) SET t = row.edge`,
  symptomTags: `UNWIND $rows AS row MATCH (s:Study {slug: row.slug}) MATCH (t:Entity {id: row.id}) MERGE (s)-[:TAGGED]->(t)`,
  classTags: `UNWIND $rows AS row MATCH (s:Study {slug: row.slug}) MERGE (t:BiomarkerClass {key: row.key}) ON CREATE SET t.name = row.name MERGE (s)-[:TAGGED]->(t)`,
  flagTags: `UNWIND $rows AS row MATCH (s:Study {slug: row.slug}) MERGE (t:MethodFlag {key: row.key}) ON CREATE SET t.name = row.name MERGE (s)-[:TAGGED]->(t)`,
};

/**
 * The ceiling import: the same records (same JSONL text) parsed and written with four bare UNWIND statements per
 * batch of 1,000 studies, one transaction per batch: no validation, lexicon resolution, hashing, merge with stored
 * records or change detection.
 */
async function importCeiling(driver: Driver, input: InputUnit[]): Promise<{ studies: number; seconds: number }> {
  const clean = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
  const t0 = performance.now();
  let studies = 0;
  for (const unit of input) {
    const records = unit.text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as StudyRecord);
    for (let at = 0; at < records.length; at += 1000) {
      const batch = records.slice(at, at + 1000);
      const entities = new Map<string, Record<string, unknown>>();
      const entity = (ref: { type: string; name: string; kind?: string }) => {
        const id = entityId(ref.type as never, ref.name);
        if (!entities.has(id))
          entities.set(
            id,
            clean({
              id,
              type: ref.type,
              key: normalizeKey(ref.name),
              name: ref.name,
              names: [ref.name.toLowerCase()],
              kind: ref.kind,
            }),
          );
        return id;
      };
      const studyRows = batch.map(({ findings: _f, tags: _t, ...props }) => clean(props));
      const findingRows = batch.flatMap((r) =>
        (r.findings ?? []).map((f, index) => {
          const props = clean({
            id: `${r.slug}#${index}`,
            studySlug: r.slug,
            index,
            statement: f.statement,
            relation: f.relation,
            sign: f.relation === 'CORRELATES_WITH' ? (f.sign ?? 'UNSPECIFIED') : null,
            comparator: f.comparator,
            pValue: f.pValue,
            pComparator: f.pComparator,
            significant: f.significant,
            effectSize: f.effectSize,
            effectType: f.effectType,
            sampleSize: f.sampleSize,
            groups: f.groups ? JSON.stringify(f.groups) : null,
            extractionAgent: f.extraction.agent,
            extractionConfidence: f.extraction.confidence,
            curated: f.extraction.curated,
          });
          return {
            subjectId: entity(f.subject),
            objectId: entity(f.object),
            props,
            edge: clean({
              findingId: props.id,
              studySlug: r.slug,
              sign: props.sign,
              pValue: f.pValue,
              significant: f.significant,
              evidenceLevel: r.evidenceLevel,
              pemCriterion: r.pemCriterion,
              design: r.design,
              year: r.year,
              confidence: r.confidence,
              retracted: r.retracted ?? false,
            }),
          };
        }),
      );
      const tagRows = batch.flatMap((r) => [
        ...(r.tags?.symptoms ?? []).map((name) => ({
          slug: r.slug,
          kind: 'Symptom',
          id: entity({ type: 'Symptom', name }),
          key: null,
          name,
        })),
        ...(r.tags?.biomarkerClasses ?? []).map((name) => ({
          slug: r.slug,
          kind: 'BiomarkerClass',
          id: null,
          key: normalizeKey(name),
          name,
        })),
        ...(r.tags?.methodFlags ?? []).map((name) => ({
          slug: r.slug,
          kind: 'MethodFlag',
          id: null,
          key: normalizeKey(name),
          name,
        })),
      ]);
      const session = driver.session({ database: 'neo4j' });
      try {
        await session.executeWrite(async (tx) => {
          await tx.run(CEILING_IMPORT.studies, { rows: studyRows });
          await tx.run(CEILING_IMPORT.entities, { rows: [...entities.values()] });
          await tx.run(CEILING_IMPORT.findings, { rows: findingRows });
          await tx.run(CEILING_IMPORT.symptomTags, { rows: tagRows.filter((t) => t.kind === 'Symptom') });
          await tx.run(CEILING_IMPORT.classTags, { rows: tagRows.filter((t) => t.kind === 'BiomarkerClass') });
          await tx.run(CEILING_IMPORT.flagTags, { rows: tagRows.filter((t) => t.kind === 'MethodFlag') });
        });
      } finally {
        await session.close();
      }
      studies += batch.length;
    }
  }
  return { studies, seconds: (performance.now() - t0) / 1000 };
}

async function pickParams(driver: Driver): Promise<QueryParams> {
  const one = async (query: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(query, params, { database: 'neo4j' })).records[0]!.toObject() as Record<string, any>;
  const { slug } = await one(
    'MATCH (s:Study) WHERE NOT coalesce(s.retracted, false) RETURN s.slug AS slug ORDER BY COUNT { (s)-[:REPORTS]->() } DESC, s.slug LIMIT 1',
  );
  const { biomarker } = await one(
    'MATCH (b:Biomarker)<-[:SUBJECT]-(f:Finding) WITH b, count(f) AS n ORDER BY n DESC, b.name LIMIT 1 RETURN toLower(b.name) AS biomarker',
  );
  const pair = await one(
    `MATCH (a:Entity)<-[:SUBJECT]-(f:Finding)-[:OBJECT]->(b:Entity) WHERE a.type = 'Biomarker'
     WITH a, b, count(DISTINCT f.studySlug) AS n ORDER BY n DESC, a.name, b.name LIMIT 1
     RETURN toLower(a.name) AS s, toLower(b.name) AS o, a.id AS id, a.type AS type, a.key AS key`,
  );
  // A search word of a real lexicon biomarker that a few dozen studies mention (hits below the page of 50).
  let searchText = 'cortisol';
  for (const candidate of [
    'cortisol',
    'lactate',
    'ferritin',
    'serotonin',
    'melatonin',
    'leptin',
    'homocysteine',
    'carnitine',
    'glutathione',
    'tryptophan',
    'kynurenine',
    'creatinine',
  ]) {
    const { n } = await one(
      "CALL db.index.fulltext.queryNodes('search_text', $q) YIELD node WHERE node:Study RETURN count(*) AS n",
      { q: rankedQuery(searchTerms(candidate)) },
    );
    if (n >= 5 && n < 50) {
      searchText = candidate;
      break;
    }
  }
  return {
    slug,
    biomarker,
    pairSubject: pair.s,
    pairObject: pair.o,
    entityId: pair.id,
    entityGid: Buffer.from(`${pair.type}:${pair.key}`).toString('base64'),
    searchText,
    searchQuery: rankedQuery(searchTerms(searchText)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// requests and load

interface Request {
  url: string;
  body: string;
}

function requestFor(system: string, server: Server, q: BenchQuery, p: QueryParams): Request | null {
  if (system === 'ceiling') return { url: server.url(q), body: JSON.stringify(q.ceiling(p)) };
  if (system === 'peer') return q.peer ? { url: server.url(q), body: JSON.stringify(q.peer(p)) } : null;
  return { url: server.url(q), body: JSON.stringify(q.ours(p)) };
}

async function post(request: Request): Promise<any> {
  const response = await fetch(request.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
  });
  const json = await response.json();
  if (!response.ok || json.errors)
    throw new Error(`${request.url}: ${response.status} ${JSON.stringify(json.errors ?? json).slice(0, 800)}`);
  return json;
}

/** Requests still running when autocannon stops must not spill into the next run: wait until both are idle. */
async function drain(pid: number, neo4jPid: number) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const a = cpuMs(pid) + cpuMs(neo4jPid);
    await new Promise((r) => setTimeout(r, 500));
    if (cpuMs(pid) + cpuMs(neo4jPid) - a < 50) return; // under 10% of one core
  }
}

interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  cpuMsPerRequest: number;
  neo4jCpuMsPerRequest: number;
}

async function load(request: Request, pid: number, neo4jPid: number, seconds: number): Promise<LoadResult> {
  const cpu0 = cpuMs(pid);
  const db0 = cpuMs(neo4jPid);
  const result = await autocannon({
    url: request.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 60,
  });
  await drain(pid, neo4jPid);
  const total = result.requests.total || 1;
  const none = !result.requests.total;
  return {
    rps: result.requests.average,
    p50: none ? NaN : result.latency.p50,
    p99: none ? NaN : result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.non2xx + result.timeouts,
    cpuMsPerRequest: (cpuMs(pid) - cpu0) / total,
    neo4jCpuMsPerRequest: (cpuMs(neo4jPid) - db0) / total,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// main

interface QueryRow {
  name: string;
  question: string;
  ours: LoadResult | null;
  ceiling: LoadResult | null;
  peer: LoadResult | null;
  /** Our server with its response cache on (CACHED_QUERIES only). */
  cached?: LoadResult | null;
  /** req/s of each measured round, per system. */
  rounds?: Record<string, number[]>;
  roundtrips: number | null;
  equal: Record<string, string>;
}

/** The rounds of one query × system as one result: means, except counts (summed). */
function meanOf(results: LoadResult[]): LoadResult {
  const mean = (pick: (r: LoadResult) => number) => results.reduce((a, r) => a + pick(r), 0) / results.length;
  // autocannon reports latencies in whole milliseconds: their means are kept to a tenth.
  const tenths = (x: number) => Math.round(x * 10) / 10;
  return {
    rps: mean((r) => r.rps),
    p50: tenths(mean((r) => r.p50)),
    p99: tenths(mean((r) => r.p99)),
    requests: results.reduce((a, r) => a + r.requests, 0),
    errors: results.reduce((a, r) => a + r.errors, 0),
    cpuMsPerRequest: mean((r) => r.cpuMsPerRequest),
    neo4jCpuMsPerRequest: mean((r) => r.neo4jCpuMsPerRequest),
  };
}

const fmt = (x: number | null | undefined, digits = 0) => (x == null || Number.isNaN(x) ? '–' : x.toFixed(digits));

interface Bench {
  dir: string;
  instance: { uri: string; version: string };
  neo4jPid: number;
  driver: Driver;
  cypher: Cypher;
}

/** A managed Neo4j of its own in a temporary folder, migrated. */
async function startDatabase(): Promise<Bench> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evidence-graph-bench-'));
  const boltPort = await freePort();
  process.env.EVIDENCE_GRAPH_NEO4J_PAGECACHE ||= SCALE >= 10 ? '4g' : '1g';
  process.env.EVIDENCE_GRAPH_NEO4J_HEAP ||= SCALE >= 10 ? '3g' : '1g';
  log(
    `Neo4j in ${dir} on port ${boltPort} (heap ${process.env.EVIDENCE_GRAPH_NEO4J_HEAP}, page cache ${process.env.EVIDENCE_GRAPH_NEO4J_PAGECACHE})`,
  );
  const instance = await startNeo4j({ dir, port: boltPort }, log);
  const neo4jPid = (await statusNeo4j(dir)).info!.pid;
  const driver = createDriver(localConnection(instance.uri));
  return { dir, instance, neo4jPid, driver, cypher: new Cypher(driver, 'neo4j', undefined, 600_000) };
}

interface ImportTiming {
  ours: { studies: number; seconds: number; findings: number };
  oursSeconds: number;
  ceilingSeconds: number;
  sameGraphSeconds: number;
  oursRounds: number[];
  ceilingRounds: number[];
  sameGraphRounds: number[];
  /** The graph our import wrote, as the same-graph ceiling wrote it again (checked equal before timing counts). */
  sameGraph: GraphShape;
}

/** Both import paths warmed up on a small batch, then timed on an empty graph each round; ours goes last and stays. */
async function timeImports(bench: Bench): Promise<ImportTiming> {
  const { driver, cypher } = bench;
  const input = units(0, BASE);
  log(`generated ${BASE} studies (${(input.reduce((n, u) => n + u.text.length, 0) / 1e6).toFixed(1)} MB JSONL)`);
  const warm = units(10_000_000, 300);
  await importCeiling(driver, warm);
  await wipe(bench);
  await importOurs(cypher, warm);
  await wipe(bench);
  // The graph our import writes, read back for the same-graph ceiling (bench/same-graph.ts): one untimed import of
  // the whole input, which also warms our path up.
  await importOurs(cypher, input);
  const lossless = losslessDriver(localConnection(bench.instance.uri));
  const snapshot = await snapshotGraph(lossless);
  const expected = snapshotShape(snapshot);
  await wipe(bench);
  // Rounds alternate the paths on an empty graph each time, so outside load on the shared cores falls on all;
  // each path's figure is its median round.
  const ceilingRounds: number[] = [];
  const sameGraphRounds: number[] = [];
  const oursRounds: number[] = [];
  let ours = { studies: 0, seconds: 0, findings: 0 };
  try {
    for (let round = 1; round <= IMPORT_ROUNDS; round++) {
      const ceilingRound = await importCeiling(driver, input);
      ceilingRounds.push(ceilingRound.seconds);
      log(
        `ceiling import ${round}/${IMPORT_ROUNDS}: ${ceilingRound.studies} studies in ${ceilingRound.seconds.toFixed(1)} s`,
      );
      await wipe(bench);
      const t0 = performance.now();
      await replayGraph(lossless, snapshot);
      sameGraphRounds.push((performance.now() - t0) / 1000);
      const written = await graphShape(lossless);
      if (JSON.stringify(written) !== JSON.stringify(expected))
        throw new Error(`the same-graph ceiling wrote another graph: ${JSON.stringify({ written, expected })}`);
      log(`same-graph ceiling ${round}/${IMPORT_ROUNDS}: ${sameGraphRounds.at(-1)!.toFixed(1)} s`);
      await wipe(bench);
      ours = await importOurs(cypher, input);
      oursRounds.push(ours.seconds);
      log(
        `our import ${round}/${IMPORT_ROUNDS}: ${ours.studies} studies, ${ours.findings} findings in ${ours.seconds.toFixed(1)} s`,
      );
      if (round < IMPORT_ROUNDS) await wipe(bench);
    }
  } finally {
    await lossless.close();
  }
  return {
    ours,
    oursSeconds: median(oursRounds),
    ceilingSeconds: median(ceilingRounds),
    sameGraphSeconds: median(sameGraphRounds),
    oursRounds,
    ceilingRounds,
    sameGraphRounds,
    sameGraph: expected,
  };
}

/** Repeated reads of a front end: the queries measured again on our server with its response cache on. */
const CACHED_QUERIES = ['Q2', 'Q4', 'Q5'];

/**
 * Our server (response cache off, so every request does the work), the same with the cache on (for the repeated
 * reads), the ceiling and the peer, each a child process on loopback.
 */
async function startSystems({ instance }: Bench): Promise<Record<string, Server>> {
  const env = { NEO4J_URI: instance.uri, NEO4J_DATABASE: 'neo4j' };
  const serve = ['bin/evidence-graph.js', 'serve'];
  const oursEnv = { ...env, NODE_ENV: 'production', LOG_LEVEL: 'warn' };
  return {
    ours: await startServer(
      'ours',
      serve,
      { ...oursEnv, EVIDENCE_GRAPH_RESPONSE_CACHE_TTL_MS: '0' },
      await freePort(),
      '/readyz',
    ),
    cached: await startServer('cached', serve, oursEnv, await freePort(), '/readyz'),
    ceiling: await startServer('ceiling', ['--import', 'tsx', 'bench/ceiling.ts'], env, await freePort(), '/healthz'),
    peer: await startServer('peer', ['--import', 'tsx', 'bench/peer.ts'], env, await freePort(), '/healthz'),
  };
}

/** Every system's answer compared with ours before anything is timed; then one warm request each, alone. */
async function compareAnswers(
  queries: BenchQuery[],
  bySystem: Record<string, Server>,
  params: QueryParams,
): Promise<QueryRow[]> {
  const rows: QueryRow[] = [];
  for (const q of queries) {
    const row: QueryRow = {
      name: q.name,
      question: q.question,
      ours: null,
      ceiling: null,
      peer: null,
      roundtrips: null,
      equal: {},
    };
    const canonical = q.canonical ?? ((d: unknown) => d);
    const oursJson = await post(requestFor('ours', bySystem.ours!, q, params)!);
    row.roundtrips = oursJson.extensions?.roundTrips ?? null;
    const expected = stable(canonical(oursJson.data));
    const ceilingJson = await post(requestFor('ceiling', bySystem.ceiling!, q, params)!);
    row.equal.ceiling = stable(canonical(ceilingJson.data)) === expected ? 'equal' : 'DIFFERENT';
    if (row.equal.ceiling !== 'equal')
      log(
        `${q.name} ceiling differs:\n ours    ${expected.slice(0, 1500)}\n ceiling ${stable(canonical(ceilingJson.data)).slice(0, 1500)}`,
      );
    if (CACHED_QUERIES.includes(q.name)) {
      const cachedJson = await post(requestFor('ours', bySystem.cached!, q, params)!);
      row.equal.cached = stable(canonical(cachedJson.data)) === expected ? 'equal' : 'DIFFERENT';
    }
    const peerRequest = requestFor('peer', bySystem.peer!, q, params);
    if (peerRequest) {
      try {
        const peerJson = await post(peerRequest);
        const got = stable(canonical(q.fromPeer!(peerJson.data)));
        row.equal.peer = got === expected ? 'equal' : 'DIFFERENT';
        if (got !== expected)
          log(`${q.name} peer differs:\n ours ${expected.slice(0, 1500)}\n peer ${got.slice(0, 1500)}`);
      } catch (error) {
        row.equal.peer = `error: ${(error as Error).message.slice(0, 300)}`;
        log(`${q.name} peer failed: ${row.equal.peer}`);
      }
    } else row.equal.peer = 'cannot express';
    // One warm request each, timed on its own (no concurrency): the latency floor of the query.
    const single: string[] = [];
    for (const system of ['ours', 'ceiling', 'peer'] as const) {
      const request = requestFor(system, bySystem[system]!, q, params);
      if (!request || (system !== 'ours' && row.equal[system] !== 'equal')) continue;
      const t0 = performance.now();
      await post(request);
      single.push(`${system} ${(performance.now() - t0).toFixed(0)} ms`);
    }
    log(`${q.name} single request: ${single.join(', ')}`);
    rows.push(row);
  }
  log(
    `answers: ${rows.map((r) => `${r.name} ceiling ${r.equal.ceiling}, peer ${r.equal.peer}${r.equal.cached ? `, cached ${r.equal.cached}` : ''}`).join('; ')}`,
  );
  return rows;
}

const SYSTEMS = ['ours', 'ceiling', 'peer', 'cached'] as const;

/** Per round, per query × system: warm-up, then the measured run; each row gets the mean of its rounds. */
async function measureLoad(
  rows: QueryRow[],
  queries: BenchQuery[],
  bySystem: Record<string, Server>,
  params: QueryParams,
  neo4jPid: number,
) {
  const runs = new Map<string, LoadResult[]>();
  const measured = rows.flatMap((row) => {
    const q = queries.find((x) => x.name === row.name)!;
    return SYSTEMS.filter((system) => system === 'ours' || row.equal[system] === 'equal').map((system) => {
      const server = bySystem[system]!;
      // The cached server answers our GraphQL request, as a front end repeating it would send it.
      return { row, system, server, request: requestFor(system === 'cached' ? 'ours' : system, server, q, params)! };
    });
  });
  // One untimed pass under load over every query × system before round 1: without it the first measured run
  // (ours, Q1) paid for the JVM's and Node's warm-up of the whole process, not of its query, and ran ~30 % below
  // its later rounds at the same CPU per request.
  for (const { server, request } of measured) await load(request, server.child.pid!, neo4jPid, WARMUP);
  log(`settling pass done: ${measured.length} query × system runs of ${WARMUP} s`);
  for (let round = 1; round <= ROUNDS; round += 1) {
    for (const { row, system, server, request } of measured) {
      await load(request, server.child.pid!, neo4jPid, WARMUP);
      const result = await load(request, server.child.pid!, neo4jPid, DURATION);
      const key = `${row.name} ${system}`;
      runs.set(key, [...(runs.get(key) ?? []), result]);
      row[system] = meanOf(runs.get(key)!);
      log(
        `${row.name} ${system} (round ${round}/${ROUNDS}, load ${os.loadavg()[0]!.toFixed(1)}): ${fmt(result.rps)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${fmt(result.cpuMsPerRequest, 2)} CPU ms/req, errors ${result.errors}`,
      );
    }
  }
  for (const row of rows)
    row.rounds = Object.fromEntries(
      SYSTEMS.map((system) => [system, (runs.get(`${row.name} ${system}`) ?? []).map((r) => Number(r.rps.toFixed(1)))]),
    );
}

interface ScaleResult {
  factor: number;
  studies: number;
  importSeconds: number;
  /** Our server's figures for every query of the run at the scale (the goal compares ours there with ours at 1x). */
  ours: Record<string, LoadResult>;
}

/**
 * The same database grown to SCALE× through our import path, then every query of the run again on our server. The
 * ceiling and the peer are not run at scale: the goal is each query's p99 against its own at 1x, and the ceiling's
 * Q4/Q5 synthesize from every vote (seconds a request at 10x).
 */
async function scaleStep(
  { cypher, neo4jPid }: Bench,
  bySystem: Record<string, Server>,
  params: QueryParams,
  queries: BenchQuery[],
): Promise<ScaleResult> {
  const more = BASE * SCALE - BASE;
  log(`scale step: importing ${more} more studies (${SCALE}x) through our import path…`);
  // One import run (as `evidence-graph import` of a folder is): each pair's kept answer is summarized once at its
  // end. The files are generated one at a time as the run reads them, so their text is never all in memory.
  function* files() {
    for (let at = BASE; at < BASE * SCALE; at += SCALE_UNIT)
      yield* units(at, Math.min(SCALE_UNIT, BASE * SCALE - at), SCALE_UNIT);
  }
  const t0 = performance.now();
  const summary = await importUnits(cypher, files(), {
    onUnit: (done) => {
      if (done % 4 === 0)
        log(`  … ${BASE + done * SCALE_UNIT} studies (${((performance.now() - t0) / 1000).toFixed(0)} s importing)`);
    },
  });
  const importSeconds = (performance.now() - t0) / 1000;
  if (summary.rejected.length) throw new Error(`import rejected: ${summary.rejected.map((r) => r.message).join('\n')}`);
  const server = bySystem.ours!;
  const ours: Record<string, LoadResult> = {};
  for (const q of queries) {
    const request = requestFor('ours', server, q, params)!;
    await load(request, server.child.pid!, neo4jPid, WARMUP);
    const result = (ours[q.name] = await load(request, server.child.pid!, neo4jPid, DURATION));
    log(
      `${q.name} at ${SCALE}x ours (load ${os.loadavg()[0]!.toFixed(1)}): ${fmt(result.rps)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${fmt(result.cpuMsPerRequest, 2)} CPU ms/req, errors ${result.errors}`,
    );
  }
  return { factor: SCALE, studies: BASE * SCALE, importSeconds, ours };
}

const loadResultJson = (r: LoadResult) => ({
  p50_ms: r.p50,
  p99_ms: r.p99,
  cpu_ms_per_request: Number(r.cpuMsPerRequest.toFixed(2)),
  neo4j_cpu_ms_per_request: Number(r.neo4jCpuMsPerRequest.toFixed(2)),
  roundtrips: 1,
});

/** bench/results.json's content: the machine, the data, every query's figures, the import, the scale step, memory. */
function resultsOf(
  bench: Bench,
  rows: QueryRow[],
  queries: BenchQuery[],
  imports: ImportTiming,
  dataset: { nodes: unknown; relationships: unknown; params: QueryParams },
  rss: Record<string, number>,
  scale: ScaleResult | null,
) {
  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    neo4j: bench.instance.version,
    neo4jHeap: process.env.EVIDENCE_GRAPH_NEO4J_HEAP,
    neo4jPageCache: process.env.EVIDENCE_GRAPH_NEO4J_PAGECACHE,
    connections: CONNECTIONS,
    rounds: ROUNDS,
    warmupSeconds: WARMUP,
    measuredSeconds: DURATION,
    mode: QUICK ? 'quick' : 'full',
    loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
    note: "client (autocannon), the servers and Neo4j share the same cores; other engineers' test runs may share them too",
  };
  const ratio = (a: number | undefined, b: number | undefined) => (a && b ? Number((a / b).toFixed(3)) : null);
  const oursRate = imports.ours.studies / imports.oursSeconds;
  const ceilingRate = BASE / imports.ceilingSeconds;
  const sameGraphRate = BASE / imports.sameGraphSeconds;
  return {
    machine,
    dataset: { studies: BASE, findings: imports.ours.findings, ...dataset },
    queries: rows.map((r) => ({
      name: r.name,
      question: r.question,
      ours_rps: r.ours ? Number(r.ours.rps.toFixed(1)) : null,
      ceiling_rps: r.ceiling ? Number(r.ceiling.rps.toFixed(1)) : null,
      peer_rps: r.peer ? Number(r.peer.rps.toFixed(1)) : null,
      efficiency: ratio(r.ours?.rps, r.ceiling?.rps),
      vs_peer: ratio(r.ours?.rps, r.peer?.rps),
      p99_ms: r.ours?.p99 ?? null,
      p50_ms: r.ours?.p50 ?? null,
      roundtrips: r.roundtrips,
      cpu_ms_per_request: r.ours ? Number(r.ours.cpuMsPerRequest.toFixed(2)) : null,
      neo4j_cpu_ms_per_request: r.ours ? Number(r.ours.neo4jCpuMsPerRequest.toFixed(2)) : null,
      ceiling: r.ceiling && loadResultJson(r.ceiling),
      peer: r.peer && loadResultJson(r.peer),
      cached: r.cached && {
        rps: Number(r.cached.rps.toFixed(1)),
        vs_ceiling: ratio(r.cached.rps, r.ceiling?.rps),
        ...loadResultJson(r.cached),
        roundtrips: 0,
      },
      reference: queries.find((q) => q.name === r.name)?.reference ?? false,
      rounds_rps: r.rounds,
      answers: r.equal,
      errors: {
        ours: r.ours?.errors ?? null,
        ceiling: r.ceiling?.errors ?? null,
        peer: r.peer?.errors ?? null,
        cached: r.cached?.errors ?? null,
      },
    })),
    import: {
      ours_rate: Number(oursRate.toFixed(1)),
      ceiling_rate: Number(ceilingRate.toFixed(1)),
      ratio: Number((oursRate / ceilingRate).toFixed(3)),
      same_graph_rate: Number(sameGraphRate.toFixed(1)),
      same_graph_ratio: Number((oursRate / sameGraphRate).toFixed(3)),
      same_graph_seconds: Number(imports.sameGraphSeconds.toFixed(2)),
      same_graph_rounds_seconds: imports.sameGraphRounds.map((x) => Number(x.toFixed(2))),
      same_graph: imports.sameGraph,
      unit: 'studies/s',
      ours_seconds: Number(imports.oursSeconds.toFixed(2)),
      ceiling_seconds: Number(imports.ceilingSeconds.toFixed(2)),
      rounds: IMPORT_ROUNDS,
      ours_rounds_seconds: imports.oursRounds.map((x) => Number(x.toFixed(2))),
      ceiling_rounds_seconds: imports.ceilingRounds.map((x) => Number(x.toFixed(2))),
    },
    scale: {
      q4_p99_1x: rows.find((r) => r.name === 'Q4')?.ours?.p99 ?? null,
      q4_p99_100x: scale && scale.factor === 100 ? (scale.ours.Q4?.p99 ?? null) : null,
      measured_factor: scale?.factor ?? null,
      q4_p99_measured: scale?.ours.Q4?.p99 ?? null,
      import_rate_at_scale: scale ? Number(((scale.studies - BASE) / scale.importSeconds).toFixed(1)) : null,
      import_ratio_to_1x: scale ? Number(((scale.studies - BASE) / scale.importSeconds / oursRate).toFixed(3)) : null,
      queries: scale
        ? rows.flatMap((r) => {
            const at = scale.ours[r.name];
            if (!at || !r.ours) return [];
            return [
              {
                name: r.name,
                p99_1x_ms: r.ours.p99,
                p99_ms: at.p99,
                p99_ratio: ratio(at.p99, r.ours.p99),
                rps: Number(at.rps.toFixed(1)),
                cpu_ms_per_request: Number(at.cpuMsPerRequest.toFixed(2)),
                neo4j_cpu_ms_per_request: Number(at.neo4jCpuMsPerRequest.toFixed(2)),
                errors: at.errors,
              },
            ];
          })
        : [],
    },
    rss_mb: rss,
  };
}

async function main() {
  const bench = await startDatabase();
  const servers: Server[] = [];
  const cleanup = async () => {
    for (const s of servers) await stopServer(s);
    await bench.driver.close();
    await stopNeo4j(bench.dir);
    if (!args.keep) fs.rmSync(bench.dir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    await migrate(bench.cypher);
    const imports = await timeImports(bench);
    const count = async (query: string) =>
      (await bench.driver.executeQuery(query, {}, { database: 'neo4j' })).records[0]!.get('n');
    const dataset = {
      nodes: await count('MATCH (n) RETURN count(n) AS n'),
      relationships: await count('MATCH ()-[r]->() RETURN count(r) AS n'),
      params: await pickParams(bench.driver),
    };
    log(`params: ${JSON.stringify(dataset.params)}`);

    const bySystem = await startSystems(bench);
    servers.push(...Object.values(bySystem));
    const queries = QUERIES.filter((q) => !ONLY || ONLY.includes(q.name));
    const rows = await compareAnswers(queries, bySystem, dataset.params);
    await measureLoad(rows, queries, bySystem, dataset.params, bench.neo4jPid);
    const rss: Record<string, number> = Object.fromEntries(
      servers.map((s) => [s.name, Number((memKb(s.child.pid!, 'VmHWM') / 1024).toFixed(1))]),
    );
    rss.neo4j = Number((memKb(bench.neo4jPid, 'VmHWM') / 1024).toFixed(1));
    log(
      `peak RSS after the 1x load (MB): ${Object.entries(rss)
        .map(([name, mb]) => `${name} ${mb}`)
        .join(', ')}`,
    );

    // Written after the 1x step and again after the scale step, so a long scale step that is stopped still leaves
    // the 1x figures.
    const writeOutputs = (scale: ScaleResult | null) => {
      const results = resultsOf(bench, rows, queries, imports, dataset, rss, scale);
      fs.writeFileSync(path.join(BENCH, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
      fs.writeFileSync(path.join(BENCH, 'REPORT.md'), report(results, rows));
      log(
        `wrote bench/results.json and bench/REPORT.md${scale ? '' : SCALE > 1 ? ' (1x; the scale step follows)' : ''}`,
      );
    };
    writeOutputs(null);
    if (SCALE > 1) writeOutputs(await scaleStep(bench, bySystem, dataset.params, queries));
  } finally {
    await cleanup();
  }
}

function report(results: any, rows: QueryRow[]): string {
  const m = results.machine;
  const goal = (name: string) => (['Q1', 'Q2'].includes(name) ? 0.8 : 0.6);
  const peerRatios = results.queries.filter((q: any) => q.vs_peer && !q.reference).map((q: any) => q.vs_peer as number);
  const q0 = results.queries.find((q: any) => q.name === 'Q0');
  const geo = peerRatios.length
    ? Math.exp(peerRatios.reduce((a: number, x: number) => a + Math.log(x), 0) / peerRatios.length)
    : null;
  const lines = [
    '# Benchmark report',
    '',
    `Generated by \`npm run bench${m.mode === 'quick' ? ' -- --quick' : ''}\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}. Every figure below was measured by that run; bench/results.json holds the same numbers.`,
    '',
    '## Machine',
    '',
    `${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB; ${m.os}; Node ${m.node}; Neo4j ${m.neo4j} (heap ${m.neo4jHeap}, page cache ${m.neo4jPageCache}). ` +
      `autocannon with ${m.connections} connections, ${m.warmupSeconds} s warm-up then ${m.measuredSeconds} s measured per query × system. ${m.note}. ` +
      `Load average (1, 5, 15 min) when the figures were written: ${m.loadAverage.join(', ')}.`,
    '',
    `Data: ${results.dataset.studies} synthetic studies (bench/generate.ts, seed 42), ${results.dataset.findings} findings, ${results.dataset.nodes} nodes, ${results.dataset.relationships} relationships. ` +
      `Parameters: ${Object.entries(results.dataset.params)
        .filter(([k]) => k !== 'searchQuery')
        .map(([k, v]) => `${k} \`${v}\``)
        .join(', ')}.`,
    '',
    '## Queries (1x)',
    '',
    '| query | question | ours req/s | ceiling req/s | peer req/s | efficiency (goal) | vs peer | ours p50 / p99 ms | ceiling p99 | peer p99 | round trips | ours CPU ms/req | Neo4j CPU ms/req (ours / ceiling) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...results.queries.map(
      (q: any) =>
        `| ${q.name} | ${q.question} | ${fmt(q.ours_rps)} | ${fmt(q.ceiling_rps)} | ${q.peer_rps == null ? (q.answers.peer === 'cannot express' ? 'n/a' : q.answers.peer.startsWith('equal') ? '–' : q.answers.peer) : fmt(q.peer_rps)} | ` +
        `${fmt(q.efficiency, 2)} ${q.reference ? '(reference, no goal)' : `(≥ ${goal(q.name)}${q.efficiency != null ? (q.efficiency >= goal(q.name) ? ', met' : ', missed') : ''})`} | ${fmt(q.vs_peer, 2)} | ${fmt(q.p50_ms)} / ${fmt(q.p99_ms)} | ${fmt(q.ceiling?.p99_ms)} | ${fmt(q.peer?.p99_ms)} | ${q.roundtrips ?? '–'} | ${fmt(q.cpu_ms_per_request, 2)} | ${fmt(q.neo4j_cpu_ms_per_request, 2)} / ${fmt(q.ceiling?.neo4j_cpu_ms_per_request, 2)} |`,
    ),
    '',
    `An untimed pass under load over every query × system comes first. Each figure is the mean of ${m.rounds} measured round(s); a round runs every query × system once, so outside load on the shared cores falls on every system. req/s per round: ${results.queries
      .map(
        (q: any) =>
          `${q.name} ${['ours', 'ceiling', 'peer', 'cached']
            .filter((s) => q.rounds_rps?.[s]?.length)
            .map((s) => `${s} ${q.rounds_rps[s].map((x: number) => fmt(x)).join('/')}`)
            .join(', ')}`,
      )
      .join('; ')}.`,
    '',
    q0
      ? `Q0 is a reference, not a question: a request that needs no database, so its CPU ms per request is each server's fixed cost (HTTP, body, and for the GraphQL servers parse, validate and execute). Ours ${fmt(q0.cpu_ms_per_request, 2)}, ceiling ${fmt(q0.ceiling?.cpu_ms_per_request, 2)}, peer ${fmt(q0.peer?.cpu_ms_per_request, 2)} ms.`
      : '',
    '',
    `Answers compared before timing (ours = reference): ${results.queries.map((q: any) => `${q.name}: ceiling ${q.answers.ceiling}, peer ${q.answers.peer}`).join('; ')}.`,
    '',
    `Geometric mean of ours/peer over the queries the peer expresses: ${fmt(geo, 2)} (goal ≥ 1.5).`,
    '',
    'Queries the peer cannot express:',
    ...QUERIES.filter((q) => q.whyNoPeer).map((q) => `- ${q.name} (${q.question}): ${q.whyNoPeer}.`),
    '',
    '## Repeated reads (response cache)',
    '',
    'The same request again and again, as a front end repeats it, to our server with its response cache on (as `serve` runs by default; the table above turns it off).',
    '',
    '| query | cached req/s | ceiling req/s | cached / ceiling (goal ≥ 3) | cached p50 / p99 ms | cached CPU ms/req |',
    '|---|---|---|---|---|---|',
    ...results.queries
      .filter((q: any) => q.cached)
      .map(
        (q: any) =>
          `| ${q.name} | ${fmt(q.cached.rps)} | ${fmt(q.ceiling_rps)} | ${fmt(q.cached.vs_ceiling, 2)} | ${fmt(q.cached.p50_ms)} / ${fmt(q.cached.p99_ms)} | ${fmt(q.cached.cpu_ms_per_request, 2)} |`,
      ),
    '',
    '## Import',
    '',
    `| path | studies/s | seconds |`,
    '|---|---|---|',
    `| ours (importUnits: parse → validate → load, one transaction per ${UNIT.toLocaleString('en')}-record file) | ${fmt(results.import.ours_rate)} | ${fmt(results.import.ours_seconds, 1)} |`,
    `| ceiling, same graph (every node, relationship and property our import wrote, read back and written again by bare batched UNWIND: bench/same-graph.ts) | ${fmt(results.import.same_graph_rate)} | ${fmt(results.import.same_graph_seconds, 1)} |`,
    `| ceiling, first graph (bare batched UNWIND of studies, entities, findings and tags only, 1,000 studies a transaction) | ${fmt(results.import.ceiling_rate)} | ${fmt(results.import.ceiling_seconds, 1)} |`,
    '',
    `Ratio ours/ceiling for the same graph: ${fmt(results.import.same_graph_ratio, 2)} (goal ≥ 0.5). Against the first ceiling, which writes a smaller graph (no evidence view, entity names, ontology terms or facet cells): ${fmt(results.import.ratio, 2)}. The same graph: ${Object.entries(
      results.import.same_graph.labels,
    )
      .map(([label, n]) => `${fmt(n as number)} ${label}`)
      .join(', ')} nodes; ${Object.entries(results.import.same_graph.types)
      .map(([type, n]) => `${fmt(n as number)} ${type}`)
      .join(
        ', ',
      )} relationships; ${fmt(results.import.same_graph.nodeProperties)} node and ${fmt(results.import.same_graph.relationshipProperties)} relationship properties, checked equal after each replay. Each figure is the median of ${results.import.rounds} round${results.import.rounds > 1 ? 's' : ''}, the paths alternating on an empty graph (seconds per round: ours ${results.import.ours_rounds_seconds.map((x: number) => fmt(x, 1)).join(', ')}; same graph ${results.import.same_graph_rounds_seconds.map((x: number) => fmt(x, 1)).join(', ')}; first graph ${results.import.ceiling_rounds_seconds.map((x: number) => fmt(x, 1)).join(', ')}).`,
    '',
    '## Scale',
    '',
    ...(results.scale.measured_factor
      ? [
          `${results.scale.measured_factor}x: the 1x database grown to ${(BASE * results.scale.measured_factor).toLocaleString('en')} studies through our import path (${fmt(results.scale.import_rate_at_scale)} studies/s, ${fmt(results.scale.import_ratio_to_1x, 2)}× the rate at 1x; goal at 100x ≥ 0.5), then every query again on our server. Goal at 100x: each p99 ≤ 3× its p99 at 1x.`,
          '',
          `| query | p99 1x ms | p99 ${results.scale.measured_factor}x ms | ratio | req/s | CPU ms/req (ours / Neo4j) | errors |`,
          '|---|---|---|---|---|---|---|',
          ...results.scale.queries.map(
            (q: any) =>
              `| ${q.name} | ${fmt(q.p99_1x_ms)} | ${fmt(q.p99_ms)} | ${fmt(q.p99_ratio, 2)} | ${fmt(q.rps)} | ${fmt(q.cpu_ms_per_request, 2)} / ${fmt(q.neo4j_cpu_ms_per_request, 2)} | ${q.errors} |`,
          ),
        ]
      : [
          `Not measured in this run (\`--quick\` skips the scale step; \`npm run bench\` runs it at 100x, \`--scale N\` at N×). q4_p99_100x is null in results.json: no number is extrapolated.`,
        ]),
    '',
    '## Memory',
    '',
    `Peak RSS (VmHWM) after the 1x load: ours ${fmt(results.rss_mb.ours)} MB (goal ≤ 250 MB), ours with the response cache ${fmt(results.rss_mb.cached)} MB, ceiling ${fmt(results.rss_mb.ceiling)} MB, peer ${fmt(results.rss_mb.peer)} MB, Neo4j ${fmt(results.rss_mb.neo4j)} MB.`,
    '',
  ];
  void rows;
  return `${lines.join('\n')}\n`;
}

await main();
