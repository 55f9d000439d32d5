// The graph's ontology (issue 20): one (:OntologyTerm {curie, label, source, names}) node per term that an entity
// links to or that is an ancestor of one, IS_A edges between them, and (:Entity)-[:GROUNDED_TO]->(:OntologyTerm).
// Built at import (cypher/ontology/merge.cypher) and, for data imported before or under other ontology data, by
// migrate (src/ontology/refresh.ts), which records the data version it built on a (:OntologyState) node.
CREATE CONSTRAINT ontology_term_curie IF NOT EXISTS FOR (t:OntologyTerm) REQUIRE t.curie IS UNIQUE;
CREATE CONSTRAINT ontology_state_id IF NOT EXISTS FOR (s:OntologyState) REQUIRE s.id IS UNIQUE;
