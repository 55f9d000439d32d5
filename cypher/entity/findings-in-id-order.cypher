// A page of each entity's findings in one role, SUBJECT or OBJECT, without a relation filter: the rows and total
// of cypher/entity/findings.cypher for the same arguments (tests/integration/entity-findings.test.ts), read so that
// neither grows with the entity's findings (issue 19: a hub biomarker's page, Q3, grew with the database). The total
// is the entity's degree in that role, which Neo4j keeps per node; the page comes in id order from the
// (subjectId, id) or (objectId, id) index (migration 013) and stops after $limit rows instead of sorting them all.
// variants: one of $ids, $lookup; $role SUBJECT or OBJECT
UNWIND $ids AS id // when $ids
MATCH (e:Entity {id: id}) // when $ids
MATCH (byName:EntityName {key: $lookup.name})<-[:NAMED]-(e:Entity) // when $lookup
USING INDEX SEEK byName:EntityName(key) // when $lookup
WHERE e.type = $lookup.type // when $lookup
CALL (e) {
  MATCH (f:Finding)
  // The hint: on a small or fresh database the planner may prefer scanning an index and filtering (a full scan
  // once the graph is large); this page is only flat through the composite index.
  USING INDEX SEEK f:Finding(subjectId, id) // when $role = 'SUBJECT'
  USING INDEX SEEK f:Finding(objectId, id) // when $role = 'OBJECT'
  WHERE f.subjectId = e.id // when $role = 'SUBJECT'
  WHERE f.objectId = e.id // when $role = 'OBJECT'
    AND f.id > $after // when $after
    // Types the property as a string, so the planner knows the index returns the rows in the order asked for.
    AND f.id >= '' // when not $after
  WITH f
  ORDER BY f.subjectId, f.id // when $role = 'SUBJECT'
  ORDER BY f.objectId, f.id // when $role = 'OBJECT'
  LIMIT $limit
  MATCH (f)-[:SUBJECT]->(subject)
  MATCH (f)-[:OBJECT]->(object)
  MATCH (study:Study)-[:REPORTS]->(f)
  RETURN collect({{finding-row}}) AS findings
}
RETURN e.id AS id,
  COUNT { (e)<-[:SUBJECT]-() } AS total, // when $role = 'SUBJECT'
  COUNT { (e)<-[:OBJECT]-() } AS total, // when $role = 'OBJECT'
  findings,
  CASE WHEN $ids IS NULL THEN e {{entity}} END AS entity
