// Entity.findingCount for a batch of entities in one round trip: distinct findings with the entity as subject or
// object (the same count as Entity.findings' totalCount without arguments).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, COUNT { MATCH (e)<-[:SUBJECT|OBJECT]-(f:Finding) RETURN DISTINCT f } AS findingCount
