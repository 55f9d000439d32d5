// study(slug | doi | pmid): whichever was given (each is unique). With $withFindings (the query selects the
// study's findings) its findings come along, in page order with their subject and object, so study → findings →
// subject costs this one round trip. Without $wholeEnds (the query selects no more than the ends' names) each end
// comes as its id, type, key and name only (FindingNode.subjectName): decoding every synonym and cross-reference of
// both ends of every finding, and every property of the study, was most of what this statement cost the API server.
// With $findingFields (the finding properties the query selects) each finding comes as a list: its subject, its
// object, then the values of those properties in that order (a partial finding, src/schema/finding.ts).
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
  RETURN collect(f {.*, subjectId: subject.id, objectId: object.id, subjectEntity: subject {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf}, objectEntity: object {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf}}) AS findings // when $wholeEnds, not $findingFields
  RETURN collect(f {.*, subjectId: subject.id, objectId: object.id, subjectName: subject {.id, .type, .key, .name}, objectName: object {.id, .type, .key, .name}}) AS findings // when not $wholeEnds, not $findingFields
  RETURN collect([subject {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf}, object {.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf}] + [key IN $findingFields | f[key]]) AS findings // when $wholeEnds, $findingFields
  RETURN collect([subject {.id, .type, .key, .name}, object {.id, .type, .key, .name}] + [key IN $findingFields | f[key]]) AS findings // when not $wholeEnds, $findingFields
}
// record (the importer's canonical JSON, ~5 KB a study) and hash are the importer's, not the API's: not sent.
// $fields: the study properties the query selects, as a list of values in that order (a partial study).
RETURN s {.*, record: null, hash: null} AS study, findings // when not $fields
RETURN [key IN $fields | s[key]] AS study, findings // when $fields
