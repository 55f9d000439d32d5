// The managed local Neo4j: Neo4j Community assembled from Maven Central (neo4j/pom.xml), cached in a gitignored
// folder, configured for loopback only, started in the background and stopped with SIGTERM. Several instances run
// side by side, each in its own folder and on its own Bolt port.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../config.ts';

export interface ManagedOptions {
  dir: string;
  port: number;
  heap?: string;
  pageCache?: string;
  /** The most memory one transaction may take (db.memory.transaction.max); default half the heap. */
  transactionMemory?: string;
}

const SIZE = /^(\d+)([kmg]?)$/i;

/** Half of a Neo4j memory size ("1g" → "512m"); undefined when the size is not of that form. */
export function halfOf(size: string): string | undefined {
  const match = SIZE.exec(size.trim());
  if (!match) return undefined;
  const kib =
    Number(match[1]) *
    ({ '': 1 / 1024, k: 1, m: 1024, g: 1024 * 1024 } as Record<string, number>)[match[2]!.toLowerCase()]!;
  return `${Math.max(1, Math.floor(kib / 2))}k`;
}

export interface InstanceInfo {
  pid: number;
  port: number;
  uri: string;
  version: string;
  startedAt: string;
}

export interface InstanceStatus {
  dir: string;
  running: boolean;
  /** Bolt answered RETURN 1. */
  ready: boolean;
  info?: InstanceInfo;
}

const POM = path.join(PROJECT_ROOT, 'neo4j', 'pom.xml');
const INFO_FILE = 'instance.json';

export class ManagedNeo4jError extends Error {
  override name = 'ManagedNeo4jError';
}

export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(fs.readFileSync(POM, 'utf8'));
  if (!match?.[1]) throw new ManagedNeo4jError(`${POM}: no <neo4j.version> property`);
  return match[1];
}

/** Where the server's jars are cached; shared by every instance of one checkout. */
export function classpathDir(version = neo4jVersion()): string {
  const root = process.env.EVIDENCE_GRAPH_NEO4J_CACHE || path.join(PROJECT_ROOT, '.neo4j');
  return path.join(root, `lib-${version}`);
}

function hasCommand(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return !result.error && result.status === 0;
}

const NO_LOCAL_NEO4J_HINT =
  'Alternatives: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to any Neo4j 5 server, or run `docker compose up`.';

export function requireJava(): void {
  if (!hasCommand('java', ['-version'])) {
    throw new ManagedNeo4jError(
      `The managed local Neo4j needs Java 17 or later on PATH ("java" was not found). ` +
        `Install it (Debian/Ubuntu: apt-get install openjdk-17-jre-headless). ${NO_LOCAL_NEO4J_HINT}`,
    );
  }
}

/**
 * Make sure Neo4j's jars are in the cache, fetching them with Maven the first time. Later starts need no network.
 * The jars are copied into a temporary folder and renamed into place, so a cut-off download never looks complete.
 */
export function ensureClasspath(log: (line: string) => void = () => {}): string {
  const version = neo4jVersion();
  const dir = classpathDir(version);
  if (fs.existsSync(path.join(dir, '.complete'))) return dir;
  requireJava();
  if (!hasCommand('mvn', ['-v'])) {
    throw new ManagedNeo4jError(
      `Fetching Neo4j ${version} needs Maven ("mvn" was not found). ` +
        `Install it (Debian/Ubuntu: apt-get install maven). ${NO_LOCAL_NEO4J_HINT}`,
    );
  }
  log(`Fetching Neo4j Community ${version} from Maven Central (first run only)…`);
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const staging = `${dir}.partial-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  const result = spawnSync(
    'mvn',
    ['-B', '-q', '-f', POM, 'package', `-Dneo4j.lib.dir=${staging}`, `-DbuildDirectory=${staging}-build`],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  fs.rmSync(path.join(PROJECT_ROOT, 'neo4j', 'target'), { recursive: true, force: true });
  if (result.status !== 0) {
    fs.rmSync(staging, { recursive: true, force: true });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    throw new ManagedNeo4jError(`mvn could not assemble Neo4j ${version} (exit ${result.status}):\n${output}`);
  }
  fs.writeFileSync(path.join(staging, '.complete'), `${version}\n`);
  try {
    fs.renameSync(staging, dir);
  } catch (error) {
    // Another process finished first; its copy is as good as ours.
    fs.rmSync(staging, { recursive: true, force: true });
    if (!fs.existsSync(path.join(dir, '.complete'))) throw error;
  }
  return dir;
}

export function neo4jConf(opts: Required<ManagedOptions>): string {
  const abs = (sub: string) => path.join(opts.dir, sub);
  return [
    '# Written by evidence-graph at every start; edits are overwritten.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${opts.port}`,
    'server.bolt.tls_level=DISABLED',
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.usage_report.enabled=false',
    'db.tx_log.preallocate=false',
    // Loopback only, a throwaway or local database: auth off keeps set-up to one command.
    'dbms.security.auth_enabled=false',
    `server.memory.heap.initial_size=${opts.heap}`,
    `server.memory.heap.max_size=${opts.heap}`,
    `server.memory.pagecache.size=${opts.pageCache}`,
    // One query or import that outgrows this fails alone (Neo.TransientError.General.MemoryPoolOutOfMemoryError)
    // instead of taking the heap, and every other transaction, with it.
    ...(opts.transactionMemory ? [`db.memory.transaction.max=${opts.transactionMemory}`] : []),
    `server.directories.data=${abs('data')}`,
    `server.directories.logs=${abs('logs')}`,
    `server.directories.run=${abs('run')}`,
    `server.directories.plugins=${abs('plugins')}`,
    `server.directories.import=${abs('import')}`,
    '',
  ].join('\n');
}

// Neo4j 5's own default JVM flags (what bin/neo4j would pass).
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

function readInfo(dir: string): InstanceInfo | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, INFO_FILE), 'utf8')) as InstanceInfo;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(true));
    probe.once('listening', () => probe.close(() => resolve(false)));
    probe.listen(port, '127.0.0.1');
  });
}

export function logTail(dir: string, lines = 20): string {
  const out: string[] = [];
  for (const file of ['logs/console.log', 'logs/debug.log']) {
    try {
      const text = fs.readFileSync(path.join(dir, file), 'utf8').trimEnd();
      out.push(`--- ${file} (last lines) ---`, ...text.split('\n').slice(-lines));
    } catch {
      // Missing log: nothing to show.
    }
  }
  return out.join('\n');
}

/** Answers true once Bolt runs RETURN 1 on the default database. */
export async function boltAnswers(uri: string, timeoutMs = 2000): Promise<boolean> {
  const driver = neo4j.driver(uri, undefined, { connectionTimeout: timeoutMs, maxConnectionPoolSize: 1 });
  // An auto-commit query: the driver's managed transactions would retry with back-off and answer seconds late.
  const session = driver.session({ database: 'neo4j', defaultAccessMode: 'READ' });
  try {
    await session.run('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await session.close();
    await driver.close();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Start (or find already running) the instance in `dir`. Resolves when Bolt answers; rejects early with the log's
 * last lines if the java process dies, or after `timeoutMs`.
 */
export async function startNeo4j(
  options: ManagedOptions,
  log: (line: string) => void = () => {},
  timeoutMs = 180_000,
): Promise<InstanceInfo & { started: boolean }> {
  const heap = options.heap ?? (process.env.EVIDENCE_GRAPH_NEO4J_HEAP || '1g');
  const opts: Required<ManagedOptions> = {
    pageCache: process.env.EVIDENCE_GRAPH_NEO4J_PAGECACHE || '512m',
    transactionMemory: process.env.EVIDENCE_GRAPH_NEO4J_TX_MEMORY || halfOf(heap) || '',
    ...options,
    heap,
    dir: path.resolve(options.dir),
  };
  const existing = readInfo(opts.dir);
  if (existing && isAlive(existing.pid)) {
    if (existing.port !== opts.port) {
      throw new ManagedNeo4jError(
        `The Neo4j in ${opts.dir} already runs on port ${existing.port} (pid ${existing.pid}), not ${opts.port}. ` +
          `Stop it first: evidence-graph db stop --dir ${opts.dir}`,
      );
    }
    if (await boltAnswers(existing.uri)) return { ...existing, started: false };
  }
  if (await portInUse(opts.port)) {
    throw new ManagedNeo4jError(
      `Port ${opts.port} is already in use on 127.0.0.1; choose another with --port (or EVIDENCE_GRAPH_NEO4J_PORT).`,
    );
  }
  requireJava();
  const lib = ensureClasspath(log);
  for (const sub of ['conf', 'data', 'logs', 'run', 'plugins', 'import']) {
    fs.mkdirSync(path.join(opts.dir, sub), { recursive: true });
  }
  fs.writeFileSync(path.join(opts.dir, 'conf', 'neo4j.conf'), neo4jConf(opts));
  const consoleLog = fs.openSync(path.join(opts.dir, 'logs', 'console.log'), 'w');
  const args = [
    `-Xms${opts.heap}`,
    `-Xmx${opts.heap}`,
    ...JVM_FLAGS,
    '-cp',
    [path.join(opts.dir, 'plugins', '*'), path.join(opts.dir, 'conf', '*'), path.join(lib, '*')].join(path.delimiter),
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${opts.dir}`,
    `--config-dir=${path.join(opts.dir, 'conf')}`,
    '--console-mode',
  ];
  const child = spawn('java', args, {
    cwd: opts.dir,
    detached: true,
    stdio: ['ignore', consoleLog, consoleLog],
    env: { ...process.env, NEO4J_HOME: opts.dir, NEO4J_CONF: path.join(opts.dir, 'conf') },
  });
  fs.closeSync(consoleLog);
  let exitCode: number | null | undefined;
  child.once('exit', (code, signal) => {
    exitCode = code ?? (signal ? -1 : null);
  });
  child.unref();
  if (child.pid === undefined) throw new ManagedNeo4jError('could not start java');
  const version = neo4jVersion();
  const info: InstanceInfo = {
    pid: child.pid,
    port: opts.port,
    uri: `bolt://127.0.0.1:${opts.port}`,
    version,
    startedAt: new Date().toISOString(),
  };
  fs.writeFileSync(path.join(opts.dir, INFO_FILE), JSON.stringify(info, null, 2));
  log(`Starting Neo4j ${version} in ${opts.dir} on ${info.uri} (pid ${info.pid})…`);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined || !isAlive(info.pid)) {
      throw new ManagedNeo4jError(`Neo4j exited during start-up (exit ${exitCode}).\n${logTail(opts.dir)}`);
    }
    if (await boltAnswers(info.uri)) return { ...info, started: true };
    await sleep(250);
  }
  await stopNeo4j(opts.dir);
  throw new ManagedNeo4jError(
    `Neo4j did not answer on ${info.uri} within ${timeoutMs / 1000} s.\n${logTail(opts.dir)}`,
  );
}

/** SIGTERM, then wait for a clean shutdown (SIGKILL only if it hangs past `timeoutMs`). */
export async function stopNeo4j(dir: string, timeoutMs = 60_000): Promise<boolean> {
  const info = readInfo(path.resolve(dir));
  if (!info || !isAlive(info.pid)) return false;
  process.kill(info.pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isAlive(info.pid)) {
    if (Date.now() > deadline) {
      process.kill(info.pid, 'SIGKILL');
      break;
    }
    await sleep(100);
  }
  return true;
}

export async function statusNeo4j(dir: string): Promise<InstanceStatus> {
  const resolved = path.resolve(dir);
  const info = readInfo(resolved);
  const running = info !== undefined && isAlive(info.pid);
  const ready = running && (await boltAnswers(info.uri));
  return { dir: resolved, running, ready, ...(info ? { info } : {}) };
}
