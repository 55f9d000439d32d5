// search(text, types, include, first): typo-tolerant full-text search over studies, entities and tags through the
// `search_text` index, ranked by score. User text is reduced to words before it reaches Lucene (searchTerms), so
// no query syntax passes through. One database round trip: cypher/search/ranked.cypher.
import { builder } from '../builder.ts';
import { ENTITY_TYPES, type EntityType } from '../ingest/record.ts';
import { EntityTypeEnum } from './enums.ts';
import { bounded } from './evidence-inputs.ts';
import type { EntityNode, StudyNode, TagNode } from './projection.ts';
import { Biomarker, BiomarkerClass, Condition, Measure, MethodFlag, Study, Symptom } from './refs.ts';
import { maySelect, selectionOf } from './selection.ts';
import { rankedQuery, searchTerms } from '../query/search-terms.ts';
import { compactKey } from '../ingest/entity-key.ts';
import { queryCurie } from '../ontology/rollup.ts';

export const DEFAULT_SEARCH_HITS = 10;
export const MAX_SEARCH_HITS = 50;

/** The labels of the search_text index; a SearchHitType's internal value is its label. */
type HitLabel = 'Study' | 'Biomarker' | 'Symptom' | 'Condition' | 'Measure' | 'BiomarkerClass' | 'MethodFlag';

/** The labels of entities (their types), which the name lookup of search/ranked.cypher ($compact) can find. */
const ENTITY_LABELS: ReadonlySet<HitLabel> = new Set<HitLabel>(ENTITY_TYPES);

export const SearchHitTypeEnum = builder.enumType('SearchHitType', {
  values: {
    STUDY: { value: 'Study' },
    BIOMARKER: { value: 'Biomarker' },
    SYMPTOM: { value: 'Symptom' },
    CONDITION: { value: 'Condition' },
    MEASURE: { value: 'Measure' },
    BIOMARKER_CLASS: { value: 'BiomarkerClass' },
    METHOD_FLAG: { value: 'MethodFlag' },
  } as const,
});

type HitNode = StudyNode | EntityNode | TagNode;

interface SearchHitValue {
  label: HitLabel;
  score: number;
  node: HitNode;
  terms: string[];
}

/** Which union member a node is: remembered per node object, since tags carry no type of their own. */
const labelOfNode = new WeakMap<object, HitLabel>();

export const SearchResult = builder.unionType('SearchResult', {
  types: [Study, Biomarker, Symptom, Condition, Measure, BiomarkerClass, MethodFlag],
  resolveType: (node) => labelOfNode.get(node as object) ?? (node as EntityNode).type,
});

function displayName(hit: SearchHitValue): string {
  if (hit.label === 'Study') {
    const study = hit.node as StudyNode;
    return study.title ?? study.slug;
  }
  return (hit.node as EntityNode | TagNode).name;
}

const SNIPPET_RADIUS = 80;

/** Where a term (or, for a fuzzy match, its first 4 letters) first occurs in text, case-insensitively. */
function firstOccurrence(text: string, terms: string[]): { at: number; length: number } | null {
  const lower = text.toLowerCase();
  let best: { at: number; length: number } | null = null;
  for (const term of terms) {
    for (const probe of term.length > 4 ? [term, term.slice(0, 4)] : [term]) {
      const at = lower.indexOf(probe);
      if (at >= 0 && (best === null || at < best.at)) best = { at, length: probe.length };
      if (at >= 0) break;
    }
  }
  return best;
}

/**
 * A short text showing why the node matched: for a study, the part of its summary around the first term; for an
 * entity, the synonym that matched when its name did not. Null when there is nothing beyond the name to show.
 */
function snippet(hit: SearchHitValue): string | null {
  if (hit.label === 'Study') {
    const summary = (hit.node as StudyNode).summary;
    if (!summary) return null;
    const found = firstOccurrence(summary, hit.terms);
    const start = found ? Math.max(0, found.at - SNIPPET_RADIUS) : 0;
    const end = Math.min(summary.length, (found ? found.at + found.length : 0) + SNIPPET_RADIUS * (found ? 1 : 2));
    return `${start > 0 ? '…' : ''}${summary.slice(start, end).trim()}${end < summary.length ? '…' : ''}`;
  }
  const entity = hit.node as EntityNode;
  if (!entity.synonyms?.length || firstOccurrence(entity.name, hit.terms)) return null;
  return entity.synonyms.find((synonym) => firstOccurrence(synonym, hit.terms)) ?? null;
}

export const SearchHit = builder.objectRef<SearchHitValue>('SearchHit').implement({
  description: 'One search result: the node, what it is, its relevance and the text that matched.',
  fields: (t) => ({
    score: t.float({
      description: 'Relevance (Lucene score): higher is better; comparable within one search only.',
      resolve: (h) => h.score,
    }),
    type: t.field({ type: SearchHitTypeEnum, resolve: (h) => h.label }),
    node: t.field({ type: SearchResult, resolve: (h) => h.node }),
    name: t.string({
      description: "The entity's or tag's name, the study's title (or slug when it has none).",
      resolve: displayName,
    }),
    snippet: t.string({
      nullable: true,
      description:
        'For a study, the part of its summary around the match; for an entity matched by a synonym, that synonym.',
      resolve: snippet,
    }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHit],
    description:
      'Full-text search over study titles and summaries and the names and synonyms of entities and tags, ranked by ' +
      'relevance and tolerant of typos (words of 4+ letters match within 1–2 edits; word beginnings match too). ' +
      'Every word of `text` must match (when none does so, any word may, ranked by how many). An entity whose name or ' +
      'a synonym is the whole text, whatever its case, spacing and punctuation ("il6" = IL-6, "CFS" a synonym of ' +
      'ME/CFS), comes first. ' +
      'Punctuation and Lucene syntax in `text` are treated as word separators, never as query operators; text ' +
      'without any word gives no hits. `types` and `include` together choose what is searched (their union); ' +
      'with neither, everything is: studies, entities and tags. A CURIE (HP:0012378, MONDO:0005404, HGNC:6018) finds ' +
      'the entities linked to that ontology term or cross-referenced to it, each scoring 1. One database round trip.',
    args: {
      text: t.arg.string({ required: true }),
      types: t.arg({ type: [EntityTypeEnum], required: false, description: 'Entity types to search.' }),
      include: t.arg({
        type: [SearchHitTypeEnum],
        required: false,
        description: 'Hit types to search, studies and tags included (e.g. [STUDY]).',
      }),
      first: t.arg.int({
        required: false,
        description: `Most hits (default ${DEFAULT_SEARCH_HITS}, at most ${MAX_SEARCH_HITS}).`,
      }),
    },
    resolve: async (_root, args, context, info) => {
      const first = bounded(args.first, 'first', DEFAULT_SEARCH_HITS, MAX_SEARCH_HITS);
      const curie = queryCurie(args.text);
      const terms = curie ? [] : searchTerms(args.text);
      if (!curie && terms.length === 0) return [];
      const labels =
        args.types == null && args.include == null
          ? null
          : [...new Set<HitLabel>([...((args.types ?? []) as EntityType[]), ...((args.include ?? []) as HitLabel[])])];
      if (labels?.length === 0) return [];
      const read = (params: Record<string, unknown>) =>
        context.cypher.read<{ label: HitLabel; score: number; node: HitNode }>(
          curie ? 'search/by-curie' : 'search/ranked',
          {
            ...params,
            labels,
            first,
            // Whole nodes only when a field needs them: a study's properties are kilobytes, its name a few words.
            whole: maySelect(selectionOf(info), 'node', 'snippet'),
          },
        );
      // Only an entity can be named exactly: a search of studies or tags alone has nothing to look up by name.
      const searchesEntities = labels === null || labels.some((label) => ENTITY_LABELS.has(label));
      const compact = searchesEntities ? compactKey(args.text) || null : null;
      // Every word must match; only when that finds nothing does any word do (one more round trip).
      let rows = await read(curie ? { curie } : { query: rankedQuery(terms, true), compact });
      if (!curie && rows.length === 0 && terms.length > 1) rows = await read({ query: rankedQuery(terms), compact });
      return rows.map((row) => {
        labelOfNode.set(row.node, row.label);
        return { label: row.label, score: row.score, node: row.node, terms };
      });
    },
  }),
}));
