// Every finding of each study, in page order: one round trip for all the studies of a page.
UNWIND $slugs AS slug
MATCH (:Study {slug: slug})-[:REPORTS]->(f:Finding)-[:SUBJECT]->(subject)
MATCH (f)-[:OBJECT]->(object)
RETURN slug, f {.*, subjectId: subject.id, objectId: object.id} AS finding
ORDER BY slug, f.index
