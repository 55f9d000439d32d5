// The ontology rows of some entities (src/ontology/rows.ts): their terms and the terms' ancestors, the IS_A edges
// between them (source: the ontology, or 'eg' for the project's curated classes), and each entity's GROUNDED_TO
// links, and BROAD_MATCH links to terms an entity is a kind or subgroup of. MERGE throughout: rows already in the graph change nothing, so a re-import writes nothing here.
CALL () {
  UNWIND $terms AS row
  MERGE (t:OntologyTerm {curie: row.curie})
  ON CREATE SET t.label = row.label, t.source = row.source, t.names = row.names
  RETURN count(t) AS terms
}
CALL () {
  UNWIND $edges AS row
  MATCH (child:OntologyTerm {curie: row.child})
  MATCH (parent:OntologyTerm {curie: row.parent})
  MERGE (child)-[r:IS_A]->(parent)
  ON CREATE SET r.source = row.source
  RETURN count(r) AS edges
}
CALL () {
  UNWIND $links AS row
  MATCH (e:Entity {id: row.entityId})
  MATCH (t:OntologyTerm {curie: row.curie})
  MERGE (e)-[g:GROUNDED_TO]->(t)
  RETURN count(g) AS links
}
CALL () {
  UNWIND $broadLinks AS row
  MATCH (e:Entity {id: row.entityId})
  MATCH (t:OntologyTerm {curie: row.curie})
  MERGE (e)-[b:BROAD_MATCH]->(t)
  RETURN count(b) AS broadLinks
}
RETURN terms, edges, links, broadLinks
