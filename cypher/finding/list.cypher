// findings(filter, first, after): one page of the findings that match, their total, and for the page each finding's
// subject, object and study (so nested fields need no further round trip), in one round trip.
// $finding holds the finding conditions (null: none); $filter is the study predicate's map, the same conditions as
// in cypher/study/page.cypher (src/schema/study-filter.ts), each written here as `$x IS NULL OR …`. $finding.subject / .object are lower-cased names or
// synonyms (Entity.names). Keyset on (studySlug, index, id): a study's findings in page order.
CALL () {
  WITH $filter.textQuery AS textQuery
  WHERE textQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes('search_text', textQuery) YIELD node
  WITH node WHERE node:Study
  RETURN collect(node) AS textStudies
}
MATCH (f:Finding)-[:SUBJECT]->(subject:Entity)
MATCH (f)-[:OBJECT]->(object:Entity)
WHERE ($finding.relations IS NULL OR f.relation IN $finding.relations)
  AND ($finding.sign IS NULL OR f.sign = $finding.sign)
  AND ($finding.significant IS NULL OR f.significant = $finding.significant)
  AND ($finding.minConfidence IS NULL OR f.extractionConfidence >= $finding.minConfidence)
  AND ($finding.curated IS NULL OR coalesce(f.curated, false) = $finding.curated)
  AND ($finding.subject IS NULL OR $finding.subject IN subject.names)
  AND ($finding.object IS NULL OR $finding.object IN object.names)
  AND ($finding.subjectTypes IS NULL OR subject.type IN $finding.subjectTypes)
  AND ($finding.objectTypes IS NULL OR object.type IN $finding.objectTypes)
MATCH (s:Study)-[:REPORTS]->(f)
WHERE ($filter.textQuery IS NULL OR s IN textStudies)
  AND ($filter.evidenceLevels IS NULL OR s.evidenceLevel IN $filter.evidenceLevels)
  AND ($filter.confidences IS NULL OR s.confidence IN $filter.confidences)
  AND ($filter.pemCriteria IS NULL OR s.pemCriterion IN $filter.pemCriteria)
  AND ($filter.designs IS NULL OR s.design IN $filter.designs)
  AND ($filter.yearFrom IS NULL OR s.year >= $filter.yearFrom)
  AND ($filter.yearTo IS NULL OR s.year <= $filter.yearTo)
  AND ($filter.peerReviewed IS NULL OR s.peerReviewed = $filter.peerReviewed)
  AND ($filter.reviewStatus IS NULL OR s.reviewStatus = $filter.reviewStatus)
  AND ($filter.retracted IS NULL OR coalesce(s.retracted, false) = $filter.retracted)
  AND ($filter.tags IS NULL OR EXISTS {
    MATCH (s)-[:TAGGED]->(tag)
    WHERE any(name IN coalesce(tag.names, [toLower(tag.name)]) WHERE name IN $filter.tags)
  })
WITH collect({f: f, subject: subject, object: object, s: s}) AS matched
CALL (matched) {
  UNWIND matched AS row
  WITH row.f AS f, row.subject AS subject, row.object AS object, row.s AS s
  WHERE $afterId IS NULL
    OR f.studySlug > $afterSlug
    OR (f.studySlug = $afterSlug AND (f.index > $afterIndex OR (f.index = $afterIndex AND f.id > $afterId)))
  WITH f, subject, object, s
  ORDER BY f.studySlug, f.index, f.id
  LIMIT $limit
  RETURN collect({
    finding: f {.*, subjectId: subject.id, objectId: object.id},
    subject: subject {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf},
    object: object {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf},
    study: s {.*, record: null, hash: null}
  }) AS findings
}
RETURN size(matched) AS total, findings
