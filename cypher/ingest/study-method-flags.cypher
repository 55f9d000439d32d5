// The names of the given studies' method-flag tags as stored (a flag node keeps the name it was first tagged with),
// for the votes the import computes from its own rows (src/ingest/pair-votes.ts, studyEvidenceFromRows).
UNWIND $slugs AS slug
MATCH (s:Study {slug: slug})
OPTIONAL MATCH (s)-[:TAGGED]->(flag:MethodFlag)
RETURN slug, collect(flag.name) AS methodFlags
