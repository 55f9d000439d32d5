// The stored votes (JSON) of the given pairs, for their answers kept beside them (src/ingest/pair-votes.ts,
// sendPairSummaries). Read in the import's own transaction, after the votes are written and summed.
UNWIND $pairIds AS pairId
MATCH (p:PairEvidence {id: pairId})
RETURN p.id AS id, [(:Study)-[v:VOTES]->(p) | v.vote] AS votes
