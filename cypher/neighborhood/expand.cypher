// neighborhood(id, depth, limit, filter) in one round trip, whatever the depth. From an entity ($entityId) the
// walk follows the typed evidence edges (ELEVATED_IN, REDUCED_IN, …) in either direction; from a study
// ($studySlug) the first hop is the entities of its findings (REPORTS → Finding → SUBJECT|OBJECT), later hops
// follow typed edges. Each hop keeps at most $hopLimit new entities (most filtered edges first), then the whole
// list (start first, then hop by hop) is cut to $nodeBudget entities. Only edges whose finding's study passes
// $filter count. Returned: the kept entities with their hop and filtered finding count, whether anything was cut,
// and every filtered finding between two kept entities (with its study's properties and method flags), capped
// at $maxFindings + 1 (one more says the cap was hit).
OPTIONAL MATCH (entity:Entity {id: $entityId})
OPTIONAL MATCH (study:Study {slug: $studySlug})
WITH entity, study
WHERE entity IS NOT NULL OR study IS NOT NULL
CALL (entity, study) {
  CALL (entity, study) {
    MATCH (entity)-[r:ELEVATED_IN|REDUCED_IN|NOT_DIFFERENT_IN|CORRELATES_WITH|NOT_CORRELATED_WITH|DISCRIMINATES|ASSOCIATED_WITH]-(n:Entity)
    WHERE $depth >= 1 AND n <> entity
      AND (NOT $filter.significantOnly OR r.significant = true)
      AND EXISTS {
        MATCH (s:Study {slug: r.studySlug})
        WHERE ($filter.evidenceLevels IS NULL OR s.evidenceLevel IN $filter.evidenceLevels)
          AND ($filter.pemCriteria IS NULL OR s.pemCriterion IN $filter.pemCriteria)
          AND ($filter.designs IS NULL OR s.design IN $filter.designs)
          AND ($filter.yearFrom IS NULL OR s.year >= $filter.yearFrom)
          AND ($filter.yearTo IS NULL OR s.year <= $filter.yearTo)
          AND ($filter.confidences IS NULL OR s.confidence IN $filter.confidences)
          AND (NOT $filter.excludeRetracted OR coalesce(s.retracted, false) = false)
      }
    RETURN n, count(r) AS weight
    UNION ALL
    MATCH (study)-[:REPORTS]->(f:Finding)-[:SUBJECT|OBJECT]->(n:Entity)
    WHERE $depth >= 1
      AND (NOT $filter.significantOnly OR f.significant = true)
      AND ($filter.evidenceLevels IS NULL OR study.evidenceLevel IN $filter.evidenceLevels)
      AND ($filter.pemCriteria IS NULL OR study.pemCriterion IN $filter.pemCriteria)
      AND ($filter.designs IS NULL OR study.design IN $filter.designs)
      AND ($filter.yearFrom IS NULL OR study.year >= $filter.yearFrom)
      AND ($filter.yearTo IS NULL OR study.year <= $filter.yearTo)
      AND ($filter.confidences IS NULL OR study.confidence IN $filter.confidences)
      AND (NOT $filter.excludeRetracted OR coalesce(study.retracted, false) = false)
    RETURN n, count(f) AS weight
  }
  WITH n, sum(weight) AS weight
  ORDER BY weight DESC, toLower(n.name), n.id
  LIMIT $hopLimit
  RETURN collect(n) AS hop1
}
CALL (entity, hop1) {
  UNWIND hop1 AS m
  MATCH (m)-[r:ELEVATED_IN|REDUCED_IN|NOT_DIFFERENT_IN|CORRELATES_WITH|NOT_CORRELATED_WITH|DISCRIMINATES|ASSOCIATED_WITH]-(n:Entity)
  WHERE $depth >= 2 AND NOT n IN hop1 AND (entity IS NULL OR n <> entity)
    AND (NOT $filter.significantOnly OR r.significant = true)
    AND EXISTS {
      MATCH (s:Study {slug: r.studySlug})
      WHERE ($filter.evidenceLevels IS NULL OR s.evidenceLevel IN $filter.evidenceLevels)
        AND ($filter.pemCriteria IS NULL OR s.pemCriterion IN $filter.pemCriteria)
        AND ($filter.designs IS NULL OR s.design IN $filter.designs)
        AND ($filter.yearFrom IS NULL OR s.year >= $filter.yearFrom)
        AND ($filter.yearTo IS NULL OR s.year <= $filter.yearTo)
        AND ($filter.confidences IS NULL OR s.confidence IN $filter.confidences)
        AND (NOT $filter.excludeRetracted OR coalesce(s.retracted, false) = false)
    }
  WITH n, count(r) AS weight
  ORDER BY weight DESC, toLower(n.name), n.id
  LIMIT $hopLimit
  RETURN collect(n) AS hop2
}
CALL (entity, hop1, hop2) {
  UNWIND hop2 AS m
  MATCH (m)-[r:ELEVATED_IN|REDUCED_IN|NOT_DIFFERENT_IN|CORRELATES_WITH|NOT_CORRELATED_WITH|DISCRIMINATES|ASSOCIATED_WITH]-(n:Entity)
  WHERE $depth >= 3 AND NOT n IN hop1 AND NOT n IN hop2 AND (entity IS NULL OR n <> entity)
    AND (NOT $filter.significantOnly OR r.significant = true)
    AND EXISTS {
      MATCH (s:Study {slug: r.studySlug})
      WHERE ($filter.evidenceLevels IS NULL OR s.evidenceLevel IN $filter.evidenceLevels)
        AND ($filter.pemCriteria IS NULL OR s.pemCriterion IN $filter.pemCriteria)
        AND ($filter.designs IS NULL OR s.design IN $filter.designs)
        AND ($filter.yearFrom IS NULL OR s.year >= $filter.yearFrom)
        AND ($filter.yearTo IS NULL OR s.year <= $filter.yearTo)
        AND ($filter.confidences IS NULL OR s.confidence IN $filter.confidences)
        AND (NOT $filter.excludeRetracted OR coalesce(s.retracted, false) = false)
    }
  WITH n, count(r) AS weight
  ORDER BY weight DESC, toLower(n.name), n.id
  LIMIT $hopLimit
  RETURN collect(n) AS hop3
}
WITH entity, study, hop1, hop2, hop3,
     [x IN [entity] WHERE x IS NOT NULL] + hop1 + hop2 + hop3 AS reached
WITH entity, study, hop1, hop2, hop3, reached, reached[..$nodeBudget] AS kept
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)<-[:SUBJECT]-(f:Finding)-[:OBJECT]->(b:Entity)
  WHERE b IN kept
  MATCH (s:Study)-[:REPORTS]->(f)
  WHERE ($filter.evidenceLevels IS NULL OR s.evidenceLevel IN $filter.evidenceLevels)
    AND ($filter.pemCriteria IS NULL OR s.pemCriterion IN $filter.pemCriteria)
    AND ($filter.designs IS NULL OR s.design IN $filter.designs)
    AND ($filter.yearFrom IS NULL OR s.year >= $filter.yearFrom)
    AND ($filter.yearTo IS NULL OR s.year <= $filter.yearTo)
    AND ($filter.confidences IS NULL OR s.confidence IN $filter.confidences)
    AND (NOT $filter.excludeRetracted OR coalesce(s.retracted, false) = false)
    AND (NOT $filter.significantOnly OR f.significant = true)
  WITH f, s, a, b
  ORDER BY f.id
  LIMIT $maxFindings + 1
  CALL (s) {
    OPTIONAL MATCH (s)-[:TAGGED]->(flag:MethodFlag)
    RETURN collect(flag.name) AS methodFlags
  }
  RETURN collect({
    finding: f {.*, subjectId: a.id, objectId: b.id},
    study: s {.slug, .evidenceLevel, .pemCriterion, .design, .sampleSize, .retracted, .year},
    methodFlags: methodFlags
  }) AS findings
}
CALL (study, kept) {
  MATCH (study)-[:REPORTS]->(f:Finding)-[:SUBJECT|OBJECT]->(n:Entity)
  WHERE n IN kept
    AND (NOT $filter.significantOnly OR f.significant = true)
  RETURN collect(DISTINCT {entityId: n.id, findingId: f.id}) AS studyLinks
}
RETURN entity IS NOT NULL AS fromEntity,
       study {.slug, .title, .year, .evidenceLevel} AS study,
       [n IN kept | n {
         .id, .type, .key, .name,
         hop: CASE WHEN n = entity THEN 0 WHEN n IN hop1 THEN 1 WHEN n IN hop2 THEN 2 ELSE 3 END,
         findingCount: COUNT {
           MATCH (n)<-[:SUBJECT|OBJECT]-(f:Finding)<-[:REPORTS]-(s:Study)
           WHERE ($filter.evidenceLevels IS NULL OR s.evidenceLevel IN $filter.evidenceLevels)
             AND ($filter.pemCriteria IS NULL OR s.pemCriterion IN $filter.pemCriteria)
             AND ($filter.designs IS NULL OR s.design IN $filter.designs)
             AND ($filter.yearFrom IS NULL OR s.year >= $filter.yearFrom)
             AND ($filter.yearTo IS NULL OR s.year <= $filter.yearTo)
             AND ($filter.confidences IS NULL OR s.confidence IN $filter.confidences)
             AND (NOT $filter.excludeRetracted OR coalesce(s.retracted, false) = false)
             AND (NOT $filter.significantOnly OR f.significant = true)
         }
       }] AS nodes,
       size(reached) > size(kept) AS truncated,
       findings,
       studyLinks
