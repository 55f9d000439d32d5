// Q6: ranked full-text search restricted to studies; $query is the ranked Lucene query built from the words.
CALL db.index.fulltext.queryNodes('search_text', $query) YIELD node, score
WHERE node:Study
WITH node, score
ORDER BY score DESC, toLower(coalesce(node.title, node.slug)), node.slug
LIMIT $first
RETURN coalesce(node.title, node.slug) AS name, score
