// The refs of the domain types, declared apart from their fields: study.ts, finding.ts, entity.ts and tags.ts
// implement them, and any domain file that returns one imports it from here, never from another domain file, so the
// domain files form no import cycle. The nodes' loaders (how `node(id)` and a bare id or slug become an object) are
// part of the ref.
import { builder } from '../builder.ts';
import type { EntityType } from '../ingest/record.ts';
import { entityLoader } from './loaders.ts';
import {
  findingFromRow,
  WHOLE_FINDINGS,
  type EntityNode,
  type FindingNode,
  type StudyNode,
  type TagNode,
} from './projection.ts';

export const Study = builder.loadableNodeRef<StudyNode, string, string>('Study', {
  id: { resolve: (study) => study.slug },
  // One round trip per batch of slugs; `sort` lines the rows up with the keys (missing slugs become errors).
  load: async (slugs, context) => {
    const rows = await context.cypher.read<{ study: StudyNode }>('study/by-slugs', { slugs });
    return rows.map((row) => row.study);
  },
  sort: (study) => study.slug,
});

export const Finding = builder.loadableNodeRef<FindingNode, string, string>('Finding', {
  id: { resolve: (finding) => finding.id },
  // Whole findings (every property and both ends), one round trip per batch of ids; `sort` lines them up with the
  // keys, a missing id is null (node(id) answers null).
  load: async (ids, context) => {
    const rows = await context.cypher.read<{ finding: unknown[][] }>('finding/by-ids', { ids, ...WHOLE_FINDINGS });
    return rows.map((row) => findingFromRow(row.finding, WHOLE_FINDINGS));
  },
  sort: (finding) => finding.id,
});

export const Entity = builder.interfaceRef<EntityNode>('Entity');

function entityRef(type: EntityType) {
  return builder.loadableNodeRef<EntityNode, string, string>(type, {
    id: { resolve: (entity) => entity.key },
    load: async (keys, context) => {
      const entities = await entityLoader(context).loadMany(keys.map((key) => `${type}:${key}`));
      // A key that matches nothing is null (node(id) of a deleted or never-stored entity answers null, as Study does);
      // a failed read stays the error it is.
      return entities as (EntityNode | Error)[];
    },
  });
}

export const Biomarker = entityRef('Biomarker');
export const Symptom = entityRef('Symptom');
export const Condition = entityRef('Condition');
export const Measure = entityRef('Measure');

export const BiomarkerClass = builder.objectRef<TagNode>('BiomarkerClass');
export const MethodFlag = builder.objectRef<TagNode>('MethodFlag');
