// For each entity id: its ontology terms, their parents and their children (IS_A), for Entity.ontologyTerms,
// .parents and .children; every entity of a request in one round trip.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (e)-[:GROUNDED_TO]->(t:OntologyTerm)
  WITH t ORDER BY t.curie
  RETURN collect(t {.curie, .label, .source}) AS terms
}
CALL (e) {
  OPTIONAL MATCH (e)-[:GROUNDED_TO]->(:OntologyTerm)-[:IS_A]->(p:OntologyTerm)
  WITH DISTINCT p ORDER BY p.curie
  RETURN collect(p {.curie, .label, .source}) AS parents
}
CALL (e) {
  OPTIONAL MATCH (e)-[:GROUNDED_TO]->(:OntologyTerm)<-[:IS_A]-(c:OntologyTerm)
  WITH DISTINCT c ORDER BY c.curie
  RETURN collect(c {.curie, .label, .source}) AS children
}
RETURN id, terms, parents, children
