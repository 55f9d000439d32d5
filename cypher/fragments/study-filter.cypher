// The StudyFilter predicate on the study `s` (src/query/study-filter.ts builds $filter; every key present, null for
// "no condition"), as `AND` lines to follow a `WHERE true`. Each line is sent only when its condition is given.
// The full-text condition is not here: each statement reaches the text index its own way.
AND s.year >= $filter.yearFrom // when $filter.yearFrom
AND s.year <= $filter.yearTo // when $filter.yearTo
AND s.evidenceLevel IN $filter.evidenceLevels // when $filter.evidenceLevels
AND s.confidence IN $filter.confidences // when $filter.confidences
AND s.pemCriterion IN $filter.pemCriteria // when $filter.pemCriteria
AND s.design IN $filter.designs // when $filter.designs
AND s.peerReviewed = $filter.peerReviewed // when $filter.peerReviewed
AND s.reviewStatus = $filter.reviewStatus // when $filter.reviewStatus
AND coalesce(s.retracted, false) = $filter.retracted // when $filter.retracted
AND EXISTS { MATCH (s)-[:TAGGED]->(tag) // when $filter.tags
  WHERE any(name IN coalesce(tag.names, [tag.key]) WHERE name IN $filter.tags) } // when $filter.tags
