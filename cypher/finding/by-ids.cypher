UNWIND $ids AS id
MATCH (f:Finding {id: id})-[:SUBJECT]->(subject)
MATCH (f)-[:OBJECT]->(object)
RETURN f {.*, subjectId: subject.id, objectId: object.id} AS finding
