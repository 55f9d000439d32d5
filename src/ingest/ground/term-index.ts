// The grounding index: every ontology term and project alias by the canonical keys of its names, miRNAs by their
// folded miRBase name, gene symbols by their case-sensitive symbol keys. Built lazily, once per process.

import type { EntityType } from '../record.ts';
import { readAliasFile, type AliasFile } from './aliases.ts';
import { canonicalKey } from './canonical-key.ts';
import { mirnaKey } from './mirna-name.ts';
import { mustMatchCase, symbolKeys } from './surface.ts';
import { readTermFile, type GroundingSource, type TermRecord, type TermSource } from './term-files.ts';

export interface IndexedTerm {
  id: string;
  label: string;
  source: GroundingSource;
  entityType: EntityType;
  /** Category within the type: disease, phenotype, microRNA, cytokine, immune cell, brain region, questionnaire… */
  kind: string;
  /** is_a parents (null: unknown); absent for genes, miRNAs and aliases. */
  parents?: readonly string[] | null;
  /** Gene official full name (genes only). */
  fullName?: string;
}

/** How a name reached its term, best first. */
export type MatchVia = 'alias' | 'label' | 'synonym' | 'weak';

export interface Candidate {
  term: IndexedTerm;
  via: MatchVia;
  /** A short all-capital name ("CFS", "ME"): matches only a mention written in capitals. */
  caseSensitive: boolean;
  /** The name as the source writes it. */
  name: string;
  /** Overrides the rank of `via` (lower is better): a mature miRNA's exact name before a stem-loop's. */
  rank?: number;
}

export interface SymbolEntry {
  term: IndexedTerm;
  official: boolean;
}

export interface GroundingIndex {
  byKey: Map<string, Candidate[]>;
  byMirna: Map<string, Candidate[]>;
  bySymbol: Map<string, SymbolEntry>;
  byId: Map<string, IndexedTerm>;
  /** `${canonical key}\t${id}` pairs that must not ground. */
  blocked: Set<string>;
  /** Symbol keys of abbreviations that never ground to a gene. */
  notGeneSymbols: Set<string>;
  aliases: AliasFile;
  counts: Record<GroundingSource, number>;
}

const ENTITY_TYPE_OF: Record<TermSource, EntityType> = {
  hp: 'Symptom',
  mondo: 'Condition',
  gene: 'Biomarker',
  mirna: 'Biomarker',
  cl: 'Biomarker',
  uberon: 'Biomarker',
  chebi: 'Biomarker',
};

const LEUKOCYTE = 'CL:0000738';
const BRAIN = ['UBERON:0000955', 'UBERON:0001017']; // brain, central nervous system
const BODY_FLUID = 'UBERON:0000463'; // organism substance

/** Whether `id` reaches one of `targets` through the edges given (is_a, part_of); memoised, cycle-safe. */
function reaches(edges: Map<string, readonly string[]>, targets: readonly string[]): (id: string) => boolean {
  const memo = new Map<string, boolean>();
  const visit = (id: string): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    memo.set(id, false); // breaks cycles
    const found = targets.includes(id) || (edges.get(id) ?? []).some(visit);
    memo.set(id, found);
    return found;
  };
  return visit;
}

/** A gene's kind from its symbol and official name: cytokine, receptor, ion channel, immunoglobulin, CD marker, protein. */
export function geneKind(symbol: string, fullName: string): string {
  if (/receptor|adrenoceptor/i.test(fullName)) return 'receptor';
  if (/channel/i.test(fullName)) return 'ion channel';
  if (
    /^(IL\d|TNF$|LT[AB]$|IFN[ABGLKWE]|CXCL|CCL\d|CX3CL|XCL\d|TGFB\d|CSF[123]$|LIF$|OSM$)/.test(symbol) ||
    /\b(interleukin|interferon|chemokine|tumor necrosis factor$|colony stimulating factor)\b/i.test(fullName)
  ) {
    return 'cytokine';
  }
  if (/immunoglobulin/i.test(fullName)) return 'immunoglobulin';
  if (/^CD\d/.test(symbol)) return 'CD marker';
  return 'protein';
}

function termKinds(source: TermSource, records: TermRecord[]): (record: TermRecord) => string {
  if (source === 'cl') {
    const isLeukocyte = reaches(new Map(records.map((r) => [r.id, r.parents ?? []])), [LEUKOCYTE]);
    return (r) => (isLeukocyte(r.id) ? 'immune cell' : 'cell type');
  }
  if (source === 'uberon') {
    const edges = new Map(records.map((r) => [r.id, [...(r.parents ?? []), ...(r.partOf ?? [])]]));
    const inBrain = reaches(edges, BRAIN);
    const isFluid = reaches(edges, [BODY_FLUID]);
    return (r) => (inBrain(r.id) && !BRAIN.includes(r.id) ? 'brain region' : isFluid(r.id) ? 'body fluid' : 'anatomy');
  }
  const fixed: Record<TermSource, string> = {
    hp: 'phenotype',
    mondo: 'disease',
    gene: 'protein',
    mirna: 'microRNA',
    cl: 'cell type',
    uberon: 'anatomy',
    chebi: 'metabolite',
  };
  if (source === 'gene') return (r) => geneKind(r.label, r.names?.[0] ?? '');
  return () => fixed[source];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function build(dir?: URL): GroundingIndex {
  const index: GroundingIndex = {
    byKey: new Map(),
    byMirna: new Map(),
    bySymbol: new Map(),
    byId: new Map(),
    blocked: new Set(),
    notGeneSymbols: new Set(),
    aliases: readAliasFile(dir),
    counts: { alias: 0, hp: 0, mondo: 0, gene: 0, mirna: 0, cl: 0, uberon: 0, chebi: 0 },
  };
  const addName = (
    map: Map<string, Candidate[]>,
    key: string | null,
    term: IndexedTerm,
    via: MatchVia,
    name: string,
    rank?: number,
  ) => {
    if (key)
      push(map, key, { term, via, caseSensitive: mustMatchCase(name), name, ...(rank !== undefined ? { rank } : {}) });
  };

  for (const alias of index.aliases.terms) {
    const term: IndexedTerm = {
      id: alias.id,
      label: alias.label,
      source: 'alias',
      entityType: alias.entityType,
      kind: alias.kind,
    };
    index.counts.alias++;
    for (const name of [alias.label, ...alias.names]) addName(index.byKey, canonicalKey(name), term, 'alias', name);
  }
  for (const blocked of index.aliases.blocked) index.blocked.add(`${canonicalKey(blocked.name)}\t${blocked.id}`);
  for (const symbol of index.aliases.notGeneSymbols)
    for (const key of symbolKeys(symbol)) index.notGeneSymbols.add(key);

  const ambiguousAliases = new Set<string>();
  for (const source of ['hp', 'mondo', 'gene', 'mirna', 'cl', 'uberon', 'chebi'] as const) {
    const records = readTermFile(source, dir);
    const kindOf = termKinds(source, records);
    for (const record of records) {
      const term: IndexedTerm = {
        id: record.id,
        label: record.label,
        source,
        entityType: ENTITY_TYPE_OF[source],
        kind: kindOf(record),
        ...(record.parents !== undefined ? { parents: record.parents } : {}),
      };
      index.byId.set(term.id, term);
      index.counts[source]++;
      if (source === 'gene') {
        term.fullName = record.names?.[0] ?? '';
        for (const name of record.names ?? []) addName(index.byKey, canonicalKey(name), term, 'synonym', name);
        for (const key of symbolKeys(record.label)) index.bySymbol.set(key, { term, official: true });
        continue;
      }
      if (source === 'mirna') {
        // README of the sources: prefer the mature row when a name is exact there (miR-320a is hsa-miR-320a-3p's
        // v21 name), then the stem-loop, then a name the 5p/3p pair shares.
        const rank = record.kind === 'mature' ? 1 : 2;
        for (const name of [record.label, ...(record.names ?? [])]) {
          addName(
            index.byMirna,
            mirnaKey(canonicalKey(name)),
            term,
            name === record.label ? 'label' : 'synonym',
            name,
            rank,
          );
        }
        for (const name of record.weak ?? []) addName(index.byMirna, mirnaKey(canonicalKey(name)), term, 'weak', name);
        continue;
      }
      addName(index.byKey, canonicalKey(record.label), term, 'label', record.label);
      for (const name of record.names ?? []) addName(index.byKey, canonicalKey(name), term, 'synonym', name);
      // ChEBI's related names (its scope for every non-IUPAC name of the substance), grounding only when unique.
      for (const name of record.weak ?? []) addName(index.byKey, canonicalKey(name), term, 'weak', name);
    }
    if (source === 'gene') {
      // Aliases after every official symbol, so an official symbol always wins; an alias two genes share grounds neither.
      for (const record of records) {
        const term = index.byId.get(record.id)!;
        for (const alias of record.symbols ?? []) {
          for (const key of symbolKeys(alias)) {
            const held = index.bySymbol.get(key);
            if (held?.official) continue;
            if (held && held.term.id !== term.id) ambiguousAliases.add(key);
            else index.bySymbol.set(key, { term, official: false });
          }
        }
      }
    }
  }
  for (const key of ambiguousAliases) if (!index.bySymbol.get(key)?.official) index.bySymbol.delete(key);
  return index;
}

let loaded: GroundingIndex | null = null;

/** The index, built on first use (reads data/ontology once per process). */
export function groundingIndex(): GroundingIndex {
  loaded ??= build();
  return loaded;
}

/** An index over another data folder (tests of the file format); not cached. */
export function buildGroundingIndex(dir: URL): GroundingIndex {
  return build(dir);
}
