// Studies' votes on their pairs (computed in src/ingest/pair-votes.ts under the default weights), grouped by pair:
// the pair's PairEvidence node (created with its first vote), then one VOTES relationship per (study, pair) holding
// the study's vote as JSON (`vote`) and its finding counts. The pair's counts grow by the votes' own (summed in
// pair-votes.ts), so a pair's thousands of earlier votes are not read again; weightsVersion stays the votes' common
// version, absent once they differ. Its kept answer (consensus, edges, headline) is removed here, so until
// summarize-pairs runs after the commit a reader computes it from the votes (never an answer older than the votes).
// Pairs that lose votes in the same transaction are recounted from all their votes afterwards (sum-pair-votes).
UNWIND $pairs AS pair
MERGE (p:PairEvidence {id: pair.id})
ON CREATE SET p.subjectId = pair.subjectId, p.objectId = pair.objectId
WITH p, pair, p.studyCount IS NULL AS fresh
CALL (p, pair) {
  UNWIND pair.votes AS vote
  MATCH (s:Study {slug: vote.studySlug})
  CREATE (s)-[v:VOTES]->(p)
  SET v = vote
  RETURN count(v) AS written
}
SET p.weightsVersion = CASE WHEN fresh OR p.weightsVersion = pair.weightsVersion THEN pair.weightsVersion END,
    p.studyCount = coalesce(p.studyCount, 0) + pair.studyCount,
    p.findingCount = coalesce(p.findingCount, 0) + pair.findingCount,
    p.relations = CASE WHEN fresh THEN pair.relations
                       ELSE [i IN range(0, size(pair.relations) - 1) | p.relations[i] + pair.relations[i]] END,
    p.signs = CASE WHEN fresh THEN pair.signs ELSE [i IN range(0, size(pair.signs) - 1) | p.signs[i] + pair.signs[i]] END
REMOVE p.consensus, p.edges, p.edgeCounts, p.headline
// Each end's finding count under the default filter (Entity.viewFindingCount, the sum of its pairs' counts, a
// self-pair twice) grows by the same findings, without summing its other pairs again (ME/CFS has thousands).
WITH pair, written
MATCH (a:Entity {id: pair.subjectId})
SET a.viewFindingCount = coalesce(a.viewFindingCount, 0) + pair.findingCount
WITH pair, written
MATCH (b:Entity {id: pair.objectId})
SET b.viewFindingCount = coalesce(b.viewFindingCount, 0) + pair.findingCount
RETURN sum(written) AS written
