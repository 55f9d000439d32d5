// One round trip for a page and its total: the page after the cursor (keyset on slug), then the count.
CALL {
  MATCH (s:Study)
  WHERE $after IS NULL OR s.slug > $after
  RETURN s
  ORDER BY s.slug
  LIMIT $limit
}
WITH collect(s {.*}) AS studies
CALL {
  MATCH (counted:Study)
  RETURN count(counted) AS total
}
RETURN total, studies
