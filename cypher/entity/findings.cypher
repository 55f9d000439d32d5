// A page of each entity's findings (as subject, object or either) with each entity's total, for a batch of
// entities in one round trip. Keyset on finding id.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL {
  WITH e
  MATCH (e)<-[role:SUBJECT|OBJECT]-(f:Finding)
  WHERE ($role IS NULL OR type(role) = $role) AND ($relation IS NULL OR f.relation = $relation)
  RETURN count(DISTINCT f) AS total
}
CALL {
  WITH e
  MATCH (e)<-[role:SUBJECT|OBJECT]-(f:Finding)
  WHERE ($role IS NULL OR type(role) = $role) AND ($relation IS NULL OR f.relation = $relation)
    AND ($after IS NULL OR f.id > $after)
  WITH DISTINCT f
  ORDER BY f.id
  LIMIT $limit
  MATCH (f)-[:SUBJECT]->(subject)
  MATCH (f)-[:OBJECT]->(object)
  RETURN collect(f {.*, subjectId: subject.id, objectId: object.id, subjectEntity: subject {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf}, objectEntity: object {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf}}) AS findings
}
RETURN id, total, findings
