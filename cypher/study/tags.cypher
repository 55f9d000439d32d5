// The tags of several studies in one round trip: Symptom entities, biomarker classes and method flags.
UNWIND $slugs AS slug
MATCH (:Study {slug: slug})-[:TAGGED]->(tag)
RETURN slug,
  CASE WHEN tag:Symptom THEN 'symptom' WHEN tag:BiomarkerClass THEN 'biomarkerClass' ELSE 'methodFlag' END AS kind,
  tag {{entity}} AS tag
ORDER BY slug, kind, tag.name
