// The stored canonical records of the studies an input names, read before the write transaction that loads the input.
UNWIND $slugs AS slug
MATCH (s:Study {slug: slug})
RETURN s.slug AS slug, s.record AS record, s.hash AS hash
