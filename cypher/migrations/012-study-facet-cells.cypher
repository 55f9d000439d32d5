// Study counts kept per combination of the facet properties (year, evidence level, design, PEM criterion,
// confidence): a StudyFacetCell each, its key the values joined (fragments/facet-cell-key), kept by every import
// (cypher/ingest/add-facet-cells.cypher). `facets` and a filtered list's total over those properties then sum a few
// hundred cells instead of counting every study (issue 19: Q7 and Q8 grew with the database). Cells of the studies
// already in the graph are built here.
CREATE CONSTRAINT study_facet_cell_key IF NOT EXISTS FOR (c:StudyFacetCell) REQUIRE c.key IS UNIQUE;
CREATE INDEX study_facet_cell_year IF NOT EXISTS FOR (c:StudyFacetCell) ON (c.year);
// A page of studies by year (cypher/study/page-ordered.cypher) reads this index in (year, slug) order and stops at
// the page's end, where the year index alone left every study of the page's last year to sort by slug.
CREATE INDEX study_year_slug IF NOT EXISTS FOR (s:Study) ON (s.year, s.slug);
MATCH (s:Study)
WITH {year: s.year, evidenceLevel: s.evidenceLevel, design: s.design, pemCriterion: s.pemCriterion,
      confidence: s.confidence} AS dims, count(*) AS studies
MERGE (c:StudyFacetCell {key: {{facet-cell-key}}})
SET c.year = dims.year, c.evidenceLevel = dims.evidenceLevel, c.design = dims.design,
    c.pemCriterion = dims.pemCriterion, c.confidence = dims.confidence, c.count = studies
RETURN count(c) AS cells;
