// Q3: a biomarker by any name (lower-cased), its findings as subject (total, and the first $limit by id), each
// with its study.
MATCH (e:Biomarker)
WHERE $name IN e.names
CALL (e) {
  RETURN COUNT { (e)<-[:SUBJECT]-(:Finding) } AS total
}
CALL (e) {
  MATCH (e)<-[:SUBJECT]-(f:Finding)
  WITH f ORDER BY f.id LIMIT $limit
  MATCH (s:Study)-[:REPORTS]->(f)
  WITH f, s ORDER BY f.id
  RETURN collect({relation: f.relation, statement: f.statement, pValue: f.pValue,
                  study: s {.slug, .title, .year}}) AS nodes
}
RETURN e.name AS name, e.kind AS kind, total, nodes
LIMIT 1
