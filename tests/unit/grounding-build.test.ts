import { appendFileSync, copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildOntologyData } from '../../scripts/build-ontology-data.ts';
import { readTermFile } from '../../src/ingest/ground/term-files.ts';
import { buildGroundingIndex } from '../../src/ingest/ground/term-index.ts';

// A few verbatim rows of each shared lexicon (HPO, Mondo, NCBI Gene, miRBase, CL, UBERON, ChEBI; see data/ontology/NOTICE.md).
const FIXTURES = fileURLToPath(new URL('../fixtures/ontologies/', import.meta.url));
const ALIASES = fileURLToPath(new URL('../../data/ontology/aliases.json', import.meta.url));

const made: string[] = [];
function buildInto(): URL {
  const dir = mkdtempSync(join(tmpdir(), 'ontology-build-'));
  made.push(dir);
  const url = pathToFileURL(dir + '/');
  buildOntologyData(FIXTURES, url);
  return url;
}

afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const fixtureRows = (file: string) =>
  readFileSync(join(FIXTURES, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('build-ontology-data', () => {
  const first = buildInto();
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', first), 'utf8')) as Record<
    string,
    { dropped: Record<string, number>; rowsOut: number }
  >;

  it('writes byte-identical files from the same input', () => {
    const second = buildInto();
    const files = readdirSync(first).sort();
    expect(files).toEqual(readdirSync(second).sort());
    expect(files).toContain('hp.jsonl.gz');
    for (const file of files) {
      expect(readFileSync(new URL(file, second)).equals(readFileSync(new URL(file, first))), file).toBe(true);
    }
  });

  it('keeps HPO phenotypic abnormalities with their labels, synonyms and parents as HPO has them', () => {
    const hp = readTermFile('hp', first);
    const source = fixtureRows('hp.jsonl').filter(
      (row) => row.branch === 'phenotypic_abnormality' || row.branch === null,
    );
    expect(hp.map((t) => t.id)).toEqual(source.map((row) => row.id));
    for (const row of source) {
      const term = hp.find((t) => t.id === row.id)!;
      expect(term.label).toBe(row.label);
      expect(term.names ?? []).toEqual(row.synonyms);
      expect(term.parents).toEqual(row.parents);
    }
    const modifiers = fixtureRows('hp.jsonl').filter((row) => row.branch === 'clinical_modifier').length;
    expect(modifiers).toBeGreaterThan(0);
    expect(manifest.hp!.dropped['HPO branch clinical_modifier']).toBe(modifiers);
  });

  it('keeps protein-coding genes with the aliases that are safe as symbols', () => {
    const genes = readTermFile('gene', first);
    expect(genes.map((g) => g.label).sort()).toEqual(['CAT', 'HGF', 'IL6', 'MUC1', 'NAT1', 'SLC25A4', 'TNF']);
    const il6 = genes.find((g) => g.label === 'IL6')!;
    expect(il6.names).toEqual(['interleukin 6']);
    expect(il6.symbols).toContain('IL-6');
    expect(il6.symbols).not.toContain('HGF'); // another gene's official symbol
    const nat1 = genes.find((g) => g.label === 'NAT1')!;
    expect(nat1.symbols ?? []).not.toContain('AAC1'); // shared with SLC25A4
    expect(manifest.gene!.dropped['miRNA gene (grounded via miRBase stem-loop)']).toBe(1);
    expect(manifest.gene!.dropped['type pseudo']).toBe(1);
  });

  it('drops ChEBI roles and systematic names too long to be mentions', () => {
    const chebi = readTermFile('chebi', first);
    expect(chebi.map((t) => t.label)).toEqual(['ciprofloxacin', 'butyrate']);
    expect(manifest.chebi!.dropped['ChEBI role (not an analyte)']).toBe(1);
    expect(chebi[0]!.names ?? []).toEqual([]);
  });

  it('gives an index the grounding layer can use', () => {
    copyFileSync(ALIASES, new URL('aliases.json', first));
    const index = buildGroundingIndex(first);
    expect(index.bySymbol.get('IL6')?.term.id).toBe('NCBIGene:3569');
    expect(index.bySymbol.get('HGF')?.term.id).toBe('NCBIGene:3082');
    expect(index.byMirna.get('mir 320 a')?.map((c) => c.term.id)).toContain('MIRBASE:MIMAT0000510');
    expect(index.counts.cl).toBe(2);
    expect(index.byId.get('CL:0000738')?.kind).toBe('immune cell'); // leukocyte (NK cell's chain is not in the fixture)
    expect(index.byId.get('CL:0000623')?.kind).toBe('cell type');
  });

  it('ships no related, broad or narrow synonym outside miRBase: they name a neighbouring term', () => {
    // An invented UBERON row whose related synonym is another structure's usual name.
    const dir = mkdtempSync(join(tmpdir(), 'ontology-related-'));
    made.push(dir);
    for (const file of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, file), join(dir, file));
    const invented = {
      id: 'UBERON:9999901',
      label: 'dorsal plus ventral glimmerbody',
      synonyms: ['wider glimmerbody'],
      related_synonyms: ['glimmerbody', 'glimmerbodies'],
      parents: [],
    };
    appendFileSync(join(dir, 'uberon.jsonl'), JSON.stringify(invented) + '\n');
    const out = pathToFileURL(mkdtempSync(join(tmpdir(), 'ontology-related-out-')) + '/');
    made.push(fileURLToPath(out));
    buildOntologyData(dir, out);
    const term = readTermFile('uberon', out).find((t) => t.id === invented.id)!;
    expect(term.names).toEqual(['wider glimmerbody']);
    expect(term.weak).toBeUndefined();
    const dropped = JSON.parse(readFileSync(new URL('manifest.json', out), 'utf8')).uberon.dropped;
    expect(dropped['related/broad/narrow synonym (not the same thing)']).toBeGreaterThanOrEqual(2);
    copyFileSync(ALIASES, new URL('aliases.json', out));
    const index = buildGroundingIndex(out);
    expect(index.byKey.get('glimmerbody')).toBeUndefined();
    expect(index.byKey.get('wider glimmerbody')?.[0]?.term.id).toBe(invented.id);
    // ChEBI names every non-IUPAC name RELATED: its related names stay, as weak names.
    const butyrate = readTermFile('chebi', out).find((t) => t.label === 'butyrate')!;
    const source = fixtureRows('chebi.jsonl').find((row) => row.label === 'butyrate')!;
    expect(butyrate.weak ?? []).toEqual(source.related_synonyms ?? []);
  });

  it('fails with the file named when an input is missing', () => {
    expect(() => buildOntologyData(join(FIXTURES, 'missing'), pathToFileURL(made[0]! + '/'))).toThrow(/hp\.jsonl/);
  });
});
