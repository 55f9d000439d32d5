// Q8: studies from $yearFrom on, counted by evidence level × design × PEM criterion in one aggregation pass; the
// per-facet buckets are summed from these few rows in JS.
MATCH (s:Study)
WHERE s.year >= $yearFrom
RETURN s.evidenceLevel AS evidenceLevel, s.design AS design, s.pemCriterion AS pemCriterion, count(*) AS count
