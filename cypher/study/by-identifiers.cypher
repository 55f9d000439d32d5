// study(slug | doi | pmid): whichever was given (each is unique).
MATCH (s:Study)
WHERE s.slug = $slug OR s.doi = $doi OR s.pmid = $pmid
// record (the importer's canonical JSON, ~5 KB a study) and hash are the importer's, not the API's: not sent.
RETURN s {.*, record: null, hash: null} AS study
LIMIT 1
