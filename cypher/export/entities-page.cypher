// Export (src/export), KGX nodes: one keyset page (by id) of the entities that are the subject or object of a
// finding passing the export filter. Same predicate as cypher/export/findings-page.cypher.
CALL () {
  WITH $filter.textQuery AS textQuery
  WHERE textQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes('search_text', textQuery) YIELD node
  WITH node WHERE node:Study
  RETURN collect(node) AS textStudies
}
{{export-named-ends}}
MATCH (e:Entity)
WHERE ($afterId IS NULL OR e.id > $afterId)
  AND EXISTS {
    MATCH (s:Study)-[:REPORTS]->(f:Finding)
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
        WHERE any(name IN coalesce(tag.names, [tag.key]) WHERE name IN $filter.tags)
      })
    MATCH (f)-[:SUBJECT]->(subject:Entity)
    MATCH (f)-[:OBJECT]->(object:Entity)
    WHERE ($finding.relations IS NULL OR f.relation IN $finding.relations)
      AND ($finding.sign IS NULL OR f.sign = $finding.sign)
      AND ($finding.significant IS NULL OR f.significant = $finding.significant)
      AND ($finding.minConfidence IS NULL OR f.extractionConfidence >= $finding.minConfidence)
      AND ($finding.curated IS NULL OR coalesce(f.curated, false) = $finding.curated)
      AND ($finding.subject IS NULL OR subject IN namedSubjects)
      AND ($finding.object IS NULL OR object IN namedObjects)
      AND ($finding.subjectTypes IS NULL OR subject.type IN $finding.subjectTypes)
      AND ($finding.objectTypes IS NULL OR object.type IN $finding.objectTypes)
      AND (subject = e OR object = e)
  }
WITH e
ORDER BY e.id
LIMIT $limit
RETURN e {.id, .type, .name, .synonyms, .xrefs, .kind, .broadMatch,
         terms: [(e)-[:GROUNDED_TO]->(t:OntologyTerm) | {curie: t.curie, source: t.source}]} AS entity
