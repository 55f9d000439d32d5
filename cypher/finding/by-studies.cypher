// Every finding of each study, in page order, with its subject and object: one round trip for all the studies
// of a page. Each finding as the values of $findingFields / $endFields in that order (src/schema/projection.ts).
UNWIND $slugs AS slug
MATCH (:Study {slug: slug})-[:REPORTS]->(f:Finding)-[:SUBJECT]->(subject)
MATCH (f)-[:OBJECT]->(object)
RETURN slug, [[key IN $endFields | subject[key]], [key IN $endFields | object[key]], [key IN $findingFields | f[key]]] AS finding
ORDER BY slug, f.index
