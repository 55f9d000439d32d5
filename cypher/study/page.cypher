// studies(filter, orderBy, first, after): one page of the filtered studies and their total, in one round trip.
// Lines ending in `// when …` are sent only when their parameter is given or equal (src/db/statements.ts), so
// Neo4j plans each filter's shape with only its own conditions.
// Candidates come from one source ($source, studySource() in src/query/study-filter.ts): the full-text index when
// $filter.textQuery is given, else the year range index when a year bound is, else every Study. The study predicate
// (the year bounds again, so a full-text source honours them) is the same text in cypher/facets/studies.cypher.
// Keyset: rows sort by (sortValue IS NULL, sortValue, slug) in $orderDirection, except that rows without a sort
// value come last either way; the cursor carries ($afterValue, $afterSlug) of the last row served. The sort value
// must stay in step with studySortValue() in src/query/cursors.ts.
// $fields: the properties the query selects, returned as a list of values in that order (src/schema/projection.ts).
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
CALL (matched) {
  UNWIND matched AS s
  WITH s, s.slug AS slug,
    s.slug AS sortValue // when $orderField = 'SLUG'
    s.year AS sortValue // when $orderField = 'YEAR'
    s.evidenceLevel AS sortValue // when $orderField = 'EVIDENCE_LEVEL'
    toLower(s.title) AS sortValue // when $orderField = 'TITLE'
  WHERE ($afterValue IS NULL AND sortValue IS NULL // when $afterSlug
      AND CASE WHEN $orderDirection = 'DESC' THEN slug < $afterSlug ELSE slug > $afterSlug END) // when $afterSlug
    OR ($afterValue IS NOT NULL AND ( // when $afterSlug
      sortValue IS NULL // when $afterSlug
      OR CASE WHEN $orderDirection = 'DESC' THEN sortValue < $afterValue ELSE sortValue > $afterValue END // when $afterSlug
      OR (sortValue = $afterValue // when $afterSlug
          AND CASE WHEN $orderDirection = 'DESC' THEN slug < $afterSlug ELSE slug > $afterSlug END))) // when $afterSlug
  WITH s, sortValue, slug
  ORDER BY sortValue IS NULL, sortValue DESC, slug DESC // when $orderDirection = 'DESC'
  ORDER BY sortValue IS NULL, sortValue, slug // when $orderDirection = 'ASC'
  LIMIT $limit
  RETURN collect([key IN $fields | s[key]]) AS studies
}
RETURN size(matched) AS total, studies
