// A page of the studies that report a finding about each entity or are tagged with it, with each entity's
// total, for a batch of entities in one round trip. Keyset on slug.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL {
  WITH e
  CALL {
    WITH e
    MATCH (e)<-[:SUBJECT|OBJECT]-(:Finding)<-[:REPORTS]-(s:Study)
    RETURN s
    UNION
    WITH e
    MATCH (e)<-[:TAGGED]-(s:Study)
    RETURN s
  }
  WITH DISTINCT s
  ORDER BY s.slug
  WITH collect(s) AS related
  RETURN size(related) AS total, [s IN related WHERE $after IS NULL OR s.slug > $after][..$limit] AS page
}
RETURN id, total, [s IN page | s {.*, record: null, hash: null}] AS studies
