// After a rebuild of the materialized default view (every study's votes rewritten, every voted pair re-summed):
// pairs without votes go, and the view is usable again. Returns the ends of the pairs deleted (their entities'
// finding counts are recomputed: cypher/ingest/set-entity-finding-counts.cypher).
CALL () {
  MATCH (p:PairEvidence)
  WHERE NOT EXISTS { ()-[:VOTES]->(p) }
  WITH p, [p.subjectId, p.objectId] AS ends
  DELETE p
  WITH ends
  UNWIND ends AS end
  RETURN collect(DISTINCT end) AS entityIds
}
CALL () {
  MATCH (r:PairEvidenceRebuild)
  DELETE r
}
RETURN entityIds
