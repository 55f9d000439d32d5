UNWIND $ids AS id
MATCH (f:Finding {id: id})-[:SUBJECT]->(subject)
MATCH (f)-[:OBJECT]->(object)
RETURN f {.*, subjectId: subject.id, objectId: object.id, subjectEntity: subject {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf}, objectEntity: object {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf}} AS finding
