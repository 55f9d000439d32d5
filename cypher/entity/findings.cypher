// A page of each entity's findings (as subject, object or either) with each entity's total, for a batch of
// entities in one round trip. Keyset on finding id. One expansion serves both the total and the page; each role
// is its own typed expansion, so no relationship is read only to be filtered out by type.
// Each finding carries its subject, object and study so the loaders behind Finding.subject/object/study are primed.
// $studyFields: the study properties the query selects, returned as a list of values in that order (a partial study
// for that finding alone); null returns the whole study.
// The entities are $ids, or (with $ids null) the one entity $lookup names ({type, name}: any name or synonym,
// lower-cased, as in cypher/entity/by-names.cypher): `biomarker(name) { findings }` is then one round trip.
CALL () {
  UNWIND coalesce($ids, []) AS id
  MATCH (e:Entity {id: id})
  RETURN e
  UNION ALL
  // The gate keeps the lookup from running when $ids are given (a WHERE on parameters alone is planned after it).
  UNWIND CASE WHEN $ids IS NULL THEN [$lookup] ELSE [] END AS lookup
  MATCH (e:Entity)
  WHERE e.type = lookup.type AND lookup.name IN e.names
  RETURN e
}
CALL (e) {
  CALL (e) {
    MATCH (e)<-[:SUBJECT]-(f:Finding)
    WHERE $role IS NULL OR $role = 'SUBJECT'
    RETURN f
    UNION
    MATCH (e)<-[:OBJECT]-(f:Finding)
    WHERE $role IS NULL OR $role = 'OBJECT'
    RETURN f
  }
  WITH f
  WHERE $relation IS NULL OR f.relation = $relation
  WITH collect(f) AS matched
  CALL (matched) {
    UNWIND matched AS f
    WITH f
    WHERE $after IS NULL OR f.id > $after
    ORDER BY f.id
    LIMIT $limit
    MATCH (f)-[:SUBJECT]->(subject)
    MATCH (f)-[:OBJECT]->(object)
    MATCH (study:Study)-[:REPORTS]->(f)
    RETURN collect(f {.*, subjectId: subject.id, objectId: object.id,
      subjectEntity: subject {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf},
      objectEntity: object {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf},
      studyNode: CASE WHEN $studyFields IS NULL THEN study {.*, record: null, hash: null}
        ELSE [key IN $studyFields | study[key]] END}) AS findings
  }
  RETURN size(matched) AS total, findings
}
RETURN e.id AS id, total, findings,
  CASE WHEN $ids IS NULL THEN e {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf} END AS entity
