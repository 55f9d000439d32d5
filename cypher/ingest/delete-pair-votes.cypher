// Before a changed study is rewritten (or its votes recomputed): its votes go, and the pairs they were on come back
// so their sums are recomputed (a study that no longer reports a pair must leave that pair's sums).
UNWIND $slugs AS slug
MATCH (:Study {slug: slug})-[v:VOTES]->(p:PairEvidence)
WITH v, p.id AS pairId
DELETE v
RETURN collect(DISTINCT pairId) AS pairIds
