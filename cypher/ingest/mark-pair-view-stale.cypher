// Before a rebuild of the materialized default view: queries use the live synthesis until finish-pair-view.
MERGE (r:PairEvidenceRebuild {id: 'default'})
RETURN r.id AS marked
