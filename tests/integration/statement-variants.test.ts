// Every statement, each guarded one in each of its variants (tests/support/statement-variants.ts), is planned by Neo4j
// (EXPLAIN runs nothing): a guard combination that leaves a statement broken fails here, not in a user's request.
// tests/unit/statement-variants.test.ts snapshots the same texts without a database.
import { afterAll, describe, expect, it } from 'vitest';
import { allStatements, variants } from '../support/statement-variants.ts';
import { testDatabase } from './helpers.ts';

const db = testDatabase();
afterAll(() => db.driver.close());

describe('statements on Neo4j', () => {
  for (const name of allStatements()) {
    it(`${name}: every variant plans`, async () => {
      const session = db.driver.session({ database: db.cypher.database });
      try {
        const texts = new Map(variants(name).map((variant) => [variant.text, variant.label]));
        for (const [text, label] of texts) {
          await expect(
            session.run(`EXPLAIN ${text}`).then(() => 'planned'),
            label,
          ).resolves.toBe('planned');
        }
      } finally {
        await session.close();
      }
    });
  }
});
