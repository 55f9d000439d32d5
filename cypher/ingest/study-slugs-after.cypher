// Study slugs in order, a page at a time ($after = the last slug of the previous page, '' first): the batches of a
// rebuild of the materialized default view.
MATCH (s:Study)
WHERE s.slug > $after
RETURN s.slug AS slug
ORDER BY slug
LIMIT $limit
