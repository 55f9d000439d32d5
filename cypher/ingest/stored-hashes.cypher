// The content hashes of the stored records of the studies an input names, read inside the write transaction: the
// import merged its input with the records it read before (ingest/stored-records) and writes only if none changed.
// Each study is locked first (a write to it), so a concurrent import of the same study waits here until this one
// commits and then reads the hash it wrote; without the lock both could find the hash they planned from and the later
// commit would drop what the earlier added. A new study is created here for the same reason (the uniqueness of
// `slug` makes the second creator wait); the import then writes it whole, or the transaction rolls it back. $slugs
// come sorted, so imports lock their studies in one order.
UNWIND $slugs AS slug
MERGE (s:Study {slug: slug})
SET s.importLock = true
REMOVE s.importLock
RETURN s.slug AS slug, s.hash AS hash
