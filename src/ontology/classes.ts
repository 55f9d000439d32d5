// The curated class file (data/ontology/classes.json): classes the bundled ontologies lack (cytokines and their
// families, microRNAs, immunoglobulins, viruses, autonomic symptoms), names analysts write for existing terms, and
// project IS_A edges (a class's members). Read and checked once; a bad entry is a clear error, never a silent skip.
import { readFileSync } from 'node:fs';
import { ENTITY_TYPES, type EntityType } from '../ingest/record.ts';
import { ONTOLOGY_DIR, TERM_SOURCES, type TermSource } from '../ingest/ground/term-files.ts';

export interface ClassMember {
  id: string;
  /** The member's label as its source writes it (checked by a unit test; for readers of the file). */
  label?: string;
}

export interface CuratedClass {
  /** A project CURIE EG:… for a new class, or an ontology CURIE whose term gains names or members. */
  id: string;
  /** Present for a new class; absent when the entry adds to an existing term. */
  label?: string;
  entityType?: EntityType;
  names: string[];
  /** Other classes (or terms) this class is under. */
  parents: string[];
  /** Terms this class is the direct parent of. */
  members: ClassMember[];
  /** Every term of these sources is a member. */
  memberSources: TermSource[];
  note?: string;
}

const CURIE = /^[A-Za-z][A-Za-z0-9_.]*:\S+$/;

function fail(where: string, what: string): never {
  throw new Error(`data/ontology/classes.json: ${where}: ${what}`);
}

function strings(value: unknown, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !v.trim()))
    fail(where, 'expected a list of non-empty strings');
  return value as string[];
}

export function parseClassFile(parsed: unknown): CuratedClass[] {
  const root = parsed as { classes?: unknown };
  if (!root || typeof root !== 'object' || !Array.isArray(root.classes))
    fail('root', 'expected an object with a "classes" list');
  const seen = new Set<string>();
  return root.classes.map((raw, index): CuratedClass => {
    const entry = raw as Record<string, unknown>;
    const where = `classes[${index}]`;
    if (typeof entry.id !== 'string' || !CURIE.test(entry.id))
      fail(where, `id ${JSON.stringify(entry.id)} is not a CURIE`);
    if (seen.has(entry.id)) fail(where, `id ${entry.id} appears twice`);
    seen.add(entry.id);
    const isNew = entry.id.startsWith('EG:');
    if (isNew && (typeof entry.label !== 'string' || !entry.label.trim()))
      fail(where, `new class ${entry.id} needs a label`);
    if (!isNew && entry.label !== undefined)
      fail(where, `${entry.id} is an ontology term: its label is the ontology's, give names instead`);
    if (entry.entityType !== undefined && !ENTITY_TYPES.includes(entry.entityType as EntityType)) {
      fail(where, `entityType must be one of ${ENTITY_TYPES.join(', ')}`);
    }
    const members = entry.members ?? [];
    if (!Array.isArray(members)) fail(where, 'members must be a list');
    const memberSources = strings(entry.memberSources, `${where}.memberSources`);
    for (const source of memberSources) {
      if (!(TERM_SOURCES as readonly string[]).includes(source))
        fail(where, `memberSources: unknown source "${source}"`);
    }
    return {
      id: entry.id,
      ...(isNew ? { label: entry.label as string } : {}),
      ...(entry.entityType ? { entityType: entry.entityType as EntityType } : {}),
      names: strings(entry.names, `${where}.names`),
      parents: strings(entry.parents, `${where}.parents`),
      members: members.map((member, i) => {
        const m = member as Partial<ClassMember>;
        if (typeof m.id !== 'string' || !CURIE.test(m.id))
          fail(`${where}.members[${i}]`, `id ${JSON.stringify(m.id)} is not a CURIE`);
        return { id: m.id, ...(typeof m.label === 'string' ? { label: m.label } : {}) };
      }),
      memberSources: memberSources as TermSource[],
      ...(typeof entry.note === 'string' ? { note: entry.note } : {}),
    };
  });
}

export function readClassFile(dir: URL = ONTOLOGY_DIR): CuratedClass[] {
  const file = new URL('classes.json', dir);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new Error(`data/ontology/classes.json: cannot read (${(cause as Error).message})`, { cause });
  }
  return parseClassFile(parsed);
}
