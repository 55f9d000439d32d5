// The match keys of entities imported before them (src/ingest/name-keys.ts): replaces names (then Cypher's toLower of
// each name) with the importer's keys, and sets searchKeys. The EntityName nodes follow (migration 011-entity-names):
// links to keys no longer held are removed, names left without an entity go.
UNWIND $entities AS row
MATCH (e:Entity {id: row.id})
SET e.names = row.names, e.searchKeys = row.searchKeys
WITH e, row
CALL (e, row) {
  MATCH (e)-[named:NAMED]->(old:EntityName)
  WHERE NOT old.key IN row.names
  DELETE named
  WITH old
  WHERE NOT (old)<-[:NAMED]-()
  DELETE old
}
FOREACH (key IN row.names |
  MERGE (n:EntityName {key: key})
  MERGE (e)-[:NAMED]->(n))
RETURN count(e) AS updated
