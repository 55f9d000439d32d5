// The three export formats as streams of text chunks: csv (one row per finding with its study's columns, RFC 4180),
// jsonl (one finding per line, nested subject, object, study) and kgx (KGX JSON Lines: Biolink nodes, then edges).
// Each is an async generator over the paged readers in source.ts; chunks are batched to ~64 KiB.
import type { Cypher } from '../db/cypher.ts';
import { storedStatistics } from '../evidence/index.ts';
import {
  agentType,
  ATLAS_STUDY_URL,
  entityCategory,
  entityCurie,
  localCurie,
  KNOWLEDGE_SOURCE,
  LOCAL_PREFIX,
  predicateFor,
  publications,
  studyCurie,
} from './biolink.ts';
import { exportMetadata } from './attribution.ts';
import type { ExportParams } from './filter.ts';
import {
  entityRows,
  findingRows,
  studyRows,
  type ExportEntity,
  type ExportFindingRow,
  type ExportStudy,
} from './source.ts';

import { FORMATS, isFormat, isKgxPart, KGX_PARTS, type ExportFormat, type KgxPart } from './options.ts';

export { FORMATS, isFormat, isKgxPart, KGX_PARTS, type ExportFormat, type KgxPart };

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  jsonl: 'application/x-ndjson; charset=utf-8',
  kgx: 'application/x-ndjson; charset=utf-8',
};

export interface ExportOptions {
  pageSize?: number;
  /** kgx only: nodes, edges, or both in one stream (nodes first). */
  part?: KgxPart;
  /** Called once per finding written (counting, progress). */
  onFinding?: () => void;
}

const CHUNK = 64 * 1024;

async function* batched(lines: AsyncIterable<string>): AsyncGenerator<string> {
  let buffer = '';
  for await (const line of lines) {
    buffer += line;
    if (buffer.length >= CHUNK) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer.length > 0) yield buffer;
}

// ---------------------------------------------------------------------------------------------------------------
// CSV

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes doubled. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join('; ') : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (fields: unknown[]) => `${fields.map(csvField).join(',')}\r\n`;

export const studyUrl = (study: ExportStudy) => study.sourceUrls?.[0] ?? `${ATLAS_STUDY_URL}${study.slug}`;

/** The CSV columns, each with how a finding row fills it. */
export const CSV_COLUMNS: [string, (row: ExportFindingRow) => unknown][] = [
  ['finding_id', (r) => r.finding.id],
  ['study_slug', (r) => r.study.slug],
  ['finding_index', (r) => r.finding.index],
  ['subject', (r) => r.subject.name],
  ['subject_type', (r) => r.subject.type],
  ['subject_xrefs', (r) => r.subject.xrefs ?? []],
  ['relation', (r) => r.finding.relation],
  ['sign', (r) => r.finding.sign],
  ['object', (r) => r.object.name],
  ['object_type', (r) => r.object.type],
  ['object_xrefs', (r) => r.object.xrefs ?? []],
  ['comparator', (r) => r.finding.comparator],
  ['population', (r) => r.finding.population],
  ['time_point', (r) => r.finding.timePoint],
  ['p_value', (r) => r.finding.pValue],
  ['p_comparator', (r) => r.finding.pComparator],
  ['significant', (r) => r.finding.significant],
  ['effect_size', (r) => r.finding.effectSize],
  ['effect_type', (r) => r.finding.effectType],
  ['ci_low', (r) => r.finding.ciLow],
  ['ci_high', (r) => r.finding.ciHigh],
  ['sample_size', (r) => r.finding.sampleSize],
  ['statement', (r) => r.finding.statement],
  ['extraction_agent', (r) => r.finding.extractionAgent],
  ['extraction_version', (r) => r.finding.extractionVersion],
  ['extraction_confidence', (r) => r.finding.extractionConfidence],
  ['curated', (r) => r.finding.curated ?? false],
  ['study_title', (r) => r.study.title],
  ['study_authors', (r) => r.study.authors ?? []],
  ['study_journal', (r) => r.study.journal],
  ['study_year', (r) => r.study.year],
  ['study_doi', (r) => r.study.doi],
  ['study_pmid', (r) => r.study.pmid],
  ['study_evidence_level', (r) => r.study.evidenceLevel],
  ['study_confidence', (r) => r.study.confidence],
  ['study_pem_criterion', (r) => r.study.pemCriterion],
  ['study_design', (r) => r.study.design],
  ['study_peer_reviewed', (r) => r.study.peerReviewed],
  ['study_review_status', (r) => r.study.reviewStatus],
  ['study_sample_size', (r) => r.study.sampleSize],
  ['study_control_group', (r) => r.study.controlGroup],
  ['study_retracted', (r) => r.study.retracted ?? false],
  ['study_method_flags', (r) => r.study.methodFlags ?? []],
  ['study_url', (r) => studyUrl(r.study)],
];

async function* csvLines(cypher: Cypher, params: ExportParams, options: ExportOptions): AsyncGenerator<string> {
  yield csvLine(CSV_COLUMNS.map(([name]) => name));
  for await (const row of findingRows(cypher, params, options.pageSize)) {
    options.onFinding?.();
    yield csvLine(CSV_COLUMNS.map(([, value]) => value(row)));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// JSON Lines

const entityJson = (e: ExportEntity) => ({
  id: e.id,
  type: e.type,
  name: e.name,
  kind: e.kind ?? null,
  synonyms: e.synonyms ?? [],
  xrefs: e.xrefs ?? [],
  broadMatch: e.broadMatch ?? [],
});

/** One finding as a JSON object close to the canonical record's FindingRecord, with its study's columns. */
export function findingJson(row: ExportFindingRow) {
  const f = row.finding;
  const s = row.study;
  return {
    id: f.id,
    study: {
      slug: s.slug,
      title: s.title ?? null,
      authors: s.authors ?? [],
      journal: s.journal ?? null,
      year: s.year ?? null,
      doi: s.doi ?? null,
      pmid: s.pmid ?? null,
      evidenceLevel: s.evidenceLevel ?? null,
      confidence: s.confidence ?? null,
      pemCriterion: s.pemCriterion ?? null,
      design: s.design ?? null,
      peerReviewed: s.peerReviewed ?? null,
      reviewStatus: s.reviewStatus ?? null,
      sampleSize: s.sampleSize ?? null,
      retracted: s.retracted ?? false,
      methodFlags: s.methodFlags ?? [],
      url: studyUrl(s),
    },
    index: f.index,
    statement: f.statement,
    subject: entityJson(row.subject),
    relation: f.relation,
    sign: f.sign ?? null,
    object: entityJson(row.object),
    comparator: f.comparator ?? null,
    population: f.population ?? null,
    timePoint: f.timePoint ?? null,
    ...storedStatistics(f),
    extraction: {
      agent: f.extractionAgent ?? null,
      version: f.extractionVersion ?? null,
      confidence: f.extractionConfidence ?? null,
      curated: f.curated ?? false,
    },
  };
}

async function* jsonLines(cypher: Cypher, params: ExportParams, options: ExportOptions): AsyncGenerator<string> {
  for await (const row of findingRows(cypher, params, options.pageSize)) {
    options.onFinding?.();
    yield `${JSON.stringify(findingJson(row))}\n`;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// KGX

const withoutNulls = (record: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(record).filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );

export function kgxEntityNode(entity: ExportEntity) {
  const id = entityCurie(entity);
  // The atlas-local id stays a cross-reference when the node is named by an ontology term, and so do the other terms.
  const xref = [
    ...new Set([
      ...(id !== localCurie(entity) ? [localCurie(entity)] : []),
      ...(entity.xrefs ?? []),
      ...(entity.terms ?? []).map((t) => t.curie),
    ]),
  ].filter((x) => x !== id);
  return withoutNulls({
    id,
    category: [entityCategory(entity)],
    name: entity.name,
    synonym: entity.synonyms ?? [],
    xref,
    broad_match: entity.broadMatch ?? [],
    provided_by: [KNOWLEDGE_SOURCE],
  });
}

export function kgxPublicationNode(study: ExportStudy) {
  return withoutNulls({
    id: studyCurie(study),
    category: ['biolink:Publication'],
    name: study.title ?? study.slug,
    authors: study.authors ?? [],
    publication_type: study.design ?? null,
    creation_date: study.year != null ? String(study.year) : null,
    xref: [study.pmid ? `PMID:${study.pmid}` : null, study.doi ? `doi:${study.doi}` : null, studyUrl(study)].filter(
      Boolean,
    ),
    provided_by: [KNOWLEDGE_SOURCE],
  });
}

export function kgxEdge(row: ExportFindingRow) {
  const f = row.finding;
  const mapping = predicateFor(f.relation, f.sign);
  const [subject, object] = mapping.reversed ? [row.object, row.subject] : [row.subject, row.object];
  return withoutNulls({
    id: `${LOCAL_PREFIX}:finding/${f.id}`,
    category: ['biolink:Association'],
    subject: entityCurie(subject),
    predicate: mapping.predicate,
    object: entityCurie(object),
    negated: mapping.negated ? true : null,
    ...mapping.qualifiers,
    original_predicate: `${LOCAL_PREFIX}:${f.relation}${f.sign && f.relation === 'CORRELATES_WITH' ? `_${f.sign}` : ''}`,
    knowledge_level: 'knowledge_assertion',
    agent_type: agentType(f),
    primary_knowledge_source: KNOWLEDGE_SOURCE,
    publications: publications(row.study),
    supporting_text: [f.statement],
    p_value: f.pValue ?? null,
    has_confidence_score: f.extractionConfidence ?? null,
    // Not Biolink slots: kept so nothing of the claim is lost.
    comparator: f.comparator ?? null,
    population: f.population ?? null,
    time_point: f.timePoint ?? null,
    significant: f.significant ?? null,
    effect_size: f.effectSize ?? null,
    effect_type: f.effectType ?? null,
    sample_size: f.sampleSize ?? null,
    evidence_level: row.study.evidenceLevel ?? null,
    pem_criterion: row.study.pemCriterion ?? null,
    study_slug: row.study.slug,
  });
}

async function* kgxLines(cypher: Cypher, params: ExportParams, options: ExportOptions): AsyncGenerator<string> {
  const part = options.part ?? 'all';
  if (part === 'metadata') {
    yield `${JSON.stringify(exportMetadata())}\n`;
    return;
  }
  if (part !== 'edges') {
    // Entities sharing an ontology term ("cortisol", "urinary cortisol levels" → CHEBI:17650) are one KGX node: the first by id.
    const written = new Set<string>();
    for await (const entity of entityRows(cypher, params, options.pageSize)) {
      const node = kgxEntityNode(entity);
      if (written.has(node.id as string)) continue;
      written.add(node.id as string);
      yield `${JSON.stringify(node)}\n`;
    }
    for await (const study of studyRows(cypher, params, options.pageSize))
      yield `${JSON.stringify(kgxPublicationNode(study))}\n`;
  }
  if (part !== 'nodes') {
    for await (const row of findingRows(cypher, params, options.pageSize)) {
      options.onFinding?.();
      yield `${JSON.stringify(kgxEdge(row))}\n`;
    }
  }
}

/** The export as text chunks, read from the graph page by page. */
export function exportChunks(
  cypher: Cypher,
  format: ExportFormat,
  params: ExportParams,
  options: ExportOptions = {},
): AsyncGenerator<string> {
  const lines =
    format === 'csv'
      ? csvLines(cypher, params, options)
      : format === 'jsonl'
        ? jsonLines(cypher, params, options)
        : kgxLines(cypher, params, options);
  return batched(lines);
}
