// One finding with its ends and study as the values of $endFields (subject), $endFields (object), $findingFields and
// $studyFields (none when it is null): the row findingFromRow (src/schema/projection.ts) reads.
[[key IN $endFields | subject[key]], [key IN $endFields | object[key]], [key IN $findingFields | f[key]], [key IN coalesce($studyFields, []) | study[key]]]
