// Q4: every finding (of a study not retracted, the API's default filter) with $subject as subject and $object as object (lower-cased names), with what synthesis needs
// of its study (properties, method flags). Synthesis itself runs in JS (src/evidence), as in the API.
MATCH (a:Entity) WHERE $subject IN a.names
MATCH (b:Entity) WHERE $object IN b.names
MATCH (a)<-[:SUBJECT]-(f:Finding)-[:OBJECT]->(b)
MATCH (s:Study)-[:REPORTS]->(f)
WHERE coalesce(s.retracted, false) = false
WITH a, b, f, s ORDER BY f.studySlug, f.index, f.id
RETURN a {.name, .type} AS subject, b {.name, .type} AS object,
       collect({finding: f {.*}, study: s {.slug, .evidenceLevel, .pemCriterion, .design, .sampleSize, .retracted, .year},
                methodFlags: [(s)-[:TAGGED]->(m:MethodFlag) | m.name]}) AS findings
