// Q5 (retracted studies left out, the API's default filter): the depth-2 neighbourhood of an entity over the typed
// evidence edges: hop 1 and hop 2 keep the $hopLimit entities with the most edges, the whole list is cut to
// $nodeBudget; then every finding between two kept entities, with its study's properties and method flags (for the
// edge consensus), and each kept node's finding count. Typed edges carry their study's `retracted`, so the walk
// filters them where it meets them; the hop walks count the findings of the entities they start from (the ME/CFS
// hub is walked once), and a self-loop edge (subject = object) counts twice, as its SUBJECT and OBJECT links do.
MATCH (start:Entity {id: $entityId})
CALL (start) {
  MATCH (start)-[r:ELEVATED_IN|REDUCED_IN|NOT_DIFFERENT_IN|CORRELATES_WITH|NOT_CORRELATED_WITH|DISCRIMINATES|ASSOCIATED_WITH]-(n)
  WHERE NOT coalesce(r.retracted, false)
  WITH n, count(r) AS weight
  WITH collect({node: n, weight: weight}) AS reach
  CALL (start, reach) {
    UNWIND reach AS x
    WITH x.node AS n, x.weight AS weight
    WHERE n <> start
    ORDER BY weight DESC, toLower(n.name), n.id
    LIMIT $hopLimit
    RETURN collect(n) AS hop1
  }
  // Grouping drops the rows holding `reach` (else buffered later, once per finding row, against the memory limit).
  WITH hop1, reduce(c = 0, x IN reach | c + CASE WHEN x.node = start THEN 2 * x.weight ELSE x.weight END) AS startCount,
       count(*) AS one
  RETURN hop1, startCount
}
CALL (start, hop1) {
  UNWIND hop1 AS m
  MATCH (m)-[r:ELEVATED_IN|REDUCED_IN|NOT_DIFFERENT_IN|CORRELATES_WITH|NOT_CORRELATED_WITH|DISCRIMINATES|ASSOCIATED_WITH]-(n)
  WHERE NOT coalesce(r.retracted, false)
  WITH m, n, count(r) AS weight
  WITH collect({from: m, node: n, weight: weight}) AS reach
  CALL (start, hop1, reach) {
    UNWIND reach AS x
    WITH x.node AS n, x.weight AS weight
    WHERE n <> start AND NOT n IN hop1
    WITH n, sum(weight) AS weight
    ORDER BY weight DESC, toLower(n.name), n.id
    LIMIT $hopLimit
    RETURN collect(n) AS hop2
  }
  CALL (reach) {
    UNWIND reach AS x
    WITH x.from AS m, sum(CASE WHEN x.node = x.from THEN 2 * x.weight ELSE x.weight END) AS count
    RETURN collect({node: m, count: count}) AS hop1Counted
  }
  WITH hop2, hop1Counted, count(*) AS one
  RETURN hop2, hop1Counted
}
WITH start, hop1, hop2, [{node: start, count: startCount}] + hop1Counted AS counted, [start] + hop1 + hop2 AS reached
WITH start, hop1, counted, [c IN counted | c.node] AS countedNodes, reached, reached[..$nodeBudget] AS kept
// The edges from the materialized evidence view, as ours reads it under the default filter: each kept pair's votes.
CALL (kept) {
  WITH kept, [k IN kept | k.id] AS keptIds
  UNWIND kept AS a
  MATCH (p:PairEvidence {subjectId: a.id})
  WHERE p.objectId IN keptIds
  WITH p ORDER BY p.id
  RETURN collect({subjectId: p.subjectId, objectId: p.objectId, votes: [(:Study)-[v:VOTES]->(p) | v.vote]}) AS pairs
}
RETURN [n IN kept | n {.id, .type, .key, .name,
          hop: CASE WHEN n = start THEN 0 WHEN n IN hop1 THEN 1 ELSE 2 END,
          findingCount: CASE
            WHEN n IN countedNodes THEN [c IN counted WHERE c.node = n | c.count][0]
            ELSE COUNT { (n)-[r:ELEVATED_IN|REDUCED_IN|NOT_DIFFERENT_IN|CORRELATES_WITH|NOT_CORRELATED_WITH|DISCRIMINATES|ASSOCIATED_WITH]->() WHERE NOT coalesce(r.retracted, false) }
               + COUNT { (n)<-[r:ELEVATED_IN|REDUCED_IN|NOT_DIFFERENT_IN|CORRELATES_WITH|NOT_CORRELATED_WITH|DISCRIMINATES|ASSOCIATED_WITH]-() WHERE NOT coalesce(r.retracted, false) }
          END}] AS nodes,
       size(reached) > size(kept) AS truncated,
       pairs
