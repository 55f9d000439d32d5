// facets(filter): how the filtered studies spread over evidence level, design, PEM criterion, confidence, year and
// tags, for a search page's filter sidebar. Counts are for the filtered set as a whole (a value already chosen in
// the filter shows only itself). One database round trip: cypher/facets/cells.cypher when the filter and the
// selection involve only the properties whose study counts the import keeps, else cypher/facets/studies.cypher.
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder.ts';
import { ConfidenceEnum, EvidenceLevelEnum, PemCriterionEnum, StudyDesignEnum } from './enums.ts';
import { onFacetCells, studyFilterParams, studySource } from '../query/study-filter.ts';
import { StudyFilter } from './study-filter.ts';
import { maySelect, selectionOf } from './selection.ts';
import type { Rollup } from '../ontology/rollup.ts';
import { rollupsOf, RollupType } from './ontology.ts';
import { checkRollupKnown } from './unknown-names.ts';

interface Bucket<V> {
  value: V | null;
  count: number;
}

interface TagBucketRow {
  kind: 'symptom' | 'biomarkerClass' | 'methodFlag';
  value: string;
  count: number;
}

interface FacetsRow {
  /** facets(about:): what `about` stood for (src/schema/ontology.ts). */
  rollup?: Rollup | null;
  total: number;
  evidenceLevels: Bucket<string>[];
  designs: Bucket<string>[];
  pemCriteria: Bucket<string>[];
  confidences: Bucket<string>[];
  years: Bucket<number>[];
  tags: TagBucketRow[];
}

const NULL_BUCKET = 'null: the studies that do not state it.';

/** A typed `{ value, count }` bucket whose value is an enum of the schema (null for "not stated"). */
type FacetEnum = typeof EvidenceLevelEnum | typeof StudyDesignEnum | typeof PemCriterionEnum | typeof ConfidenceEnum;

function enumBucket(name: string, enumRef: FacetEnum, of: string) {
  return builder.objectRef<Bucket<string>>(name).implement({
    description: `How many of the filtered studies have one ${of}.`,
    fields: (t) => ({
      value: t.field({
        type: enumRef as never,
        nullable: true,
        description: NULL_BUCKET,
        resolve: (b) => b.value as never,
      }),
      count: t.exposeInt('count'),
    }),
  });
}

const EvidenceLevelBucket = enumBucket('EvidenceLevelBucket', EvidenceLevelEnum, 'evidence level');
const StudyDesignBucket = enumBucket('StudyDesignBucket', StudyDesignEnum, 'design');
const PemCriterionBucket = enumBucket('PemCriterionBucket', PemCriterionEnum, 'PEM criterion');
const ConfidenceBucket = enumBucket('ConfidenceBucket', ConfidenceEnum, 'confidence');

const YearBucket = builder.objectRef<Bucket<number>>('YearBucket').implement({
  description: 'How many of the filtered studies were published in one year.',
  fields: (t) => ({
    value: t.int({ nullable: true, description: NULL_BUCKET, resolve: (b) => b.value }),
    count: t.exposeInt('count'),
  }),
});

const FacetBucket = builder.objectRef<Bucket<string>>('FacetBucket').implement({
  description: 'How many of the filtered studies carry one tag (its name as the atlas spells it).',
  fields: (t) => ({
    value: t.string({ resolve: (b) => b.value ?? '' }),
    count: t.exposeInt('count'),
  }),
});

const tagsOf = (row: FacetsRow, kind: TagBucketRow['kind']): Bucket<string>[] =>
  row.tags.filter((tag) => tag.kind === kind).map(({ value, count }) => ({ value, count }));

export const StudyFacets = builder.objectRef<FacetsRow>('StudyFacets').implement({
  description:
    'Counts of the filtered studies per value. Enum and year buckets are ordered by value (evidence level, year) ' +
    'or by count, with the null bucket last; tag buckets by count, then name. Buckets with count 0 are left out.',
  fields: (t) => ({
    total: t.exposeInt('total', { description: 'How many studies match the filter.' }),
    evidenceLevels: t.field({
      type: [EvidenceLevelBucket],
      description: 'E0 to E3, then null.',
      resolve: (r) => r.evidenceLevels,
    }),
    designs: t.field({ type: [StudyDesignBucket], resolve: (r) => r.designs }),
    pemCriteria: t.field({ type: [PemCriterionBucket], resolve: (r) => r.pemCriteria }),
    confidences: t.field({ type: [ConfidenceBucket], resolve: (r) => r.confidences }),
    years: t.field({ type: [YearBucket], description: 'Oldest first, then null.', resolve: (r) => r.years }),
    symptoms: t.field({ type: [FacetBucket], description: 'Symptom tags.', resolve: (r) => tagsOf(r, 'symptom') }),
    biomarkerClasses: t.field({
      type: [FacetBucket],
      description: 'Biomarker tags.',
      resolve: (r) => tagsOf(r, 'biomarkerClass'),
    }),
    methodFlags: t.field({
      type: [FacetBucket],
      description: 'Method Flag tags.',
      resolve: (r) => tagsOf(r, 'methodFlag'),
    }),
    rollup: t.field({
      type: RollupType,
      nullable: true,
      description:
        'With `about`: the entities the studies were chosen by (with includeDescendants, the descendants that contributed).',
      resolve: (r) => r.rollup ?? null,
    }),
  }),
});

const FACETS = ['evidenceLevels', 'designs', 'pemCriteria', 'confidences', 'years'] as const;
const TAG_FACETS = ['symptoms', 'biomarkerClasses', 'methodFlags'];

/**
 * Which facets the operation selects: each facet is a pass over the matched studies, and tag counting is most of
 * the statement's work (bench Q8), so facets nobody asked for are skipped (named fragments looked into).
 */
export function selectedFacets(info: GraphQLResolveInfo): Record<(typeof FACETS)[number] | 'tags', boolean> {
  const selection = selectionOf(info);
  return {
    ...(Object.fromEntries(FACETS.map((facet) => [facet, maySelect(selection, facet)])) as Record<
      (typeof FACETS)[number],
      boolean
    >),
    tags: maySelect(selection, ...TAG_FACETS),
  };
}

builder.queryFields((t) => ({
  facets: t.field({
    type: StudyFacets,
    nullable: true,
    description:
      'Counts of the studies matching `filter` (all when absent) by property and tag. One database round trip.',
    args: {
      filter: t.arg({ type: StudyFilter, required: false }),
      about: t.arg.string({
        required: false,
        description: 'Only studies reporting a finding about this entity (a name, synonym or CURIE) or tagged with it.',
      }),
      includeDescendants: t.arg.boolean({
        required: false,
        description:
          '`about` also stands for every entity under it in the ontology; `rollup` says which. One more round trip.',
      }),
    },
    resolve: async (_root, args, context, info) => {
      const filter = studyFilterParams(args.filter);
      const rollup = args.about != null ? (await rollupsOf(context, [args.about]))[0]! : null;
      await checkRollupKnown(context, rollup, 'about', !args.includeDescendants);
      const want = selectedFacets(info);
      const aboutIds = rollup
        ? rollup.members.filter((m) => args.includeDescendants || m.named).map((m) => m.entity.id)
        : null;
      const [row] = await context.cypher.read<FacetsRow>(
        aboutIds === null && !want.tags && onFacetCells(filter) ? 'facets/cells' : 'facets/studies',
        { filter, source: studySource(filter), want, aboutIds },
      );
      const facets = row ?? {
        total: 0,
        evidenceLevels: [],
        designs: [],
        pemCriteria: [],
        confidences: [],
        years: [],
        tags: [],
      };
      if (rollup && !args.includeDescendants) rollup.members = rollup.members.filter((m) => m.named);
      return { ...facets, rollup };
    },
  }),
}));
