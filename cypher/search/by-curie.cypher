// search(text) when the text is a CURIE (HP:0012378, MONDO:0005404, HGNC:6018): the entities linked to that
// ontology term or carrying it as a cross-reference, of the labels asked for ($labels null: all), by name. Each hit
// scores 1 (an exact match). Same row shape as cypher/search/ranked.cypher.
CALL () {
  MATCH (node:Entity)-[:GROUNDED_TO]->(:OntologyTerm {curie: $curie})
  RETURN node
  UNION
  MATCH (node:Entity)
  WHERE $curie IN node.xrefs
  RETURN node
}
WITH node, node.type AS label
WHERE $labels IS NULL OR label IN $labels
WITH node, label
ORDER BY toLower(node.name), node.id
LIMIT $first
RETURN label, 1.0 AS score,
  CASE WHEN $whole THEN node {.*, names: null, searchKeys: null, synonymsText: null, doiKey: null, record: null, hash: null}
       ELSE node {.slug, .title, .name}
  END AS node
