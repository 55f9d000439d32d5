// Study: one atlas entry. Loaded by slug through a per-request DataLoader; listed with keyset pagination.
import { builder } from '../builder.ts';
import { badInput } from '../errors.ts';
import { ConfidenceEnum, EvidenceLevelEnum, PemCriterionEnum, ReviewStatusEnum, StudyDesignEnum } from './enums.ts';
import { studyFindingsLoader, studyTagsLoader } from './loaders.ts';
import { forwardPage, toPage } from './pagination.ts';
import { findingFromRow, findingProjection, fromValues, studyProperties, type StudyNode } from './projection.ts';
import { BiomarkerClass, Finding, MethodFlag, Study, Symptom } from './refs.ts';
import { maySelect, selectionAt, selectionOf } from './selection.ts';
import { decodeStudyCursor, studyCursorKey, type StudyOrderField } from '../query/cursors.ts';
import { readsInIndexOrder, studyFilterParams, studySource } from '../query/study-filter.ts';
import { StudyFilter, StudyOrder } from './study-filter.ts';

/** The property each order reads, which a page row must carry for its cursor. */
const SORT_PROPERTY: Record<StudyOrderField, keyof StudyNode> = {
  SLUG: 'slug',
  YEAR: 'year',
  EVIDENCE_LEVEL: 'evidenceLevel',
  TITLE: 'title',
};

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
      description: "ISO date (YYYY-MM-DD) of the entry's last update.",
      resolve: (s) => s.lastUpdated ?? null,
    }),
    retracted: t.boolean({ resolve: (s) => s.retracted ?? false }),
    sourceUrls: t.stringList({ resolve: (s) => s.sourceUrls ?? [] }),
    findings: t.field({
      type: [Finding],
      description: 'The claims this study reports, in the order of its Observed Findings.',
      // What the operation selects on them, fetched for every study of the page in one round trip.
      resolve: (s, _args, context, info) =>
        s.findings ?? studyFindingsLoader(context, findingProjection(info, [])).load(s.slug),
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
        throw badInput('study: give exactly one of slug, doi or pmid');
      }
      // DOIs are case-insensitive: matched lower-cased against Study.doiKey.
      const doi =
        args.doi
          ?.trim()
          .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i, '')
          .toLowerCase() ?? null;
      // The study with the properties selected on it and on its findings' study (the same node); with its findings
      // and their ends when they are selected, all in this one round trip (src/schema/projection.ts).
      const findings = maySelect(selectionOf(info), 'findings') ? findingProjection(info, ['findings']) : null;
      const studyFields = studyProperties(selectionAt(info, [], ['findings', 'study']));
      const [row] = await context.cypher.read<{ study: unknown[]; findings: unknown[][][] }>('study/by-identifiers', {
        slug: args.slug ?? null,
        doi,
        pmid: args.pmid?.trim() ?? null,
        studyFields,
        withFindings: findings !== null,
        findingFields: findings?.findingFields ?? null,
        endFields: findings?.endFields ?? null,
      });
      if (!row) return null;
      const study = fromValues<StudyNode>(studyFields, row.study);
      if (!findings) return study;
      const projection = { ...findings, studyFields: null };
      const properties = { ...study };
      return {
        ...study,
        findings: row.findings.map((values) => {
          const finding = findingFromRow(values, projection);
          if (findings.studyFields) finding.study = properties;
          return finding;
        }),
      };
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
        const fields = studyProperties(selectionAt(info, ['nodes'], ['edges', 'node']), [SORT_PROPERTY[field]]);
        const filter = studyFilterParams(args.filter);
        const [row] = await context.cypher.read<{ total: number; studies: unknown[][] }>(
          readsInIndexOrder(filter, field) ? 'study/page-ordered' : 'study/page',
          {
            filter,
            source: studySource(filter),
            orderField: field,
            orderDirection: direction,
            afterSlug,
            afterValue,
            limit: limit + 1,
            fields,
          },
        );
        const studies = (row?.studies ?? []).map((values) => fromValues<StudyNode>(fields, values));
        // Cursors carry the sort value as well as the slug, so ties on a non-unique sort key page correctly.
        return toPage(studies, limit, row?.total ?? 0, (s) => studyCursorKey(s, field, direction), args.after ?? null);
      },
    },
    { name: 'StudyConnection' },
  ),
}));
