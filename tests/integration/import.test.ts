import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { entityKey } from '../../src/ingest/entity-key.ts';
import { importPaths, importUnits, type ImportSummary } from '../../src/ingest/import.ts';
import { SAMPLE_DIR, SAMPLE_PATHS } from '../../src/ingest/sample.ts';
import { dumpGraph } from './graph-dump.ts';
import { clearGraph, graphql, seedFindings, testDatabase, testYoga } from './helpers.ts';

const db = testDatabase();
const yoga = testYoga(db.cypher);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eg-import-'));
const seedText = fs.readFileSync(path.join(SAMPLE_DIR, 'seed-entry.txt'), 'utf8');
const SEED = 'hussein-2022-impact-micro';

async function rows<T = Record<string, unknown>>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await db.driver.executeQuery(query, params, { database: db.connection.database });
  return records.map((record) => record.toObject() as T);
}

function write(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
}

let first: ImportSummary;

beforeAll(async () => {
  await clearGraph(db.cypher);
  first = await importPaths(db.cypher, SAMPLE_PATHS);
});

afterAll(async () => {
  await clearGraph(db.cypher);
  await db.driver.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the bundled sample', () => {
  it('imports every page: one study per slug, nothing rejected', async () => {
    const pages = fs.readdirSync(path.join(SAMPLE_DIR, 'pages'));
    // The seed has no capture of its own in pages/: its slug is one more study.
    const slugs = new Set([SEED, ...pages.map((page) => page.replace(/--\d+\.txt$/, ''))]);
    expect(slugs.size).toBe(97);
    expect(first.rejected).toEqual([]);
    expect(first.files).toBe(pages.length + 1);
    expect(first.created).toBe(slugs.size);
    const [count] = await rows<{ n: number }>('MATCH (s:Study) RETURN count(s) AS n');
    expect(count?.n).toBe(slugs.size);
  });

  it('keeps the seed entry exactly: header, tags and metadata', async () => {
    const response = await graphql<{ study: Record<string, unknown> }>(
      yoga,
      `
        query ($slug: String!) {
          study(slug: $slug) {
            slug
            title
            authors
            authorsTruncated
            journal
            year
            doi
            pmid
            evidenceLevel
            confidence
            pemCriterion
            design
            peerReviewed
            reviewStatus
            lastUpdated
            retracted
            observedFindings
            symptoms {
              name
            }
            biomarkerClasses {
              name
            }
            methodFlags {
              name
            }
          }
        }
      `,
      { slug: SEED },
    );
    expect(response.errors).toBeUndefined();
    const study = response.data!.study;
    expect(study).toMatchObject({
      slug: SEED,
      title:
        'The Impact of Micro RNA-320a Serum Level on Severity of Symptoms and Cerebral Processing of Pain in Patients with Fibromyalgia.',
      authors: ['Hussein, Mona', 'Fathy, Wael', 'Abdelaleem, Enas A'],
      authorsTruncated: true,
      journal: 'Pain medicine (Malden, Mass.)',
      year: 2022,
      doi: '10.1093/pm/pnac076',
      pmid: '35587745',
      evidenceLevel: 'E2',
      confidence: 'MODERATE',
      pemCriterion: 'NOT_REQUIRED',
      design: 'CASE_CONTROL',
      peerReviewed: true,
      reviewStatus: 'MACHINE_DRAFT',
      lastUpdated: '2026-04-08',
      retracted: false,
    });
    expect(study.observedFindings).toHaveLength(4);
    const names = (list: unknown) => (list as { name: string }[]).map((x) => x.name.toLowerCase()).sort();
    expect(names(study.symptoms)).toEqual(['fatigue', 'pain', 'unrefreshing sleep']);
    expect(names(study.biomarkerClasses)).toEqual(['blood biomarker', 'gene expression']);
    expect(names(study.methodFlags)).toEqual(['mixed cohort', 'small sample']);
  });

  it('turns the seed findings into typed claims with their statistics', async () => {
    // What the extractor makes of the seed's sentences is pinned in tests/unit/extract.test.ts; here the graph must
    // hold each of those claims, as a Finding and as a typed edge, with its statistics.
    const stated = seedFindings();
    expect(stated.length).toBeGreaterThan(5);
    const stored = await rows<Record<string, unknown>>(
      `MATCH (:Study {slug: $slug})-[:REPORTS]->(f:Finding)-[:SUBJECT]->(a:Entity), (f)-[:OBJECT]->(b:Entity)
       OPTIONAL MATCH (a)-[r {findingId: f.id}]->(b)
       RETURN f.statement AS statement, f.relation AS relation, a.name AS subject, b.name AS object, f.sign AS sign,
              f.pValue AS p, f.pComparator AS cmp, f.comparator AS comparator, f.groups AS groups,
              type(r) AS edge, r.pValue AS edgeP, r.studySlug AS edgeSlug, r.evidenceLevel AS edgeLevel`,
      { slug: SEED },
    );
    expect(stored).toHaveLength(stated.length);
    for (const finding of stated) {
      const row = stored.find(
        (r) => r.statement === finding.statement && r.relation === finding.relation && r.object === finding.object.name,
      );
      const label = `${finding.subject.name} ${finding.relation} ${finding.object.name}`;
      expect(row, label).toMatchObject({
        subject: finding.subject.name,
        sign: finding.sign ?? null,
        p: finding.pValue ?? null,
        cmp: finding.pComparator ?? null,
        comparator: finding.comparator ?? null,
        edge: finding.relation,
        edgeP: finding.pValue ?? null,
        edgeSlug: SEED,
        edgeLevel: 'E2',
      });
      if (finding.groups)
        expect(JSON.parse(row!.groups as string), label).toEqual(finding.groups.map((g) => expect.objectContaining(g)));
    }
    expect(stored.some((r) => r.p !== null && r.groups !== null)).toBe(true); // statistics were there to keep

    // The comorbidity sentence: one claim per fibromyalgia subgroup, never merged into the comorbidity itself.
    const subgroupsStated = stated.filter((f) => f.object.subgroupOf === 'fibromyalgia');
    expect(subgroupsStated.length).toBeGreaterThan(1);
    const subgroups = await rows<{ name: string; subgroupOf: string }>(
      `MATCH (:Biomarker {key: $mir})-[:ELEVATED_IN]->(c:Condition) WHERE c.subgroupOf IS NOT NULL
       RETURN c.name AS name, c.subgroupOf AS subgroupOf ORDER BY name`,
      { mir: entityKey('miR-320a') },
    );
    expect(subgroups.map((s) => s.name)).toEqual(subgroupsStated.map((f) => f.object.name).sort());
    expect(subgroups.every((s) => s.subgroupOf === 'fibromyalgia')).toBe(true);
    const meCfs = await rows(`MATCH (c:Condition {key: $mecfs})<-[:ELEVATED_IN]-(:Biomarker {key: $mir}) RETURN c`, {
      mecfs: entityKey('ME/CFS'),
      mir: entityKey('miR-320a'),
    });
    expect(meCfs).toHaveLength(0);
  });

  it('merges synonyms into one node: a single ME/CFS condition', async () => {
    const conditions = await rows<{ name: string }>(
      `MATCH (c:Condition) WHERE any(n IN c.names WHERE n IN ['cfs', 'me/cfs', 'chronic fatigue syndrome']) RETURN c.name AS name`,
    );
    expect(conditions).toEqual([{ name: 'ME/CFS' }]);
  });

  it('re-imports as all unchanged, and the graph stays byte for byte the same', async () => {
    const before = await dumpGraph(db.cypher);
    const again = await importPaths(db.cypher, SAMPLE_PATHS);
    expect(again.rejected).toEqual([]);
    expect(again.created + again.updated).toBe(0);
    expect(again.unchanged).toBe(first.created);
    expect(await dumpGraph(db.cypher)).toBe(before);
  });
});

describe('curated records', () => {
  it('replace the machine findings of the sentence they state, and a repeat changes nothing', async () => {
    const sentence = seedText
      .split('\n')
      .find((line) => line.startsWith('- No statistically significant correlations'))!
      .slice(2);
    const record = {
      slug: SEED,
      findings: [
        {
          statement: sentence,
          subject: { type: 'Biomarker', name: 'miR-320a' },
          relation: 'NOT_CORRELATED_WITH',
          object: { type: 'Measure', name: 'middle latency SSEP parameters' },
          extraction: { agent: 'curator:test', version: '1', confidence: 1, curated: true },
        },
      ],
    };
    const file = write('curated.json', JSON.stringify([record]));
    const result = await importPaths(db.cypher, [file]);
    expect(result.rejected).toEqual([]);
    expect(result.updated).toBe(1);
    const nulls = await rows<{ object: string; curated: boolean }>(
      `MATCH (:Biomarker {key: $mir})-[r:NOT_CORRELATED_WITH]->(o) MATCH (f:Finding {id: r.findingId})
       RETURN o.name AS object, f.curated AS curated`,
      { mir: entityKey('miR-320a') },
    );
    expect(nulls).toEqual([{ object: 'middle latency SSEP parameters', curated: true }]);
    // The other sentences keep their machine findings.
    const [elevated] = await rows<{ n: number }>(
      `MATCH (:Biomarker {key: $mir})-[r:ELEVATED_IN]->() RETURN count(r) AS n`,
      { mir: entityKey('miR-320a') },
    );
    expect(elevated?.n).toBe(5);
    // No orphan entities: the SSEP measures only the machine findings named are gone.
    const orphans = await rows(`MATCH (e:Entity) WHERE NOT (e)--() RETURN e.name`);
    expect(orphans).toEqual([]);
    const before = await dumpGraph(db.cypher);
    const repeat = await importPaths(db.cypher, [file]);
    expect(repeat.unchanged).toBe(1);
    expect(await dumpGraph(db.cypher)).toBe(before);
  });

  it('correct a field, and a later page capture does not undo it', async () => {
    const file = write('correction.jsonl', `${JSON.stringify({ slug: SEED, journal: 'Pain Medicine' })}\n`);
    expect((await importPaths(db.cypher, [file])).updated).toBe(1);
    await importPaths(db.cypher, [path.join(SAMPLE_DIR, 'seed-entry.txt')]);
    const [study] = await rows<{ journal: string }>(`MATCH (s:Study {slug: $slug}) RETURN s.journal AS journal`, {
      slug: SEED,
    });
    expect(study?.journal).toBe('Pain Medicine');
  });
});

describe('bad input is rejected whole, located, and writes nothing', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['an empty file', () => [write('empty.txt', '')], /empty\.txt.*empty/i],
    [
      'binary noise',
      () => [write('noise.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))],
      /noise\.txt/,
    ],
    [
      'a 20 MB text file',
      () => [write('huge.txt', 'x'.repeat(20 * 1024 * 1024))],
      /huge\.txt: 20\.0 MB is larger than a page can be/,
    ],
    [
      'a JSON record with a wrong type',
      () => [
        write(
          'wrong-type.json',
          JSON.stringify([{ slug: 'ok-2020-fine-study' }, { slug: 'bad-2020-year-study', year: 'twenty' }]),
        ),
      ],
      /wrong-type\.json: record 2 \(slug "bad-2020-year-study"\).*\/year/,
    ],
    [
      'a JSON record without slug',
      () => [write('no-slug.json', JSON.stringify({ title: 'Untitled' }))],
      /no-slug\.json.*slug/,
    ],
    [
      'a JSONL file with one broken line',
      () => [
        write(
          'broken.jsonl',
          `${JSON.stringify({ slug: 'good-2020-first-line' })}\n{"slug": "bad-2020-second\n${JSON.stringify({ slug: 'good-2020-third-line' })}\n`,
        ),
      ],
      /broken\.jsonl: line 2/,
    ],
    [
      'a path that does not exist',
      () => [path.join(tmp, 'missing', 'nothing.txt')],
      /nothing\.txt: no such file or folder/,
    ],
    [
      'a file of another kind',
      () => [write('notes.md', '# notes')],
      /notes\.md: expected a \.txt atlas page or a \.json\/\.jsonl record file/,
    ],
  ];

  for (const [name, files, message] of cases) {
    it(name, async () => {
      const before = await dumpGraph(db.cypher);
      const result = await importPaths(db.cypher, files());
      expect(result.rejected).toHaveLength(1);
      expect(result.rejected[0]!.message).toMatch(message);
      expect(result.created + result.updated).toBe(0);
      expect(await dumpGraph(db.cypher)).toBe(before);
    });
  }

  it('a DOI that another study already has', async () => {
    const before = await dumpGraph(db.cypher);
    const file = write('dup-doi.json', JSON.stringify({ slug: 'other-2022-same-doi', doi: '10.1093/pm/pnac076' }));
    const result = await importPaths(db.cypher, [file]);
    expect(result.rejected[0]?.message).toMatch(
      /dup-doi\.json: doi 10\.1093\/pm\/pnac076 already belongs to another study/,
    );
    expect(await dumpGraph(db.cypher)).toBe(before);
  });

  it('a DOI conflict in a later chunk of a large file (chunks are written while the next is prepared) writes nothing', async () => {
    const before = await dumpGraph(db.cypher);
    const lines = Array.from({ length: 1200 }, (_, i) =>
      JSON.stringify({
        slug: `chunked-2024-study-${String(i).padStart(4, '0')}`,
        ...(i === 1100 ? { doi: '10.1093/pm/pnac076' } : {}),
      }),
    );
    const result = await importPaths(db.cypher, [write('chunked.jsonl', `${lines.join('\n')}\n`)]);
    expect(result.rejected[0]?.message).toMatch(
      /chunked\.jsonl: doi 10\.1093\/pm\/pnac076 already belongs to another study/,
    );
    expect(result.created).toBe(0);
    expect(await dumpGraph(db.cypher)).toBe(before);
  });

  it('a page with an unknown badge imports, keeps the known badges and warns where', async () => {
    const text = seedText
      .replace('Case-ControlPeer-reviewed', 'Cohort-StudyPeer-reviewed')
      .replace(/^E2 Moderate/m, 'URL: https://www.mecfsatlas.com/evidence/test-2024-unknown-badge\nE2 Moderate');
    const result = await importUnits(db.cypher, [
      {
        name: 'unknown-badge.txt',
        kind: 'page',
        text: text.replace(/10\.1093\/pm\/pnac076/g, '10.9999/unknown').replace('35587745', '99999999'),
      },
    ]);
    expect(result.rejected).toEqual([]);
    expect(result.warnings.map((w) => `${w.file}:${w.line}: ${w.message}`).join('\n')).toMatch(
      /unknown-badge\.txt:2: unknown badge "Cohort-Study"/,
    );
    const [study] = await rows(
      `MATCH (s:Study {slug: 'test-2024-unknown-badge'}) RETURN s.evidenceLevel AS level, s.design AS design, s.designLabel AS label, s.peerReviewed AS peer`,
    );
    expect(study).toEqual({ level: 'E2', design: 'OTHER', label: 'Cohort-Study', peer: true });
  });

  it('the same page twice in one run: created once, then unchanged', async () => {
    const page = write(
      'twice.txt',
      seedText
        .replace(/^E2 Moderate/m, 'URL: https://www.mecfsatlas.com/evidence/twice-2024-same-page\nE2 Moderate')
        .replace(/10\.1093\/pm\/pnac076/g, '10.9999/twice')
        .replace('35587745', '88888888'),
    );
    const result = await importPaths(db.cypher, [page, page]);
    expect(result.rejected).toEqual([]);
    expect(result.files).toBe(2);
    expect(result.created).toBe(1);
    expect(result.studies.filter((s) => s.slug === 'twice-2024-same-page')).toHaveLength(1);
  });

  it('--dry-run reports what would change and writes nothing', async () => {
    const before = await dumpGraph(db.cypher);
    const page = write(
      'dry.txt',
      seedText
        .replace(/^E2 Moderate/m, 'URL: https://www.mecfsatlas.com/evidence/dry-2024-run-only\nE2 Moderate')
        .replace(/10\.1093\/pm\/pnac076/g, '10.9999/dry')
        .replace('35587745', '77777777'),
    );
    const result = await importPaths(db.cypher, [page], { dryRun: true });
    expect(result.created).toBe(1);
    expect(result.findings).toBeGreaterThan(5);
    expect(await dumpGraph(db.cypher)).toBe(before);
  });
});

describe('an entity named by several studies of one file', () => {
  const finding = (name: string, extra: Record<string, unknown>) => ({
    statement: `${name} was elevated.`,
    subject: { type: 'Biomarker', name, ...extra },
    relation: 'ELEVATED_IN',
    object: { type: 'Condition', name: 'ME/CFS' },
    extraction: { agent: 'test', version: '1', confidence: 1, curated: true },
  });
  const records = (name: string) => [
    {
      slug: `${name}-2024-first`,
      findings: [finding(name, { synonyms: [`${name} alpha`], xrefs: { UniProt: 'P00001' } })],
    },
    {
      slug: `${name}-2024-second`,
      findings: [finding(name, { synonyms: [`${name} beta`], xrefs: { UniProt: 'P00002' }, kind: 'protein' })],
    },
  ];
  const entity = async (name: string) =>
    (
      await rows<{ synonyms: string[]; xrefs: string[]; kind: string }>(
        'MATCH (e:Biomarker {key: $key}) RETURN e.synonyms AS synonyms, e.xrefs AS xrefs, e.kind AS kind',
        { key: entityKey(name) },
      )
    )[0];

  it('keeps what each gives (names, cross-references, kind), as the same studies in separate files do', async () => {
    // Studies of one chunk name their entities in one row (src/ingest/graph-rows.ts, batchRows); separate files merge
    // them in separate statements. The graph must not depend on how the input was cut.
    const together = await importUnits(db.cypher, [
      {
        name: 'together.jsonl',
        kind: 'jsonl',
        text: records('zeta-together')
          .map((r) => JSON.stringify(r))
          .join('\n'),
      },
    ]);
    const apart = await importUnits(
      db.cypher,
      records('zeta-apart').map((r, i) => ({
        name: `apart-${i}.json`,
        kind: 'json' as const,
        text: JSON.stringify(r),
      })),
    );
    expect([...together.rejected, ...apart.rejected]).toEqual([]);
    const one = await entity('zeta-together');
    expect(one).toEqual({
      synonyms: ['zeta-together alpha', 'zeta-together beta'],
      xrefs: ['UniProt:P00001', 'UniProt:P00002'],
      kind: 'protein',
    });
    const two = await entity('zeta-apart');
    expect(JSON.stringify(two).replaceAll('zeta-apart', 'zeta-together')).toBe(JSON.stringify(one));
  });

  it('named again in a later chunk of the file with more names: both are kept', async () => {
    // A chunk sends only the entity rows this transaction has not merged yet (src/ingest/load.ts).
    const [early, late] = records('zeta-chunks');
    const lines = Array.from({ length: 1100 }, (_, i) =>
      JSON.stringify(
        i === 0
          ? early
          : i === 1050
            ? late
            : i === 600
              ? { ...early, slug: 'zeta-chunks-2024-again' }
              : { slug: `zeta-filler-2024-${String(i).padStart(4, '0')}` },
      ),
    );
    const result = await importUnits(db.cypher, [{ name: 'chunks.jsonl', kind: 'jsonl', text: lines.join('\n') }]);
    expect(result.rejected).toEqual([]);
    expect(result.created).toBe(1100);
    expect(await entity('zeta-chunks')).toEqual({
      synonyms: ['zeta-chunks alpha', 'zeta-chunks beta'],
      xrefs: ['UniProt:P00001', 'UniProt:P00002'],
      kind: 'protein',
    });
  });
});

describe('the import command', () => {
  it('prints the summary, names the rejected file, and exits 1', () => {
    const bad = write('cli-bad.jsonl', '{"slug": 12}\n');
    const good = path.join(SAMPLE_DIR, 'pages', 'querec-2023-natural-killer--1.txt');
    const result = spawnSync(process.execPath, ['bin/evidence-graph.js', 'import', good, bad], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: db.connection.uri, NEO4J_DATABASE: db.connection.database },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/imported 1 of 2 inputs: 0 studies created, 0 updated, 1 unchanged/);
    expect(result.stdout).toMatch(/rejected: 1\n {2}.*cli-bad\.jsonl: line 1.*\/slug/);
    expect(result.stderr).toMatch(/\[2\/2\]/);
  });
});
