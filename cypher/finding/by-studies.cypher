// Every finding of each study, in page order, with its subject and object: one round trip for all the studies
// of a page (the entities prime the entity loader, so finding → subject costs nothing more).
UNWIND $slugs AS slug
MATCH (:Study {slug: slug})-[:REPORTS]->(f:Finding)-[:SUBJECT]->(subject)
MATCH (f)-[:OBJECT]->(object)
RETURN slug, f {.*, subjectId: subject.id, objectId: object.id, subjectEntity: subject {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf}, objectEntity: object {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf}} AS finding
ORDER BY slug, f.index
