// What the view keeps of each given pair's default answer, computed from all its votes under the pair's lock
// (lock-pair-votes), so it is never older than the votes: `consensus` and `edges` (JSON of its relation edges: finding
// count and studies per relation and sign; `edgeCounts` the same with a study count instead of the slugs), what
// `neighborhood` draws, and `headline` (JSON of the answer's fields that do not list studies:
// src/evidence/pair-headline.ts), what `evidence` answers when nothing else is selected. All but `edges`
// are bounded whatever the number of studies; the whole answer is not kept (it lists studies: ~600 KB for a pair of
// 667 studies, and a 2,000-study import exceeded Neo4j's transaction memory limit writing such answers), `evidence`
// computes it from the votes. A `summary` kept by vote layout 3 is removed.
UNWIND $pairs AS row
MATCH (p:PairEvidence {id: row.id})
SET p.consensus = row.consensus, p.edges = row.edges, p.edgeCounts = row.edgeCounts, p.headline = row.headline
REMOVE p.summary, p.summarizing
RETURN count(p) AS set
