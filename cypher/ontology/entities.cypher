// Every entity's names, cross-references and broader terms, for rebuilding the graph's ontology (src/ontology/refresh.ts).
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.synonyms AS synonyms, e.xrefs AS xrefs, e.broadMatch AS broadMatch
ORDER BY e.id
