// Lookup by any name or synonym, case-insensitive (entity.names holds them lower-cased), through the unique index of
// the names' keys (migration 011-entity-names). The SEEK hint, here and wherever a name is looked up, keeps that plan
// whatever the statistics say: a plain USING INDEX was met by scanning the whole index once per lookup.
UNWIND $lookups AS lookup
MATCH (byName:EntityName {key: lookup.name})<-[:NAMED]-(e:Entity)
USING INDEX SEEK byName:EntityName(key)
WHERE e.type = lookup.type
RETURN lookup.type + ':' + lookup.name AS lookupKey, e {{entity}} AS entity
