// One API key by its public id, with the hash that a presented key is compared against (in constant time, in code).
MATCH (k:ApiKey {id: $id})
RETURN k {.id, .hash, .name, .scopes, .createdAt, .revokedAt, .lastUsedAt} AS key
