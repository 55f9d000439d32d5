// The client examples in examples/, run as users run them against a real server on a free port: the Python
// notebook (plain requests; a chart with matplotlib, or in text without it) with the machine's Debian python3, the
// same notebook as .ipynb executed in a Jupyter kernel (nbclient; its executed copy and chart kept in test-results/), and
// the TypeScript script with graphql-request. Then the operations side of the same server: /metrics after those
// queries, and request ids. Reads only.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { GRAPHIQL_TABS } from '../../src/plugins/graphiql.ts';
import { schema } from '../../src/schema/index.ts';
import { listen } from '../../src/server.ts';
import { artifactPath } from './browser.ts';
import { graphql, testDatabase, testYoga, useSample } from './helpers.ts';

const run = promisify(execFile);
/** The examples' default biomarker: they are run as a user first runs them, without arguments. */
const BIOMARKER = 'NK cell cytotoxicity';
/** Debian's python3 (where apt's python3-requests / python3-matplotlib land) unless PYTHON says otherwise. */
const PYTHON = process.env.PYTHON || (fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');

/** Runs a notebook as Jupyter does (nbclient, the python3 kernel): argv notebook, executed copy, working folder. */
const EXECUTE_NOTEBOOK = `
import sys
import nbformat
from nbclient import NotebookClient
notebook = nbformat.read(sys.argv[1], as_version=4)
NotebookClient(notebook, timeout=180, kernel_name="python3", resources={"metadata": {"path": sys.argv[3]}}).execute()
nbformat.write(notebook, sys.argv[2])
`;

interface NotebookCell {
  cell_type: string;
  source: string[];
  execution_count: number | null;
  outputs: { output_type: string; name?: string; text?: string[]; data?: Record<string, unknown> }[];
}

/** The modules of `modules` that the python cannot import. */
function pythonLacks(modules: string[]): string[] {
  return modules.filter((module) => {
    try {
      execFileSync(PYTHON, ['-c', `import ${module}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
}

const db = testDatabase();
const yoga = testYoga(db.cypher);
let server: Server;
let endpoint: string;
let base: string;
let findingCount: number;
let pairCount: number;

beforeAll(async () => {
  await useSample(db.cypher);
  ({ server } = await listen(yoga, 0, '127.0.0.1'));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  endpoint = `${base}/graphql`;
  const response = await graphql<{ findings: { totalCount: number }; evidence: unknown[] }>(
    yoga,
    'query ($s: String!) { findings(filter: { subject: $s }) { totalCount } evidence(subject: $s) { studyCount } }',
    { s: BIOMARKER },
  );
  findingCount = response.data!.findings.totalCount;
  pairCount = response.data!.evidence.length;
  // The examples show these numbers; what extraction finds about the biomarker moves as it learns, so they are read.
  expect(findingCount).toBeGreaterThan(0);
  expect(pairCount).toBeGreaterThan(0);
});

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await db.driver.close();
});

describe('client examples', () => {
  it('Python notebook: a table of the evidence for a biomarker and a chart', async () => {
    let hasRequests = true;
    try {
      execFileSync(PYTHON, ['-c', 'import requests']);
    } catch {
      hasRequests = false;
    }
    expect(hasRequests, `${PYTHON} cannot import requests: install Debian's python3-requests (.ci/run does)`).toBe(
      true,
    );
    let hasMatplotlib = true;
    try {
      execFileSync(PYTHON, ['-c', 'import matplotlib']);
    } catch {
      hasMatplotlib = false;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'example-py-'));
    const plot = path.join(dir, 'nk.png');
    try {
      const { stdout } = await run(PYTHON, [path.join(PROJECT_ROOT, 'examples', 'python', 'evidence_table.py')], {
        env: { ...process.env, EVIDENCE_GRAPH_URL: endpoint, PLOT_FILE: plot, MPLCONFIGDIR: dir },
        cwd: dir,
      });
      expect(stdout).toContain(`Evidence for ${BIOMARKER}: ${findingCount} findings in ${pairCount} pairs`);
      const lines = stdout.split('\n');
      const header = lines.findIndex((line) => /^object\s+relation\s+p\s+sig\./.test(line));
      expect(header).toBeGreaterThanOrEqual(0);
      const tableRows = lines.slice(header + 2, header + 2 + findingCount);
      expect(
        tableRows.every((row) =>
          /(REDUCED_IN|NOT_DIFFERENT_IN|NOT_CORRELATED_WITH|ELEVATED_IN|CORRELATES_WITH|ASSOCIATED_WITH|DISCRIMINATES)/.test(
            row,
          ),
        ),
      ).toBe(true);
      expect(stdout).toMatch(/consensus/);
      if (hasMatplotlib) {
        expect(stdout).toContain(`plot saved to ${plot}`);
        expect(fs.readFileSync(plot).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a'); // PNG signature
      } else {
        expect(stdout).toMatch(/findings by relation \(matplotlib is not installed: a text chart\)\n\S+ █+ \d+/);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('Jupyter notebook: the .ipynb holds the cells of the script, and runs in a Python kernel with its chart as output', async () => {
    const script = path.join(PROJECT_ROOT, 'examples', 'python', 'evidence_table.py');
    const notebook = path.join(PROJECT_ROOT, 'examples', 'python', 'evidence_table.ipynb');
    const missing = pythonLacks(['nbformat', 'nbclient', 'ipykernel', 'requests', 'matplotlib']);
    expect(
      missing,
      `${PYTHON} cannot import ${missing.join(', ')}: install Debian's python3-nbclient python3-ipykernel python3-nbformat python3-requests python3-matplotlib (.ci/run does)`,
    ).toEqual([]);
    // In sync: the notebook is exactly what the script makes.
    await run(PYTHON, [path.join(PROJECT_ROOT, 'scripts', 'notebook_from_percent.py'), '--check', script]);

    // Executed as Jupyter runs it (nbclient, the python3 kernel); the executed notebook and the chart are kept.
    const executed = artifactPath('evidence_table.executed.ipynb');
    const plot = artifactPath('notebook-evidence.png');
    fs.rmSync(plot, { force: true });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'example-nb-'));
    try {
      await run(PYTHON, ['-c', EXECUTE_NOTEBOOK, notebook, executed, dir], {
        env: { ...process.env, EVIDENCE_GRAPH_URL: endpoint, BIOMARKER, PLOT_FILE: plot, MPLCONFIGDIR: dir },
        cwd: dir,
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const cells = (JSON.parse(fs.readFileSync(executed, 'utf8')) as { cells: NotebookCell[] }).cells.filter(
      (cell) => cell.cell_type === 'code',
    );
    expect(cells.length).toBeGreaterThan(3);
    for (const cell of cells) {
      expect(cell.execution_count, cell.source.join('')).toBeGreaterThan(0);
      expect(cell.outputs.filter((output) => output.output_type === 'error')).toEqual([]);
    }
    const text = cells
      .flatMap((cell) => cell.outputs.flatMap((output) => (output.name === 'stdout' ? (output.text ?? []) : [])))
      .join('');
    expect(text).toContain(`Evidence for ${BIOMARKER}: ${findingCount} findings in ${pairCount} pairs`);
    expect(text).toMatch(/consensus/);
    expect(text).toContain(`plot saved to ${plot}`);
    // The chart is the last cell's output, the same PNG as the file.
    const images = cells
      .at(-1)!
      .outputs.flatMap((output) => (output.data?.['image/png'] ? [output.data['image/png']] : []));
    expect(images).toHaveLength(1);
    const png = fs.readFileSync(plot);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(Buffer.from(String(images[0]).replace(/\s/g, ''), 'base64').equals(png)).toBe(true);
  }, 240_000);

  it('TypeScript with graphql-request: every finding through the cursor, and the consensus per pair', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'examples', 'typescript', 'evidence.ts')],
      {
        env: { ...process.env, EVIDENCE_GRAPH_URL: endpoint },
        cwd: PROJECT_ROOT,
      },
    );
    expect(stdout).toContain(`${BIOMARKER}: ${findingCount} of ${findingCount} findings`);
    expect(stdout).toMatch(/│\s*relation\s*│/); // console.table's header
    expect(stdout).toMatch(/REDUCED_IN|NOT_DIFFERENT_IN/);
    const consensusLines = stdout.split('\n').filter((line) => line.startsWith(`  ${BIOMARKER} → `));
    expect(consensusLines).toHaveLength(pairCount);
    for (const line of consensusLines) expect(line).toMatch(/: (UP|DOWN|NONE|MIXED|INSUFFICIENT) \(\d+ stud(y|ies)\)$/);
  }, 120_000);

  it('GraphiQL opens with the three example operations, valid against the schema', async () => {
    expect(GRAPHIQL_TABS).toHaveLength(3);
    for (const tab of GRAPHIQL_TABS) {
      expect(validate(schema, parse(tab.query)).map((e) => e.message)).toEqual([]);
      expect(() => JSON.parse(tab.variables)).not.toThrow();
    }
    const page = await fetch(endpoint, { headers: { accept: 'text/html' } });
    const html = await page.text();
    for (const name of ['AnalystEvidence', 'Neighbourhood', 'NotebookTable']) expect(html).toContain(name);
    // Each example answers without errors on the sample.
    for (const tab of GRAPHIQL_TABS) {
      for (const operationName of [...tab.query.matchAll(/^query (\w+)/gm)].map((m) => m[1])) {
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: tab.query, operationName, variables: JSON.parse(tab.variables) }),
        });
        const body = (await response.json()) as { errors?: unknown[]; data?: Record<string, unknown> };
        expect(body.errors, operationName).toBeUndefined();
        expect(JSON.stringify(body.data).length, operationName).toBeGreaterThan(40);
        for (const [field, value] of Object.entries(body.data ?? {}))
          expect(emptyAnswer(value), `${operationName} ${field}`).toBe(false);
      }
    }
  });
});

/** An answer that shows nothing: null, an empty list, a zero count, or an object all of whose fields are empty. */
function emptyAnswer(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value !== 'object') return false;
  const fields = value as Record<string, unknown>;
  for (const count of ['totalCount', 'total']) if (typeof fields[count] === 'number') return fields[count] === 0;
  return Object.values(fields).every(emptyAnswer);
}

/** The first value under `key` anywhere in `value` (depth first), or undefined. */
function firstValueOf(value: unknown, key: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  if (!Array.isArray(value) && key in value) return (value as Record<string, unknown>)[key];
  for (const inner of Object.values(value)) {
    const found = firstValueOf(inner, key);
    if (found !== undefined) return found;
  }
  return undefined;
}

describe('documentation', () => {
  it('every GraphQL block of docs/*.md is valid and answers on the sample without errors, each root field with something', async () => {
    const docs = fs.readdirSync(path.join(PROJECT_ROOT, 'docs')).filter((file) => file.endsWith('.md'));
    let checked = 0;
    for (const file of docs) {
      const text = fs.readFileSync(path.join(PROJECT_ROOT, 'docs', file), 'utf8');
      // A block with variables takes them from the answer of the block before it, as the guide tells the reader to
      // ("then, with the id"): each variable is the first value of that name in that answer.
      let previous: unknown = null;
      for (const [, query] of text.matchAll(/```graphql\n([\s\S]*?)```/g)) {
        const where = `${file}: ${query!.split('\n')[0]}`;
        const document = parse(query!);
        expect(
          validate(schema, document).map((e) => e.message),
          where,
        ).toEqual([]);
        const variables: Record<string, unknown> = {};
        for (const definition of document.definitions) {
          if (definition.kind !== 'OperationDefinition') continue;
          for (const variable of definition.variableDefinitions ?? []) {
            const name = variable.variable.name.value;
            variables[name] = firstValueOf(previous, name);
            expect(variables[name], `${where}: $${name} from the answer before`).toBeDefined();
          }
        }
        const response = await graphql(yoga, query!, variables);
        expect(response.errors, where).toBeUndefined();
        // The docs show answers: each question must be one the bundled sample answers.
        for (const [field, value] of Object.entries(response.data ?? {}))
          expect(emptyAnswer(value), `${where} ${field}`).toBe(false);
        previous = response.data;
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(12);
  });
});

describe('operations', () => {
  it('/metrics answers Prometheus text with request, latency, error and Neo4j round-trip metrics', async () => {
    const post = (query: string, operationName?: string) =>
      fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'metrics-test-1' },
        body: JSON.stringify({ query, operationName }),
      });
    const ok = await post('query MetricsProbe { findings(first: 2) { totalCount } }');
    expect(ok.headers.get('x-request-id')).toBe('metrics-test-1');
    await ok.json();
    await (await post('{ noSuchField }')).json(); // a validation error

    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await response.text();
    for (const name of [
      'graphql_envelop_request',
      'graphql_envelop_request_duration_bucket',
      'graphql_envelop_error_result',
      'graphql_yoga_http_duration_bucket',
      'evidence_graph_neo4j_round_trips_bucket',
      'evidence_graph_neo4j_statements_total',
      'evidence_graph_process_cpu_seconds_total',
    ]) {
      expect(text, name).toMatch(new RegExp(`^${name}[{ ]`, 'm'));
    }
    expect(text).toMatch(
      /^evidence_graph_neo4j_round_trips_count\{operationName="MetricsProbe",operationType="query"\} [1-9]/m,
    );
    expect(text).toMatch(/^evidence_graph_neo4j_statements_total\{statement="finding\/list"\} [1-9]/m);
    expect(text).toMatch(/^graphql_envelop_error_result\{[^}]*phase="validate"/m);
    // Off by name (src/plugins/metrics.ts): a quantile summary and a document walk on every request.
    expect(text).not.toMatch(/^graphql_envelop_request_time_summary/m);
    expect(text).not.toMatch(/^graphql_envelop_deprecated_field/m);
  });
});
