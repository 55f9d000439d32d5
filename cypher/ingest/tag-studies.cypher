// Study tags: Symptom tags are Symptom entities; Biomarker classes and method flags are nodes of their own.
CALL {
  UNWIND $symptomTags AS row
  MATCH (s:Study {slug: row.slug})
  MATCH (e:Entity {id: row.entityId})
  MERGE (s)-[:TAGGED]->(e)
}
CALL {
  UNWIND $biomarkerClasses AS row
  MATCH (s:Study {slug: row.slug})
  MERGE (c:BiomarkerClass {key: row.key})
  ON CREATE SET c.name = row.name
  MERGE (s)-[:TAGGED]->(c)
}
CALL {
  UNWIND $methodFlags AS row
  MATCH (s:Study {slug: row.slug})
  MERGE (m:MethodFlag {key: row.key})
  ON CREATE SET m.name = row.name
  MERGE (s)-[:TAGGED]->(m)
}
RETURN 1 AS done
