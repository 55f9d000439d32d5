// Cross-study evidence's root fields (SPEC §4): `evidence`, the PairEvidence of every subject–object pair around one
// entity (read by src/schema/evidence-pairs.ts, typed by src/schema/pair-evidence.ts), and `evidenceMatrix`, the
// subjects × objects cells of a heatmap (src/schema/evidence-matrix.ts). The synthesis itself is src/evidence
// (docs/evidence.md).
import { builder } from '../builder.ts';
import { FindingRoleEnum } from './entity.ts';
import { EvidenceFilter, EvidenceWeightsInput } from './evidence-inputs.ts';
import { selectionAt, type SelectionInfo } from './selection.ts';
import { PairEvidence } from './pair-evidence.ts';
import {
  DEFAULT_PAIRS,
  MAX_PAIRS,
  pairEvidencePage,
  type PairEvidenceArgs,
  type PairPage,
  type PairSelectionNeeds,
} from './evidence-pairs.ts';
import type { Context } from '../context.ts';
import { pairCursor } from '../query/cursors.ts';
import { DEFAULT_MATRIX_SIDE, EvidenceMatrixType, evidenceMatrix, MAX_MATRIX_SIDE } from './evidence-matrix.ts';
import { GROWING_SUMMARY_FIELDS } from '../evidence/index.ts';
import './json-scalar.ts';

/** PairEvidence fields computed from the findings themselves, not from the studies' stored votes. */
const FINDING_FIELDS = ['findings', 'studies'];

/** One page of `evidence`: the pairs, how many there are in all, and where the next page starts. */
const PairEvidencePage = builder.objectRef<PairPage>('PairEvidencePage').implement({
  description: 'A page of the pairs `evidence` answers, with their total and the cursor of the next page.',
  fields: (t) => ({
    pairs: t.field({ type: [PairEvidence], resolve: (page) => page.pairs }),
    totalCount: t.int({
      description: 'Pairs around the subject in all (after the filter), on every page.',
      resolve: (page) => page.totalCount,
    }),
    pageInfo: t.field({
      type: builder.pageInfoRef(),
      resolve: (page) => {
        const last = page.offset + page.pairs.length - 1;
        return {
          hasNextPage: last + 1 < page.totalCount,
          hasPreviousPage: page.offset > 0,
          startCursor: page.pairs.length > 0 ? pairCursor(page.offset) : null,
          endCursor: page.pairs.length > 0 ? pairCursor(last) : null,
        };
      },
    }),
  }),
});

const EVIDENCE_DESCRIPTION =
  'Cross-study evidence for every pair the entity named by `subject` is on, one PairEvidence per ' +
  "(finding subject, finding object), ordered by studyCount (desc) then the other entity's name. Names match " +
  'any synonym (compared as match keys: case, spacing, dashes and Unicode forms folded) of any entity type; an ' +
  'unknown name answers null with a NOT_FOUND error naming it, with suggestions. ' +
  'One database round trip (nested Study / Finding.subject fields batch one more each). Without `filter`, ' +
  "`weights` and the fields that need findings (findings, studies), the answer comes from each study's vote kept at " +
  'import: that round trip reads no finding; without comparators, moderators, pooled and secondaryStudies either, ' +
  "from each pair's headline kept at import: it reads one row per pair whatever its number of studies.";

builder.queryFields((t) => {
  const args = {
    subject: t.arg.string({ required: true, description: 'The entity the pairs are around (name or synonym).' }),
    object: t.arg.string({ required: false, description: 'Only the pair(s) with this entity on the other side.' }),
    role: t.arg({
      type: FindingRoleEnum,
      required: false,
      defaultValue: 'SUBJECT',
      description:
        'Which side of the findings `subject` is on: SUBJECT (default) gives pairs (subject, X); OBJECT gives pairs ' +
        "(X, subject), e.g. everything reported elevated or reduced in ME/CFS. Pairs keep their findings' orientation.",
    }),
    filter: t.arg({ type: EvidenceFilter, required: false }),
    weights: t.arg({ type: EvidenceWeightsInput, required: false }),
    first: t.arg.int({
      required: false,
      description: `Most pairs returned (default ${DEFAULT_PAIRS}, at most ${MAX_PAIRS}).`,
    }),
    after: t.arg.string({
      required: false,
      description: "Only the pairs after the one with this cursor (evidencePage's pageInfo.endCursor): the next page.",
    }),
    includeDescendants: t.arg.boolean({
      required: false,
      description:
        '`subject` (and `object`) also stand for every entity under them in the ontology: "cytokines" gives the pairs of ' +
        'IL-6, TNF-α…; "fatigue" those of mental fatigue… Each pair\'s `includedVia` says which member it is; ' +
        '`classEvidence` adds the class summary. Names may be CURIEs (HP:0012378). One more round trip.',
    }),
  };
  /** The arguments as pairEvidencePage takes them, and what the pairs' selection (at `path`) needs. */
  const page = (
    args: Omit<PairEvidenceArgs, 'weights'> & { weights?: unknown },
    context: Context,
    info: SelectionInfo,
    path: string[],
  ) => {
    const selected = selectionAt(info, path).names;
    const needs: PairSelectionNeeds = FINDING_FIELDS.some((name) => selected.has(name))
      ? 'FINDINGS'
      : GROWING_SUMMARY_FIELDS.some((name) => selected.has(name))
        ? 'SUMMARY'
        : 'HEADLINE';
    return pairEvidencePage(
      context,
      { ...args, weights: args.weights as Record<string, unknown> | null | undefined },
      needs,
    );
  };
  return {
    evidence: t.field({
      type: [PairEvidence],
      nullable: true,
      description: `${EVIDENCE_DESCRIPTION} The list is cut at \`first\`: evidencePage gives the same pairs with their total and the next page's cursor.`,
      args,
      resolve: async (_root, args, context, info) => (await page(args, context, info, [])).pairs,
    }),
    evidencePage: t.field({
      type: PairEvidencePage,
      nullable: true,
      description: `\`evidence\` as pages: the pairs with their totalCount and pageInfo (pass pageInfo.endCursor as \`after\` for the next page). ${EVIDENCE_DESCRIPTION}`,
      args,
      resolve: (_root, args, context, info) => page(args, context, info, ['pairs']),
    }),
    evidenceMatrix: t.field({
      type: EvidenceMatrixType,
      nullable: true,
      description:
        `subjects × objects evidence cells for a heatmap (at most ${MAX_MATRIX_SIDE} × ${MAX_MATRIX_SIDE}). Without ` +
        `\`subjects\`: the ${DEFAULT_MATRIX_SIDE} biomarkers with the most findings as subject (after the filter). Without ` +
        `\`objects\`: the ${DEFAULT_MATRIX_SIDE} conditions and symptoms with the most findings from those subjects. ` +
        'A name of entities of several types gives each a row (column). One database round trip.',
      args: {
        subjects: t.arg.stringList({ required: false }),
        objects: t.arg.stringList({ required: false }),
        filter: t.arg({ type: EvidenceFilter, required: false }),
        weights: t.arg({ type: EvidenceWeightsInput, required: false }),
        includeDescendants: t.arg.boolean({
          required: false,
          description:
            'Each name (or CURIE) also stands for the entities under it in the ontology: they get rows (columns) of their ' +
            "own, `rollups` lists them, and `classCells` synthesizes each name's members together. One more round trip.",
        }),
      },
      resolve: (_root, args, context) =>
        evidenceMatrix(context, { ...args, weights: args.weights as Record<string, unknown> | null | undefined }),
    }),
  };
});
