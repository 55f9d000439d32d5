// An Entity node as the API reads it whole (EntityNode, src/schema/projection.ts): a map projection, `e {{entity}}`.
{.id, .type, .key, .name, .synonyms, .xrefs, .kind, .subgroupOf}
