// The content hashes of the stored records of the studies an input names, read inside the write transaction: the
// import merged its input with the records it read before (ingest/stored-records) and writes only if none changed.
UNWIND $slugs AS slug
MATCH (s:Study {slug: slug})
RETURN s.slug AS slug, s.hash AS hash
