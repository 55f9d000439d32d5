// Findings by id with their subject and object, each as the values of $findingFields / $endFields in that order
// (src/schema/projection.ts turns them into objects).
UNWIND $ids AS id
MATCH (f:Finding {id: id})-[:SUBJECT]->(subject)
MATCH (f)-[:OBJECT]->(object)
RETURN [[key IN $endFields | subject[key]], [key IN $endFields | object[key]], [key IN $findingFields | f[key]]] AS finding
