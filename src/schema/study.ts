// Study: one atlas entry. Loaded by slug through a per-request DataLoader; listed with keyset pagination.
import type { GraphQLResolveInfo } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { builder } from '../builder.ts';
import type { StudyRecord } from '../ingest/record.ts';
import { ConfidenceEnum, EvidenceLevelEnum, PemCriterionEnum, ReviewStatusEnum, StudyDesignEnum } from './enums.ts';
import { Symptom } from './entity.ts';
import { Finding, partialFinding, selectedFindingProperties, selectsWholeEnds } from './finding.ts';
import { primeEntities, studyFindingsLoader, studyTagsLoader, type FindingNode } from './loaders.ts';
import { maySelect, selectionAt, selectionOf } from './selection.ts';
import { forwardPage, toPage } from './pagination.ts';
import {
  decodeStudyCursor,
  studyCursorKey,
  StudyFilter,
  StudyOrder,
  studyFilterParams,
  studySource,
  type StudyOrderField,
} from './study-filter.ts';
import { BiomarkerClass, MethodFlag } from './tags.ts';

/** A Study as stored: the canonical record's scalar properties (findings and tags are edges). */
export type StudyNode = Omit<StudyRecord, 'findings' | 'tags'> & {
  /**
   * Its findings with only the properties the query selects on them, when the statement that read the study returned
   * them so (study(slug)): served to this study's `findings` field alone. A study carrying them is never primed.
   */
  partialFindings?: FindingNode[];
};

/** Study fields that each resolve from the stored property of the same name (the rest load edges, or are `id`). */
export const STUDY_PROPERTY_FIELDS = [
  'slug', 'title', 'authors', 'authorsTruncated', 'journal', 'year', 'doi', 'pmid', 'evidenceLevel', 'confidence',
  'pemCriterion', 'design', 'peerReviewed', 'reviewStatus', 'sampleSize', 'controlGroup', 'summary', 'whyItMatters',
  'doesNotProve', 'observedFindings', 'inferredConclusions', 'remainingQuestions', 'lastUpdated', 'retracted',
  'sourceUrls',
] as const satisfies readonly (keyof StudyNode)[];
const PROPERTY_FIELDS: ReadonlySet<string> = new Set(STUDY_PROPERTY_FIELDS);

/** The property each order reads, which a page row must carry for its cursor. */
const SORT_PROPERTY: Record<StudyOrderField, keyof StudyNode> = {
  SLUG: 'slug',
  YEAR: 'year',
  EVIDENCE_LEVEL: 'evidenceLevel',
  TITLE: 'title',
};

/**
 * The study properties a statement returning studies for a list needs: those the query selects on them (at the end
 * of any of `paths`), the slug, and `also`. A list of a few fields then carries a few hundred bytes a study instead
 * of every summary. Null (whole nodes) when a named fragment hides what is selected.
 */
export function selectedStudyProperties(info: Pick<GraphQLResolveInfo, 'fieldNodes'>, paths: string[][], also: string[] = []): string[] | null {
  const selection = selectionAt(info, ...paths);
  if (selection.spreads) return null;
  const properties = new Set<string>(['slug', ...also]);
  for (const name of selection.names) if (PROPERTY_FIELDS.has(name)) properties.add(name);
  return [...properties];
}

/** Rows of `properties` values (cypher `[key IN $fields | s[key]]`) as partial studies. */
export function partialStudy(properties: readonly string[], values: readonly unknown[]): StudyNode {
  return Object.fromEntries(properties.map((key, i) => [key, values[i]])) as StudyNode;
}

export const Study = builder.loadableNodeRef<StudyNode, string, string>('Study', {
  id: { resolve: (study) => study.slug },
  // One round trip per batch of slugs; `sort` lines the rows up with the keys (missing slugs become errors).
  load: async (slugs, context) => {
    const rows = await context.cypher.read<{ study: StudyNode }>('study/by-slugs', { slugs });
    return rows.map((row) => row.study);
  },
  sort: (study) => study.slug,
});

Study.implement({
  description: 'One study entry of the atlas: a paper, its classification, summary and observed findings.',
  fields: (t) => ({
    slug: t.exposeString('slug'),
    title: t.exposeString('title', { nullable: true }),
    authors: t.stringList({
      description: 'Authors as shown on the page ("Surname, Given"); see authorsTruncated.',
      resolve: (s) => s.authors ?? [],
    }),
    authorsTruncated: t.boolean({
      nullable: true,
      description: 'True when the page cut the author list with "et al.".',
      resolve: (s) => s.authorsTruncated ?? null,
    }),
    journal: t.exposeString('journal', { nullable: true }),
    year: t.exposeInt('year', { nullable: true }),
    doi: t.exposeString('doi', { nullable: true }),
    pmid: t.exposeString('pmid', { nullable: true }),
    evidenceLevel: t.field({ type: EvidenceLevelEnum, nullable: true, resolve: (s) => s.evidenceLevel ?? null }),
    confidence: t.field({ type: ConfidenceEnum, nullable: true, resolve: (s) => s.confidence ?? null }),
    pemCriterion: t.field({ type: PemCriterionEnum, nullable: true, resolve: (s) => s.pemCriterion ?? null }),
    design: t.field({ type: StudyDesignEnum, nullable: true, resolve: (s) => s.design ?? null }),
    peerReviewed: t.boolean({ nullable: true, resolve: (s) => s.peerReviewed ?? null }),
    reviewStatus: t.field({ type: ReviewStatusEnum, nullable: true, resolve: (s) => s.reviewStatus ?? null }),
    sampleSize: t.int({ nullable: true, resolve: (s) => s.sampleSize ?? null }),
    controlGroup: t.boolean({ nullable: true, resolve: (s) => s.controlGroup ?? null }),
    summary: t.string({ nullable: true, resolve: (s) => s.summary ?? null }),
    whyItMatters: t.string({ nullable: true, resolve: (s) => s.whyItMatters ?? null }),
    doesNotProve: t.string({ nullable: true, resolve: (s) => s.doesNotProve ?? null }),
    observedFindings: t.stringList({ resolve: (s) => s.observedFindings ?? [] }),
    inferredConclusions: t.stringList({ resolve: (s) => s.inferredConclusions ?? [] }),
    remainingQuestions: t.stringList({ resolve: (s) => s.remainingQuestions ?? [] }),
    lastUpdated: t.string({
      nullable: true,
      description: 'ISO date (YYYY-MM-DD) of the entry\'s last update.',
      resolve: (s) => s.lastUpdated ?? null,
    }),
    retracted: t.boolean({ resolve: (s) => s.retracted ?? false }),
    sourceUrls: t.stringList({ resolve: (s) => s.sourceUrls ?? [] }),
    findings: t.field({
      type: [Finding],
      description: 'The claims this study reports, in the order of its Observed Findings.',
      resolve: (s, _args, context) => s.partialFindings ?? studyFindingsLoader(context).load(s.slug),
    }),
    symptoms: t.field({
      type: [Symptom],
      description: 'Atlas Symptom tags.',
      resolve: async (s, _args, context) => (await studyTagsLoader(context).load(s.slug)).symptoms,
    }),
    biomarkerClasses: t.field({
      type: [BiomarkerClass],
      description: 'Atlas Biomarker tags.',
      resolve: async (s, _args, context) => (await studyTagsLoader(context).load(s.slug)).biomarkerClasses,
    }),
    methodFlags: t.field({
      type: [MethodFlag],
      description: 'Atlas Method Flag tags.',
      resolve: async (s, _args, context) => (await studyTagsLoader(context).load(s.slug)).methodFlags,
    }),
  }),
});

builder.queryFields((t) => ({
  study: t.field({
    type: Study,
    nullable: true,
    description: 'One study by its atlas slug, DOI or PMID (give one).',
    args: {
      slug: t.arg.string({ required: false }),
      doi: t.arg.string({ required: false, description: 'With or without the https://doi.org/ prefix.' }),
      pmid: t.arg.string({ required: false }),
    },
    resolve: async (_root, args, context, info) => {
      const given = [args.slug, args.doi, args.pmid].filter((value) => value != null);
      if (given.length !== 1) {
        throw createGraphQLError('study: give exactly one of slug, doi or pmid', {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      const doi = args.doi?.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i, '') ?? null;
      const withFindings = maySelect(selectionOf(info), 'findings');
      // Whole when its findings' `study` may be selected: primed into the loader, the study then serves that too.
      const fields = maySelect(selectionAt(info, ['findings']), 'study') ? null : selectedStudyProperties(info, [[]]);
      const findingFields = withFindings ? selectedFindingProperties(info, ['findings']) : null;
      // The ends whole only where more than their names may be selected (src/schema/finding.ts serves the rest).
      const wholeEnds = selectsWholeEnds(info, ['findings']);
      const [row] = await context.cypher.read<{ study: StudyNode | unknown[]; findings: (FindingNode | unknown[])[] }>('study/by-identifiers', {
        slug: args.slug ?? null,
        doi,
        pmid: args.pmid?.trim() ?? null,
        withFindings,
        wholeEnds: wholeEnds || null,
        fields,
        findingFields,
      });
      if (!row) return null;
      // A partial study (the selected properties) serves this field alone and is not primed into the loader.
      const study = fields ? partialStudy(fields, row.study as unknown[]) : (row.study as StudyNode);
      if (!fields) Study.getDataloader(context).prime(study.slug, study);
      if (!withFindings) return study;
      const findings = findingFields
        ? row.findings.map((values) => partialFinding(findingFields, values as unknown[], wholeEnds))
        : (row.findings as FindingNode[]);
      primeEntities(context, findings);
      // Partial findings ride on a study object of their own: the one primed above may serve other selections.
      if (findingFields) return { ...study, partialFindings: findings };
      studyFindingsLoader(context).prime(study.slug, findings);
      return study;
    },
  }),
  studies: t.connection(
    {
      type: Study,
      description:
        'Studies matching `filter` (all when absent), in `orderBy` order (default: by slug), with keyset cursors. ' +
        'One database round trip for the page and its totalCount.',
      args: {
        filter: t.arg({ type: StudyFilter, required: false }),
        orderBy: t.arg({ type: StudyOrder, required: false }),
      },
      resolve: async (_root, args, context, info) => {
        const field = args.orderBy?.field ?? 'SLUG';
        const direction = args.orderBy?.direction ?? 'ASC';
        const { limit } = forwardPage({ ...args, after: null });
        const { afterSlug, afterValue } = decodeStudyCursor(args.after, field, direction);
        const fields = selectedStudyProperties(info, [['nodes'], ['edges', 'node']], [SORT_PROPERTY[field]]);
        const filter = studyFilterParams(args.filter);
        const [row] = await context.cypher.read<{ total: number; studies: (StudyNode | unknown[])[] }>('study/page', {
          filter,
          source: studySource(filter),
          orderField: field,
          orderDirection: direction,
          afterSlug,
          afterValue,
          limit: limit + 1,
          fields,
        });
        // Rows of selected properties are partial studies: they serve this page and are not primed into the loader.
        const studies = (row?.studies ?? []).map((study) =>
          fields ? partialStudy(fields, study as unknown[]) : (study as StudyNode),
        );
        // Cursors carry the sort value as well as the slug, so ties on a non-unique sort key page correctly.
        return toPage(studies, limit, row?.total ?? 0, (s) => studyCursorKey(s, field, direction), args.after ?? null);
      },
    },
    {
      name: 'StudyConnection',
      fields: (t) => ({
        totalCount: t.int({ resolve: (connection) => (connection as { totalCount: number }).totalCount }),
      }),
    },
  ),
}));
