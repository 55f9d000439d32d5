// Reads what an export holds, page by page (keyset paging through cypher/export/*.cypher), so an export of any size
// keeps a bounded number of rows in memory: each generator holds one page at a time and fetches the next only when
// the consumer (a file or an HTTP response) has taken the previous one.
import type { FindingNode } from '../schema/projection.ts';
import type { Cypher } from '../db/cypher.ts';
import type { ExportParams } from './filter.ts';

import { DEFAULT_PAGE_SIZE } from './options.ts';

export { DEFAULT_PAGE_SIZE };

export interface ExportEntity {
  id: string;
  type: 'Biomarker' | 'Symptom' | 'Condition' | 'Measure';
  name: string;
  synonyms?: string[] | null;
  xrefs?: string[] | null;
  kind?: string | null;
  /** Ontology terms the entity is a kind or subgroup of (BROAD_MATCH), never the same thing. */
  broadMatch?: string[] | null;
  /** The ontology terms the entity is linked to (GROUNDED_TO), with their sources. */
  terms?: { curie: string; source: string }[] | null;
}

export interface ExportStudy {
  slug: string;
  title?: string | null;
  authors?: string[] | null;
  authorsTruncated?: boolean | null;
  journal?: string | null;
  year?: number | null;
  doi?: string | null;
  pmid?: string | null;
  evidenceLevel?: string | null;
  confidence?: string | null;
  pemCriterion?: string | null;
  design?: string | null;
  designLabel?: string | null;
  peerReviewed?: boolean | null;
  reviewStatus?: string | null;
  sampleSize?: number | null;
  controlGroup?: boolean | null;
  lastUpdated?: string | null;
  retracted?: boolean | null;
  sourceUrls?: string[] | null;
  methodFlags?: string[] | null;
}

/** A finding as the export statements return it: the stored properties, its entities given beside it. */
export type ExportFindingNode = Omit<FindingNode, 'subjectId' | 'objectId' | 'subjectEntity' | 'objectEntity'>;

export interface ExportFindingRow {
  finding: ExportFindingNode;
  subject: ExportEntity;
  object: ExportEntity;
  study: ExportStudy;
}

export async function countFindings(
  cypher: Cypher,
  params: ExportParams,
): Promise<{ findings: number; studies: number }> {
  const [row] = await cypher.read<{ findings: number; studies: number }>('export/count', { ...params });
  return { findings: row?.findings ?? 0, studies: row?.studies ?? 0 };
}

/** Every finding that passes the filter, in (study slug, position, id) order. */
export async function* findingRows(
  cypher: Cypher,
  params: ExportParams,
  pageSize = DEFAULT_PAGE_SIZE,
): AsyncGenerator<ExportFindingRow> {
  let after: { afterSlug: string | null; afterIndex: number | null; afterId: string | null } = {
    afterSlug: null,
    afterIndex: null,
    afterId: null,
  };
  for (;;) {
    const page = await cypher.read<ExportFindingRow>('export/findings-page', { ...params, ...after, limit: pageSize });
    yield* page;
    if (page.length < pageSize) return;
    const last = page.at(-1)!.finding;
    after = { afterSlug: last.studySlug, afterIndex: last.index, afterId: last.id };
  }
}

/** Every entity that is the subject or object of a finding passing the filter, by id. */
export async function* entityRows(
  cypher: Cypher,
  params: ExportParams,
  pageSize = DEFAULT_PAGE_SIZE,
): AsyncGenerator<ExportEntity> {
  let afterId: string | null = null;
  for (;;) {
    const page: { entity: ExportEntity }[] = await cypher.read<{ entity: ExportEntity }>('export/entities-page', {
      ...params,
      afterId,
      limit: pageSize,
    });
    for (const row of page) yield row.entity;
    if (page.length < pageSize) return;
    afterId = page.at(-1)!.entity.id;
  }
}

/** Every study that reports a finding passing the filter, by slug. */
export async function* studyRows(
  cypher: Cypher,
  params: ExportParams,
  pageSize = DEFAULT_PAGE_SIZE,
): AsyncGenerator<ExportStudy> {
  let afterSlug: string | null = null;
  for (;;) {
    const page: { study: ExportStudy }[] = await cypher.read<{ study: ExportStudy }>('export/studies-page', {
      ...params,
      afterSlug,
      limit: pageSize,
    });
    for (const row of page) yield row.study;
    if (page.length < pageSize) return;
    afterSlug = page.at(-1)!.study.slug;
  }
}
