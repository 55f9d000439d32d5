// Each given entity's finding count under the default filter, recounted from the pairs of the view, after their sums
// in the same transaction (for the ends of pairs that lost votes, and in a rebuild; write-pair-votes adds new votes'
// findings itself): the findingCount of every pair it is the subject of plus every pair it is the object of, so a
// self-pair counts twice, as a self-loop finding's SUBJECT and OBJECT links do. `neighborhood` shows it as a node's
// findingCount without walking the entity's pairs (cypher/neighborhood/expand.cypher): ME/CFS has ~5,900 at 1x.
UNWIND $entityIds AS entityId
MATCH (e:Entity {id: entityId})
CALL (e) {
  OPTIONAL MATCH (p:PairEvidence {subjectId: e.id})
  RETURN coalesce(sum(p.findingCount), 0) AS asSubject
}
CALL (e) {
  OPTIONAL MATCH (p:PairEvidence {objectId: e.id})
  RETURN coalesce(sum(p.findingCount), 0) AS asObject
}
SET e.viewFindingCount = asSubject + asObject
RETURN count(e) AS set
