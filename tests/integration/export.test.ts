// Exports (csv, jsonl, kgx) of the bundled sample: whole (counts equal the graph's), parseable, Biolink predicates
// right for every relation, filters, keyset paging independent of page size, and GET /export streaming the same
// bytes as `evidence-graph export`. Reads only.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { entityCurie } from '../../src/export/biolink.ts';
import { exportParams } from '../../src/export/filter.ts';
import { exportChunks, type ExportFormat } from '../../src/export/formats.ts';
import { testDatabase, testYoga, useSample } from './helpers.ts';

const run = promisify(execFile);
const db = testDatabase();
const yoga = testYoga(db.cypher);

interface GraphFinding {
  id: string;
  relation: string;
  sign: string | null;
  statement: string;
  evidenceLevel: string | null;
  significant: boolean | null;
  subjectNames: string[];
  subjectId: string;
  objectId: string;
  pmid: string | null;
  doi: string | null;
  curated: boolean;
}

let graph: GraphFinding[] = [];
/** Each entity's KGX node id: its ontology term's CURIE where it has one (src/export/biolink.ts), else the local one. */
let nodeIdOf = new Map<string, string>();
const byId = () => new Map(graph.map((f) => [f.id, f]));

beforeAll(async () => {
  await useSample(db.cypher);
  const { records } = await db.driver.executeQuery(
    'MATCH (s:Study)-[:REPORTS]->(f:Finding)-[:SUBJECT]->(sub:Entity) MATCH (f)-[:OBJECT]->(obj:Entity) ' +
      'RETURN f.id AS id, f.relation AS relation, f.sign AS sign, f.statement AS statement, s.evidenceLevel AS evidenceLevel, ' +
      'f.significant AS significant, sub.names AS subjectNames, sub.id AS subjectId, obj.id AS objectId, s.pmid AS pmid, s.doi AS doi, ' +
      'coalesce(f.curated, false) AS curated',
    {},
    { database: db.connection.database },
  );
  graph = records.map((r) => r.toObject() as unknown as GraphFinding);
  const { records: entities } = await db.driver.executeQuery(
    'MATCH (e:Entity) RETURN e.id AS id, e.type AS type, [(e)-[:GROUNDED_TO]->(t:OntologyTerm) | {curie: t.curie, source: t.source}] AS terms',
    {},
    { database: db.connection.database },
  );
  nodeIdOf = new Map(
    entities.map((r) => [r.get('id') as string, entityCurie(r.toObject() as Parameters<typeof entityCurie>[0])]),
  );
});

afterAll(async () => {
  await db.driver.close();
});

async function collect(
  format: ExportFormat,
  raw: Record<string, string[]> = {},
  pageSize?: number,
  part?: 'all' | 'nodes' | 'edges',
) {
  let text = '';
  for await (const chunk of exportChunks(db.cypher, format, exportParams(raw), { pageSize, part })) text += chunk;
  return text;
}

async function http(query: string) {
  return yoga.fetch(`http://yoga/export?${query}`);
}

/** RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks inside quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

const lines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, any>);

describe('export of the whole sample', () => {
  it('the sample has findings of every relation the mapping covers', () => {
    expect(graph.length).toBeGreaterThan(50);
    expect(new Set(graph.map((f) => f.relation)).size).toBeGreaterThanOrEqual(4);
  });

  it('csv: one row per finding, RFC 4180 that parses back to the graph values', async () => {
    const text = await collect('csv');
    const [header, ...rows] = parseCsv(text);
    expect(header).toContain('finding_id');
    expect(header).toContain('study_doi');
    expect(rows).toHaveLength(graph.length);
    for (const row of rows) expect(row).toHaveLength(header!.length);
    const col = (name: string) => header!.indexOf(name);
    const known = byId();
    expect(new Set(rows.map((r) => r[col('finding_id')]))).toEqual(new Set(known.keys()));
    // Verbatim sentences survive quoting (the sample's sentences hold commas, quotes, ±, <).
    for (const row of rows) {
      const finding = known.get(row[col('finding_id')]!)!;
      expect(row[col('statement')]).toBe(finding.statement);
      expect(row[col('relation')]).toBe(finding.relation);
    }
    expect(rows.some((r) => /[",]/.test(r[col('statement')]!))).toBe(true);
  });

  it('jsonl: one finding per line with its study, subject and object', async () => {
    const records = lines(await collect('jsonl'));
    expect(records).toHaveLength(graph.length);
    const known = byId();
    expect(new Set(records.map((r) => r.id))).toEqual(new Set(known.keys()));
    const mir = records.find((r) => r.subject.name === 'miR-320a' && r.relation === 'ELEVATED_IN');
    expect(mir).toBeDefined();
    expect(mir!.study.slug).toBe('hussein-2022-impact-micro');
    expect(mir!.statement).toMatch(/higher serum miR-320a/);
    expect(mir!.extraction).toHaveProperty('agent');
  });

  it('kgx: nodes for every endpoint, one Biolink edge per finding with the mapped predicate', async () => {
    const records = lines(await collect('kgx'));
    const nodes = records.filter((r) => !('predicate' in r));
    const edges = records.filter((r) => 'predicate' in r);
    expect(edges).toHaveLength(graph.length);
    // Nodes come first, once each, and every edge endpoint is one of them.
    expect(records.findIndex((r) => 'predicate' in r)).toBe(nodes.length);
    const nodeIds = new Set(nodes.map((n) => n.id));
    expect(nodeIds.size).toBe(nodes.length);
    for (const node of nodes) expect(node.category[0]).toMatch(/^biolink:[A-Z]/);
    expect(nodes.some((n) => n.category.includes('biolink:Publication'))).toBe(true);
    expect(nodes.some((n) => n.category.includes('biolink:Disease'))).toBe(true);

    const expected: Record<string, { predicate: string; negated?: boolean; reversed?: boolean }> = {
      ELEVATED_IN: { predicate: 'biolink:has_increased_amount', reversed: true },
      REDUCED_IN: { predicate: 'biolink:has_decreased_amount', reversed: true },
      NOT_DIFFERENT_IN: { predicate: 'biolink:associated_with', negated: true },
      'CORRELATES_WITH/POSITIVE': { predicate: 'biolink:positively_correlated_with' },
      'CORRELATES_WITH/NEGATIVE': { predicate: 'biolink:negatively_correlated_with' },
      'CORRELATES_WITH/UNSPECIFIED': { predicate: 'biolink:correlated_with' },
      NOT_CORRELATED_WITH: { predicate: 'biolink:correlated_with', negated: true },
      DISCRIMINATES: { predicate: 'biolink:biomarker_for' },
      ASSOCIATED_WITH: { predicate: 'biolink:associated_with' },
    };
    const known = byId();
    const seen = new Set<string>();
    for (const edge of edges) {
      expect(nodeIds.has(edge.subject), edge.subject).toBe(true);
      expect(nodeIds.has(edge.object), edge.object).toBe(true);
      const finding = known.get(String(edge.id).replace(/^MECFSATLAS:finding\//, ''))!;
      expect(finding, edge.id).toBeDefined();
      const key = finding.relation === 'CORRELATES_WITH' ? `${finding.relation}/${finding.sign}` : finding.relation;
      seen.add(finding.relation);
      const want = expected[key]!;
      expect(edge.predicate, key).toBe(want.predicate);
      expect(edge.negated ?? false, key).toBe(want.negated ?? false);
      const [subject, object] = want.reversed
        ? [finding.objectId, finding.subjectId]
        : [finding.subjectId, finding.objectId];
      expect(edge.subject).toBe(nodeIdOf.get(subject));
      expect(edge.object).toBe(nodeIdOf.get(object));
      expect(edge.primary_knowledge_source).toBe('infores:mecfs-atlas');
      expect(edge.knowledge_level).toBe('knowledge_assertion');
      expect(edge.agent_type).toBe(finding.curated ? 'manual_agent' : 'text_mining_agent');
      expect(edge.publications.length).toBeGreaterThan(0);
      if (finding.pmid) expect(edge.publications).toContain(`PMID:${finding.pmid}`);
      if (finding.doi) expect(edge.publications).toContain(`doi:${finding.doi}`);
      expect(edge.supporting_text).toEqual([finding.statement]);
    }
    expect(seen.size).toBe(new Set(graph.map((f) => f.relation)).size);
    // Nodes with an ontology term carry its CURIE and its ontology's category; the atlas-local id stays an xref.
    const fatigue = nodes.find((n) => n.id === 'HP:0012378');
    expect(fatigue).toMatchObject({ category: ['biolink:PhenotypicFeature'], name: 'fatigue' });
    expect(fatigue!.xref).toContain('MECFSATLAS:Symptom:fatigue');
    expect(nodes.find((n) => n.id === 'MONDO:0005404')).toMatchObject({
      category: ['biolink:Disease'],
      name: 'ME/CFS',
    });
    const grounded = [...nodeIdOf.values()].filter((id) => !id.startsWith('MECFSATLAS:'));
    expect(grounded.length).toBeGreaterThan(20);
    for (const id of grounded) expect(nodeIds.has(id), id).toBe(true);
  });

  it('kgx parts: nodes and edges separately add up to the single stream', async () => {
    const [all, nodes, edges] = await Promise.all([
      collect('kgx'),
      collect('kgx', {}, undefined, 'nodes'),
      collect('kgx', {}, undefined, 'edges'),
    ]);
    expect(nodes + edges).toBe(all);
  });

  it('reads page by page: any page size gives the same bytes', async () => {
    for (const format of ['csv', 'jsonl', 'kgx'] as const) {
      expect(await collect(format, {}, 7), format).toBe(await collect(format));
    }
  });
});

describe('export filters', () => {
  it('relation, evidence level, subject and significance select exactly the matching findings', async () => {
    const cases: [Record<string, string[]>, (f: GraphFinding) => boolean][] = [
      [{ relation: ['ELEVATED_IN'] }, (f) => f.relation === 'ELEVATED_IN'],
      [{ relation: ['elevated_in,REDUCED_IN'] }, (f) => f.relation === 'ELEVATED_IN' || f.relation === 'REDUCED_IN'],
      [{ 'evidence-level': ['E2'] }, (f) => f.evidenceLevel === 'E2'],
      [{ subject: ['MIR-320A'] }, (f) => f.subjectNames.includes('mir-320a')],
      [{ significant: ['false'] }, (f) => f.significant === false],
      [
        { relation: ['CORRELATES_WITH'], 'evidence-level': ['E1', 'E2'] },
        (f) => f.relation === 'CORRELATES_WITH' && ['E1', 'E2'].includes(f.evidenceLevel ?? ''),
      ],
    ];
    for (const [raw, predicate] of cases) {
      const want = graph
        .filter(predicate)
        .map((f) => f.id)
        .sort();
      expect(want.length, JSON.stringify(raw)).toBeGreaterThan(0);
      const got = lines(await collect('jsonl', raw))
        .map((r) => r.id)
        .sort();
      expect(got, JSON.stringify(raw)).toEqual(want);
    }
  });

  it('a filter that matches nothing gives a header-only CSV and empty JSON Lines', async () => {
    expect(parseCsv(await collect('csv', { subject: ['no such biomarker'] }))).toHaveLength(1);
    expect(await collect('jsonl', { subject: ['no such biomarker'] })).toBe('');
  });

  it('bad values are refused with the reason', () => {
    expect(() => exportParams({ relation: ['UP'] })).toThrow(/relation: unknown value "UP"/);
    expect(() => exportParams({ 'year-from': ['2020'], 'year-to': ['2010'] })).toThrow(/yearFrom/);
    expect(() => exportParams({ colour: ['red'] })).toThrow(/unknown filter "colour"/);
  });
});

describe('GET /export', () => {
  it('streams csv with its type, count and file name; bad requests are 400 with the reason', async () => {
    const response = await http('format=csv&relation=ELEVATED_IN');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(/evidence-graph\.csv/);
    expect(response.headers.get('x-request-id')).toBeTruthy();
    const count = Number(response.headers.get('x-export-count'));
    expect(count).toBe(graph.filter((f) => f.relation === 'ELEVATED_IN').length);
    expect(parseCsv(await response.text())).toHaveLength(count + 1);

    const bad = await http('format=xml');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/format/);
    const badFilter = await http('format=csv&evidence-level=E9');
    expect(badFilter.status).toBe(400);
    expect(((await badFilter.json()) as { error: string }).error).toMatch(/evidence-level/);
  });

  it('sends the same bytes as the command line, for every format', async () => {
    const env = {
      ...process.env,
      NEO4J_URI: db.connection.uri,
      NEO4J_USER: db.connection.user,
      NEO4J_PASSWORD: db.connection.password,
      NEO4J_DATABASE: db.connection.database,
      LOG_LEVEL: 'silent',
    };
    const bin = path.join(PROJECT_ROOT, 'bin', 'evidence-graph.js');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'export-test-'));
    try {
      for (const [format, query, args] of [
        ['csv', '', []],
        ['kgx', '&relation=CORRELATES_WITH', ['--relation', 'CORRELATES_WITH']],
      ] as const) {
        const out = path.join(dir, `out.${format}`);
        const { stderr } = await run(process.execPath, [bin, 'export', '--format', format, '--out', out, ...args], {
          env,
          cwd: PROJECT_ROOT,
        });
        expect(stderr).toMatch(/exported \d+ findings/);
        const fromCli = fs.readFileSync(out);
        const fromHttp = Buffer.from(await (await http(`format=${format}${query}`)).arrayBuffer());
        expect(fromHttp.equals(fromCli), format).toBe(true);
        expect(fromCli.length).toBeGreaterThan(100);
      }
      // To stdout as well.
      const { stdout } = await run(process.execPath, [bin, 'export', '--format', 'jsonl', '--evidence-level', 'E2'], {
        env,
        cwd: PROJECT_ROOT,
      });
      expect(stdout).toBe(await (await http('format=jsonl&evidence-level=E2')).text());
      expect(lines(stdout).length).toBe(graph.filter((f) => f.evidenceLevel === 'E2').length);
      // kgx --split writes the two files KGX tools read.
      await run(process.execPath, [bin, 'export', '--format', 'kgx', '--split', '--out', path.join(dir, 'mecfs')], {
        env,
        cwd: PROJECT_ROOT,
      });
      expect(lines(fs.readFileSync(path.join(dir, 'mecfs_edges.jsonl'), 'utf8'))).toHaveLength(graph.length);
      expect(
        lines(fs.readFileSync(path.join(dir, 'mecfs_nodes.jsonl'), 'utf8')).every((n) => !('predicate' in n)),
      ).toBe(true);
      // …and the metadata: each ontology behind a node id, its versions, licence and required statement; as over HTTP.
      const metadata = JSON.parse(fs.readFileSync(path.join(dir, 'mecfs_metadata.json'), 'utf8')) as {
        ontologies: { source: string; licence: string; versions: string[]; statement?: string }[];
      };
      expect(metadata.ontologies.map((o) => o.source)).toEqual([
        'hp',
        'mondo',
        'gene',
        'mirna',
        'cl',
        'uberon',
        'chebi',
        'eg',
      ]);
      const hpo = metadata.ontologies.find((o) => o.source === 'hp')!;
      expect(hpo.statement).toMatch(/using the Human Phenotype Ontology/);
      expect(hpo.versions[0]).toMatch(/^hp \d{4}-\d{2}-\d{2}/);
      expect(metadata.ontologies.find((o) => o.source === 'mondo')!.licence).toMatch(/CC BY 4\.0/);
      expect(JSON.parse(await (await http('format=kgx&part=metadata')).text())).toEqual(metadata);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
