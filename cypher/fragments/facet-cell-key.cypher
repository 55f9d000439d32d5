coalesce(toString(dims.year), '') + '|' + coalesce(dims.evidenceLevel, '') + '|' + coalesce(dims.design, '') + '|' + coalesce(dims.pemCriterion, '') + '|' + coalesce(dims.confidence, '')
