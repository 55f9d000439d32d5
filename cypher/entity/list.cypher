// biomarkers / symptoms / conditions / measures(filter, first, after): one page of the entities of type $type that
// match, by name (Entity.key is the normalised, lower-cased name, unique per type), with each one's finding count
// and the total, in one round trip. $filter.text is a lower-cased substring of any name or synonym.
MATCH (e:Entity)
WHERE e.type = $type
  AND ($filter.kind IS NULL OR toLower(e.kind) = $filter.kind)
  AND ($filter.text IS NULL OR any(name IN e.names WHERE name CONTAINS $filter.text))
WITH e, COUNT { MATCH (e)<-[:SUBJECT|OBJECT]-(f:Finding) RETURN DISTINCT f } AS findingCount
WHERE $filter.hasFindings IS NULL OR (findingCount > 0) = $filter.hasFindings
WITH collect({e: e, findingCount: findingCount}) AS matched
CALL (matched) {
  UNWIND matched AS row
  WITH row.e AS e, row.findingCount AS findingCount
  WHERE $after IS NULL OR e.key > $after
  WITH e, findingCount
  ORDER BY e.key
  LIMIT $limit
  RETURN collect(e {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf, findingCount: findingCount}) AS entities
}
RETURN size(matched) AS total, entities
