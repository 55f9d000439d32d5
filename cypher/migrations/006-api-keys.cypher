// API keys (issue 5): one (:ApiKey {id, hash, name, scopes, createdAt, revokedAt?, lastUsedAt?}) node per key.
// The id is the public part of the key (egk_<id>_<secret>) and finds the node; only a hash of the key is stored.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE;
