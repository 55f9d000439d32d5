// Record that a key was just used (after it verified), at most once a minute per key.
MATCH (k:ApiKey {id: $id})
WHERE k.revokedAt IS NULL AND (k.lastUsedAt IS NULL OR k.lastUsedAt < $since)
SET k.lastUsedAt = $now
