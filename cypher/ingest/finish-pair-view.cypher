// After a rebuild of the materialized default view (every study's votes rewritten, every voted pair re-summed):
// pairs without votes go, and the view is usable again.
CALL () {
  MATCH (p:PairEvidence)
  WHERE NOT EXISTS { ()-[:VOTES]->(p) }
  DELETE p
}
CALL () {
  MATCH (r:PairEvidenceRebuild)
  DELETE r
}
RETURN 1 AS done
