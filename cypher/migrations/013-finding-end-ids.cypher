// A page of an entity's findings in one role (cypher/entity/findings-in-id-order.cypher) reads these indexes in
// (end id, finding id) order and stops at the page's end, where expanding the entity's relationships read and sorted
// every one of its findings (issue 19: a hub biomarker's page grew with the database). Findings carry their
// subject's and object's ids for it (src/ingest/graph-rows.ts); this gives them to findings written before.
// Setting the same values again is harmless, so a run cut short can be repeated.
CREATE INDEX finding_subject_id IF NOT EXISTS FOR (f:Finding) ON (f.subjectId, f.id);
CREATE INDEX finding_object_id IF NOT EXISTS FOR (f:Finding) ON (f.objectId, f.id);
MATCH (f:Finding)-[:SUBJECT]->(subject:Entity)
MATCH (f)-[:OBJECT]->(object:Entity)
CALL (f, subject, object) {
  SET f.subjectId = subject.id, f.objectId = object.id
} IN TRANSACTIONS OF 10000 ROWS;
