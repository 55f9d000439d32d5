// GraphiQL at /graphql opens with one example tab per kind of user (SPEC §1): an analyst's cross-study evidence
// question, a visualization's neighbourhood, and a notebook's flat table pull. They are only the defaults: GraphiQL
// keeps a user's own tabs in the browser's storage once they exist. The test suite validates each against the schema.
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { GraphiQLOptions } from 'graphql-yoga';

export const ANALYST_QUERY = `# ANALYST — "What is reported about miR-320a, across studies, and do the studies agree?"
#
# evidence(subject:) answers one PairEvidence per (subject, object) pair: how many studies, the weighted consensus
# (UP, DOWN, NONE, MIXED, INSUFFICIENT), how far they agree, and moderators: does a disagreement line up with the
# PEM criterion, the design or the evidence level? Each finding keeps its verbatim sentence and its study.
# Try: subject "NK cell cytotoxicity"; role: OBJECT with subject "ME/CFS" (everything reported up or down in ME/CFS);
# filter { evidenceLevels: [E1, E2], pemCriteria: [REQUIRED] }; filter { significantOnly: true }.
query AnalystEvidence($subject: String!, $filter: EvidenceFilter) {
  evidence(subject: $subject, filter: $filter) {
    subject { name }
    object { name }
    studyCount
    consensus
    consensusReason
    agreement
    contradictory
    counts { byDirection { up down none undirected } }
    moderators { property explains note }
    findings {
      relation
      sign
      statement
      comparator
      pValue
      pComparator
      significant
      study { slug title year doi pmid evidenceLevel pemCriterion design }
    }
  }
}
`;

export const VISUALIZATION_QUERY = `# VISUALIZATION — "Draw miR-320a's neighbourhood."
#
# neighborhood(id:) takes a global id (from search, biomarker(name:) { id }, or any node's id) and answers a bounded
# graph: nodes, edges aggregated per (source, target, relation) with study counts and consensus, and the same as
# Cytoscape.js elements JSON (cy.add(result.cytoscape)). depth 1–3, limit up to 500 nodes; truncated says whether
# anything was left out. The explorer at /explore is built on exactly this query.
query FindEntity {
  search(text: "miR-320a", first: 5) {
    type
    name
    node { ... on Entity { id name } }
  }
}

query Neighbourhood($id: ID!, $filter: EvidenceFilter) {
  neighborhood(id: $id, depth: 1, limit: 50, filter: $filter) {
    truncated
    nodes { id type name findingCount depth }
    edges { id source target type sign studyCount findingCount consensus studySlugs }
    cytoscape
  }
}
`;

export const NOTEBOOK_QUERY = `# NOTEBOOK — "A flat table of every finding about NK cell cytotoxicity, with its study's columns."
#
# findings(filter:) is a Relay connection: read pageInfo.endCursor and pass it as $after until hasNextPage is
# false (pages of up to 100). Each edge is one row. For whole tables in one go use the bulk export instead:
#   GET /export?format=csv&subject=NK+cell+cytotoxicity   (or: evidence-graph export --format csv --subject "NK cell cytotoxicity")
# Python: requests.post(url, json={"query": ..., "variables": {...}}).json()["data"]["findings"]
query NotebookTable($filter: FindingFilter, $after: String) {
  findings(filter: $filter, first: 100, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        subject { name }
        relation
        sign
        object { name }
        comparator
        pValue
        significant
        effectSize
        effectType
        sampleSize
        statement
        study { slug year doi pmid evidenceLevel pemCriterion design }
      }
    }
  }
}
`;

export const GRAPHIQL_TABS = [
  {
    query: ANALYST_QUERY,
    variables: JSON.stringify({ subject: 'miR-320a', filter: { significantOnly: false } }, null, 2),
  },
  {
    query: VISUALIZATION_QUERY,
    variables: JSON.stringify({ id: encodeGlobalID('Biomarker', 'mir-320a'), filter: {} }, null, 2),
  },
  {
    query: NOTEBOOK_QUERY,
    variables: JSON.stringify({ filter: { subject: 'NK cell cytotoxicity' }, after: null }, null, 2),
  },
];

export function graphiqlOptions(): GraphiQLOptions {
  return {
    title: 'evidence-graph',
    defaultQuery: ANALYST_QUERY,
    defaultTabs: GRAPHIQL_TABS,
  };
}
