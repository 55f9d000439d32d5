// studies(filter, orderBy, first, after): one page of the filtered studies and their total, in one round trip.
// Candidates come from the full-text index when $filter.textQuery is given, else from every Study; an absent
// condition is one `$filter.x IS NULL` test. The study predicate is the same text in cypher/facets/studies.cypher
// and cypher/finding/list.cypher (src/schema/study-filter.ts, studyFilterParams).
// Keyset: rows sort by (sortValue IS NULL, sortValue, slug), in $descending order except that rows without a sort
// value come last either way; the cursor carries ($afterValue, $afterSlug) of the last row served. $orderField and
// the sort value must stay in step with studySortValue() in src/schema/study-filter.ts.
CALL () {
  MATCH (s:Study)
  WHERE $filter.textQuery IS NULL
  RETURN s
  UNION
  WITH $filter.textQuery AS textQuery
  WHERE textQuery IS NOT NULL
  CALL db.index.fulltext.queryNodes('search_text', textQuery) YIELD node
  WITH node AS s
  WHERE s:Study
  RETURN s
}
WITH s
WHERE ($filter.evidenceLevels IS NULL OR s.evidenceLevel IN $filter.evidenceLevels)
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
WITH collect(s) AS matched
CALL (matched) {
  UNWIND matched AS s
  WITH s,
    CASE $orderField
      WHEN 'YEAR' THEN s.year
      WHEN 'EVIDENCE_LEVEL' THEN s.evidenceLevel
      WHEN 'TITLE' THEN toLower(s.title)
      ELSE s.slug
    END AS sortValue
  WHERE $afterSlug IS NULL
    OR ($afterValue IS NULL AND sortValue IS NULL
        AND CASE WHEN $descending THEN s.slug < $afterSlug ELSE s.slug > $afterSlug END)
    OR ($afterValue IS NOT NULL AND (
        sortValue IS NULL
        OR CASE WHEN $descending THEN sortValue < $afterValue ELSE sortValue > $afterValue END
        OR (sortValue = $afterValue AND CASE WHEN $descending THEN s.slug < $afterSlug ELSE s.slug > $afterSlug END)))
  WITH s, sortValue
  ORDER BY sortValue IS NULL,
    CASE WHEN $descending THEN sortValue END DESC,
    CASE WHEN $descending THEN NULL ELSE sortValue END,
    CASE WHEN $descending THEN s.slug END DESC,
    s.slug
  LIMIT $limit
  RETURN collect(s {.*, record: null, hash: null}) AS studies
}
RETURN size(matched) AS total, studies
