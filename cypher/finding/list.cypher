// findings(filter, first, after): one page of the findings that match, their total, and for the page each finding's
// subject, object and study (so nested fields need no further round trip), in one round trip.
// $finding holds the finding conditions; $filter is the study predicate's map, the same conditions as in
// cypher/study/page.cypher (src/query/study-filter.ts). $finding.subject / .object are lower-cased names or
// synonyms (Entity.names). Lines ending in `// when …` are sent only when their conditions hold
// (src/db/statements.ts): findings are reached from the entities a subject (else object) name gives, else from all
// findings, and only the conditions given are tested. Keyset on (studySlug, index, id): a study's findings in page
// order. With includeDescendants, $finding.subjectIds / .objectIds hold the entities of the names' roll-ups
// (src/ontology/rollup.ts) and are matched through the entity id index instead of the names.
CALL () { // when $filter.textQuery
  CALL db.index.fulltext.queryNodes('search_text', $filter.textQuery) YIELD node // when $filter.textQuery
  WITH node WHERE node:Study // when $filter.textQuery
  RETURN collect(node) AS textStudies // when $filter.textQuery
} // when $filter.textQuery
MATCH (byName:EntityName {key: $finding.subject})<-[:NAMED]-(subject:Entity) // when $finding.subject, not $finding.subjectIds
USING INDEX SEEK byName:EntityName(key) // when $finding.subject, not $finding.subjectIds
MATCH (subject:Entity) WHERE subject.id IN $finding.subjectIds // when $finding.subject, $finding.subjectIds
MATCH (subject)<-[:SUBJECT]-(f:Finding)-[:OBJECT]->(object:Entity) // when $finding.subject
MATCH (byName:EntityName {key: $finding.object})<-[:NAMED]-(object:Entity) // when not $finding.subject, $finding.object, not $finding.objectIds
USING INDEX SEEK byName:EntityName(key) // when not $finding.subject, $finding.object, not $finding.objectIds
MATCH (object:Entity) WHERE object.id IN $finding.objectIds // when not $finding.subject, $finding.object, $finding.objectIds
MATCH (object)<-[:OBJECT]-(f:Finding)-[:SUBJECT]->(subject:Entity) // when not $finding.subject, $finding.object
MATCH (f:Finding)-[:SUBJECT]->(subject:Entity) // when not $finding.subject, not $finding.object
MATCH (f)-[:OBJECT]->(object:Entity) // when not $finding.subject, not $finding.object
WHERE true
  AND f.relation IN $finding.relations // when $finding.relations
  AND f.sign = $finding.sign // when $finding.sign
  AND f.significant = $finding.significant // when $finding.significant
  AND f.extractionConfidence >= $finding.minConfidence // when $finding.minConfidence
  AND coalesce(f.curated, false) = $finding.curated // when $finding.curated
  AND $finding.object IN object.names // when $finding.subject, $finding.object, not $finding.objectIds
  AND object.id IN $finding.objectIds // when $finding.subject, $finding.object, $finding.objectIds
  AND subject.type IN $finding.subjectTypes // when $finding.subjectTypes
  AND object.type IN $finding.objectTypes // when $finding.objectTypes
MATCH (s:Study)-[:REPORTS]->(f)
WHERE true
  AND s IN textStudies // when $filter.textQuery
  {{study-filter}}
WITH collect({f: f, subject: subject, object: object, s: s}) AS matched
CALL (matched) {
  UNWIND matched AS row
  WITH row.f AS f, row.subject AS subject, row.object AS object, row.s AS s
  WHERE f.studySlug > $afterSlug // when $afterId
    OR (f.studySlug = $afterSlug AND (f.index > $afterIndex OR (f.index = $afterIndex AND f.id > $afterId))) // when $afterId
  WITH f, subject, object, s
  ORDER BY f.studySlug, f.index, f.id
  LIMIT $limit
  RETURN collect({
    finding: f {.*, subjectId: subject.id, objectId: object.id},
    subject: subject {{entity}},
    object: object {{entity}},
    study: s {.*, record: null, hash: null}
  }) AS findings
}
RETURN size(matched) AS total, findings
