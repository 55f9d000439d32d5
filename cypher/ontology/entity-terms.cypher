// For each entity id: its ontology terms, the broader terms it is a kind or subgroup of, its parents (the IS_A
// parents of its terms, and its broader terms themselves) and the IS_A children of its terms, for
// Entity.ontologyTerms, .broadMatch, .parents and .children; every entity of a request in one round trip.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (e)-[:GROUNDED_TO]->(t:OntologyTerm)
  WITH t ORDER BY t.curie
  RETURN collect(t {.curie, .label, .source}) AS terms
}
CALL (e) {
  OPTIONAL MATCH (e)-[:BROAD_MATCH]->(b:OntologyTerm)
  WITH b ORDER BY b.curie
  RETURN collect(b {.curie, .label, .source}) AS broader
}
CALL (e) {
  CALL (e) {
    MATCH (e)-[:GROUNDED_TO]->(:OntologyTerm)-[:IS_A]->(p:OntologyTerm)
    RETURN p
    UNION
    MATCH (e)-[:BROAD_MATCH]->(p:OntologyTerm)
    RETURN p
  }
  WITH p ORDER BY p.curie
  RETURN collect(p {.curie, .label, .source}) AS parents
}
CALL (e) {
  OPTIONAL MATCH (e)-[:GROUNDED_TO]->(:OntologyTerm)<-[:IS_A]-(c:OntologyTerm)
  WITH DISTINCT c ORDER BY c.curie
  RETURN collect(c {.curie, .label, .source}) AS children
}
RETURN id, terms, broader, parents, children
