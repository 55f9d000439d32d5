// Entities and tags no finding or study refers to any more (after a changed study was rewritten).
CALL {
  MATCH (n:Entity)
  WHERE NOT (n)--()
  DELETE n
}
CALL {
  MATCH (n:BiomarkerClass)
  WHERE NOT (n)--()
  DELETE n
}
CALL {
  MATCH (n:MethodFlag)
  WHERE NOT (n)--()
  DELETE n
}
RETURN 1 AS done
