// Two imports of one study at once (issue 22's loaded runs found the race): an import plans its merge outside any
// transaction, then its write transaction checks the stored record is the one it planned from. That check must lock
// the study, or another import can commit a change between the check and the write and the later commit drops it.
// Here the "other import" is a transaction of the test's own that has written the study and waits, uncommitted,
// until the import is seen blocked on it; the order of events is forced, not left to timing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importUnits, type ImportSummary } from '../../src/ingest/import.ts';
import { clearGraph, testDatabase } from './helpers.ts';

const db = testDatabase();
const slug = 'concurrent-2024-locked';

const unit = (name: string, symptoms: string[]) => ({
  name,
  kind: 'json' as const,
  text: JSON.stringify([
    { slug, title: 'Concurrent imports of one study', tags: { symptoms, biomarkerClasses: [], methodFlags: [] } },
  ]),
});

async function storedSymptoms(): Promise<string[]> {
  const { records } = await db.driver.executeQuery(
    'MATCH (s:Study {slug: $slug}) RETURN s.record AS record',
    { slug },
    { database: db.connection.database, routing: 'READ' },
  );
  return (JSON.parse(records[0]!.get('record') as string) as { tags: { symptoms: string[] } }).tags.symptoms.sort();
}

/** Resolves once some transaction of the database waits for a lock another holds (Neo4j's own account). */
async function someTransactionBlocked(): Promise<void> {
  for (;;) {
    const { records } = await db.driver.executeQuery(
      "SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS blocked",
      {},
      { database: db.connection.database },
    );
    if (Number(records[0]!.get('blocked')) > 0) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

beforeAll(async () => {
  await clearGraph(db.cypher);
});

afterAll(async () => {
  await clearGraph(db.cypher);
  await db.driver.close();
});

describe('two imports of one study at once', () => {
  it('the later one waits for the earlier, then merges with what it wrote: nothing is lost', async () => {
    expect((await importUnits(db.cypher, [unit('first.json', ['Fatigue'])])).created).toBe(1);
    const session = db.driver.session({ database: db.connection.database });
    const other = session.beginTransaction();
    let pain: Promise<ImportSummary> | undefined;
    try {
      // The other import has written its merge (Unrefreshing Sleep added) and not yet committed.
      const { records } = await other.run('MATCH (s:Study {slug: $slug}) RETURN s.record AS record', { slug });
      const record = JSON.parse(records[0]!.get('record') as string) as { tags: { symptoms: string[] } };
      record.tags.symptoms.push('Unrefreshing Sleep');
      await other.run('MATCH (s:Study {slug: $slug}) SET s.record = $record, s.hash = $hash', {
        slug,
        record: JSON.stringify(record),
        hash: 'written by the other import',
      });
      // This import plans from the committed record (Fatigue alone), then its transaction meets the other's lock.
      pain = importUnits(db.cypher, [unit('pain.json', ['Pain'])]);
      await someTransactionBlocked();
      await other.commit();
    } finally {
      await session.close();
    }
    const summary = await pain!;
    expect(summary.rejected).toEqual([]);
    expect(await storedSymptoms()).toEqual(['Fatigue', 'Pain', 'Unrefreshing Sleep']);
  });
});
