// findings(filter, first, after): the claims of every study, filtered by the claim (relation, sign, significance,
// subject/object by any name, their types, extraction confidence, curation) and by its study (StudyFilter), in study
// then sentence order. One database round trip: each finding comes with its subject, object and study, so those
// nested fields cost nothing more.
import { normalizeKey } from '../ingest/entity-key.ts';
import { builder } from '../builder.ts';
import type { EntityType } from '../ingest/record.ts';
import { EntityTypeEnum, RelationEnum, SignEnum } from './enums.ts';
import { badInput } from '../errors.ts';
import { decodeFindingCursor, findingCursorKey } from '../query/cursors.ts';
import { studyFilterParams, type StudyFilterArg } from '../query/study-filter.ts';
import { forwardPage, toPage, type Page } from './pagination.ts';
import { StudyFilter } from './study-filter.ts';
import type { EntityNode, FindingNode, StudyNode } from './projection.ts';
import { Finding } from './refs.ts';
import { rollupFilter, RollupType, type FindingRollups } from './ontology.ts';
import { checkNamesKnown, checkRollupKnown } from './unknown-names.ts';

export const FindingFilter = builder.inputType('FindingFilter', {
  description:
    'Which findings: every condition given must hold (lists match any of their values). Names match any name or ' +
    'synonym of an entity, case-insensitively; a name no entity has matches no finding.',
  fields: (t) => ({
    relations: t.field({ type: [RelationEnum], required: false }),
    sign: t.field({ type: SignEnum, required: false, description: 'The sign of a correlation (CORRELATES_WITH).' }),
    significant: t.boolean({
      required: false,
      description:
        'true: reported significant; false: reported not significant. Findings of unknown significance match neither.',
    }),
    subject: t.string({ required: false, description: 'The subject entity, by any name or synonym.' }),
    object: t.string({ required: false, description: 'The object entity, by any name or synonym.' }),
    subjectTypes: t.field({ type: [EntityTypeEnum], required: false }),
    objectTypes: t.field({ type: [EntityTypeEnum], required: false }),
    minConfidence: t.float({ required: false, description: 'Extraction confidence (0–1) at least this.' }),
    curated: t.boolean({ required: false, description: 'true: stated by a curator; false: machine-extracted.' }),
    study: t.field({ type: StudyFilter, required: false, description: "Conditions on the finding's study." }),
    includeDescendants: t.boolean({
      required: false,
      description:
        '`subject` and `object` (a name, synonym or CURIE such as HP:0012378) also match every entity under them in ' +
        'the ontology ("fatigue" → mental fatigue, chronic fatigue…; "cytokines" → IL-6, TNF-α…). The connection\'s ' +
        '`rollups` say which entities were included. One more round trip, whatever the number of descendants.',
    }),
  }),
});

interface FindingListRow {
  total: number;
  findings: { finding: FindingNode; subject: EntityNode; object: EntityNode; study: StudyNode }[];
}

const normalName = (name: string | null | undefined) => (name == null ? null : normalizeKey(name));

builder.queryFields((t) => ({
  findings: t.connection(
    {
      type: Finding,
      nullable: true,
      description:
        'Findings of all studies matching `filter`, by study slug then their order in the study. One database ' +
        'round trip, nested subject, object and study included. A filter.subject or filter.object that names no ' +
        'entity answers null with a NOT_FOUND error (one more round trip, taken only when no finding matched).',
      args: { filter: t.arg({ type: FindingFilter, required: false }) },
      resolve: async (_root, args, context): Promise<Page<FindingNode> & { rollups: FindingRollups | null }> => {
        const { limit } = forwardPage({ ...args, after: null });
        const f = args.filter ?? {};
        if (f.minConfidence != null && !(f.minConfidence >= 0 && f.minConfidence <= 1)) {
          throw badInput(`filter.minConfidence must be between 0 and 1, got ${f.minConfidence}`, 'filter');
        }
        const rollups = f.includeDescendants ? await rollupFilter(context, f.subject, f.object) : null;
        if (rollups) {
          await checkRollupKnown(context, rollups.subject, 'filter.subject');
          await checkRollupKnown(context, rollups.object, 'filter.object');
        }
        const [row] = await context.cypher.read<FindingListRow>('finding/list', {
          finding: {
            subjectIds: rollups?.subject ? rollups.subject.members.map((m) => m.entity.id) : null,
            objectIds: rollups?.object ? rollups.object.members.map((m) => m.entity.id) : null,
            relations: f.relations ?? null,
            sign: f.sign ?? null,
            significant: f.significant ?? null,
            minConfidence: f.minConfidence ?? null,
            curated: f.curated ?? null,
            subject: normalName(f.subject),
            object: normalName(f.object),
            subjectTypes: (f.subjectTypes as EntityType[] | null | undefined) ?? null,
            objectTypes: (f.objectTypes as EntityType[] | null | undefined) ?? null,
          },
          filter: studyFilterParams(f.study as StudyFilterArg | null | undefined, 'filter.study'),
          ...decodeFindingCursor(args.after),
          limit: limit + 1,
        });
        // No finding: tell a name that matches nothing (NOT_FOUND) from a filter that matches nothing (an empty page).
        if (!rollups && !row?.total)
          await checkNamesKnown(context, { 'filter.subject': f.subject, 'filter.object': f.object });
        // Each row holds the finding's subject, object and study whole: they ride on the finding.
        const rows = row?.findings ?? [];
        const page = toPage(
          rows.map((r) => ({ ...r.finding, subject: r.subject, object: r.object, study: r.study })),
          limit,
          row?.total ?? 0,
          findingCursorKey,
          args.after ?? null,
        );
        return { ...page, rollups };
      },
    },
    {
      name: 'FindingConnection',
      fields: (c) => ({
        rollups: c.field({
          type: [RollupType],
          description:
            'With filter.includeDescendants: the roll-ups of filter.subject and filter.object (which entities they included).',
          resolve: ({ rollups }) => (rollups ? [rollups.subject, rollups.object].filter((r) => r !== null) : []),
        }),
      }),
    },
  ),
}));
