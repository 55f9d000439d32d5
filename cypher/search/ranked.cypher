// search(text, types, first): the best-scoring nodes of the full-text index, of the labels asked for ($labels null:
// all), in one round trip. $query is built from the user's words by rankedQuery() (src/query/search-terms.ts):
// never user text as given. Equal scores fall back to the name (or title, or slug) so the order is stable.
CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node, score
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
WITH node, score, label
ORDER BY score DESC, toLower(coalesce(node.name, node.title, node.slug)), node.slug, node.key
LIMIT $first
// $whole: the node's properties (search fields and the importer's record left out), else only what names a hit.
RETURN label, score,
  CASE WHEN $whole THEN node {.*, names: null, synonymsText: null, record: null, hash: null}
       ELSE node {.slug, .title, .name}
  END AS node
