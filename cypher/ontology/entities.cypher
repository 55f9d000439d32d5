// Every entity's names and cross-references, for rebuilding the graph's ontology (src/ontology/refresh.ts).
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.synonyms AS synonyms, e.xrefs AS xrefs
ORDER BY e.id
