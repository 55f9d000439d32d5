// Q1: one study by slug (unique constraint study_slug).
MATCH (s:Study {slug: $slug})
RETURN s {.slug, .title, authors: coalesce(s.authors, []), .journal, .year, .doi, .pmid, .evidenceLevel, .design,
          .pemCriterion, .confidence, .sampleSize, .summary} AS study
