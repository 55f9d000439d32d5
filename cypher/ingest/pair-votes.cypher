// The stored votes (JSON) of the given pairs, for their answers kept beside them (src/ingest/pair-votes.ts,
// sendPairSummaries). Read in the import's own transaction, after the votes are written and summed; and by `evidence`
// for a pair it read as its headline alone (src/schema/loaders.ts, pairVotesLoader).
UNWIND $pairIds AS pairId
MATCH (p:PairEvidence {id: pairId})
RETURN p.id AS id, [(:Study)-[v:VOTES]->(p) | v.vote] AS votes
