// Q7: studies of the given evidence levels from $yearFrom on, newest first (slug descending on ties): the total
// and one page (a top-k sort, not a full one).
MATCH (s:Study)
WHERE s.year >= $yearFrom AND s.evidenceLevel IN $levels
WITH collect(s) AS matched
CALL (matched) {
  UNWIND matched AS s
  WITH s ORDER BY s.year DESC, s.slug DESC LIMIT $first
  RETURN collect(s {.slug, .title, .year, .evidenceLevel}) AS nodes
}
RETURN size(matched) AS totalCount, nodes
