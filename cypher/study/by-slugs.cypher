UNWIND $slugs AS slug
MATCH (s:Study {slug: slug})
RETURN s {.*} AS study
