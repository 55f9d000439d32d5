// One hop's ranking (cypher/neighborhood/expand.cypher): from `reach` (the walk's rows {from, id, weight}) and
// `walkedIds` (the entities of earlier hops), every new entity's id (`foundIds`, most findings first) and the
// entities the hop may keep, as nodes, in the hop's order: most findings first, then by name, then by id (`ranked`;
// the caller keeps its first $hopLimit). Only the entities that weigh at least as much as the $hopLimit-th are read:
// the order is the weights' but for ties at the cut, which the names decide. A hub's neighbours are thousands of ids
// (ME/CFS: about 5,900 at 1x), of which a hop keeps 51. A hop that is not ranked (below) finds and keeps none.
CALL (reach, walkedIds) {
  // When the earlier hops fill the node budget, none of this hop's entities can be kept: it is ranked only when
  // omittedNodes is asked for ($countOmitted), which counts them. With depth 2 and limit 50 from il-6 (bench Q5)
  // the ranking of the second hop was 20 of Neo4j's 52 CPU ms (summing and sorting ME/CFS's ~5,900 neighbours).
  WITH reach, walkedIds WHERE $countOmitted OR size(walkedIds) <= $nodeBudget
  UNWIND reach AS x
  WITH x.id AS id, x.weight AS weight
  WHERE NOT id IN walkedIds
  WITH id, sum(weight) AS weight
  ORDER BY weight DESC
  RETURN collect({id: id, weight: weight}) AS found
}
CALL (found) {
  WITH found, found[$hopLimit - 1].weight AS cut
  UNWIND found AS candidate
  WITH candidate WHERE cut IS NULL OR candidate.weight >= cut
  MATCH (n:Entity {id: candidate.id})
  WITH n, candidate.weight AS weight
  ORDER BY weight DESC, toLower(n.name), n.id
  RETURN collect(n) AS ranked
}
WITH ranked, [c IN found | c.id] AS foundIds
