// The stored votes (JSON) of the given pairs, read to summarize them (src/ingest/pair-votes.ts, sendPairSummaries).
// The SET takes each pair's write lock before its votes are read, and set-pair-summaries removes the property again
// in the same transaction: an import that adds votes to the pair (its write-pair-votes writes the pair too) then
// either commits before this read or waits for this transaction, so no summary is written from votes already
// outdated. Pairs deleted since (no votes left) give no row.
UNWIND $pairIds AS pairId
MATCH (p:PairEvidence {id: pairId})
SET p.summarizing = true
RETURN p.id AS id, [(:Study)-[v:VOTES]->(p) | v.vote] AS votes
