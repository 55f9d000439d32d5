// What the votes of the given studies on their pairs are computed from (src/ingest/pair-votes.ts): per study that
// the default evidence filter keeps, its properties, its method flags and its findings (with subject and object
// ids), read the way cypher/evidence/pairs.cypher reads them, so the materialized view sees the numbers the live
// synthesis sees. Runs inside the import's write transaction, after the findings are written.
UNWIND $slugs AS slug
MATCH (s:Study {slug: slug})
WHERE ($filter.evidenceLevels IS NULL OR s.evidenceLevel IN $filter.evidenceLevels)
  AND ($filter.pemCriteria IS NULL OR s.pemCriterion IN $filter.pemCriteria)
  AND ($filter.designs IS NULL OR s.design IN $filter.designs)
  AND ($filter.yearFrom IS NULL OR s.year >= $filter.yearFrom)
  AND ($filter.yearTo IS NULL OR s.year <= $filter.yearTo)
  AND ($filter.confidences IS NULL OR s.confidence IN $filter.confidences)
  AND (NOT $filter.excludeRetracted OR coalesce(s.retracted, false) = false)
CALL (s) {
  OPTIONAL MATCH (s)-[:TAGGED]->(flag:MethodFlag)
  RETURN collect(flag.name) AS methodFlags
}
CALL (s) {
  MATCH (s)-[:REPORTS]->(f:Finding)-[:SUBJECT]->(subject:Entity)
  WHERE NOT $filter.significantOnly OR f.significant = true
  MATCH (f)-[:OBJECT]->(object:Entity)
  RETURN collect(f {.id, .studySlug, .relation, .sign, .comparator, .pValue, .pComparator, .significant, .effectSize, .effectType,
                    .ciLow, .ciHigh, .sampleSize, .groups, subjectId: subject.id, objectId: object.id}) AS findings
}
RETURN s {.slug, .evidenceLevel, .pemCriterion, .design, .sampleSize, .retracted, .year} AS study, methodFlags, findings
