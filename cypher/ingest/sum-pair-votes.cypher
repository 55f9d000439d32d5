// The counts of the given pairs, recomputed from all their votes (pairs that lost votes, whose counts cannot simply
// grow as write-pair-votes makes them grow, and every pair in a rebuild of the view): studies, findings, findings per
// relation and per correlation sign (what `evidence` orders pairs by, and the counts it shows; the answer itself is computed from the
// votes, src/evidence/pair-summary.ts). weightsVersion is the votes' common version, or absent when they differ (the
// query side then uses the live synthesis for the pair). A pair left without votes is deleted.
UNWIND $pairIds AS pairId
MATCH (p:PairEvidence {id: pairId})
CALL (p) {
  OPTIONAL MATCH ()-[v:VOTES]->(p)
  WITH v
  ORDER BY v.studySlug
  RETURN count(v) AS studyCount,
         collect(v.relations) AS relations, collect(v.signs) AS signs,
         collect(DISTINCT v.weightsVersion) AS versions
}
CALL (p, studyCount, relations, signs, versions) {
  WITH *
  WHERE studyCount > 0
  SET p.studyCount = studyCount,
      p.findingCount = reduce(a = 0, r IN relations | a + reduce(n = 0, c IN r | n + c)),
      p.relations = reduce(a = [x IN head(relations) | 0], r IN relations | [i IN range(0, size(a) - 1) | a[i] + r[i]]),
      p.signs = reduce(a = [x IN head(signs) | 0], r IN signs | [i IN range(0, size(a) - 1) | a[i] + r[i]]),
      p.weightsVersion = CASE WHEN size(versions) = 1 THEN head(versions) END
  // sums of vote layout 1, which the answer no longer reads
  REMOVE p.up, p.down, p.none, p.undirected, p.credibleNone, p.directionalStudies
}
CALL (p, studyCount) {
  WITH *
  WHERE studyCount = 0
  DELETE p
}
RETURN count(*) AS summed
