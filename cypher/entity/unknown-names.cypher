// Which of some names (match keys, src/ingest/entity-key.ts) no entity answers to, by any name or synonym, of the
// types asked ($types null: any type). Asked only when an answer came back empty, to tell "nothing known by that
// name" (NOT_FOUND, src/schema/unknown-names.ts) from "known, but nothing matches".
UNWIND $names AS name
WITH name
WHERE NOT EXISTS {
  MATCH (byName:EntityName {key: name})<-[:NAMED]-(e:Entity)
  USING INDEX SEEK byName:EntityName(key)
  WHERE $types IS NULL OR e.type IN $types
}
RETURN collect(DISTINCT name) AS unknown
