// Q4: the summary of the pair(s) $subject × $object (lower-cased names) under the default filter and weights, read
// from the materialized view our import keeps: each pair's stored headline (PairEvidence.headline, JSON of the
// summary's fields that do not grow with its studies; docs/evidence.md §9b): what the API reads for this selection.
// Ordered as the API orders pairs. One scan of the entities finds both names.
MATCH (e:Entity) WHERE $subject IN e.names OR $object IN e.names
WITH collect(e) AS named
UNWIND [e IN named WHERE $subject IN e.names] AS a
UNWIND [e IN named WHERE $object IN e.names] AS b
MATCH (p:PairEvidence {subjectId: a.id, objectId: b.id})
RETURN a {.name} AS subject, b {.name} AS object,
       p.headline AS headline
ORDER BY p.studyCount DESC, toLower(b.name), b.name, b.id, a.id
