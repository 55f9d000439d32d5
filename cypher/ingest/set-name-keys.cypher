// The match keys of entities imported before them (src/ingest/name-keys.ts): replaces names (then Cypher's toLower of
// each name) with the importer's keys, and sets searchKeys.
UNWIND $entities AS row
MATCH (e:Entity {id: row.id})
SET e.names = row.names, e.searchKeys = row.searchKeys
RETURN count(e) AS updated
