// What the graph's ontology needs for some entities: the terms each entity links to (its cross-references, and the
// project names of classes and aliases it is called by), the broader terms it is a kind or subgroup of, those
// terms' ancestors, and the IS_A edges between them,
// as rows cypher/ontology/merge.cypher UNWINDs. Pure: the same entities give the same rows, sorted.
import { normalizeKey } from '../ingest/entity-key.ts';
import type { OntologyCatalogue, TermOrigin } from './catalogue.ts';

export interface OntologyEntityInput {
  id: string;
  name: string;
  synonyms?: readonly string[] | null;
  xrefs?: readonly string[] | null;
  /** Terms the entity is a kind or subgroup of (SKOS broadMatch): linked BROAD_MATCH, not GROUNDED_TO. */
  broadMatch?: readonly string[] | null;
}

export interface TermRow {
  curie: string;
  label: string;
  source: TermOrigin;
  names: string[];
}

export interface IsARow {
  child: string;
  parent: string;
  source: TermOrigin;
}

export interface LinkRow {
  entityId: string;
  curie: string;
}

export interface OntologyRows {
  terms: TermRow[];
  edges: IsARow[];
  links: LinkRow[];
  broadLinks: LinkRow[];
}

/** The catalogue terms one entity links to, sorted. */
export function entityTerms(catalogue: OntologyCatalogue, entity: OntologyEntityInput): string[] {
  const curies = new Set<string>();
  for (const xref of entity.xrefs ?? []) {
    const curie = catalogue.canonicalCurie(xref);
    if (curie) curies.add(curie);
  }
  // A curated class's name ("cytokines", "autonomic symptoms") links the entity that stands for the class; aliases
  // are left to grounding, which knows their context (an alias name can be another entity's synonym).
  for (const name of [entity.name, ...(entity.synonyms ?? [])]) {
    for (const curie of catalogue.classesNamed(normalizeKey(name))) if (catalogue.term(curie)) curies.add(curie);
  }
  return [...curies].sort();
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byLink = (a: LinkRow, b: LinkRow) => byText(a.entityId, b.entityId) || byText(a.curie, b.curie);

export function ontologyRows(catalogue: OntologyCatalogue, entities: readonly OntologyEntityInput[]): OntologyRows {
  const links: LinkRow[] = [];
  const broadLinks: LinkRow[] = [];
  const pending: string[] = [];
  for (const entity of entities) {
    const exact = entityTerms(catalogue, entity);
    for (const curie of exact) {
      links.push({ entityId: entity.id, curie });
      pending.push(curie);
    }
    for (const xref of entity.broadMatch ?? []) {
      const curie = catalogue.canonicalCurie(xref);
      if (!curie || exact.includes(curie)) continue;
      broadLinks.push({ entityId: entity.id, curie });
      pending.push(curie);
    }
  }
  const terms = new Map<string, TermRow>();
  const edges = new Map<string, IsARow>();
  while (pending.length > 0) {
    const curie = pending.pop()!;
    if (terms.has(curie)) continue;
    const term = catalogue.term(curie)!;
    terms.set(curie, { curie, label: term.label, source: term.source, names: term.names });
    for (const parent of term.parents) {
      // A parent the data does not hold (HPO's root, dropped with its branch) ends the walk there.
      if (parent.curie === curie || !catalogue.term(parent.curie)) continue;
      edges.set(`${curie}\t${parent.curie}`, { child: curie, parent: parent.curie, source: parent.source });
      pending.push(parent.curie);
    }
  }
  return {
    terms: [...terms.values()].sort((a, b) => byText(a.curie, b.curie)),
    edges: [...edges.values()].sort((a, b) => byText(a.child, b.child) || byText(a.parent, b.parent)),
    links: links.sort(byLink),
    broadLinks: broadLinks.sort(byLink),
  };
}
