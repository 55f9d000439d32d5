// Q4: the summary of the pair(s) $subject × $object (lower-cased names) under the default filter and weights, read
// from the materialized view our import keeps (PairEvidence and its studies' stored votes; docs/evidence.md §9b).
// Consensus, agreement and contradiction come from the votes in JS (src/evidence, summarizeVotes), as in the API.
// Ordered as the API orders pairs. One scan of the entities finds both names.
MATCH (e:Entity) WHERE $subject IN e.names OR $object IN e.names
WITH collect(e) AS named
UNWIND [e IN named WHERE $subject IN e.names] AS a
UNWIND [e IN named WHERE $object IN e.names] AS b
MATCH (p:PairEvidence {subjectId: a.id, objectId: b.id})
RETURN a {.name} AS subject, b {.name} AS object,
       [(:Study)-[v:VOTES]->(p) | v.vote] AS votes
ORDER BY p.studyCount DESC, toLower(b.name), b.name, b.id, a.id
