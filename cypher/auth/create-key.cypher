// A new API key. Only the hash of the key is stored; the key itself is shown once, by `keys create`.
CREATE (k:ApiKey {id: $id, hash: $hash, name: $name, scopes: $scopes, createdAt: $now})
RETURN k {.id, .name, .scopes, .createdAt, .revokedAt, .lastUsedAt} AS key
