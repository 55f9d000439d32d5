// Entities of findings grounded to ontology and project ids (src/ingest/ground): the id goes into the entity's xrefs,
// and an entity no project lexicon knows takes its type and kind from the grounding, else from its head noun. A name
// grounded through a project alias or Mondo is renamed to that term's label (the written name stays a synonym),
// so that variants of one entity become one node; HPO labels name phenotypes, and gene, miRNA, ChEBI, CL and UBERON
// labels are symbols or formal names analysts do not write, so those entities keep their written names.

import { classifyHead, groundBroader, groundName, namesSameThing, type Grounding } from '../ground/index.ts';
import type { EntityRef, EntityType } from '../record.ts';

// HPO labels name phenotypes ("Antinuclear antibody positivity"), not the measured thing a sentence names.
const RENAMING_SOURCES = new Set<Grounding['source']>(['alias', 'mondo']);

/**
 * The term the entity's name grounds to, else the term of another name it carries that names the same thing (a
 * spelling, word order or abbreviation): a synonym that names a region, a system or a narrower measure ("thalamus" of
 * "thalamus neuroinflammation") finds mentions but is not what the entity is.
 */
function groundingOf(entity: EntityRef): Grounding | null {
  const own = groundName(entity.name, entity.type);
  if (own) return own;
  for (const name of entity.synonyms ?? []) {
    if (!namesSameThing(entity.name, name)) continue;
    const found = groundName(name, entity.type);
    if (found) return found;
  }
  return null;
}

// Entities this module returned: grounding one again (a mention's entity reaching the finding) would redo the
// lookups for nothing, since grounding is idempotent.
const done = new WeakSet<EntityRef>();

function finished(entity: EntityRef, grounded: boolean): { entity: EntityRef; grounded: boolean } {
  done.add(entity);
  return { entity, grounded };
}

/** The entity with the term it is a kind or subgroup of, when one is found: its base condition, else its head's. */
function withBroadMatch(entity: EntityRef): EntityRef {
  if (entity.broadMatch) return entity;
  const base = entity.subgroupOf ? groundName(entity.subgroupOf, 'Condition') : null;
  const broader = base && base.entityType === 'Condition' ? base : groundBroader(entity.name, entity.type, entity.kind);
  return broader ? { ...entity, broadMatch: broader.curie } : entity;
}

/**
 * A curated HGNC id reaches the graph's ontology only through the gene file, which knows the HGNC ids of ~5,000
 * genes: an entry whose ids are all HGNC also gets the NCBI Gene id its name (or a same-thing synonym) grounds to.
 */
function withGeneOfHgnc(entity: EntityRef): EntityRef {
  const ids = Object.values(entity.xrefs ?? {});
  if (!ids.every((id) => /^HGNC:/i.test(id))) return entity;
  const gene = groundingOf(entity);
  if (gene?.source !== 'gene') return entity;
  return { ...entity, xrefs: { ...entity.xrefs, [xrefKey(gene.curie)]: gene.curie } };
}

function xrefKey(curie: string): string {
  return curie.slice(0, curie.indexOf(':'));
}

/**
 * The entity with its ontology id. `known` says a project lexicon named it: its type and name stay; an unknown
 * entity takes the grounding's type, or its head noun's.
 */
export function groundEntity(
  entity: EntityRef,
  known: boolean,
  fallbackType: (name: string) => EntityType,
): { entity: EntityRef; grounded: boolean } {
  if (done.has(entity)) return { entity, grounded: Boolean(entity.xrefs && Object.keys(entity.xrefs).length) };
  // A lexicon entry's own cross-references are curated: they stand as written.
  if (known && entity.xrefs && Object.keys(entity.xrefs).length) return finished(withGeneOfHgnc(entity), true);
  const grounding = groundingOf(entity);
  if (!grounding) {
    if (known) return finished(withBroadMatch(entity), false);
    const head = classifyHead(entity.name);
    const typed = {
      ...entity,
      type: head?.entityType ?? fallbackType(entity.name),
      ...(head && !entity.kind ? { kind: head.kind } : {}),
    };
    return finished(withBroadMatch(typed), false);
  }
  const xrefs = { [xrefKey(grounding.curie)]: grounding.curie, ...(entity.xrefs ?? {}) };
  const grounded: EntityRef = { ...entity, xrefs, ...(entity.kind ? {} : { kind: grounding.kind }) };
  if (!known) {
    // A phenotype term grounds a measured analyte ("anti-nuclear antibodies") without making it a symptom.
    grounded.type =
      grounding.source === 'hp'
        ? (classifyHead(entity.name)?.entityType ?? grounding.entityType)
        : grounding.entityType;
    if (
      RENAMING_SOURCES.has(grounding.source) &&
      grounding.match !== 'reduced' &&
      grounding.label.toLowerCase() !== entity.name.toLowerCase()
    ) {
      grounded.name = grounding.label;
      grounded.synonyms = [...new Set([entity.name, ...(entity.synonyms ?? [])])];
    }
  }
  return finished(grounded, true);
}
