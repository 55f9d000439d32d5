// evidenceMatrix(subjects, objects, filter) in one round trip: the row and column entities (named, or the
// defaults), and every finding between a row and a column entity that passes the filter, with its study's
// properties and method flags. Defaults: rows = the $defaultSubjects biomarkers with the most filtered findings
// as subject; columns = the $defaultObjects conditions and symptoms with the most filtered findings from those
// rows. $subjects / $objects are lower-cased names (null for the defaults); a name of several entities (one per
// type) gives each of them a row. Names that match nothing come back in unknownSubjects / unknownObjects.
CALL () {
  UNWIND range(0, size(coalesce($subjects, [])) - 1) AS i
  MATCH (byName:EntityName {key: $subjects[i]})<-[:NAMED]-(e:Entity)
  USING INDEX SEEK byName:EntityName(key)
  WITH i, e ORDER BY i, e.id
  RETURN collect(e) AS namedSubjects
}
CALL () {
  UNWIND range(0, size(coalesce($objects, [])) - 1) AS i
  MATCH (byName:EntityName {key: $objects[i]})<-[:NAMED]-(e:Entity)
  USING INDEX SEEK byName:EntityName(key)
  WITH i, e ORDER BY i, e.id
  RETURN collect(e) AS namedObjects
}
CALL () {
  MATCH (b:Biomarker)<-[:SUBJECT]-(f:Finding)<-[:REPORTS]-(s:Study)
  WHERE $subjects IS NULL
    AND ($filter.evidenceLevels IS NULL OR s.evidenceLevel IN $filter.evidenceLevels)
    AND ($filter.pemCriteria IS NULL OR s.pemCriterion IN $filter.pemCriteria)
    AND ($filter.designs IS NULL OR s.design IN $filter.designs)
    AND ($filter.yearFrom IS NULL OR s.year >= $filter.yearFrom)
    AND ($filter.yearTo IS NULL OR s.year <= $filter.yearTo)
    AND ($filter.confidences IS NULL OR s.confidence IN $filter.confidences)
    AND (NOT $filter.excludeRetracted OR coalesce(s.retracted, false) = false)
    AND (NOT $filter.significantOnly OR f.significant = true)
  WITH b, count(DISTINCT f) AS findingCount
  ORDER BY findingCount DESC, toLower(b.name), b.id
  LIMIT $defaultSubjects
  RETURN collect(b) AS defaultSubjects
}
WITH CASE WHEN $subjects IS NULL THEN defaultSubjects ELSE namedSubjects END AS rows, namedObjects
CALL (rows) {
  UNWIND rows AS b
  MATCH (b)<-[:SUBJECT]-(f:Finding)-[:OBJECT]->(o:Entity)
  WHERE $objects IS NULL AND (o:Condition OR o:Symptom)
  MATCH (s:Study)-[:REPORTS]->(f)
  WHERE ($filter.evidenceLevels IS NULL OR s.evidenceLevel IN $filter.evidenceLevels)
    AND ($filter.pemCriteria IS NULL OR s.pemCriterion IN $filter.pemCriteria)
    AND ($filter.designs IS NULL OR s.design IN $filter.designs)
    AND ($filter.yearFrom IS NULL OR s.year >= $filter.yearFrom)
    AND ($filter.yearTo IS NULL OR s.year <= $filter.yearTo)
    AND ($filter.confidences IS NULL OR s.confidence IN $filter.confidences)
    AND (NOT $filter.excludeRetracted OR coalesce(s.retracted, false) = false)
    AND (NOT $filter.significantOnly OR f.significant = true)
  WITH o, count(DISTINCT f) AS findingCount
  ORDER BY findingCount DESC, toLower(o.name), o.id
  LIMIT $defaultObjects
  RETURN collect(o) AS defaultObjects
}
WITH rows, CASE WHEN $objects IS NULL THEN defaultObjects ELSE namedObjects END AS columns
CALL (rows, columns) {
  UNWIND rows AS a
  MATCH (a)<-[:SUBJECT]-(f:Finding)-[:OBJECT]->(o:Entity)
  WHERE o IN columns
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
  RETURN collect({
    finding: f {.*, subjectId: a.id, objectId: o.id},
    study: s {.slug, .evidenceLevel, .pemCriterion, .design, .sampleSize, .retracted, .year},
    methodFlags: methodFlags
  }) AS findings
}
RETURN [e IN rows | e {{entity}}] AS subjects,
       [e IN columns | e {{entity}}] AS objects,
       [n IN coalesce($subjects, []) WHERE NOT EXISTS { MATCH (:EntityName {key: n})<-[:NAMED]-(:Entity) }] AS unknownSubjects,
       [n IN coalesce($objects, []) WHERE NOT EXISTS { MATCH (:EntityName {key: n})<-[:NAMED]-(:Entity) }] AS unknownObjects,
       findings
