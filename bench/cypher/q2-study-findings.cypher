// Q2: one study with its findings (in page order), each with its subject and object.
MATCH (s:Study {slug: $slug})
CALL (s) {
  MATCH (s)-[:REPORTS]->(f:Finding)-[:SUBJECT]->(a)
  MATCH (f)-[:OBJECT]->(b)
  WITH f, a, b ORDER BY f.index
  RETURN collect({statement: f.statement, relation: f.relation, pValue: f.pValue, significant: f.significant,
                  subject: {__typename: a.type, name: a.name}, object: {__typename: b.type, name: b.name}}) AS findings
}
RETURN s.slug AS slug, s.title AS title, findings
