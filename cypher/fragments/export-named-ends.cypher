// The entities the export filter's names name ($finding.subject / .object: match keys, src/export/filter.ts), through
// the unique index of the names' keys (migration 011-entity-names), as in cypher/finding/list.cypher: a finding's
// end is then tested for membership, not by reading its list of names. An absent name names nothing (and tests
// nothing: the statement's `$finding.subject IS NULL OR …`).
CALL () {
  OPTIONAL MATCH (byName:EntityName {key: $finding.subject})<-[:NAMED]-(named:Entity)
  USING INDEX SEEK byName:EntityName(key)
  RETURN collect(named) AS namedSubjects
}
CALL () {
  OPTIONAL MATCH (byName:EntityName {key: $finding.object})<-[:NAMED]-(named:Entity)
  USING INDEX SEEK byName:EntityName(key)
  RETURN collect(named) AS namedObjects
}
