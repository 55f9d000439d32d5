// evidence(subject, object, role, first) under the default filter and weights, from the materialized view
// (docs/evidence.md §9b): the entities the names resolve to, the number of pairs of the anchor (`total`), and per
// pair of the page (ordered and paged as cypher/evidence/pairs.cypher does) its common weights version and, by $read,
// its studies' stored votes (VOTES: JSON, one per study) or only its stored headline (HEADLINE: JSON of
// src/evidence/pair-headline.ts, when nothing else of the answer is selected). No finding is read, so the cost grows
// with the studies of a pair (VOTES) or not at all (HEADLINE). `stale` says the view is being (re)built: the caller
// then uses the live synthesis.
// Both names are found through the index of the names' keys (EntityName, migration 011-entity-names; $other may be
// null). Lines ending in `// when …` are sent only when their conditions hold (src/db/statements.ts): a pair named by
// both ends is read by its two ids; an anchor alone reads its pairs for the $role asked.
// With includeDescendants, $anchorIds / $otherIds hold the entities of the names' roll-ups (src/ontology/rollup.ts),
// found by the entity id index instead of the names.
CALL () {
  UNWIND [key IN [$anchor, $other] WHERE key IS NOT NULL] AS key // when not $anchorIds
  MATCH (byName:EntityName {key: key})<-[:NAMED]-(e:Entity) // when not $anchorIds
  USING INDEX SEEK byName:EntityName(key) // when not $anchorIds
  UNWIND $anchorIds + coalesce($otherIds, []) AS id // when $anchorIds
  MATCH (e:Entity {id: id}) // when $anchorIds
  WITH collect(DISTINCT e) AS named
  RETURN [e IN named WHERE $anchor IN e.names] AS anchorNodes, [e IN named WHERE $other IN e.names] AS otherNodes // when not $anchorIds
  RETURN [e IN named WHERE e.id IN $anchorIds] AS anchorNodes, [e IN named WHERE e.id IN coalesce($otherIds, [])] AS otherNodes // when $anchorIds
}
CALL (anchorNodes, otherNodes) {
  UNWIND anchorNodes AS anchor
  UNWIND otherNodes AS other // when $other
  MATCH (p:PairEvidence {subjectId: anchor.id, objectId: other.id}) // when $other, $role = 'SUBJECT'
  MATCH (p:PairEvidence {subjectId: other.id, objectId: anchor.id}) // when $other, $role = 'OBJECT'
  MATCH (p:PairEvidence {subjectId: anchor.id}) // when not $other, $role = 'SUBJECT'
  MATCH (p:PairEvidence {objectId: anchor.id}) // when not $other, $role = 'OBJECT'
  MATCH (other:Entity {id: p.objectId}) // when not $other, $role = 'SUBJECT'
  MATCH (other:Entity {id: p.subjectId}) // when not $other, $role = 'OBJECT'
  WITH p, anchor AS subject, other AS object, other // when $role = 'SUBJECT'
  WITH p, other AS subject, anchor AS object, other // when $role = 'OBJECT'
  ORDER BY p.studyCount DESC, toLower(other.name), other.name, other.id, subject.id, object.id
  WITH collect({p: p, subject: subject, object: object}) AS ranked
  // The votes of the page's pairs only.
  CALL (ranked) {
    UNWIND ranked[$offset..$offset + $first] AS row
    WITH row.p AS p, row.subject AS subject, row.object AS object
    RETURN collect({
      id: p.id,
      subject: subject {{entity}},
      object: object {{entity}},
      weightsVersion: p.weightsVersion,
      headline: p.headline // when $read = 'HEADLINE'
      votes: [(:Study)-[v:VOTES]->(p) | v.vote] // when $read = 'VOTES'
    }) AS pairs
  }
  RETURN size(ranked) AS total, pairs
}
RETURN [e IN anchorNodes | e {{entity}}] AS anchors,
  [e IN otherNodes | e {{entity}}] AS others,
  total, pairs, EXISTS { MATCH (:PairEvidenceRebuild) } AS stale
