// Before a changed study is rewritten: its findings, their typed edges and its tag edges go, so nothing stale stays.
UNWIND $slugs AS slug
MATCH (s:Study {slug: slug})
CALL {
  WITH s
  MATCH (s)-[:REPORTS]->(f:Finding)-[:SUBJECT]->(subject)
  MATCH (f)-[:OBJECT]->(object)
  OPTIONAL MATCH (subject)-[typed]->(object)
  WHERE typed.findingId = f.id
  DELETE typed
  DETACH DELETE f
}
CALL {
  WITH s
  MATCH (s)-[tag:TAGGED]->()
  DELETE tag
}
RETURN count(s) AS cleared
