// Q5 (retracted studies left out, the API's default filter): the depth-2 neighbourhood of an entity over the typed evidence edges: hop 1 and hop 2 keep the $hopLimit
// entities with the most edges, the whole list is cut to $nodeBudget; then every finding between two kept
// entities, with its study's properties and method flags (for the edge consensus), and each kept node's
// finding count.
MATCH (start:Entity {id: $entityId})
CALL (start) {
  MATCH (start)-[r:ELEVATED_IN|REDUCED_IN|NOT_DIFFERENT_IN|CORRELATES_WITH|NOT_CORRELATED_WITH|DISCRIMINATES|ASSOCIATED_WITH]-(n:Entity)
  WHERE n <> start AND NOT EXISTS { MATCH (s:Study {slug: r.studySlug}) WHERE s.retracted }
  WITH n, count(r) AS weight
  ORDER BY weight DESC, toLower(n.name), n.id
  LIMIT $hopLimit
  RETURN collect(n) AS hop1
}
CALL (start, hop1) {
  UNWIND hop1 AS m
  MATCH (m)-[r:ELEVATED_IN|REDUCED_IN|NOT_DIFFERENT_IN|CORRELATES_WITH|NOT_CORRELATED_WITH|DISCRIMINATES|ASSOCIATED_WITH]-(n:Entity)
  WHERE n <> start AND NOT n IN hop1 AND NOT EXISTS { MATCH (s:Study {slug: r.studySlug}) WHERE s.retracted }
  WITH n, count(r) AS weight
  ORDER BY weight DESC, toLower(n.name), n.id
  LIMIT $hopLimit
  RETURN collect(n) AS hop2
}
WITH start, hop1, hop2, [start] + hop1 + hop2 AS reached
WITH start, hop1, reached, reached[..$nodeBudget] AS kept
CALL (kept) {
  UNWIND kept AS a
  MATCH (a)<-[:SUBJECT]-(f:Finding)-[:OBJECT]->(b:Entity)
  WHERE b IN kept
  MATCH (s:Study)-[:REPORTS]->(f)
  WHERE coalesce(s.retracted, false) = false
  WITH f, a, b, s ORDER BY f.id
  LIMIT $maxFindings + 1
  RETURN collect({finding: f {.id, .studySlug, .relation, .sign, .pValue, .pComparator, .significant, .effectSize,
                              .effectType, .ciLow, .ciHigh, .sampleSize, .groups, subjectId: a.id, objectId: b.id},
                  study: s {.slug, .evidenceLevel, .pemCriterion, .design, .sampleSize, .retracted, .year},
                  methodFlags: [(s)-[:TAGGED]->(m:MethodFlag) | m.name]}) AS findings
}
RETURN [n IN kept | n {.id, .type, .key, .name,
          hop: CASE WHEN n = start THEN 0 WHEN n IN hop1 THEN 1 ELSE 2 END,
          findingCount: COUNT { (n)<-[:SUBJECT|OBJECT]-(:Finding)<-[:REPORTS]-(s:Study) WHERE coalesce(s.retracted, false) = false }}] AS nodes,
       size(reached) > size(kept) AS truncated,
       findings
