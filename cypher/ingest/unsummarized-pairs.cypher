// Pairs of the view without a kept answer, a page at a time in id order ($after = the last id of the previous page).
MATCH (p:PairEvidence)
WHERE p.headline IS NULL AND p.id > $after
RETURN p.id AS id
ORDER BY id
LIMIT $limit
