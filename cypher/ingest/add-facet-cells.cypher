// An import's change to the study counts per facet combination (cypher/migrations/012-study-facet-cells.cypher):
// +1 for each new or changed study's values, -1 for a changed study's former values (src/ingest/facet-cells.ts sums
// them per combination). A cell left at 0 is deleted. In the import's own transaction, so the counts always equal the
// studies.
UNWIND $cells AS dims
MERGE (c:StudyFacetCell {key: {{facet-cell-key}}})
ON CREATE SET c.year = dims.year, c.evidenceLevel = dims.evidenceLevel, c.design = dims.design,
    c.pemCriterion = dims.pemCriterion, c.confidence = dims.confidence, c.count = 0
SET c.count = c.count + dims.delta
WITH c
WHERE c.count = 0
DELETE c
RETURN count(*) AS emptied
