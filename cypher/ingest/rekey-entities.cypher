// Gives entities the key and id of the current rule (src/ingest/entity-ids.ts; each row's newId is unique in the
// batch). An entity whose new id is free is renamed; one whose new id another entity holds (a variant spelling of
// it: "B cell frequency" / "B cells") is merged into it: its relationships move over (typed finding edges, which
// carry a findingId, one for one; others, such as TAGGED or GROUNDED_TO, at most once), its name and synonyms join
// the target's, and it is deleted. Either way its findings' subjectId and objectId (the keys of
// cypher/entity/findings-in-id-order.cypher's indexes) become the new id.
UNWIND $entities AS row
MATCH (old:Entity {id: row.id})
OPTIONAL MATCH (target:Entity {id: row.newId})
WITH old, row, CASE WHEN target IS NULL OR target = old THEN null ELSE target END AS target
CALL {
  WITH old, row, target
  WITH old, row, target WHERE target IS NULL
  SET old.id = row.newId, old.key = row.newKey, old.keyRule = $rule
}
CALL {
  WITH old, target
  WITH old, target WHERE target IS NOT NULL
  MATCH (old)-[r]->(x)
  WITH target, r, CASE WHEN x = old THEN target ELSE x END AS x
  CALL {
    WITH target, r, x
    WITH target, r, x WHERE r.findingId IS NOT NULL
    CREATE (target)-[moved:$(type(r))]->(x)
    SET moved = properties(r)
  }
  CALL {
    WITH target, r, x
    WITH target, r, x WHERE r.findingId IS NULL
    MERGE (target)-[moved:$(type(r))]->(x)
    ON CREATE SET moved = properties(r)
  }
}
CALL {
  WITH old, target
  WITH old, target WHERE target IS NOT NULL
  MATCH (x)-[r]->(old)
  WHERE x <> old
  CALL {
    WITH target, r, x
    WITH target, r, x WHERE r.findingId IS NOT NULL
    CREATE (x)-[moved:$(type(r))]->(target)
    SET moved = properties(r)
  }
  CALL {
    WITH target, r, x
    WITH target, r, x WHERE r.findingId IS NULL
    MERGE (x)-[moved:$(type(r))]->(target)
    ON CREATE SET moved = properties(r)
  }
}
CALL {
  WITH old, target
  WITH old, target WHERE target IS NOT NULL
  WITH old, target,
    reduce(acc = coalesce(target.synonyms, []), s IN [old.name] + coalesce(old.synonyms, []) |
      CASE WHEN s IN acc OR s = target.name THEN acc ELSE acc + s END) AS synonyms
  SET target.synonyms = synonyms,
      target.synonymsText = reduce(text = '', s IN synonyms | text + ' ' + s),
      target.names = reduce(acc = coalesce(target.names, []), n IN coalesce(old.names, []) | CASE WHEN n IN acc THEN acc ELSE acc + n END),
      target.searchKeys = reduce(acc = coalesce(target.searchKeys, []), n IN coalesce(old.searchKeys, []) | CASE WHEN n IN acc THEN acc ELSE acc + n END),
      target.xrefs = reduce(acc = coalesce(target.xrefs, []), x IN coalesce(old.xrefs, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END),
      target.broadMatch = reduce(acc = coalesce(target.broadMatch, []), x IN coalesce(old.broadMatch, []) | CASE WHEN x IN acc THEN acc ELSE acc + x END),
      target.kind = coalesce(target.kind, old.kind),
      target.subgroupOf = coalesce(target.subgroupOf, old.subgroupOf)
  DETACH DELETE old
}
CALL {
  WITH row
  MATCH (kept:Entity {id: row.newId})
  CALL (kept) {
    MATCH (kept)<-[:SUBJECT]-(f:Finding)
    WHERE f.subjectId IS NULL OR f.subjectId <> kept.id
    SET f.subjectId = kept.id
  }
  CALL (kept) {
    MATCH (kept)<-[:OBJECT]-(f:Finding)
    WHERE f.objectId IS NULL OR f.objectId <> kept.id
    SET f.objectId = kept.id
  }
}
RETURN count(*) AS rekeyed
