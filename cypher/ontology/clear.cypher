// Remove the graph's ontology before it is rebuilt from other data: its terms with their IS_A and GROUNDED_TO edges.
MATCH (t:OntologyTerm)
DETACH DELETE t
RETURN count(*) AS deleted
