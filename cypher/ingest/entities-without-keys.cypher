// Entities imported before the match keys (Entity.searchKeys marks them): their name and synonyms, a batch at a time,
// for src/ingest/name-keys.ts to compute names and searchKeys with the importer's rule.
MATCH (e:Entity)
WHERE e.searchKeys IS NULL
RETURN e.id AS id, e.name AS name, coalesce(e.synonyms, []) AS synonyms
ORDER BY e.id
LIMIT $batch
