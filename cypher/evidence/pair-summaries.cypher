// evidence(subject, object, role, first) under the default filter and weights, from the materialized view
// (docs/evidence.md §9b): the entities the names resolve to, and the PairEvidence sums of the anchor's pairs, ordered
// and bounded as cypher/evidence/pairs.cypher orders them. No finding is read, so the cost does not grow with the
// findings of a pair. `stale` says the view is being (re)built: the caller then uses the live synthesis.
CALL () {
  MATCH (e:Entity)
  WHERE $anchor IN e.names
  RETURN collect(e {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf}) AS anchors
}
CALL () {
  MATCH (e:Entity)
  WHERE $other IS NOT NULL AND $other IN e.names
  RETURN collect(e {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf}) AS others
}
CALL () {
  MATCH (anchor:Entity)
  WHERE $anchor IN anchor.names
  CALL (anchor) {
    MATCH (p:PairEvidence {subjectId: anchor.id})
    WHERE $role = 'SUBJECT'
    MATCH (other:Entity {id: p.objectId})
    RETURN p, anchor AS subject, other AS object, other
    UNION
    MATCH (p:PairEvidence {objectId: anchor.id})
    WHERE $role = 'OBJECT'
    MATCH (other:Entity {id: p.subjectId})
    RETURN p, other AS subject, anchor AS object, other
  }
  WITH p, subject, object, other
  WHERE $other IS NULL OR $other IN other.names
  ORDER BY p.studyCount DESC, toLower(other.name), other.name, other.id, subject.id, object.id
  LIMIT $first
  RETURN collect({
    subject: subject {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf},
    object: object {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf},
    sums: p {.studyCount, .findingCount, .up, .down, .none, .undirected, .credibleNone, .directionalStudies,
             .relations, .signs, .weightsVersion}
  }) AS pairs
}
RETURN anchors, others, pairs, EXISTS { MATCH (:PairEvidenceRebuild) } AS stale
