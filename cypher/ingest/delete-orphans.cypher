// Entities and tags no finding or study refers to any more (after a changed study was rewritten). An entity's
// GROUNDED_TO and BROAD_MATCH links to ontology terms and its NAMED links to its names do not keep it; terms no
// remaining entity reaches (through IS_A) go too, and names no remaining entity holds.
CALL {
  MATCH (n:Entity)
  WHERE NOT EXISTS { MATCH (n)-[r]-() WHERE NOT (r:GROUNDED_TO OR r:BROAD_MATCH OR r:NAMED) }
  DETACH DELETE n
}
CALL {
  MATCH (n:EntityName)
  WHERE NOT (n)<-[:NAMED]-()
  DELETE n
}
CALL {
  MATCH (n:BiomarkerClass)
  WHERE NOT (n)--()
  DELETE n
}
CALL {
  MATCH (n:MethodFlag)
  WHERE NOT (n)--()
  DELETE n
}
CALL {
  MATCH (t:OntologyTerm)
  WHERE NOT EXISTS { MATCH (t)<-[:IS_A*0..]-(:OntologyTerm)<-[:GROUNDED_TO|BROAD_MATCH]-(:Entity) }
  DETACH DELETE t
}
RETURN 1 AS done
