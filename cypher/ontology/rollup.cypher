// Roll-ups (issue 20): for each query ({name: lower-cased, curie: a CURIE or null, id: an entity id or null}), in one
// round trip, the entities it names (by any name or synonym, by a cross-reference equal to the CURIE, or by id), the ontology terms it names (by
// CURIE or by a term's name) or its entities link to, every term under those (IS_A, any depth), and the entities
// linked to any of these terms (the same thing, GROUNDED_TO, or a kind of it, BROAD_MATCH) with the terms they are
// linked through. No query per descendant.
UNWIND range(0, size($queries) - 1) AS i
WITH i, $queries[i] AS q
// Names through the unique index of the names' keys (migration 011-entity-names), ids through the entity id's; an
// entity's cross-references are a list no index holds, so the entities are scanned for them only when a query is a
// CURIE ($curies; otherwise the lines are not sent).
CALL (q) {
  CALL (q) {
    MATCH (byName:EntityName {key: q.name})<-[:NAMED]-(e:Entity)
    USING INDEX SEEK byName:EntityName(key)
    RETURN e
    UNION
    MATCH (e:Entity {id: q.id})
    RETURN e
    UNION // when $curies
    WITH q WHERE q.curie IS NOT NULL // when $curies
    MATCH (e:Entity) // when $curies
    WHERE q.curie IN e.xrefs // when $curies
    RETURN e // when $curies
  }
  WITH e ORDER BY e.id
  RETURN collect(e) AS named
}
CALL (q, named) {
  CALL (q, named) {
    MATCH (t:OntologyTerm {curie: q.curie})
    RETURN t
    UNION
    MATCH (t:OntologyTerm)
    WHERE q.name IN t.names
    RETURN t
    UNION
    UNWIND named AS e
    MATCH (e)-[:GROUNDED_TO]->(t:OntologyTerm)
    RETURN t
  }
  RETURN collect(t) AS roots
}
CALL (roots) {
  UNWIND roots AS r
  MATCH (d:OntologyTerm)-[:IS_A*0..]->(r)
  RETURN collect(DISTINCT d) AS terms
}
CALL (terms) {
  UNWIND terms AS t
  MATCH (m:Entity)-[:GROUNDED_TO|BROAD_MATCH]->(t)
  WITH m, t ORDER BY t.curie
  WITH m, collect(t.curie) AS via
  ORDER BY m.id
  RETURN collect({entity: m {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf}, via: via}) AS linked
}
RETURN i,
  [e IN named | e {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf}] AS named,
  [r IN roots | r {.curie, .label, .source}] AS roots,
  size(terms) AS termCount,
  linked
ORDER BY i
