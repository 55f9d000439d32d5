// Whether the materialized default view must be (re)built: marked stale (a database imported before it existed, or
// a rebuild cut short), or pairs summed under other default weights than $version.
RETURN EXISTS { MATCH (:PairEvidenceRebuild) } AS stale,
       COUNT { MATCH (p:PairEvidence) WHERE p.weightsVersion IS NULL OR p.weightsVersion <> $version } AS outdated
