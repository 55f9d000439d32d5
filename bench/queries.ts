// The query mix (Q1–Q8): for each user question, the GraphQL document our API answers, the request the ceiling
// server answers (same JSON as our `data`), the @neo4j/graphql document the peer answers where it can express the
// question, and how the peer's answer maps onto ours so answers can be compared before timing.
import { EVIDENCE_LEVELS, PEM_CRITERIA, STUDY_DESIGNS } from '../src/ingest/record.ts';

export interface QueryParams {
  slug: string; // a study with many findings
  biomarker: string; // a frequent biomarker's name (lower-cased)
  pairSubject: string; // a frequent subject–object pair (lower-cased names)
  pairObject: string;
  entityGid: string; // global id of the neighbourhood start
  entityId: string; // its Entity.id
  searchText: string;
  searchQuery: string; // the ranked Lucene query our API builds from searchText
}

export interface BenchQuery {
  name: string;
  question: string;
  ours: (p: QueryParams) => { query: string; variables: Record<string, unknown> };
  ceiling: (p: QueryParams) => Record<string, unknown>;
  peer?: (p: QueryParams) => { query: string; variables: Record<string, unknown> };
  /** The peer's `data` in our shape. */
  fromPeer?: (data: any) => unknown;
  /** Canonical form for comparison (order-insensitive parts sorted). */
  canonical?: (data: any) => unknown;
  whyNoPeer?: string;
  /** A reference measurement, not a user question: outside the goals and the geometric mean. */
  reference?: boolean;
}

const STUDY_FIELDS =
  'slug title authors journal year doi pmid evidenceLevel design pemCriterion confidence sampleSize summary';
const round = (x: number | null | undefined, digits = 4) => (x == null ? x : Number(x.toFixed(digits)));

export const QUERIES: BenchQuery[] = [
  {
    // Each server's fixed cost per request: HTTP, body parsing and (for the GraphQL servers) parse, validate and
    // execute of a document that needs no database. What Q1 and Q2 cost beyond it is their database work.
    name: 'Q0',
    question: 'no database work (fixed cost per request)',
    reference: true,
    ours: () => ({ query: 'query Q0 { __typename }', variables: {} }),
    ceiling: () => ({}),
    peer: () => ({ query: 'query Q0 { __typename }', variables: {} }),
    fromPeer: (d) => d,
  },
  {
    name: 'Q1',
    question: 'study by slug',
    ours: (p) => ({
      query: `query Q1($slug: String!) { study(slug: $slug) { ${STUDY_FIELDS} } }`,
      variables: { slug: p.slug },
    }),
    ceiling: (p) => ({ slug: p.slug }),
    peer: (p) => ({
      query: `query Q1($slug: String!) { studies(where: { slug: { eq: $slug } }, limit: 1) { ${STUDY_FIELDS} } }`,
      variables: { slug: p.slug },
    }),
    fromPeer: (d) => ({ study: d.studies[0] ?? null }),
  },
  {
    name: 'Q2',
    question: 'study with findings, subjects and objects',
    ours: (p) => ({
      query: `query Q2($slug: String!) { study(slug: $slug) { slug title findings { statement relation pValue significant
        subject { __typename name } object { __typename name } } } }`,
      variables: { slug: p.slug },
    }),
    ceiling: (p) => ({ slug: p.slug }),
    peer: (p) => ({
      query: `query Q2($slug: String!) { studies(where: { slug: { eq: $slug } }, limit: 1) { slug title
        findings(sort: [{ index: ASC }]) { statement relation pValue significant
        subject { __typename name } object { __typename name } } } }`,
      variables: { slug: p.slug },
    }),
    fromPeer: (d) => {
      const s = d.studies[0];
      return {
        study: s
          ? { ...s, findings: s.findings.map((f: any) => ({ ...f, subject: f.subject[0], object: f.object[0] })) }
          : null,
      };
    },
  },
  {
    name: 'Q3',
    question: 'biomarker → findings → studies (two hops)',
    ours: (p) => ({
      query: `query Q3($name: String!) { biomarker(name: $name) { name kind findings(role: SUBJECT, first: 20) {
        totalCount nodes { relation statement pValue study { slug title year } } } } }`,
      variables: { name: p.biomarker },
    }),
    ceiling: (p) => ({ name: p.biomarker, limit: 20 }),
    peer: (p) => ({
      query: `query Q3($name: String!) { biomarkers(where: { names: { includes: $name } }, limit: 1) { name kind
        subjectOfConnection { totalCount }
        subjectOf(sort: [{ id: ASC }], limit: 20) { relation statement pValue study { slug title year } } } }`,
      variables: { name: p.biomarker },
    }),
    fromPeer: (d) => {
      const b = d.biomarkers[0];
      return {
        biomarker: b
          ? {
              name: b.name,
              kind: b.kind,
              findings: {
                totalCount: b.subjectOfConnection.totalCount,
                nodes: b.subjectOf.map((f: any) => ({ ...f, study: f.study[0] })),
              },
            }
          : null,
      };
    },
  },
  {
    name: 'Q4',
    question: 'evidence for a frequent pair',
    ours: (p) => ({
      query: `query Q4($s: String!, $o: String!) { evidence(subject: $s, object: $o) { subject { name } object { name }
        studyCount findingCount consensus agreement contradictory
        counts { byRelation { elevatedIn reducedIn notDifferentIn correlatesWith notCorrelatedWith discriminates associatedWith } }
        weightedSupport { up down none undirected } } }`,
      variables: { s: p.pairSubject, o: p.pairObject },
    }),
    ceiling: (p) => ({ subject: p.pairSubject, object: p.pairObject }),
    canonical: (d) => ({
      evidence: d.evidence.map((e: any) => ({
        ...e,
        agreement: round(e.agreement),
        weightedSupport: Object.fromEntries(Object.entries(e.weightedSupport).map(([k, v]) => [k, round(v as number)])),
      })),
    }),
    whyNoPeer:
      'cross-study synthesis (weighted consensus, agreement, contradictions) is computed in application code; @neo4j/graphql only generates CRUD/aggregate Cypher (a @cypher field could not run the synthesis)',
  },
  {
    name: 'Q5',
    question: 'neighborhood depth 2',
    ours: (p) => ({
      query: `query Q5($id: ID!) { neighborhood(id: $id, depth: 2, limit: 50) { truncated
        nodes { id name type depth findingCount } edges { source target type sign studyCount findingCount consensus } } }`,
      variables: { id: p.entityGid },
    }),
    ceiling: (p) => ({ entityId: p.entityId, limit: 50 }),
    canonical: (d) => ({
      neighborhood: {
        ...d.neighborhood,
        edges: [...d.neighborhood.edges].sort((a: any, b: any) =>
          `${a.source}${a.target}${a.type}${a.sign}`.localeCompare(`${b.source}${b.target}${b.type}${b.sign}`),
        ),
      },
    }),
    whyNoPeer:
      'a depth-bounded walk that keeps the best-connected entities per hop has no generated equivalent in @neo4j/graphql (nested relationship fields give a tree of fixed depth, unranked, unbounded per hop)',
  },
  {
    name: 'Q6',
    question: 'search (studies)',
    ours: (p) => ({
      query: `query Q6($text: String!) { search(text: $text, include: [STUDY], first: 50) { name score } }`,
      variables: { text: p.searchText },
    }),
    ceiling: (p) => ({ query: p.searchQuery, first: 50 }),
    peer: (p) => ({
      query: `query Q6($q: String!) { studiesFulltext(phrase: $q, first: 50, sort: [{ score: DESC }]) { edges { score node { title } } } }`,
      variables: { q: p.searchQuery },
    }),
    fromPeer: (d) => ({ search: d.studiesFulltext.edges.map((h: any) => ({ name: h.node.title, score: h.score })) }),
    // Equal scores have no defined order in the peer: compare as a set of (name, score).
    canonical: (d) => ({
      search: d.search
        .map((h: any) => ({ name: h.name, score: round(h.score) }))
        .sort((a: any, b: any) => a.name.localeCompare(b.name)),
    }),
  },
  {
    name: 'Q7',
    question: 'filtered studies page with totalCount',
    ours: () => ({
      query: `query Q7 { studies(filter: { evidenceLevels: [E2, E3], yearFrom: 2015 }, orderBy: { field: YEAR, direction: DESC }, first: 20) {
        totalCount nodes { slug title year evidenceLevel } } }`,
      variables: {},
    }),
    ceiling: () => ({ levels: ['E2', 'E3'], yearFrom: 2015, first: 20 }),
    peer: () => ({
      query: `query Q7 { studiesConnection(where: { evidenceLevel: { in: ["E2", "E3"] }, year: { gte: 2015 } },
        sort: [{ year: DESC }, { slug: DESC }], first: 20) { totalCount edges { node { slug title year evidenceLevel } } } }`,
      variables: {},
    }),
    fromPeer: (d) => ({
      studies: { totalCount: d.studiesConnection.totalCount, nodes: d.studiesConnection.edges.map((e: any) => e.node) },
    }),
  },
  {
    name: 'Q8',
    question: 'facets',
    ours: () => ({
      query: `query Q8 { facets(filter: { yearFrom: 2015 }) { total evidenceLevels { value count } designs { value count }
        pemCriteria { value count } } }`,
      variables: {},
    }),
    ceiling: () => ({ yearFrom: 2015 }),
    peer: () => ({ query: peerFacetsQuery(), variables: {} }),
    fromPeer: (d) => {
      const buckets = (prefix: string, values: readonly string[]) =>
        values
          .map((value) => ({ value, count: d[`${prefix}_${value}`].aggregate.count.nodes as number }))
          .filter((b) => b.count > 0);
      return {
        facets: {
          total: d.total.aggregate.count.nodes,
          evidenceLevels: buckets('level', LEVELS),
          designs: buckets('design', DESIGNS),
          pemCriteria: buckets('pem', PEMS),
        },
      };
    },
    canonical: (d) => {
      const sort = (list: any[]) => [...list].sort((a, b) => String(a.value).localeCompare(String(b.value)));
      const f = d.facets;
      return {
        facets: {
          total: f.total,
          evidenceLevels: sort(f.evidenceLevels),
          designs: sort(f.designs),
          pemCriteria: sort(f.pemCriteria),
        },
      };
    },
  },
];

// The record's own value lists: the bench's facet buckets are the ones the schema has.
const LEVELS = EVIDENCE_LEVELS;
const DESIGNS = STUDY_DESIGNS;
const PEMS = PEM_CRITERIA;

/** Facets in @neo4j/graphql: one aliased aggregate per known value (it has no group-by). */
function peerFacetsQuery(): string {
  const agg = (alias: string, where: string) =>
    `${alias}: studiesConnection(where: { year: { gte: 2015 }${where} }) { aggregate { count { nodes } } }`;
  return `query Q8 { ${[
    agg('total', ''),
    ...LEVELS.map((v) => agg(`level_${v}`, `, evidenceLevel: { eq: "${v}" }`)),
    ...DESIGNS.map((v) => agg(`design_${v}`, `, design: { eq: "${v}" }`)),
    ...PEMS.map((v) => agg(`pem_${v}`, `, pemCriterion: { eq: "${v}" }`)),
  ].join('\n')} }`;
}

/** Stable JSON for comparisons. */
export function stable(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}
