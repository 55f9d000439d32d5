// neighborhood(id, depth, limit, filter) in one round trip, whatever the depth. From an entity ($entityId) the
// walk follows the typed evidence edges (ELEVATED_IN, REDUCED_IN, …) in either direction; from a study
// ($studySlug) the first hop is the entities of its findings (REPORTS → Finding → SUBJECT|OBJECT), later hops
// follow typed edges. Each hop keeps at most $hopLimit new entities (most filtered edges first), then the whole
// list (start first, then hop by hop) is cut to $nodeBudget entities; `omitted` counts the entities found and cut.
// Only findings whose study passes $filter count. Returned: the kept entities with their hop and filtered finding
// count, whether anything was cut, and every filtered finding between two kept entities (with its study's properties and method flags), capped at
// $maxFindings + 1 (one more says the cap was hit).
//
// Cost: each finding is one typed edge from its subject to its object carrying its study's filter properties
// (src/ingest/graph-rows.ts, migration 007), so edges are filtered where they are walked, without visiting the
// Finding or the Study; a typed edge always joins two entities, so its far end needs no label check. A finding
// count is the entity's filtered typed edges; a self-loop finding (subject = object) counts twice, as its SUBJECT
// and OBJECT links did (out plus in at the end; doubled in a walk, which meets it once). The hop walks yield the
// counts of the entities they start from (a hub such as ME/CFS is walked once, not twice); only the others are
// counted at the end. Under the default filter ($fromVotes) every walk reads the per-pair finding counts kept at
// import instead of the typed edges (cypher/fragments/neighbour-weights.cypher): one row per neighbour, not per
// finding.
OPTIONAL MATCH (entity:Entity {id: $entityId})
OPTIONAL MATCH (study:Study {slug: $studySlug})
WITH entity, study
WHERE entity IS NOT NULL OR study IS NOT NULL
// includeDescendants: the start entity's roll-up members ($memberIds) start the walk with it, at depth 0.
CALL (entity) {
  OPTIONAL MATCH (m:Entity)
  WHERE m.id IN coalesce($memberIds, []) AND m <> entity
  WITH m ORDER BY m.id
  RETURN collect(m) AS members
}
WITH entity, study, [x IN [entity] WHERE x IS NOT NULL] + members AS starts
CALL (starts, study) {
  CALL (starts, study) {
    UNWIND starts AS m
    WITH m WHERE $depth >= 1
    {{neighbour-weights}}
    RETURN m.id AS originId, neighbourId, weight
    UNION ALL
    MATCH (study)-[:REPORTS]->(f:Finding)-[:SUBJECT|OBJECT]->(n:Entity)
    WHERE $depth >= 1
      AND (NOT $filter.significantOnly OR f.significant = true)
      AND ($filter.evidenceLevels IS NULL OR study.evidenceLevel IN $filter.evidenceLevels)
      AND ($filter.pemCriteria IS NULL OR study.pemCriterion IN $filter.pemCriteria)
      AND ($filter.designs IS NULL OR study.design IN $filter.designs)
      AND ($filter.yearFrom IS NULL OR study.year >= $filter.yearFrom)
      AND ($filter.yearTo IS NULL OR study.year <= $filter.yearTo)
      AND ($filter.confidences IS NULL OR study.confidence IN $filter.confidences)
      AND (NOT $filter.excludeRetracted OR coalesce(study.retracted, false) = false)
    WITH n, count(f) AS weight
    RETURN null AS originId, n.id AS neighbourId, weight
  }
  WITH collect({from: originId, id: neighbourId, weight: weight}) AS reach
  CALL (reach, starts) {
    WITH reach, [n IN starts | n.id] AS walkedIds
    {{hop-ranking}}
    RETURN ranked[..$hopLimit] AS hop1, foundIds AS found1
  }
  // The walk met every filtered edge of each start entity (a self-loop once), so their finding counts come free.
  CALL (reach, starts) {
    UNWIND starts AS origin
    WITH origin.id AS id WHERE $depth >= 1
    RETURN collect({id: id, count: reduce(c = 0, x IN reach |
      c + CASE WHEN x.from = id THEN CASE WHEN x.id = id THEN 2 * x.weight ELSE x.weight END ELSE 0 END)}) AS startCounted
  }
  WITH hop1, startCounted, found1, count(*) AS one
  RETURN hop1, startCounted, found1
}
CALL (starts, hop1) {
  UNWIND hop1 AS m
  // A hop that cannot be ranked (cypher/fragments/hop-ranking.cypher) is not walked either: the kept entities' counts
  // come from the end (lastCounted, or the counts kept at import).
  WITH m WHERE $depth >= 2 AND ($countOmitted OR size(starts) + size(hop1) <= $nodeBudget)
  {{neighbour-weights}}
  WITH collect({from: m.id, id: neighbourId, weight: weight}) AS reach
  CALL (reach, starts, hop1) {
    WITH reach, [n IN starts + hop1 | n.id] AS walkedIds
    {{hop-ranking}}
    RETURN ranked[..$hopLimit] AS hop2, foundIds AS found2
  }
  // The walk met every filtered edge of each hop1 entity, so their finding counts come free.
  CALL (reach) {
    UNWIND reach AS x
    WITH x.from AS id, sum(CASE WHEN x.id = x.from THEN 2 * x.weight ELSE x.weight END) AS count
    RETURN collect({id: id, count: count}) AS counted
  }
  // Grouping ends the rows that still hold `reach`: carried on, the list would count against the transaction's
  // memory once per row that later steps buffer (thousands of findings), far beyond the limit on a hub.
  WITH hop2, found2, counted, count(*) AS one
  RETURN hop2, found2, counted AS hop1Counted
}
CALL (starts, hop1, hop2) {
  UNWIND hop2 AS m
  WITH m WHERE $depth >= 3 AND ($countOmitted OR size(starts) + size(hop1) + size(hop2) <= $nodeBudget)
  {{neighbour-weights}}
  WITH collect({from: m.id, id: neighbourId, weight: weight}) AS reach
  CALL (reach, starts, hop1, hop2) {
    WITH reach, [n IN starts + hop1 + hop2 | n.id] AS walkedIds
    {{hop-ranking}}
    RETURN ranked[..$hopLimit] AS hop3, foundIds AS found3
  }
  // The walk met every filtered edge of each hop2 entity, so their finding counts come free.
  CALL (reach) {
    UNWIND reach AS x
    WITH x.from AS id, sum(CASE WHEN x.id = x.from THEN 2 * x.weight ELSE x.weight END) AS count
    RETURN collect({id: id, count: count}) AS counted
  }
  // Grouping ends the rows that still hold `reach`: carried on, the list would count against the transaction's
  // memory once per row that later steps buffer (thousands of findings), far beyond the limit on a hub.
  WITH hop3, found3, counted, count(*) AS one
  RETURN hop3, found3, counted AS hop2Counted
}
WITH entity, starts, study, hop1, hop2, hop3, startCounted + hop1Counted + hop2Counted AS counted,
     starts + hop1 + hop2 + hop3 AS reached,
     [n IN starts | n.id] + found1 + found2 + found3 AS foundIds
WITH entity, starts, study, hop1, hop2, hop3, counted, [c IN counted | c.id] AS countedIds, reached, foundIds,
     reached[..$nodeBudget] AS kept
// Entities the walk found within the depth (from the entities it kept at each hop) that the limit left out; an
// entity cut at one hop and met again at the next counts once. Counted only when asked for ($countOmitted): a hop
// that cannot add a kept entity is then not ranked at all (cypher/fragments/hop-ranking.cypher).
CALL (foundIds, kept) {
  WITH foundIds, [n IN kept | n.id] AS keptIds WHERE $countOmitted
  UNWIND foundIds AS id
  WITH DISTINCT id, keptIds
  WHERE NOT id IN keptIds
  RETURN count(id) AS omitted
}
// The kept entities no walk started from (the last hop's): their finding counts, as the walks count theirs. Under
// the default filter every kept entity's count is the one kept at import instead (Entity.viewFindingCount, the same
// sum of its pairs' counts: cypher/ingest/set-entity-finding-counts.cypher), so none is walked for it.
CALL (kept, countedIds) {
  UNWIND kept AS m
  WITH m WHERE NOT m.id IN countedIds AND $fromVotes IS NULL
  {{neighbour-weights}}
  WITH m, sum(CASE WHEN neighbourId = m.id THEN 2 * weight ELSE weight END) AS count
  RETURN collect({id: m.id, count: count}) AS lastCounted
}
CALL (kept) { // when not $fromVotes
  UNWIND kept AS a // when not $fromVotes
  MATCH (a)-[r:ELEVATED_IN|REDUCED_IN|NOT_DIFFERENT_IN|CORRELATES_WITH|NOT_CORRELATED_WITH|DISCRIMINATES|ASSOCIATED_WITH]->(b) // when not $fromVotes
  WHERE b IN kept // when not $fromVotes
    AND (NOT $filter.significantOnly OR r.significant = true) // when not $fromVotes
    AND ($filter.evidenceLevels IS NULL OR r.evidenceLevel IN $filter.evidenceLevels) // when not $fromVotes
    AND ($filter.pemCriteria IS NULL OR r.pemCriterion IN $filter.pemCriteria) // when not $fromVotes
    AND ($filter.designs IS NULL OR r.design IN $filter.designs) // when not $fromVotes
    AND ($filter.yearFrom IS NULL OR r.year >= $filter.yearFrom) // when not $fromVotes
    AND ($filter.yearTo IS NULL OR r.year <= $filter.yearTo) // when not $fromVotes
    AND ($filter.confidences IS NULL OR r.confidence IN $filter.confidences) // when not $fromVotes
    AND (NOT $filter.excludeRetracted OR coalesce(r.retracted, false) = false) // when not $fromVotes
  // The edge names its finding and study: only the kept ones are read, each study once (with its method flags).
  WITH r.findingId AS findingId, r.studySlug AS slug, a, b // when not $fromVotes
  ORDER BY findingId // when not $fromVotes
  LIMIT $maxFindings + 1 // when not $fromVotes
  WITH slug, collect({findingId: findingId, a: a, b: b}) AS rows // when not $fromVotes
  MATCH (s:Study {slug: slug}) // when not $fromVotes
  CALL (s) { // when not $fromVotes
    OPTIONAL MATCH (s)-[:TAGGED]->(flag:MethodFlag) // when not $fromVotes
    RETURN collect(flag.name) AS methodFlags // when not $fromVotes
  } // when not $fromVotes
  UNWIND rows AS row // when not $fromVotes
  MATCH (f:Finding {id: row.findingId}) // when not $fromVotes
  WITH f, row.a AS a, row.b AS b, s, methodFlags // when not $fromVotes
  ORDER BY f.id // when not $fromVotes
  // The finding properties that synthesis reads (StoredFinding, src/evidence/stored-input.ts) and the edge's ends.
  RETURN collect({ // when not $fromVotes
    finding: f {.id, .studySlug, .relation, .sign, .comparator, .pValue, .pComparator, .significant, .effectSize, .effectType, // when not $fromVotes
                .ciLow, .ciHigh, .sampleSize, .groups, subjectId: a.id, objectId: b.id}, // when not $fromVotes
    study: s {.slug, .evidenceLevel, .pemCriterion, .design, .sampleSize, .retracted, .year}, // when not $fromVotes
    methodFlags: methodFlags // when not $fromVotes
  }) AS findings // when not $fromVotes
} // when not $fromVotes
// Under the default filter ($fromVotes) the edges come from the materialized view instead (src/ingest/pair-votes.ts):
// each kept pair's consensus and edges (finding and study counts per relation and sign) as kept at import beside its
// votes, and their weights version; the votes themselves only for a pair without them; no finding is read. The
// finding ids are read from the typed edges only when asked for ($findingIds). The edges' study slugs too
// ($studySlugs): otherwise each pair's edge counts are read, whose size does not grow with its studies.
// Not ordered here: a sort buffers its rows, and each counts the walk's lists against the transaction's memory
// (344 KB a row at 1x: 5,001 rows went over 1.5 GiB). LIMIT streams; the ids are sorted by the caller, and when the
// cap cuts, which ids are kept is the store's order (the answer then says truncated).
CALL (kept) { // when $fromVotes, $findingIds
  // Both ends bound: each pair is an Expand(Into) from its end with fewer edges, not a walk of a hub's every edge.
  UNWIND kept AS a // when $fromVotes, $findingIds
  UNWIND kept AS b // when $fromVotes, $findingIds
  MATCH (a)-[r:ELEVATED_IN|REDUCED_IN|NOT_DIFFERENT_IN|CORRELATES_WITH|NOT_CORRELATED_WITH|DISCRIMINATES|ASSOCIATED_WITH]->(b) // when $fromVotes, $findingIds
  WHERE coalesce(r.retracted, false) = false // when $fromVotes, $findingIds
  WITH r.findingId AS findingId, a.id AS subjectId, b.id AS objectId, type(r) AS relation, r.sign AS sign // when $fromVotes, $findingIds
  LIMIT $maxFindings + 1 // when $fromVotes, $findingIds
  RETURN collect({findingId: findingId, subjectId: subjectId, objectId: objectId, relation: relation, sign: sign}) AS edgeFindings // when $fromVotes, $findingIds
} // when $fromVotes, $findingIds
CALL (kept) { // when $fromVotes
  WITH kept, [k IN kept | k.id] AS keptIds // when $fromVotes
  UNWIND kept AS a // when $fromVotes
  MATCH (p:PairEvidence {subjectId: a.id}) // when $fromVotes
  WHERE p.objectId IN keptIds // when $fromVotes
  WITH p ORDER BY p.id // when $fromVotes
  RETURN collect({subjectId: p.subjectId, objectId: p.objectId, weightsVersion: p.weightsVersion, // when $fromVotes
                  consensus: p.consensus, edges: p.edges, // when $fromVotes, $studySlugs
                  consensus: p.consensus, edges: p.edgeCounts, // when $fromVotes, not $studySlugs
                  votes: CASE WHEN p.edges IS NULL THEN [(:Study)-[v:VOTES]->(p) | v.vote] ELSE [] END}) AS pairs // when $fromVotes
} // when $fromVotes
CALL (study, kept) {
  MATCH (study)-[:REPORTS]->(f:Finding)-[:SUBJECT|OBJECT]->(n:Entity)
  WHERE n IN kept
    AND (NOT $filter.significantOnly OR f.significant = true)
  RETURN collect(DISTINCT {entityId: n.id, findingId: f.id}) AS studyLinks
}
RETURN entity IS NOT NULL AS fromEntity,
       study {.slug, .title, .year, .evidenceLevel} AS study,
       [n IN kept | n {
         .id, .type, .key, .name,
         hop: CASE WHEN n IN starts THEN 0 WHEN n IN hop1 THEN 1 WHEN n IN hop2 THEN 2 ELSE 3 END,
         findingCount: coalesce([c IN counted + lastCounted WHERE c.id = n.id | c.count][0], 0) // when not $fromVotes
         findingCount: coalesce(n.viewFindingCount, 0) // when $fromVotes
       }] AS nodes,
       size(reached) > size(kept) AS truncated,
       omitted,
       findings, // when not $fromVotes
       pairs, // when $fromVotes
       EXISTS { MATCH (:PairEvidenceRebuild) } AS stale, // when $fromVotes
       edgeFindings, // when $fromVotes, $findingIds
       studyLinks
