// The projection: one shape per domain type, which stored properties each of its GraphQL fields reads, the property
// lists a statement returns for what an operation selects (cypher `[key IN $fields | n[key]]`), and those rows of
// values back into plain objects.
//
// One rule for every edge field: take it from the parent, else load it. A statement that reads a node may return its
// neighbours beside it (a finding's subject, object and study; a study's findings): they ride on the parent under
// the field's own name, holding at least what the operation selects there. Without them, the field loads through its
// per-request DataLoader, which holds whole nodes. A projected node is never primed into a loader (it may lack what
// another place of the operation selects).
import type { StoredFinding } from '../evidence/index.ts';
import type { EntityType, StudyRecord } from '../ingest/record.ts';
import { maySelect, selectionAt, type Selection, type SelectionInfo } from './selection.ts';

/** An Entity (Biomarker, Symptom, Condition, Measure): its stored properties. */
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

/** A Finding: its stored properties, its ends' ids, and (taken from the parent when present) its ends and study. */
export interface FindingNode extends StoredFinding {
  index: number;
  statement: string;
  comparator?: string | null;
  population?: string | null;
  timePoint?: string | null;
  extractionAgent: string;
  extractionVersion: string;
  extractionConfidence: number;
  curated: boolean;
  subjectId: string;
  objectId: string;
  subject?: EntityNode;
  object?: EntityNode;
  study?: StudyNode;
}

/** A Study: the canonical record's scalar properties, and (taken from the parent when present) its findings. */
export type StudyNode = Omit<StudyRecord, 'findings' | 'tags'> & { findings?: FindingNode[] };

// ---------------------------------------------------------------------------------------------------------------
// Field → property maps. A field missing from a map (one added to the schema later) makes the projection return
// every property: never too little.

/** Study fields that each resolve from the stored property of the same name (the rest load edges, or are `id`). */
export const STUDY_PROPERTY_FIELDS = [
  'slug',
  'title',
  'authors',
  'authorsTruncated',
  'journal',
  'year',
  'doi',
  'pmid',
  'evidenceLevel',
  'confidence',
  'pemCriterion',
  'design',
  'peerReviewed',
  'reviewStatus',
  'sampleSize',
  'controlGroup',
  'summary',
  'whyItMatters',
  'doesNotProve',
  'observedFindings',
  'inferredConclusions',
  'remainingQuestions',
  'lastUpdated',
  'retracted',
  'sourceUrls',
] as const satisfies readonly (keyof StudyNode)[];

export const STUDY_FIELD_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(STUDY_PROPERTY_FIELDS.map((field) => [field, [field]])),
  __typename: [],
  id: ['slug'],
  findings: ['slug'],
  symptoms: ['slug'],
  biomarkerClasses: ['slug'],
  methodFlags: ['slug'],
};

/** The stored properties each Finding field reads. `subject` and `object` read their ends, returned beside. */
export const FINDING_FIELD_PROPERTIES: Readonly<Record<string, readonly (keyof FindingNode)[]>> = {
  __typename: [],
  id: ['id'],
  study: ['studySlug'],
  statement: ['statement'],
  relation: ['relation'],
  sign: ['sign'],
  subject: [],
  object: [],
  comparator: ['comparator'],
  population: ['population'],
  timePoint: ['timePoint'],
  pValue: ['pValue'],
  pComparator: ['pComparator'],
  significant: ['significant'],
  effectSize: ['effectSize'],
  effectType: ['effectType'],
  ci: ['ciLow', 'ciHigh'],
  sampleSize: ['sampleSize'],
  groups: ['groups'],
  extraction: ['extractionAgent', 'extractionVersion', 'extractionConfidence', 'curated'],
};

/** The stored properties each Entity field reads (any implementing type's). `id` is the key; edges need the id. */
export const ENTITY_FIELD_PROPERTIES: Readonly<Record<string, readonly (keyof EntityNode)[]>> = {
  __typename: ['type'],
  id: ['key'],
  name: ['name'],
  synonyms: ['synonyms'],
  xrefs: ['xrefs'],
  kind: ['kind'],
  subgroupOf: ['subgroupOf'],
  findings: ['id'],
  studies: ['id'],
  findingCount: ['id'],
};

const union = (maps: Readonly<Record<string, readonly string[]>>) => [...new Set(Object.values(maps).flat())];

export const ALL_STUDY_PROPERTIES: readonly string[] = union(STUDY_FIELD_PROPERTIES);
export const ALL_FINDING_PROPERTIES: readonly string[] = [...union(FINDING_FIELD_PROPERTIES), 'index'];
export const ALL_ENTITY_PROPERTIES: readonly string[] = union(ENTITY_FIELD_PROPERTIES);

function properties(
  map: Readonly<Record<string, readonly string[]>>,
  all: readonly string[],
  always: readonly string[],
  selection: Selection,
): string[] {
  const chosen = new Set(always);
  for (const name of selection.names) {
    const read = map[name];
    if (!read) return [...all];
    for (const property of read) chosen.add(property);
  }
  return [...chosen];
}

/** The study properties `selection` reads, the slug, and `also` (a sort key a cursor needs). */
export const studyProperties = (selection: Selection, also: readonly string[] = []): string[] =>
  properties(STUDY_FIELD_PROPERTIES, ALL_STUDY_PROPERTIES, ['slug', ...also], selection);

/** The finding properties `selection` reads, and the id. */
export const findingProperties = (selection: Selection): string[] =>
  properties(FINDING_FIELD_PROPERTIES, ALL_FINDING_PROPERTIES, ['id'], selection);

/** The entity properties `selection` reads, the id and the type (which names its GraphQL type). */
export const entityProperties = (selection: Selection): string[] =>
  properties(ENTITY_FIELD_PROPERTIES, ALL_ENTITY_PROPERTIES, ['id', 'type'], selection);

// ---------------------------------------------------------------------------------------------------------------
// Findings with their ends (and study): the `$findingFields`, `$endFields` and `$studyFields` of a statement that
// returns each finding as `[subject values, object values, finding values, study values]`.

export interface FindingProjection {
  findingFields: string[];
  /** One list for both ends: each end's selection differs little, and one list keeps the statement's text one. */
  endFields: string[];
  /** Null: the finding's study is not selected, and the statement returns no values for it. */
  studyFields: string[] | null;
}

/** Every property of findings, their ends and study: what a loader reads (it serves any selection). */
export const WHOLE_FINDINGS: FindingProjection = {
  findingFields: [...ALL_FINDING_PROPERTIES],
  endFields: [...ALL_ENTITY_PROPERTIES],
  studyFields: null,
};

/** What findings at the end of any of `paths` below the field being resolved select, as statement parameters. */
export function findingProjection(info: SelectionInfo, ...paths: string[][]): FindingProjection {
  const below = (field: string) => paths.map((path) => [...path, field]);
  const findings = selectionAt(info, ...paths);
  return {
    findingFields: findingProperties(findings),
    endFields: entityProperties(selectionAt(info, ...below('subject'), ...below('object'))),
    studyFields: maySelect(findings, 'study') ? studyProperties(selectionAt(info, ...below('study'))) : null,
  };
}

/** Values in the order of `properties` (cypher `[key IN $fields | n[key]]`) as an object. */
export function fromValues<T>(properties: readonly string[], values: readonly unknown[]): T {
  const node: Record<string, unknown> = {};
  for (let i = 0; i < properties.length; i++) node[properties[i]!] = values[i];
  return node as T;
}

/** One row `[subject, object, finding, study?]` of values as a finding with its ends (and study) on it. */
export function findingFromRow(row: readonly (readonly unknown[])[], projection: FindingProjection): FindingNode {
  const subject = fromValues<EntityNode>(projection.endFields, row[0]!);
  const object = fromValues<EntityNode>(projection.endFields, row[1]!);
  const finding = fromValues<FindingNode>(projection.findingFields, row[2]!);
  finding.subjectId = subject.id;
  finding.objectId = object.id;
  finding.subject = subject;
  finding.object = object;
  if (projection.studyFields) finding.study = fromValues<StudyNode>(projection.studyFields, row[3]!);
  return finding;
}
