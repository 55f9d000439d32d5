MERGE (m:Migration {id: $id})
ON CREATE SET m.appliedAt = datetime(), m.checksum = $checksum
RETURN m.id AS id
