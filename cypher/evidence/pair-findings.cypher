// The findings of the given pairs ($pairs: [{subjectId, objectId}]) under $filter, in the row shape, filter and
// order of cypher/evidence/pairs.cypher: for the fields of a materialized PairEvidence that need findings (studies,
// moderators, pooled, findings), one round trip for every pair of a request (pairFindingsLoader in
// src/schema/loaders.ts).
UNWIND $pairs AS pair
MATCH (subject:Entity {id: pair.subjectId})
MATCH (object:Entity {id: pair.objectId})
MATCH (subject)<-[:SUBJECT]-(f:Finding)-[:OBJECT]->(object)
MATCH (s:Study)-[:REPORTS]->(f)
WHERE ($filter.evidenceLevels IS NULL OR s.evidenceLevel IN $filter.evidenceLevels)
  AND ($filter.pemCriteria IS NULL OR s.pemCriterion IN $filter.pemCriteria)
  AND ($filter.designs IS NULL OR s.design IN $filter.designs)
  AND ($filter.yearFrom IS NULL OR s.year >= $filter.yearFrom)
  AND ($filter.yearTo IS NULL OR s.year <= $filter.yearTo)
  AND ($filter.confidences IS NULL OR s.confidence IN $filter.confidences)
  AND (NOT $filter.excludeRetracted OR coalesce(s.retracted, false) = false)
  AND (NOT $filter.significantOnly OR f.significant = true)
CALL (s) {
  OPTIONAL MATCH (s)-[:TAGGED]->(flag:MethodFlag)
  RETURN collect(flag.name) AS methodFlags
}
WITH subject, object, s, methodFlags, f
ORDER BY f.studySlug, f.index, f.id
RETURN subject.id AS subjectId, object.id AS objectId,
       collect({
         finding: f {.*, subjectId: subject.id, objectId: object.id},
         study: s {.slug, .evidenceLevel, .pemCriterion, .design, .sampleSize, .retracted, .year},
         methodFlags: methodFlags
       }) AS findings
