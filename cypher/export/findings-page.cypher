// Export (src/export): one keyset page of the findings that pass the export filter, with each finding's subject,
// object and study (the study's columns, not its stored record) and the study's method flags. Pages follow
// (studySlug, index, id) so a whole export reads the graph page by page and memory stays flat; $after* are the last
// row of the previous page (null for the first). $finding holds the finding conditions, $filter the study predicate
// (the same text as cypher/finding/list.cypher, built by studyFilterParams in src/query/study-filter.ts); both are
// repeated in cypher/export/{count,entities-page,studies-page}.cypher.
CALL () {
  WITH $filter.textQuery AS textQuery
  WHERE textQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes('search_text', textQuery) YIELD node
  WITH node WHERE node:Study
  RETURN collect(node) AS textStudies
}
{{export-named-ends}}
MATCH (s:Study)-[:REPORTS]->(f:Finding)
WHERE ($afterId IS NULL
    OR f.studySlug > $afterSlug
    OR (f.studySlug = $afterSlug AND (f.index > $afterIndex OR (f.index = $afterIndex AND f.id > $afterId))))
  AND ($filter.textQuery IS NULL OR s IN textStudies)
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
WITH s, f, subject, object
ORDER BY f.studySlug, f.index, f.id
LIMIT $limit
RETURN f {.*} AS finding,
       subject {.id, .type, .name, .synonyms, .xrefs, .kind, .broadMatch,
         terms: [(subject)-[:GROUNDED_TO]->(t:OntologyTerm) | {curie: t.curie, source: t.source}]} AS subject,
       object {.id, .type, .name, .synonyms, .xrefs, .kind, .broadMatch,
         terms: [(object)-[:GROUNDED_TO]->(t:OntologyTerm) | {curie: t.curie, source: t.source}]} AS object,
       s {.slug, .title, .authors, .authorsTruncated, .journal, .year, .doi, .pmid, .evidenceLevel, .confidence,
          .pemCriterion, .design, .designLabel, .peerReviewed, .reviewStatus, .sampleSize, .controlGroup,
          .lastUpdated, .retracted, .sourceUrls,
          methodFlags: [(s)-[:TAGGED]->(flag:MethodFlag) | flag.name]} AS study
