// Every Biomarker, Symptom, Condition and Measure also carries the label Entity and an id "<Type>:<key>", so a
// finding reaches its subject and object through one unique index whatever their type.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
