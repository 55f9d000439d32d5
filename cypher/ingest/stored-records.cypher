// The stored canonical records of the studies an input names (read inside the write transaction that follows).
UNWIND $slugs AS slug
MATCH (s:Study {slug: slug})
RETURN s.slug AS slug, s.record AS record, s.hash AS hash
