// Q7: studies of the given evidence levels from $yearFrom on, newest first (slug descending on ties): the total,
// summed from the study counts the import keeps per facet combination (StudyFacetCell), and one page read in
// (year, slug) index order, stopping at its end (the same stored rows and indexes as our API reads).
CALL () {
  MATCH (c:StudyFacetCell)
  WHERE c.year >= $yearFrom AND c.evidenceLevel IN $levels
  RETURN sum(c.count) AS totalCount
}
CALL () {
  MATCH (s:Study)
  WHERE s.year >= $yearFrom AND s.slug IS NOT NULL AND s.evidenceLevel IN $levels
  WITH s ORDER BY s.year DESC, s.slug DESC LIMIT $first
  RETURN collect(s {.slug, .title, .year, .evidenceLevel}) AS nodes
}
RETURN totalCount, nodes
