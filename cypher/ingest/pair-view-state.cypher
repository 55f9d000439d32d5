// Whether the materialized default view must be (re)built: marked stale (a database imported before it existed, or
// a rebuild cut short), or pairs summed under other default weights than $version; and how many pairs have no kept
// answer (an import stopped between its commit and its summaries: src/ingest/import.ts).
RETURN EXISTS { MATCH (:PairEvidenceRebuild) } AS stale,
       COUNT { MATCH (p:PairEvidence) WHERE p.weightsVersion IS NULL OR p.weightsVersion <> $version } AS outdated,
       COUNT { MATCH (p:PairEvidence) WHERE p.headline IS NULL } AS unsummarized
