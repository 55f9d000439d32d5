// For each CURIE: the term, its parents and children (IS_A, with the source of each edge) and the entities linked
// to it; every term of a request in one round trip.
UNWIND $curies AS curie
MATCH (t:OntologyTerm {curie: curie})
CALL (t) {
  OPTIONAL MATCH (t)-[r:IS_A]->(p:OntologyTerm)
  WITH p, r ORDER BY p.curie
  RETURN collect(p {.curie, .label, .source, edgeSource: r.source}) AS parents
}
CALL (t) {
  OPTIONAL MATCH (t)<-[r:IS_A]-(c:OntologyTerm)
  WITH c, r ORDER BY c.curie
  RETURN collect(c {.curie, .label, .source, edgeSource: r.source}) AS children
}
CALL (t) {
  OPTIONAL MATCH (e:Entity)-[:GROUNDED_TO]->(t)
  WITH e ORDER BY e.id
  RETURN collect(e {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf}) AS entities
}
RETURN curie, t {.curie, .label, .source} AS term, parents, children, entities
