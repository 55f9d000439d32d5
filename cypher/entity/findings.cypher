// A page of each entity's findings (as subject, object or either) with each entity's total, for a batch of
// entities in one round trip. Keyset on finding id. One expansion serves both the total and the page; each role
// is its own typed expansion, so no relationship is read only to be filtered out by type.
// Each finding comes as [subject, object, finding, study] values of $endFields, $endFields, $findingFields and
// $studyFields (no study values when $studyFields is null): what the query selects on them (src/schema/projection.ts).
// variants: one of $ids, $lookup
// The entities are $ids, or (with $ids null) the one entity $lookup names ({type, name}: any name or synonym,
// lower-cased, as in cypher/entity/by-names.cypher): `biomarker(name) { findings }` is then one round trip.
// $role is SUBJECT, OBJECT or EITHER. Lines ending in `// when …` are sent only when their parameter is given or
// equal (src/db/statements.ts), so each call's shape is planned with only the expansions and conditions it needs.
UNWIND $ids AS id // when $ids
MATCH (e:Entity {id: id}) // when $ids
MATCH (byName:EntityName {key: $lookup.name})<-[:NAMED]-(e:Entity) // when $lookup
USING INDEX SEEK byName:EntityName(key) // when $lookup
WHERE e.type = $lookup.type // when $lookup
CALL (e) {
  MATCH (e)<-[:SUBJECT]-(f:Finding) // when $role = 'SUBJECT'
  MATCH (e)<-[:OBJECT]-(f:Finding) // when $role = 'OBJECT'
  CALL (e) { // when $role = 'EITHER'
    MATCH (e)<-[:SUBJECT]-(f:Finding) RETURN f // when $role = 'EITHER'
    UNION // when $role = 'EITHER'
    MATCH (e)<-[:OBJECT]-(f:Finding) RETURN f // when $role = 'EITHER'
  } // when $role = 'EITHER'
  WITH f
  WHERE f.relation = $relation // when $relation
  WITH collect(f) AS matched
  CALL (matched) {
    UNWIND matched AS f
    WITH f
    WHERE f.id > $after // when $after
    ORDER BY f.id
    LIMIT $limit
    MATCH (f)-[:SUBJECT]->(subject)
    MATCH (f)-[:OBJECT]->(object)
    MATCH (study:Study)-[:REPORTS]->(f)
    RETURN collect({{finding-row}}) AS findings
  }
  RETURN size(matched) AS total, findings
}
RETURN e.id AS id, total, findings,
  CASE WHEN $ids IS NULL THEN e {{entity}} END AS entity
