// study(slug | doi | pmid): whichever was given (each is unique). With $withFindings (the query selects the
// study's findings) its findings come along, in page order with their subject and object, so study → findings →
// subject costs this one round trip.
MATCH (s:Study)
WHERE s.slug = $slug OR s.doi = $doi OR s.pmid = $pmid
WITH s
LIMIT 1
CALL (s) {
  MATCH (s)-[:REPORTS]->(f:Finding)-[:SUBJECT]->(subject)
  WHERE $withFindings
  MATCH (f)-[:OBJECT]->(object)
  WITH f, subject, object
  ORDER BY f.index
  RETURN collect(f {.*, subjectId: subject.id, objectId: object.id, subjectEntity: subject {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf}, objectEntity: object {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf}}) AS findings
}
// record (the importer's canonical JSON, ~5 KB a study) and hash are the importer's, not the API's: not sent.
RETURN s {.*, record: null, hash: null} AS study, findings
