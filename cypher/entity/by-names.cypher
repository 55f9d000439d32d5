// Lookup by any name or synonym, case-insensitive (entity.names holds them lower-cased), through the unique index of
// the names' keys (migration 011-entity-names).
UNWIND $lookups AS lookup
MATCH (:EntityName {key: lookup.name})<-[:NAMED]-(e:Entity)
WHERE e.type = lookup.type
RETURN lookup.type + ':' + lookup.name AS lookupKey, e {{entity}} AS entity
