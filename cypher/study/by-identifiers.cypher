// study(slug | doi | pmid): whichever was given (each is unique).
MATCH (s:Study)
WHERE s.slug = $slug OR s.doi = $doi OR s.pmid = $pmid
RETURN s {.*} AS study
LIMIT 1
