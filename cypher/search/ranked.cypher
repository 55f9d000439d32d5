// search(text, types, first): the best-scoring nodes of the full-text index, of the labels asked for ($labels null:
// all), in one round trip. $query is built from the user's words by rankedQuery() (src/query/search-terms.ts):
// never user text as given. An entity whose name or a synonym is the whole text ($compact, src/ingest/entity-key.ts
// compactKey: "il6" is IL-6, "CFS" is a synonym of ME/CFS) ranks first, found through its searchKeys even when the
// index does not match it. Equal scores fall back to the name (or title, or slug) so the order is stable.
CALL () {
  CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node, score
  RETURN node, score
  UNION // when $compact
  MATCH (node:Entity) WHERE $compact IN node.searchKeys // when $compact
  RETURN node, 0.0 AS score // when $compact
}
// A node the index and the name lookup both find scores once, its better score; the index alone gives each once.
WITH node, max(score) AS score // when $compact
WITH node, score,
  CASE
    WHEN node:Study THEN 'Study'
    WHEN node:Biomarker THEN 'Biomarker'
    WHEN node:Symptom THEN 'Symptom'
    WHEN node:Condition THEN 'Condition'
    WHEN node:Measure THEN 'Measure'
    WHEN node:BiomarkerClass THEN 'BiomarkerClass'
    ELSE 'MethodFlag'
  END AS label
WHERE $labels IS NULL OR label IN $labels
WITH node, score, label, coalesce($compact IN node.searchKeys, false) AS exact // when $compact
WITH node, score, label, false AS exact // when not $compact
ORDER BY exact DESC, score DESC, toLower(coalesce(node.name, node.title, node.slug)), node.slug, node.key
LIMIT $first
// $whole: the node's properties (search fields, match keys and the importer's record left out), else only what
// names a hit.
RETURN label, score,
  CASE WHEN $whole THEN node {.*, names: null, searchKeys: null, synonymsText: null, doiKey: null, record: null, hash: null}
       ELSE node {.slug, .title, .name}
  END AS node
