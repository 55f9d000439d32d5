// The materialized default view of `evidence` (docs/evidence.md §9b): one PairEvidence node per subject–object
// pair, found by id at import and by either entity's id by queries.
CREATE CONSTRAINT pair_evidence_id IF NOT EXISTS FOR (p:PairEvidence) REQUIRE p.id IS UNIQUE;
CREATE INDEX pair_evidence_subject IF NOT EXISTS FOR (p:PairEvidence) ON (p.subjectId);
CREATE INDEX pair_evidence_object IF NOT EXISTS FOR (p:PairEvidence) ON (p.objectId);
// A database imported before the view existed has studies but no votes: mark the view stale, so queries keep the
// live synthesis until refreshPairEvidence (src/ingest/pair-votes.ts) has built it. An empty database needs nothing.
OPTIONAL MATCH (s:Study)
WITH count(s) AS studies
WHERE studies > 0
MERGE (r:PairEvidenceRebuild {id: 'default'})
RETURN count(r) AS marked;
