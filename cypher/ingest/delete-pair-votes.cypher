// Before a changed study is rewritten (or its votes recomputed): its votes go, and the pairs they were on come back
// so their sums are recomputed (a study that no longer reports a pair must leave that pair's sums). Their kept
// answers go too (summarize-pairs writes them again after the commit; until then readers use the votes).
UNWIND $slugs AS slug
MATCH (:Study {slug: slug})-[v:VOTES]->(p:PairEvidence)
DELETE v
REMOVE p.consensus, p.edges, p.edgeCounts, p.headline
RETURN collect(DISTINCT p.id) AS pairIds
