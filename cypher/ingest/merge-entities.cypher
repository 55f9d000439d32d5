// One node per entity id; synonyms, cross-references and broader terms only ever grow, so re-imports change nothing.
// The type label is set from a closed list (Biomarker, Symptom, Condition, Measure) validated before this runs.
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.key = row.key, e.name = row.name, e.type = row.type, e.keyRule = row.keyRule
WITH e, row
CALL {
  WITH e, row
  WITH e, row WHERE row.type = 'Biomarker'
  SET e:Biomarker
}
CALL {
  WITH e, row
  WITH e, row WHERE row.type = 'Symptom'
  SET e:Symptom
}
CALL {
  WITH e, row
  WITH e, row WHERE row.type = 'Condition'
  SET e:Condition
}
CALL {
  WITH e, row
  WITH e, row WHERE row.type = 'Measure'
  SET e:Measure
}
// A variant spelling another import named the node by (same key, another name) becomes a synonym.
WITH e, row, CASE WHEN row.names[0] IN coalesce(e.names, []) OR row.name = e.name THEN [] ELSE [row.name] END AS variant
WITH e, row,
  reduce(acc = coalesce(e.synonyms, []), s IN row.synonyms + variant | CASE WHEN s IN acc THEN acc ELSE acc + s END) AS synonyms,
  reduce(acc = coalesce(e.xrefs, []), x IN row.xrefs | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS xrefs,
  reduce(acc = coalesce(e.broadMatch, []), x IN row.broadMatch | CASE WHEN x IN acc THEN acc ELSE acc + x END) AS broadMatch
SET e.synonyms = synonyms,
    e.xrefs = xrefs,
    e.broadMatch = broadMatch,
    e.synonymsText = reduce(text = '', s IN synonyms | text + ' ' + s),
    // The match keys (src/ingest/entity-key.ts, normalizeKey) of every name and synonym, computed by the importer:
    // every query normalizes a name the same way before it looks it up here.
    e.names = reduce(acc = coalesce(e.names, []), n IN row.names | CASE WHEN n IN acc THEN acc ELSE acc + n END),
    // Their compact forms (compactKey): search ranks an entity whose compact name is the query's first.
    e.searchKeys = reduce(acc = coalesce(e.searchKeys, []), n IN row.searchKeys | CASE WHEN n IN acc THEN acc ELSE acc + n END),
    e.kind = coalesce(e.kind, row.kind),
    e.subgroupOf = coalesce(e.subgroupOf, row.subgroupOf)
// Each key also as a node of its own, which lookups by name seek (migration 011-entity-names).
FOREACH (key IN row.names |
  MERGE (n:EntityName {key: key})
  MERGE (e)-[:NAMED]->(n))
RETURN count(e) AS merged
