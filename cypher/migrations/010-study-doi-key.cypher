// DOIs are case-insensitive: every study keeps its DOI lower-cased as doiKey (set at import, src/ingest/graph-rows.ts),
// indexed for study(doi:). Studies imported before this get theirs here.
CREATE INDEX study_doi_key IF NOT EXISTS FOR (s:Study) ON (s.doiKey);
MATCH (s:Study) WHERE s.doi IS NOT NULL AND s.doiKey IS NULL SET s.doiKey = toLower(s.doi);
