// Q8: studies from $yearFrom on, counted by evidence level × design × PEM criterion from the study counts the import
// keeps per facet combination (StudyFacetCell, as our API reads them); the per-facet buckets are summed from these
// rows in JS.
MATCH (c:StudyFacetCell)
WHERE c.year >= $yearFrom
RETURN c.evidenceLevel AS evidenceLevel, c.design AS design, c.pemCriterion AS pemCriterion, sum(c.count) AS count
