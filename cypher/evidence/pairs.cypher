// evidence(subject, object, role, filter, first): in one round trip, the entities the names resolve to and every
// subject–object pair the anchor entity is on (as the findings' subject, or their object with $role = 'OBJECT'),
// each with all its findings and, per finding, the study properties and method flags synthesis needs.
// Pairs are ordered by distinct studies (desc), then the other entity's name (then the ids, for ties between
// anchors of one name); `total` counts them all and `pairs` is the page of $first from position $offset.
// cypher/evidence/pair-summaries.cypher orders and pages the same way.
// $anchor and $other are lower-cased names or synonyms (Entity.names); $other may be null. Both are found through the
// index of the names' keys (EntityName, migration 011-entity-names); lines ending in `// when …` are sent only when their conditions hold (src/db/statements.ts).
// The $filter predicate is the same in every evidence statement (src/schema/evidence-inputs.ts, filterParams).
// With includeDescendants, $anchorIds / $otherIds hold the entities of the names' roll-ups (src/ontology/rollup.ts),
// found by the entity id index instead of the names.
CALL () {
  UNWIND [key IN [$anchor, $other] WHERE key IS NOT NULL] AS key // when not $anchorIds
  MATCH (byName:EntityName {key: key})<-[:NAMED]-(e:Entity) // when not $anchorIds
  USING INDEX SEEK byName:EntityName(key) // when not $anchorIds
  UNWIND $anchorIds + coalesce($otherIds, []) AS id // when $anchorIds
  MATCH (e:Entity {id: id}) // when $anchorIds
  WITH collect(DISTINCT e) AS named
  RETURN [e IN named WHERE $anchor IN e.names] AS anchorNodes, [e IN named WHERE $other IN e.names] AS otherNodes // when not $anchorIds
  RETURN [e IN named WHERE e.id IN $anchorIds] AS anchorNodes, [e IN named WHERE e.id IN coalesce($otherIds, [])] AS otherNodes // when $anchorIds
}
CALL (anchorNodes, otherNodes) {
  UNWIND anchorNodes AS anchor
  MATCH (anchor)<-[:SUBJECT]-(f:Finding)-[:OBJECT]->(other:Entity) // when $role = 'SUBJECT'
  MATCH (anchor)<-[:OBJECT]-(f:Finding)-[:SUBJECT]->(other:Entity) // when $role = 'OBJECT'
  WHERE other IN otherNodes // when $other
  WITH f, anchor AS subject, other AS object, other // when $role = 'SUBJECT'
  WITH f, other AS subject, anchor AS object, other // when $role = 'OBJECT'
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
  WITH subject, object, other, s, methodFlags, f
  ORDER BY f.studySlug, f.index, f.id
  WITH subject, object, other,
       collect({
         finding: f {.*, subjectId: subject.id, objectId: object.id},
         study: s {.slug, .evidenceLevel, .pemCriterion, .design, .sampleSize, .retracted, .year},
         methodFlags: methodFlags
       }) AS findings,
       count(DISTINCT s) AS studyCount
  ORDER BY studyCount DESC, toLower(other.name), other.name, other.id, subject.id, object.id
  WITH collect({
    subject: subject {{entity}},
    object: object {{entity}},
    studyCount: studyCount,
    findings: findings
  }) AS ranked
  RETURN size(ranked) AS total, ranked[$offset..$offset + $first] AS pairs
}
RETURN [e IN anchorNodes | e {{entity}}] AS anchors,
  [e IN otherNodes | e {{entity}}] AS others, total, pairs
