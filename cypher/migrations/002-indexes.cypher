// Full-text search over names, synonyms, titles and summaries (issue 4's `search`), and range indexes for the
// study filters that analysts use most.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Study|Biomarker|Symptom|Condition|Measure|BiomarkerClass|MethodFlag)
ON EACH [n.name, n.synonymsText, n.title, n.summary];
CREATE INDEX study_year IF NOT EXISTS FOR (s:Study) ON (s.year);
CREATE INDEX study_evidence_level IF NOT EXISTS FOR (s:Study) ON (s.evidenceLevel);
CREATE INDEX finding_relation IF NOT EXISTS FOR (f:Finding) ON (f.relation);
CREATE INDEX finding_study IF NOT EXISTS FOR (f:Finding) ON (f.studySlug);
