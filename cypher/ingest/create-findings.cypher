// Each finding as a node (REPORTS, SUBJECT, OBJECT) and as a typed edge from subject to object named by its
// relation, so cross-study traversals read as the domain speaks: (miR-320a)-[:ELEVATED_IN]->(fibromyalgia).
// The relation comes from the closed Relation enum, validated before this runs. The edge's properties (row.edge,
// src/ingest/graph-rows.ts) include its study's filter properties (retracted, evidenceLevel, pemCriterion, design,
// year, confidence), so walks filter edges without seeking each edge's Study.
UNWIND $findings AS row
MATCH (s:Study {slug: row.studySlug})
MATCH (subject:Entity {id: row.subjectId})
MATCH (object:Entity {id: row.objectId})
CREATE (f:Finding)
SET f = row.props
CREATE (s)-[:REPORTS]->(f)
CREATE (f)-[:SUBJECT]->(subject)
CREATE (f)-[:OBJECT]->(object)
CREATE (subject)-[typed:$(row.relation)]->(object)
SET typed = row.edge
RETURN count(f) AS created
