// The default answer of each given pair, computed from all its votes in the same transaction that changed them, so
// it is never older than the votes: `summary` (JSON of PairSummary, what `evidence` answers), `consensus` and
// `edges` (JSON of its relation edges: finding and study counts per relation and sign, what `neighborhood` draws).
UNWIND $pairs AS row
MATCH (p:PairEvidence {id: row.id})
SET p.summary = row.summary, p.consensus = row.consensus, p.edges = row.edges
RETURN count(p) AS set
