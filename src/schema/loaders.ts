// Per-request DataLoaders shared by several fields (one instance per context, so batching never crosses requests).
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { StudyNode } from './study.ts';
import type { Context } from '../context.ts';
import { defaultFilterParams, pairKey, type StoredEvidenceRow, type StoredFinding } from '../evidence/index.ts';
import type { EntityType } from '../ingest/record.ts';

/** An Entity (Biomarker, Symptom, Condition, Measure) as stored. */
export interface EntityNode {
  id: string;
  type: EntityType;
  key: string;
  name: string;
  synonyms?: string[] | null;
  xrefs?: string[] | null;
  kind?: string | null;
  subgroupOf?: string | null;
}

/** A tag node that is not an entity: BiomarkerClass or MethodFlag. */
export interface TagNode {
  key: string;
  name: string;
}

/** A Finding as stored, with its subject's and object's entity ids. */
export interface FindingNode extends StoredFinding {
  index: number;
  statement: string;
  comparator?: string | null;
  population?: string | null;
  extractionAgent: string;
  extractionVersion: string;
  extractionConfidence: number;
  curated: boolean;
  subjectId: string;
  objectId: string;
  /** The subject and object themselves, when the statement that read the finding returned them. */
  subjectEntity?: EntityNode;
  objectEntity?: EntityNode;
  /**
   * The subject and object as their id, type, key and name only: served to this finding's `subject` or `object` field
   * alone when it selects no more than that (Finding in src/schema/finding.ts), never primed into the entity loader.
   */
  subjectName?: EntityNode;
  objectName?: EntityNode;
  /** Its study, when the statement that read the finding returned it whole (cypher/entity/findings.cypher). */
  studyNode?: StudyNode;
  /**
   * Its study with only the properties the query selects on it: served to this finding's `study` field alone, never
   * primed into the Study loader (another field may want the whole study).
   */
  partialStudy?: StudyNode;
}

function byKey<K, V>(keys: readonly K[], rows: [K, V][]): (V | null)[] {
  const map = new Map(rows);
  return keys.map((key) => map.get(key) ?? null);
}

export const entityLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, EntityNode | null>(async (ids) => {
      const rows = await context.cypher.read<{ entity: EntityNode }>('entity/by-ids', { ids });
      return byKey(ids, rows.map((row) => [row.entity.id, row.entity]));
    }),
);

/** The statistics of a stored finding in the canonical record's shape (ci and groups are stored flat / as JSON). */
export { storedStatistics } from '../evidence/stored-input.ts';

/** Hand the entities a finding statement already returned to the entity loader: finding → subject is then free. */
export function primeEntities(context: Context, findings: readonly FindingNode[]): void {
  const loader = entityLoader(context);
  for (const finding of findings) {
    if (finding.subjectEntity) loader.prime(finding.subjectEntity.id, finding.subjectEntity);
    if (finding.objectEntity) loader.prime(finding.objectEntity.id, finding.objectEntity);
  }
}

export const findingLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, FindingNode | null>(async (ids) => {
      const rows = await context.cypher.read<{ finding: FindingNode }>('finding/by-ids', { ids });
      primeEntities(context, rows.map((row) => row.finding));
      return byKey(ids, rows.map((row) => [row.finding.id, row.finding]));
    }),
);

function grouped<T>(keys: readonly string[], rows: { key: string; value: T }[]): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(row.key)?.push(row.value);
  return keys.map((key) => groups.get(key) ?? []);
}

export const studyFindingsLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, FindingNode[]>(async (slugs) => {
      const rows = await context.cypher.read<{ slug: string; finding: FindingNode }>('finding/by-studies', { slugs });
      primeEntities(context, rows.map((row) => row.finding));
      return grouped(slugs, rows.map((row) => ({ key: row.slug, value: row.finding })));
    }),
);

export interface StudyTagNodes {
  symptoms: EntityNode[];
  biomarkerClasses: TagNode[];
  methodFlags: TagNode[];
}

export const studyTagsLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, StudyTagNodes>(async (slugs) => {
      const rows = await context.cypher.read<{ slug: string; kind: string; tag: EntityNode & TagNode }>('study/tags', { slugs });
      const result = new Map<string, StudyTagNodes>(slugs.map((slug) => [slug, { symptoms: [], biomarkerClasses: [], methodFlags: [] }]));
      for (const row of rows) {
        const tags = result.get(row.slug);
        if (!tags) continue;
        if (row.kind === 'symptom') tags.symptoms.push(row.tag);
        else if (row.kind === 'biomarkerClass') tags.biomarkerClasses.push(row.tag);
        else tags.methodFlags.push(row.tag);
      }
      return slugs.map((slug) => result.get(slug)!);
    }),
);

/**
 * The findings of subject–object pairs under the default evidence filter, as cypher/evidence/pairs.cypher returns
 * them: for the fields of a materialized PairEvidence that need findings. Every pair of a request in one round trip.
 */
export const pairFindingsLoader = createContextCache(
  (context: Context) =>
    new DataLoader<{ subjectId: string; objectId: string }, StoredEvidenceRow<FindingNode>[], string>(
      async (pairs) => {
        const rows = await context.cypher.read<{ subjectId: string; objectId: string; findings: StoredEvidenceRow<FindingNode>[] }>(
          'evidence/pair-findings',
          { pairs: pairs.map(({ subjectId, objectId }) => ({ subjectId, objectId })), filter: defaultFilterParams() },
        );
        const byPair = new Map(rows.map((row) => [pairKey(row.subjectId, row.objectId), row.findings]));
        return pairs.map((pair) => byPair.get(pairKey(pair.subjectId, pair.objectId)) ?? []);
      },
      { cacheKeyFn: (pair) => pairKey(pair.subjectId, pair.objectId) },
    ),
);
