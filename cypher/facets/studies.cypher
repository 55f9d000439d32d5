// facets(filter): the filtered studies counted by evidence level, design, PEM criterion, year and tag, in one
// round trip. Value buckets include a null bucket for studies without the property; tag buckets count studies.
// Each facet is a pass over the matched studies: only those in $want (the facets the query selects) are counted.
// The candidate source ($source) and the study predicate, whose lines are sent only when their parameter is given
// (`// when …`, src/db/statements.ts), are the same text as in cypher/study/page.cypher, which says why. After them,
// $aboutIds (facets(about:), with includeDescendants the roll-up's entities) keeps only the studies reporting a
// finding about one of them or tagged with one.
MATCH (s:Study) // when $source = 'ALL'
MATCH (s:Study) // when $source = 'YEARS'
WHERE s.year >= coalesce($filter.yearFrom, -2147483648) AND s.year <= coalesce($filter.yearTo, 2147483647) // when $source = 'YEARS'
CALL db.index.fulltext.queryNodes('search_text', $filter.textQuery) YIELD node // when $source = 'TEXT'
WITH node AS s // when $source = 'TEXT'
WHERE s:Study // when $source = 'TEXT'
WITH s
WHERE true
  {{study-filter}}
WITH collect(s) AS matched
WITH [s IN matched WHERE EXISTS { MATCH (s)-[:REPORTS]->(:Finding)-[:SUBJECT|OBJECT]->(e:Entity) WHERE e.id IN $aboutIds } // when $aboutIds
  OR EXISTS { MATCH (s)-[:TAGGED]->(e:Entity) WHERE e.id IN $aboutIds }] AS matched // when $aboutIds
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
