// facets(filter) from the study counts kept per facet combination (StudyFacetCell, cypher/migrations/012-…), for a
// filter on those properties alone (year, evidence level, design, PEM criterion, confidence) and no tag facet: the
// cells matching the filter are summed, a few hundred rows whatever the number of studies, where
// cypher/facets/studies.cypher counts every matched study (src/schema/facets.ts chooses). The predicate is the same
// fragment, applied to cells: a cell holds exactly those properties of its studies, and the fragment's other lines
// are not sent for such a filter. Buckets are ordered as in facets/studies.cypher.
MATCH (s:StudyFacetCell)
WHERE true
  {{study-filter}}
WITH collect(s) AS matched
CALL (matched) {
  UNWIND CASE WHEN $want.evidenceLevels THEN matched ELSE [] END AS s
  WITH s.evidenceLevel AS value, sum(s.count) AS count
  ORDER BY value IS NULL, value
  RETURN collect({value: value, count: count}) AS evidenceLevels
}
CALL (matched) {
  UNWIND CASE WHEN $want.designs THEN matched ELSE [] END AS s
  WITH s.design AS value, sum(s.count) AS count
  ORDER BY value IS NULL, count DESC, value
  RETURN collect({value: value, count: count}) AS designs
}
CALL (matched) {
  UNWIND CASE WHEN $want.pemCriteria THEN matched ELSE [] END AS s
  WITH s.pemCriterion AS value, sum(s.count) AS count
  ORDER BY value IS NULL, count DESC, value
  RETURN collect({value: value, count: count}) AS pemCriteria
}
CALL (matched) {
  UNWIND CASE WHEN $want.confidences THEN matched ELSE [] END AS s
  WITH s.confidence AS value, sum(s.count) AS count
  ORDER BY value IS NULL, count DESC, value
  RETURN collect({value: value, count: count}) AS confidences
}
CALL (matched) {
  UNWIND CASE WHEN $want.years THEN matched ELSE [] END AS s
  WITH s.year AS value, sum(s.count) AS count
  ORDER BY value IS NULL, value
  RETURN collect({value: value, count: count}) AS years
}
RETURN reduce(total = 0, s IN matched | total + s.count) AS total, evidenceLevels, designs, pemCriteria, confidences,
       years, [] AS tags
