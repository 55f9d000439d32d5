// studies(filter, orderBy, first, after) read in index order, for a filter on the facet properties alone
// (onFacetCells, src/query/study-filter.ts) ordered by SLUG, or by YEAR under a year bound (so no study lacks the
// sort value): the rows come in order from the slug index, or from the (year, slug) index (`s.slug IS NOT NULL` lets
// the planner use it), and the page stops after $limit matching rows instead of sorting every match
// (cypher/study/page.cypher; issue 19: Q7 grew with the database). The total is the sum of the facet cells under the same filter (cypher/facets/cells.cypher).
// Rows and cursors are those of study/page.cypher for the same arguments (tests/integration/lists.test.ts).
CALL () {
  MATCH (s:StudyFacetCell)
  WHERE true
    {{study-filter}}
  RETURN sum(s.count) AS total
}
CALL () {
  MATCH (s:Study)
  // Hints: on a small database the planner may prefer the year index and a sort of each year's studies by slug
  // (tests/integration/lists.test.ts), which grows with the studies of a year.
  USING INDEX s:Study(slug) // when $orderField = 'SLUG'
  USING INDEX SEEK s:Study(year, slug) // when $orderField = 'YEAR'
  WHERE s.slug IS NOT NULL // when $orderField = 'SLUG'
  WHERE s.year >= coalesce($filter.yearFrom, -2147483648) AND s.year <= coalesce($filter.yearTo, 2147483647) AND s.slug IS NOT NULL // when $orderField = 'YEAR'
    {{study-filter}}
    AND s.slug > $afterSlug // when $orderField = 'SLUG', $orderDirection = 'ASC', $afterSlug
    AND s.slug < $afterSlug // when $orderField = 'SLUG', $orderDirection = 'DESC', $afterSlug
    AND (s.year > $afterValue OR (s.year = $afterValue AND s.slug > $afterSlug)) // when $orderField = 'YEAR', $orderDirection = 'ASC', $afterSlug
    AND (s.year < $afterValue OR (s.year = $afterValue AND s.slug < $afterSlug)) // when $orderField = 'YEAR', $orderDirection = 'DESC', $afterSlug
  WITH s
  ORDER BY s.slug // when $orderField = 'SLUG', $orderDirection = 'ASC'
  ORDER BY s.slug DESC // when $orderField = 'SLUG', $orderDirection = 'DESC'
  ORDER BY s.year, s.slug // when $orderField = 'YEAR', $orderDirection = 'ASC'
  ORDER BY s.year DESC, s.slug DESC // when $orderField = 'YEAR', $orderDirection = 'DESC'
  LIMIT $limit
  RETURN collect([key IN $fields | s[key]]) AS studies
}
RETURN total, studies
