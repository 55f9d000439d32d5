// Properties are replaced whole: the canonical record decides every one of them.
UNWIND $studies AS row
MERGE (s:Study {slug: row.slug})
SET s = row.props
RETURN count(s) AS written
