// Indexes for the list fields of issue 4: the entity lists (biomarkers, symptoms…) select one type of Entity
// (cypher/entity/list.cypher) by seeking this index instead of scanning every entity. The study filters test
// `$filter.x IS NULL OR …` (absent filters cost nothing) and so use the label scan whatever indexes exist.
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
