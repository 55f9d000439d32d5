// facets(filter): the filtered studies counted by evidence level, design, PEM criterion, year and tag, in one
// round trip. Value buckets include a null bucket for studies without the property; tag buckets count studies.
// Each facet is a pass over the matched studies: only those in $want (the facets the query selects) are counted.
// The candidate sources and the study predicate are the same text as in cypher/study/page.cypher (which says why
// they are shaped so) and src/schema/study-filter.ts.
CALL () {
  UNWIND CASE WHEN $filter.textQuery IS NULL AND $filter.yearFrom IS NULL AND $filter.yearTo IS NULL
    THEN [true] ELSE [] END AS everyStudy
  MATCH (s:Study)
  RETURN s
  UNION ALL
  MATCH (s:Study)
  WHERE $filter.textQuery IS NULL AND ($filter.yearFrom IS NOT NULL OR $filter.yearTo IS NOT NULL)
    AND s.year >= coalesce($filter.yearFrom, -2147483648) AND s.year <= coalesce($filter.yearTo, 2147483647)
  RETURN s
  UNION ALL
  WITH $filter.textQuery AS textQuery
  WHERE textQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes('search_text', textQuery) YIELD node
  WITH node AS s
  WHERE s:Study
    AND ($filter.yearFrom IS NULL OR s.year >= $filter.yearFrom)
    AND ($filter.yearTo IS NULL OR s.year <= $filter.yearTo)
  RETURN s
}
WITH s
WHERE ($filter.evidenceLevels IS NULL OR s.evidenceLevel IN $filter.evidenceLevels)
  AND ($filter.confidences IS NULL OR s.confidence IN $filter.confidences)
  AND ($filter.pemCriteria IS NULL OR s.pemCriterion IN $filter.pemCriteria)
  AND ($filter.designs IS NULL OR s.design IN $filter.designs)
  AND ($filter.peerReviewed IS NULL OR s.peerReviewed = $filter.peerReviewed)
  AND ($filter.reviewStatus IS NULL OR s.reviewStatus = $filter.reviewStatus)
  AND ($filter.retracted IS NULL OR coalesce(s.retracted, false) = $filter.retracted)
  AND ($filter.tags IS NULL OR EXISTS {
    MATCH (s)-[:TAGGED]->(tag)
    WHERE any(name IN coalesce(tag.names, [toLower(tag.name)]) WHERE name IN $filter.tags)
  })
WITH collect(s) AS matched
CALL (matched) {
  UNWIND CASE WHEN $want.evidenceLevels THEN matched ELSE [] END AS s
  WITH s.evidenceLevel AS value, count(*) AS count
  ORDER BY value IS NULL, value
  RETURN collect({value: value, count: count}) AS evidenceLevels
}
CALL (matched) {
  UNWIND CASE WHEN $want.designs THEN matched ELSE [] END AS s
  WITH s.design AS value, count(*) AS count
  ORDER BY value IS NULL, count DESC, value
  RETURN collect({value: value, count: count}) AS designs
}
CALL (matched) {
  UNWIND CASE WHEN $want.pemCriteria THEN matched ELSE [] END AS s
  WITH s.pemCriterion AS value, count(*) AS count
  ORDER BY value IS NULL, count DESC, value
  RETURN collect({value: value, count: count}) AS pemCriteria
}
CALL (matched) {
  UNWIND CASE WHEN $want.confidences THEN matched ELSE [] END AS s
  WITH s.confidence AS value, count(*) AS count
  ORDER BY value IS NULL, count DESC, value
  RETURN collect({value: value, count: count}) AS confidences
}
CALL (matched) {
  UNWIND CASE WHEN $want.years THEN matched ELSE [] END AS s
  WITH s.year AS value, count(*) AS count
  ORDER BY value IS NULL, value
  RETURN collect({value: value, count: count}) AS years
}
// Tag counts are most of this statement's work.
CALL (matched) {
  UNWIND CASE WHEN $want.tags THEN matched ELSE [] END AS s
  MATCH (s)-[:TAGGED]->(tag)
  WITH CASE WHEN tag:Symptom THEN 'symptom' WHEN tag:BiomarkerClass THEN 'biomarkerClass' ELSE 'methodFlag' END AS kind,
    tag.name AS value, count(DISTINCT s) AS count
  ORDER BY count DESC, toLower(value), value
  RETURN collect({kind: kind, value: value, count: count}) AS tags
}
RETURN size(matched) AS total, evidenceLevels, designs, pemCriteria, confidences, years, tags
