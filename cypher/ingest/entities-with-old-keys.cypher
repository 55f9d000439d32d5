// Entities whose key an earlier rule made (src/ingest/entity-ids.ts remakes it): a batch at a time.
MATCH (e:Entity)
WHERE e.keyRule IS NULL OR e.keyRule < $rule
RETURN e.id AS id, e.type AS type, e.name AS name
ORDER BY e.id
LIMIT $batch
