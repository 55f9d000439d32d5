// Studies' votes on their pairs (computed in src/ingest/pair-votes.ts under the default weights), grouped by pair:
// the pair's PairEvidence node (created with its first vote), then one VOTES relationship per (study, pair) holding
// the study's vote as JSON (`vote`) and its finding counts. The pair's counts are set afterwards, in the same
// transaction, by sum-pair-votes.
UNWIND $pairs AS pair
MERGE (p:PairEvidence {id: pair.id})
ON CREATE SET p.subjectId = pair.subjectId, p.objectId = pair.objectId
WITH p, pair
UNWIND pair.votes AS vote
MATCH (s:Study {slug: vote.studySlug})
CREATE (s)-[v:VOTES]->(p)
SET v = vote
RETURN count(v) AS written
