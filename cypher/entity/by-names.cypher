// Lookup by any name or synonym, case-insensitive (entity.names holds them lower-cased).
UNWIND $lookups AS lookup
MATCH (e:Entity)
WHERE e.type = lookup.type AND lookup.name IN e.names
RETURN lookup.type + ':' + lookup.name AS lookupKey, e {{entity}} AS entity
