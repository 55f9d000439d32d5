// The sums of the given pairs, recomputed from all their votes. Floats are added left to right from 0.0 in study
// slug order, the order in which the live synthesis adds study supports (totalSupport over studyContributions), so
// the stored sums equal the live path's to the last bit; whole counts are plain sums (a study has directional
// weight when up + down + none > 0, as directionalWeight adds them). Each property is collected once, in slug order,
// then folded. weightsVersion is the votes' common version, or absent when they differ (the query side then uses
// the live synthesis for the pair). A pair left without votes is deleted.
UNWIND $pairIds AS pairId
MATCH (p:PairEvidence {id: pairId})
CALL (p) {
  OPTIONAL MATCH ()-[v:VOTES]->(p)
  WITH v
  ORDER BY v.studySlug
  RETURN count(v) AS studyCount,
         collect(v.up) AS up, collect(v.down) AS down, collect(v.none) AS none, collect(v.undirected) AS undirected,
         collect(v.credibleNone) AS credibleNone, collect(v.relations) AS relations, collect(v.signs) AS signs,
         collect(DISTINCT v.weightsVersion) AS versions
}
CALL (p, studyCount, up, down, none, undirected, credibleNone, relations, signs, versions) {
  WITH *
  WHERE studyCount > 0
  SET p.studyCount = studyCount,
      p.findingCount = reduce(a = 0, r IN relations | a + reduce(n = 0, c IN r | n + c)),
      p.up = reduce(a = 0.0, x IN up | a + x),
      p.down = reduce(a = 0.0, x IN down | a + x),
      p.none = reduce(a = 0.0, x IN none | a + x),
      p.undirected = reduce(a = 0.0, x IN undirected | a + x),
      p.credibleNone = reduce(a = 0.0, x IN credibleNone | a + x),
      p.directionalStudies = size([i IN range(0, studyCount - 1) WHERE up[i] + down[i] + none[i] > 0]),
      p.relations = reduce(a = [x IN head(relations) | 0], r IN relations | [i IN range(0, size(a) - 1) | a[i] + r[i]]),
      p.signs = reduce(a = [x IN head(signs) | 0], r IN signs | [i IN range(0, size(a) - 1) | a[i] + r[i]]),
      p.weightsVersion = CASE WHEN size(versions) = 1 THEN head(versions) END
}
CALL (p, studyCount) {
  WITH *
  WHERE studyCount = 0
  DELETE p
}
RETURN count(*) AS summed
