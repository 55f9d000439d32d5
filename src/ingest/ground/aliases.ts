// The project-owned alias file (data/ontology/aliases.json): names for conditions, symptoms and measures that the
// ontologies lack or name differently, ontology synonyms blocked from grounding to a wrong term, and abbreviations
// that must never ground to a gene through a gene alias. Read and checked once.

import { readFileSync } from 'node:fs';
import { ENTITY_TYPES, type EntityType } from '../record.ts';
import { ONTOLOGY_DIR } from './term-files.ts';

export interface AliasTerm {
  /** An ontology CURIE where a term exists, else a project CURIE `EG:…`. */
  id: string;
  label: string;
  entityType: EntityType;
  kind: string;
  names: string[];
  note?: string;
}

export interface BlockedName {
  name: string;
  id: string;
  why: string;
}

export interface AliasFile {
  terms: AliasTerm[];
  blocked: BlockedName[];
  notGeneSymbols: string[];
}

const CURIE = /^[A-Za-z][A-Za-z0-9_.]*:\S+$/;

/**
 * Words that make a name an abnormality of a measure ("endothelial dysfunction" of endothelial function) or a
 * narrower quantity ("peak minute ventilation", "cardiac index", "age at onset"): an alias holding one its term's
 * label lacks names another thing, and grounding by it would merge two entities (and reverse a direction).
 */
const NARROWING_WORDS =
  /\b(dysfunction|dysregulation|impairments?|impaired|incompetence|hypoperfusion|deficiency|deficits?|insufficiency|abnormality|abnormalities|peak|onset|index)\b/giu;

function narrowingWords(name: string): Set<string> {
  return new Set(Array.from(name.matchAll(NARROWING_WORDS), (m) => m[1]!.toLowerCase()));
}

function fail(where: string, what: string): never {
  throw new Error(`data/ontology/aliases.json: ${where}: ${what}`);
}

function strings(value: unknown, where: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !v.trim()))
    fail(where, 'expected a list of non-empty strings');
  return value as string[];
}

/** Checks the shape of a parsed alias file; a bad entry is a clear error, never a silent skip. */
export function parseAliasFile(parsed: unknown): AliasFile {
  const root = parsed as Partial<Record<keyof AliasFile, unknown>>;
  if (!root || typeof root !== 'object' || !Array.isArray(root.terms))
    fail('root', 'expected an object with a "terms" list');
  const seen = new Set<string>();
  const terms = root.terms.map((raw, index): AliasTerm => {
    const term = raw as Partial<AliasTerm>;
    const where = `terms[${index}]`;
    if (typeof term.id !== 'string' || !CURIE.test(term.id))
      fail(where, `id ${JSON.stringify(term.id)} is not a CURIE`);
    if (seen.has(term.id)) fail(where, `id ${term.id} appears twice`);
    seen.add(term.id);
    if (typeof term.label !== 'string' || !term.label.trim()) fail(where, 'label missing');
    if (!ENTITY_TYPES.includes(term.entityType as EntityType))
      fail(where, `entityType must be one of ${ENTITY_TYPES.join(', ')}`);
    if (typeof term.kind !== 'string' || !term.kind) fail(where, 'kind missing');
    const names = strings(term.names, `${where}.names`);
    const labelWords = narrowingWords(term.label);
    for (const name of names) {
      const added = [...narrowingWords(name)].filter((word) => !labelWords.has(word));
      if (added.length)
        fail(
          `${where}.names`,
          `"${name}" adds "${added.join('", "')}" to "${term.label}": another thing, give it its own term`,
        );
    }
    return {
      id: term.id,
      label: term.label,
      entityType: term.entityType!,
      kind: term.kind,
      names,
      ...(term.note ? { note: term.note } : {}),
    };
  });
  const blocked = (Array.isArray(root.blocked) ? root.blocked : []).map((raw, index): BlockedName => {
    const entry = raw as Partial<BlockedName>;
    if (typeof entry.name !== 'string' || typeof entry.id !== 'string' || typeof entry.why !== 'string') {
      fail(`blocked[${index}]`, 'expected {name, id, why}');
    }
    return { name: entry.name, id: entry.id, why: entry.why };
  });
  const notGeneSymbols = root.notGeneSymbols === undefined ? [] : strings(root.notGeneSymbols, 'notGeneSymbols');
  return { terms, blocked, notGeneSymbols };
}

export function readAliasFile(dir: URL = ONTOLOGY_DIR): AliasFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(new URL('aliases.json', dir), 'utf8'));
  } catch (cause) {
    throw new Error(`data/ontology/aliases.json: cannot read (${(cause as Error).message})`, { cause });
  }
  return parseAliasFile(parsed);
}
