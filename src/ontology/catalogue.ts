// The ontology the graph holds: every term of data/ontology (through the grounding index, already in memory where
// pages are imported), the project's alias ids, and the curated classes (classes.json) with their IS_A edges. The
// graph gets only the terms its entities link to and their ancestors (rows.ts), never the 100k-term whole.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { normalizeKey } from '../ingest/entity-key.ts';
import { groundingIndex } from '../ingest/ground/index.ts';
import { ONTOLOGY_DIR, readTermFile, type TermSource } from '../ingest/ground/term-files.ts';
import { readClassFile } from './classes.ts';
import { canonicalCurie as withGraphPrefix } from './curie.ts';

/** Where a term or an IS_A edge comes from: an ontology, or the project (`eg`: aliases.json, classes.json). */
export type TermOrigin = TermSource | 'eg';

export interface ParentLink {
  curie: string;
  source: TermOrigin;
}

export interface CatalogueTerm {
  curie: string;
  label: string;
  source: TermOrigin;
  /** Lower-cased names the term is found by: its label, and the project's names for it (aliases, classes). */
  names: string[];
  parents: ParentLink[];
}

export interface OntologyCatalogue {
  term(curie: string): CatalogueTerm | undefined;
  /** The catalogue's CURIE for a cross-reference as entities carry it (prefix in any case; HGNC ids → NCBI Gene). */
  canonicalCurie(xref: string): string | null;
  /** Curated classes (classes.json) by one of their names, lower-cased. */
  classesNamed(name: string): string[];
  /** Changes whenever the data behind the catalogue does: the graph's ontology is rebuilt when it differs. */
  version: string;
}

/** Raise when the catalogue's shape in the graph changes, so that migrate rebuilds it. */
const GRAPH_FORMAT = 2; // 2: BROAD_MATCH links

export function dataVersion(dir: URL = ONTOLOGY_DIR): string {
  const hash = createHash('sha256').update(String(GRAPH_FORMAT));
  for (const file of ['manifest.json', 'aliases.json', 'classes.json']) hash.update(readFileSync(new URL(file, dir)));
  return hash.digest('hex').slice(0, 16);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

function build(): OntologyCatalogue {
  const index = groundingIndex();
  const classes = readClassFile();
  const projectTerms = new Map<string, { label: string }>();
  const extraNames = new Map<string, string[]>();
  const classNames = new Map<string, string[]>();
  const addName = (curie: string, name: string) => push(extraNames, curie, normalizeKey(name));
  for (const alias of index.aliases.terms) {
    if (alias.id.startsWith('EG:')) projectTerms.set(alias.id, { label: alias.label });
    for (const name of [alias.label, ...alias.names]) addName(alias.id, name);
  }
  const extraParents = new Map<string, ParentLink[]>();
  const sourceParents = new Map<TermSource, ParentLink[]>();
  for (const entry of classes) {
    if (entry.label) projectTerms.set(entry.id, { label: entry.label });
    for (const name of [...(entry.label ? [entry.label] : []), ...entry.names]) {
      addName(entry.id, name);
      push(classNames, normalizeKey(name), entry.id);
    }
    for (const parent of entry.parents) push(extraParents, entry.id, { curie: parent, source: 'eg' } as ParentLink);
    for (const member of entry.members) {
      const list = extraParents.get(member.id) ?? [];
      if (!list.some((p) => p.curie === entry.id)) list.push({ curie: entry.id, source: 'eg' });
      extraParents.set(member.id, list);
    }
    for (const source of entry.memberSources)
      push(sourceParents, source, { curie: entry.id, source: 'eg' } as ParentLink);
  }
  const hgnc = new Map<string, string>();
  for (const gene of readTermFile('gene')) if (gene.hgnc) hgnc.set(gene.hgnc.toUpperCase(), gene.id);

  const cache = new Map<string, CatalogueTerm | null>();
  const term = (curie: string): CatalogueTerm | undefined => {
    const cached = cache.get(curie);
    if (cached !== undefined) return cached ?? undefined;
    let found: CatalogueTerm | null = null;
    const indexed = index.byId.get(curie);
    const project = projectTerms.get(curie);
    if (indexed && indexed.source !== 'alias') {
      const source = indexed.source as TermSource;
      found = {
        curie,
        label: indexed.label,
        source,
        names: [...new Set([normalizeKey(indexed.label), ...(extraNames.get(curie) ?? [])])],
        parents: [
          ...(indexed.parents ?? []).map((p) => ({ curie: p, source })),
          ...(sourceParents.get(source) ?? []),
          ...(extraParents.get(curie) ?? []),
        ],
      };
    } else if (project) {
      found = {
        curie,
        label: project.label,
        source: 'eg',
        names: [...new Set([normalizeKey(project.label), ...(extraNames.get(curie) ?? [])])],
        parents: extraParents.get(curie) ?? [],
      };
    }
    cache.set(curie, found);
    return found ?? undefined;
  };
  const canonicalCurie = (xref: string): string | null => {
    const colon = xref.indexOf(':');
    if (colon <= 0) return null;
    if (xref.slice(0, colon).toUpperCase() === 'HGNC') return hgnc.get(xref.toUpperCase()) ?? null;
    const curie = withGraphPrefix(xref);
    return term(curie) ? curie : null;
  };
  return {
    term,
    canonicalCurie,
    classesNamed: (name) => classNames.get(normalizeKey(name)) ?? [],
    version: dataVersion(),
  };
}

let loaded: OntologyCatalogue | null = null;

/** The catalogue, built on first use (loads the grounding index if extraction has not yet). */
export function ontologyCatalogue(): OntologyCatalogue {
  loaded ??= build();
  return loaded;
}
