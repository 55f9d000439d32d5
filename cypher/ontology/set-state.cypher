// Record the data version the graph's ontology now reflects.
MERGE (s:OntologyState {id: 'default'})
SET s.version = $version
RETURN s.version AS version
