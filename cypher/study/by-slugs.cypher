UNWIND $slugs AS slug
MATCH (s:Study {slug: slug})
// record (the importer's canonical JSON, ~5 KB a study) and hash are the importer's, not the API's: not sent.
RETURN s {.*, record: null, hash: null} AS study
