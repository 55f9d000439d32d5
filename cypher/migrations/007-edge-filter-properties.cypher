// The typed evidence edges carry their study's filter properties (retracted, evidenceLevel, pemCriterion, design,
// year, confidence), so walks such as neighborhood filter edges without seeking each edge's Study. The import
// writes them (src/ingest/graph-rows.ts); this copies them onto the edges written before. Batched, so a large
// graph is not one transaction; setting the same values again is harmless, so a run cut short can be repeated.
MATCH ()-[typed:ELEVATED_IN|REDUCED_IN|NOT_DIFFERENT_IN|CORRELATES_WITH|NOT_CORRELATED_WITH|DISCRIMINATES|ASSOCIATED_WITH]->()
CALL (typed) {
  MATCH (s:Study {slug: typed.studySlug})
  SET typed.retracted = coalesce(s.retracted, false),
      typed.evidenceLevel = s.evidenceLevel,
      typed.pemCriterion = s.pemCriterion,
      typed.design = s.design,
      typed.year = s.year,
      typed.confidence = s.confidence
} IN TRANSACTIONS OF 10000 ROWS;
