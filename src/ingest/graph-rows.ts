// A canonical record as the rows the load statements UNWIND: the study's properties, its entities (resolved
// through the lexicons so synonyms meet in one node), its tags, and its findings with their typed edges.
import crypto from 'node:crypto';
import { compactKey, ENTITY_KEY_RULE, entityId, entityKey, normalizeKey } from './entity-key.ts';
import { resolveEntity } from './extract/index.ts';
import type { EntityRef, FindingRecord, StudyRecord } from './record.ts';
import { hashText, stableStringify } from './stable-json.ts';

export interface EntityRow {
  id: string;
  type: EntityRef['type'];
  key: string;
  /** ENTITY_KEY_RULE: the rule that made `key`. */
  keyRule: number;
  name: string;
  synonyms: string[];
  /** The match keys of the name and every synonym (normalizeKey): what every query matches a name against. */
  names: string[];
  /** compactKey of the name and every synonym: `search` ranks an entity whose compact key is the query's first. */
  searchKeys: string[];
  xrefs: string[];
  kind: string | null;
  subgroupOf: string | null;
  /** Ontology terms the entity is a kind or subgroup of (EntityRef.broadMatch), never the same thing. */
  broadMatch: string[];
}

/** An entity's match keys: its name's and each synonym's normalizeKey, once each. */
export const nameKeys = (name: string, synonyms: string[]): string[] => [
  ...new Set([name, ...synonyms].map(normalizeKey)),
];
export const searchKeys = (name: string, synonyms: string[]): string[] =>
  [...new Set([name, ...synonyms].map(compactKey))].filter((key) => key.length > 0);

export interface FindingRow {
  id: string;
  studySlug: string;
  subjectId: string;
  objectId: string;
  relation: FindingRecord['relation'];
  props: Record<string, unknown>;
  /** Properties of the typed subject→object edge (SPEC §2). */
  edge: Record<string, unknown>;
}

export interface TagRow {
  slug: string;
  key: string;
  name: string;
}

export interface StudyRows {
  slug: string;
  props: Record<string, unknown>;
  entities: EntityRow[];
  symptomTags: { slug: string; entityId: string }[];
  biomarkerClasses: TagRow[];
  methodFlags: TagRow[];
  findings: FindingRow[];
}

/** The lexicon's entry for a name when it has one (canonical name, synonyms, xrefs), else the reference as given. */
export function canonicalEntity(ref: EntityRef): EntityRef {
  const known = resolveEntity(ref.type, ref.name);
  if (!known) return ref;
  return {
    ...known,
    synonyms: [...new Set([...(known.synonyms ?? []), ...(ref.synonyms ?? [])])],
    xrefs: { ...(ref.xrefs ?? {}), ...(known.xrefs ?? {}) },
    ...(ref.broadMatch && !known.broadMatch ? { broadMatch: ref.broadMatch } : {}),
  };
}

function entityRow(ref: EntityRef): EntityRow {
  const entity = canonicalEntity(ref);
  const synonyms = [
    ...new Set((entity.synonyms ?? []).filter((s) => normalizeKey(s) !== normalizeKey(entity.name))),
  ].sort();
  return {
    id: entityId(entity.type, entity.name),
    type: entity.type,
    key: entityKey(entity.name),
    keyRule: ENTITY_KEY_RULE,
    name: entity.name,
    synonyms,
    names: nameKeys(entity.name, synonyms),
    searchKeys: searchKeys(entity.name, synonyms),
    xrefs: Object.entries(entity.xrefs ?? {})
      // A CURIE (MONDO:0005404, HP:0012378) stays as it is; a bare accession gets its source (miRBase:MIMAT0000510).
      .map(([source, id]) => (/^[A-Za-z][\w.-]*:/.test(id) ? id : `${source}:${id}`))
      .sort(),
    kind: entity.kind ?? null,
    subgroupOf: entity.subgroupOf ?? null,
    broadMatch: entity.broadMatch && !(entity.xrefs && Object.keys(entity.xrefs).length) ? [entity.broadMatch] : [],
  };
}

/**
 * Two rows of one entity id combined as merge-entities would combine them in two statements: names and
 * cross-references add up, the first kind and parent given stay, and a variant spelling of the name ("B cell
 * frequency" of "B cells", one entity key) stays findable as a synonym.
 */
function combineEntityRows(seen: EntityRow, other: EntityRow): void {
  // Most rows of a batch repeat an entity already seen as it was (IL-6 in hundreds of studies): each part is rebuilt
  // only when the other row adds to it.
  const variant = other.name === seen.name || normalizeKey(other.name) === normalizeKey(seen.name) ? [] : [other.name];
  const synonyms = [...other.synonyms, ...variant];
  if (synonyms.some((s) => !seen.synonyms.includes(s))) {
    seen.synonyms = [...new Set([...seen.synonyms, ...synonyms])].sort();
    seen.names = nameKeys(seen.name, seen.synonyms);
    seen.searchKeys = searchKeys(seen.name, seen.synonyms);
  }
  if (other.xrefs.some((x) => !seen.xrefs.includes(x)))
    seen.xrefs = [...new Set([...seen.xrefs, ...other.xrefs])].sort();
  seen.kind ??= other.kind;
  seen.subgroupOf ??= other.subgroupOf;
  if (other.broadMatch.some((x) => !seen.broadMatch.includes(x)))
    seen.broadMatch = [...new Set([...seen.broadMatch, ...other.broadMatch])].sort();
}

/** Neo4j stores no nulls and no nested maps: drop the first, serialise the second. */
function storable(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null && value !== undefined));
}

function findingId(slug: string, finding: FindingRecord): string {
  const digest = crypto
    .createHash('sha256')
    // The population and time point join the key only when given, so findings without them keep the ids they always
    // had.
    .update(
      stableStringify([
        slug,
        finding.statement,
        finding.subject,
        finding.relation,
        finding.sign ?? null,
        finding.object,
        finding.comparator ?? null,
        ...(finding.population ? [finding.population] : []),
        ...(finding.timePoint ? [{ timePoint: finding.timePoint }] : []),
      ]),
    )
    .digest('hex');
  return `${slug}#${digest.slice(0, 16)}`;
}

function findingRow(
  study: StudyRecord,
  finding: FindingRecord,
  index: number,
  subjectId: string,
  objectId: string,
): FindingRow {
  const id = findingId(study.slug, finding);
  const props = storable({
    id,
    studySlug: study.slug,
    index,
    // The ends' ids: an entity's page of findings in one role reads them in id order from an index
    // (cypher/entity/findings-in-id-order.cypher; rekey-entities.cypher keeps them when an entity is re-keyed).
    subjectId,
    objectId,
    statement: finding.statement,
    relation: finding.relation,
    sign: finding.relation === 'CORRELATES_WITH' ? (finding.sign ?? 'UNSPECIFIED') : null,
    comparator: finding.comparator,
    population: finding.population,
    timePoint: finding.timePoint,
    pValue: finding.pValue,
    pComparator: finding.pComparator,
    significant: finding.significant,
    effectSize: finding.effectSize,
    effectType: finding.effectType,
    ciLow: finding.ci?.[0],
    ciHigh: finding.ci?.[1],
    sampleSize: finding.sampleSize,
    groups: finding.groups ? JSON.stringify(finding.groups) : null,
    extractionAgent: finding.extraction.agent,
    extractionVersion: finding.extraction.version,
    extractionConfidence: finding.extraction.confidence,
    curated: finding.extraction.curated,
  });
  return {
    id,
    studySlug: study.slug,
    subjectId,
    objectId,
    relation: finding.relation,
    props,
    // The study's filter properties ride on the edge too, so walks filter edges without seeking each edge's
    // Study (cypher/neighborhood/expand.cypher). They are copies: a study whose record changes is rewritten
    // with its findings and edges (load.ts), and migration 007 backfills edges written before.
    edge: storable({
      findingId: id,
      studySlug: study.slug,
      sign: props.sign,
      pValue: finding.pValue,
      significant: finding.significant,
      evidenceLevel: study.evidenceLevel,
      pemCriterion: study.pemCriterion,
      design: study.design,
      year: study.year,
      confidence: study.confidence,
      retracted: study.retracted ?? false,
    }),
  };
}

/** Everything of the record but its findings and tags, plus the record itself and its hash. */
function studyProps(record: StudyRecord): Record<string, unknown> {
  const { findings: _findings, tags: _tags, ...scalars } = record;
  const text = stableStringify(record);
  // doiKey: DOIs are case-insensitive; study(doi:) looks the lower-cased DOI up here (index study_doi_key).
  return storable({ ...scalars, doiKey: record.doi?.toLowerCase(), record: text, hash: hashText(text) });
}

/**
 * The row of `ref`, from `known` when an equal reference was seen in the batch (a fresh copy: rows are combined in
 * place). Lexicon lookup and key normalisation were most of an import's own CPU, for the same few entities.
 */
function entityRowOf(ref: EntityRef, known: Map<string, EntityRow>): EntityRow {
  const key = JSON.stringify(ref);
  let row = known.get(key);
  if (!row) known.set(key, (row = entityRow(ref)));
  return {
    ...row,
    synonyms: [...row.synonyms],
    names: [...row.names],
    searchKeys: [...row.searchKeys],
    xrefs: [...row.xrefs],
    broadMatch: [...row.broadMatch],
  };
}

export function studyRows(record: StudyRecord, known = new Map<string, EntityRow>()): StudyRows {
  const entities = new Map<string, EntityRow>();
  const addEntity = (ref: EntityRef) => {
    const row = entityRowOf(ref, known);
    const seen = entities.get(row.id);
    if (seen) combineEntityRows(seen, row);
    else entities.set(row.id, row);
    return row.id;
  };
  // A claim stated twice (a page that repeats a line) is one finding.
  const seen = new Set<string>();
  const findings = (record.findings ?? [])
    .map((finding, index) => findingRow(record, finding, index, addEntity(finding.subject), addEntity(finding.object)))
    .filter((row) => !seen.has(row.id) && seen.add(row.id));
  const tags = record.tags ?? { symptoms: [], biomarkerClasses: [], methodFlags: [] };
  const symptomTags = tags.symptoms.map((name) => ({
    slug: record.slug,
    entityId: addEntity({ type: 'Symptom', name }),
  }));
  const tagRows = (names: string[]) => names.map((name) => ({ slug: record.slug, key: normalizeKey(name), name }));
  return {
    slug: record.slug,
    props: studyProps(record),
    entities: [...entities.values()],
    symptomTags,
    biomarkerClasses: tagRows(tags.biomarkerClasses),
    methodFlags: tagRows(tags.methodFlags),
    findings,
  };
}

/** Rows of several studies, concatenated for one UNWIND each. */
export function batchRows(records: StudyRecord[]) {
  const known = new Map<string, EntityRow>();
  const rows = records.map((record) => studyRows(record, known));
  const entities = new Map<string, EntityRow>();
  for (const entity of rows.flatMap((r) => r.entities)) {
    const seen = entities.get(entity.id);
    if (seen) combineEntityRows(seen, entity);
    else entities.set(entity.id, entity);
  }
  return {
    slugs: rows.map((r) => r.slug),
    studies: rows.map((r) => ({ slug: r.slug, props: r.props })),
    entities: [...entities.values()],
    symptomTags: rows.flatMap((r) => r.symptomTags),
    biomarkerClasses: rows.flatMap((r) => r.biomarkerClasses),
    methodFlags: rows.flatMap((r) => r.methodFlags),
    findings: rows.flatMap((r) => r.findings),
  };
}
