// Every API key, oldest first, without its hash.
MATCH (k:ApiKey)
RETURN k {.id, .name, .scopes, .createdAt, .revokedAt, .lastUsedAt} AS key
ORDER BY k.createdAt, k.id
