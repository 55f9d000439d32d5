// Uniqueness for every key of SPEC §2. Entities are keyed by `key`: their canonical name, normalised
// (lower case, collapsed spaces), so synonyms merge into one node per type.
CREATE CONSTRAINT study_slug IF NOT EXISTS FOR (s:Study) REQUIRE s.slug IS UNIQUE;
CREATE CONSTRAINT study_doi IF NOT EXISTS FOR (s:Study) REQUIRE s.doi IS UNIQUE;
CREATE CONSTRAINT study_pmid IF NOT EXISTS FOR (s:Study) REQUIRE s.pmid IS UNIQUE;
CREATE CONSTRAINT biomarker_key IF NOT EXISTS FOR (n:Biomarker) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT symptom_key IF NOT EXISTS FOR (n:Symptom) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT condition_key IF NOT EXISTS FOR (n:Condition) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT measure_key IF NOT EXISTS FOR (n:Measure) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT biomarker_class_key IF NOT EXISTS FOR (n:BiomarkerClass) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT method_flag_key IF NOT EXISTS FOR (n:MethodFlag) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT finding_id IF NOT EXISTS FOR (f:Finding) REQUIRE f.id IS UNIQUE;
CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE;
