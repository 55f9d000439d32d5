// The data version the graph's ontology was built from (null: never built), and whether there are entities to link.
OPTIONAL MATCH (s:OntologyState {id: 'default'})
RETURN s.version AS version, COUNT { MATCH (e:Entity) } AS entities
