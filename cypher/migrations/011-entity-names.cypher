// Entity lookup by name through an index (issue 19). Entity.names holds every match key of an entity's name and
// synonyms (src/ingest/entity-key.ts), but `$key IN e.names` on a list property cannot use an index in Neo4j 5:
// it scanned every entity. Each key is also an (:EntityName {key}) node, unique, linked from every entity it names
// ((:Entity)-[:NAMED]->(:EntityName)), so a lookup is one unique-index seek and a hop. Kept by merge-entities and
// set-name-keys; delete-orphans removes names no entity holds any more.
CREATE CONSTRAINT entity_name_key IF NOT EXISTS FOR (n:EntityName) REQUIRE n.key IS UNIQUE;
// Names of the entities already in the graph, in batches (the constraint's index makes each MERGE a seek).
MATCH (e:Entity)
CALL (e) {
  UNWIND coalesce(e.names, []) AS key
  MERGE (n:EntityName {key: key})
  MERGE (e)-[:NAMED]->(n)
} IN TRANSACTIONS OF 1000 ROWS
RETURN count(*) AS named;
