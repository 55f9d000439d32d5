// study(slug | doi | pmid): whichever was given (each is unique; $doi lower-cased, matched against doiKey), as the values of $studyFields in that order. With
// $withFindings (the query selects the study's findings) its findings come along, in page order, each as
// [subject, object, finding] values of $endFields, $endFields and $findingFields: study → findings → subject costs
// this one round trip, and only what the query selects is read and sent (src/schema/projection.ts).
MATCH (s:Study)
WHERE s.slug = $slug OR s.doiKey = $doi OR s.pmid = $pmid
WITH s
LIMIT 1
CALL (s) {
  MATCH (s)-[:REPORTS]->(f:Finding)-[:SUBJECT]->(subject)
  WHERE $withFindings
  MATCH (f)-[:OBJECT]->(object)
  WITH f, subject, object
  ORDER BY f.index
  RETURN collect([[key IN $endFields | subject[key]], [key IN $endFields | object[key]], [key IN $findingFields | f[key]]]) AS findings
}
RETURN [key IN $studyFields | s[key]] AS study, findings
