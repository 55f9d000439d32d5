// The neighbours of the entity `m` (cypher/neighborhood/expand.cypher), each as `neighbourId` with `weight`: the
// findings between them, either way round, that pass $filter (a self-loop finding once). Live: m's typed edges,
// filtered where they are walked (one row per finding). Under the default filter ($fromVotes): the finding counts the
// import keeps per subject–object pair (PairEvidence.findingCount: the findings of the pair's non-retracted studies,
// the default filter's, src/ingest/pair-votes.ts), one row per pair. A hub is the difference: at 1x the second hop
// from il-6 walked 33,000 typed edges of ME/CFS for its 5,900 neighbours (bench/REPORT.md). Ids, not nodes: a hop
// reads only the entities it may keep (cypher/fragments/hop-ranking.cypher). The caller discards a view answer when
// the view is being rebuilt (src/schema/neighborhood.ts).
CALL (m) {
  MATCH (m)-[r:ELEVATED_IN|REDUCED_IN|NOT_DIFFERENT_IN|CORRELATES_WITH|NOT_CORRELATED_WITH|DISCRIMINATES|ASSOCIATED_WITH]-(n) // when not $fromVotes
  WHERE (NOT $filter.significantOnly OR r.significant = true) // when not $fromVotes
    AND ($filter.evidenceLevels IS NULL OR r.evidenceLevel IN $filter.evidenceLevels) // when not $fromVotes
    AND ($filter.pemCriteria IS NULL OR r.pemCriterion IN $filter.pemCriteria) // when not $fromVotes
    AND ($filter.designs IS NULL OR r.design IN $filter.designs) // when not $fromVotes
    AND ($filter.yearFrom IS NULL OR r.year >= $filter.yearFrom) // when not $fromVotes
    AND ($filter.yearTo IS NULL OR r.year <= $filter.yearTo) // when not $fromVotes
    AND ($filter.confidences IS NULL OR r.confidence IN $filter.confidences) // when not $fromVotes
    AND (NOT $filter.excludeRetracted OR coalesce(r.retracted, false) = false) // when not $fromVotes
  WITH n, count(r) AS weight // when not $fromVotes
  RETURN n.id AS neighbourId, weight // when not $fromVotes
  CALL (m) { // when $fromVotes
    MATCH (p:PairEvidence {subjectId: m.id}) // when $fromVotes
    USING INDEX p:PairEvidence(subjectId) // when $fromVotes
    RETURN p.objectId AS neighbourId, p.findingCount AS pairWeight // when $fromVotes
    UNION ALL // when $fromVotes
    MATCH (p:PairEvidence {objectId: m.id}) // when $fromVotes
    USING INDEX p:PairEvidence(objectId) // when $fromVotes
    // m's self-pair is met once, from the subject side, as the typed-edge walk meets a self-loop once.
    WHERE p.subjectId <> m.id // when $fromVotes
    RETURN p.subjectId AS neighbourId, p.findingCount AS pairWeight // when $fromVotes
  } // when $fromVotes
  RETURN neighbourId, sum(pairWeight) AS weight // when $fromVotes
}
