// Revoke a key for good: the first revocation time is kept; says whether it was already revoked.
MATCH (k:ApiKey {id: $id})
WITH k, k.revokedAt IS NOT NULL AS alreadyRevoked
SET k.revokedAt = coalesce(k.revokedAt, $now)
RETURN alreadyRevoked, k.revokedAt AS revokedAt
