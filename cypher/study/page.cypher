// studies(filter, orderBy, first, after): one page of the filtered studies and their total, in one round trip.
// Candidates come from exactly one source, chosen by the parameters: the full-text index when $filter.textQuery is
// given, else the year range index when a year bound is, else every Study. The UNWIND gate keeps the label scan from
// running at all when another source serves (a WHERE on parameters alone is planned after the scan). An absent
// condition is one `$filter.x IS NULL` test. The study predicate is the same text in cypher/facets/studies.cypher
// and, apart from the source, cypher/finding/list.cypher (src/schema/study-filter.ts, studyFilterParams).
// Keyset: rows sort by (sortValue IS NULL, sortValue, slug), in $descending order except that rows without a sort
// value come last either way; the cursor carries ($afterValue, $afterSlug) of the last row served. $orderField and
// the sort value must stay in step with studySortValue() in src/schema/study-filter.ts.
// $fields: the properties the query selects, returned as a list of values in that order; null returns whole nodes.
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
  UNWIND matched AS s
  WITH s, s.slug AS slug,
    CASE $orderField
      WHEN 'YEAR' THEN s.year
      WHEN 'EVIDENCE_LEVEL' THEN s.evidenceLevel
      WHEN 'TITLE' THEN toLower(s.title)
      ELSE s.slug
    END AS sortValue
  WHERE $afterSlug IS NULL
    OR ($afterValue IS NULL AND sortValue IS NULL
        AND CASE WHEN $descending THEN slug < $afterSlug ELSE slug > $afterSlug END)
    OR ($afterValue IS NOT NULL AND (
        sortValue IS NULL
        OR CASE WHEN $descending THEN sortValue < $afterValue ELSE sortValue > $afterValue END
        OR (sortValue = $afterValue AND CASE WHEN $descending THEN slug < $afterSlug ELSE slug > $afterSlug END)))
  WITH s, sortValue, slug
  ORDER BY sortValue IS NULL,
    CASE WHEN $descending THEN sortValue END DESC,
    CASE WHEN $descending THEN NULL ELSE sortValue END,
    CASE WHEN $descending THEN slug END DESC,
    slug
  LIMIT $limit
  RETURN collect(CASE WHEN $fields IS NULL THEN s {.*, record: null, hash: null} ELSE [key IN $fields | s[key]] END) AS studies
}
RETURN size(matched) AS total, studies
