// The graph's ontology in the API (issue 20): OntologyTerm (terms entities link to and their ancestors), the
// Entity fields ontologyTerms, broadMatch, parents and children (added here, from the dependent side), roll-ups (a name or
// CURIE with its descendants: the `includeDescendants` options of findings, evidence, evidenceMatrix, facets and
// neighborhood say through these which descendants contributed), and the lookups ontologyTerm(curie) and
// rollup(query). Nested fields batch: every term or entity of a request in one round trip.
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import {
  queryCurie,
  resolveRollups,
  type Rollup,
  type RollupMember,
  type RollupQuery,
  type TermNode,
} from '../ontology/rollup.ts';
import { Entity } from './refs.ts';
import { badInput } from '../errors.ts';
import { entityLoader } from './loaders.ts';
import type { EntityNode } from './projection.ts';
import { checkRollupKnown } from './unknown-names.ts';

interface TermEdgeRow extends TermNode {
  edgeSource: string;
}

interface TermDetail {
  term: TermNode;
  parents: TermEdgeRow[];
  children: TermEdgeRow[];
  entities: EntityNode[];
}

interface EntityTerms {
  terms: TermNode[];
  broader: TermNode[];
  parents: TermNode[];
  children: TermNode[];
}

const termLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, TermDetail | null>(async (curies) => {
      const rows = await context.cypher.read<TermDetail & { curie: string }>('ontology/terms', { curies });
      const entities = entityLoader(context);
      for (const row of rows) for (const entity of row.entities) entities.prime(entity.id, entity);
      const byCurie = new Map(rows.map((row) => [row.curie, row]));
      return curies.map((curie) => byCurie.get(curie) ?? null);
    }),
);

const entityTermsLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, EntityTerms>(async (ids) => {
      const rows = await context.cypher.read<EntityTerms & { id: string }>('ontology/entity-terms', { ids });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? { terms: [], broader: [], parents: [], children: [] });
    }),
);

const detail = async (term: TermNode, context: Context): Promise<TermDetail> =>
  (await termLoader(context).load(term.curie)) ?? { term, parents: [], children: [], entities: [] };

export const OntologyTerm = builder.objectRef<TermNode>('OntologyTerm');
const IsAEdge = builder.objectRef<TermEdgeRow>('IsAEdge');

OntologyTerm.implement({
  description:
    'A term of an ontology (HPO, Mondo, NCBI Gene, miRBase, CL, UBERON, ChEBI) or a project class (EG:…) that an ' +
    'entity links to, or an ancestor of one. Sources, versions and licences: data/ontology/NOTICE.md.',
  fields: (t) => ({
    curie: t.exposeString('curie', { description: 'HP:0012378, MONDO:0005404, NCBIGene:3569, EG:cytokine…' }),
    label: t.exposeString('label', { description: "The source's label (a project class's name for EG: terms)." }),
    source: t.exposeString('source', {
      description: "hp, mondo, gene, mirna, cl, uberon, chebi; eg for the project's classes and ids.",
    }),
    parents: t.field({
      type: [OntologyTerm],
      description: 'Direct IS_A parents in the graph.',
      resolve: async (term, _args, context) => (await detail(term, context)).parents,
    }),
    children: t.field({
      type: [OntologyTerm],
      description: 'Direct IS_A children in the graph.',
      resolve: async (term, _args, context) => (await detail(term, context)).children,
    }),
    parentEdges: t.field({
      type: [IsAEdge],
      description:
        "The IS_A edges to the parents, each with its source: the ontology's own, or eg (a curated class, data/ontology/classes.json).",
      resolve: async (term, _args, context) => (await detail(term, context)).parents,
    }),
    entities: t.field({
      type: [Entity],
      description: 'Entities linked to this term.',
      resolve: async (term, _args, context) => (await detail(term, context)).entities,
    }),
  }),
});

IsAEdge.implement({
  description: 'An IS_A edge to a parent term.',
  fields: (t) => ({
    parent: t.field({ type: OntologyTerm, resolve: (edge) => edge }),
    source: t.string({
      description: 'Who asserts the edge: hp, mondo, cl, uberon, chebi, or eg (the project).',
      resolve: (edge) => edge.edgeSource,
    }),
  }),
});

builder.interfaceFields(Entity, (t) => ({
  ontologyTerms: t.field({
    type: [OntologyTerm],
    description: 'The ontology terms the entity is linked to (from its cross-references and curated class names).',
    resolve: async (entity, _args, context) => (await entityTermsLoader(context).load(entity.id)).terms,
  }),
  broadMatch: t.field({
    type: [OntologyTerm],
    description:
      'Terms the entity is a kind or subgroup of (SKOS broadMatch) when no term names it exactly: "CD21+ CD38- B ' +
      'cells" → CL:0000236 B cell, "fibromyalgia with comorbid insomnia" → fibromyalgia. Roll-ups under these terms ' +
      'include the entity; ontologyTerms and xrefs never list them.',
    resolve: async (entity, _args, context) => (await entityTermsLoader(context).load(entity.id)).broader,
  }),
  parents: t.field({
    type: [OntologyTerm],
    description: "The IS_A parents of the entity's terms, and the terms of broadMatch (the entity is a kind of each).",
    resolve: async (entity, _args, context) => (await entityTermsLoader(context).load(entity.id)).parents,
  }),
  children: t.field({
    type: [OntologyTerm],
    description: "The IS_A children of the entity's terms in the graph (OntologyTerm.entities gives their entities).",
    resolve: async (entity, _args, context) => (await entityTermsLoader(context).load(entity.id)).children,
  }),
}));

export const RollupMemberType = builder.objectRef<RollupMember>('RollupMember').implement({
  description: 'An entity a roll-up includes, and why.',
  fields: (t) => ({
    entity: t.field({ type: Entity, resolve: (m) => m.entity }),
    via: t.exposeStringList('via', {
      description: 'The terms (CURIEs) it is included through; empty when the query names it itself.',
    }),
    named: t.exposeBoolean('named', {
      description: 'The query names this entity (a name, synonym or cross-reference).',
    }),
  }),
});

export const RollupType = builder.objectRef<Rollup>('Rollup').implement({
  description:
    'A name, synonym or CURIE with its ontology descendants: the entities it names, the terms it names or its ' +
    'entities link to (roots), and every entity linked to a root or a term under one (members).',
  fields: (t) => ({
    query: t.exposeString('query'),
    roots: t.field({ type: [OntologyTerm], resolve: (r) => r.roots }),
    termCount: t.exposeInt('termCount', {
      description: 'Terms covered: the roots and their descendants in the graph.',
    }),
    members: t.field({ type: [RollupMemberType], resolve: (r) => r.members }),
  }),
});

/** The roll-ups of some queries, checked: a query that names nothing is a NOT_FOUND error like an unknown name. */
export async function rollupsOf(context: Context, queries: readonly RollupQuery[]): Promise<Rollup[]> {
  for (const query of queries)
    if (typeof query === 'string' && !query.trim())
      throw badInput('a roll-up needs a name or CURIE, got an empty string', 'includeDescendants');
  return resolveRollups(context, queries);
}

export interface FindingRollups {
  subject: Rollup | null;
  object: Rollup | null;
}

/** The roll-ups of a findings filter's subject and object (those given), in one round trip. */
export async function rollupFilter(
  context: Context,
  subject?: string | null,
  object?: string | null,
): Promise<FindingRollups> {
  const queries = [subject, object].filter((q): q is string => q != null);
  const resolved = await rollupsOf(context, queries);
  return {
    subject: subject != null ? resolved[0]! : null,
    object: object != null ? resolved[subject != null ? 1 : 0]! : null,
  };
}

builder.queryFields((t) => ({
  ontologyTerm: t.field({
    type: OntologyTerm,
    nullable: true,
    description:
      "One term of the graph's ontology by CURIE (prefix in any case: hp:0012378 = HP:0012378); null when the graph does not hold it.",
    args: { curie: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const curie = queryCurie(args.curie);
      if (!curie)
        throw badInput(`"${args.curie.slice(0, 100)}" is not a CURIE (PREFIX:ID, such as HP:0012378)`, 'curie');
      return (await termLoader(context).load(curie))?.term ?? null;
    },
  }),
  rollup: t.field({
    type: RollupType,
    nullable: true,
    description:
      'What a name, synonym or CURIE stands for with its ontology descendants ("fatigue", "cytokines", HP:0012378): ' +
      'the entities the includeDescendants options of findings, evidence, evidenceMatrix, facets and neighborhood use. One round trip.',
    args: { query: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const [rollup] = await rollupsOf(context, [args.query]);
      await checkRollupKnown(context, rollup!, 'query');
      return rollup!;
    },
  }),
}));
