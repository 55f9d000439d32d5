import { describe, expect, it } from 'vitest';
import { splitStatements, statement, statements } from '../../src/db/statements.ts';
import { migrationNames } from '../../src/db/migrate.ts';
import { toNeo4jParams } from '../../src/db/cypher.ts';

describe('Cypher statements', () => {
  it('are loaded from cypher/ by domain/name', () => {
    expect(statement('study/by-slugs')).toMatch(/UNWIND \$slugs AS slug/);
    expect(statements().size).toBeGreaterThan(3);
  });

  it('name an unknown statement in the error', () => {
    expect(() => statement('study/nope')).toThrow(/no Cypher statement named "study\/nope"/);
  });

  it('migrations are ordered and split into single statements without comments', () => {
    expect(migrationNames()).toEqual([...migrationNames()].sort());
    const parts = splitStatements(statement('migrations/001-constraints'));
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) {
      expect(part).toMatch(/^CREATE CONSTRAINT \w+ IF NOT EXISTS/);
      expect(part).not.toContain(';');
    }
  });

  it('turn whole numbers into Neo4j integers and leave fractions alone', () => {
    const converted = toNeo4jParams({ limit: 21, p: 0.001, nested: [{ year: 2020 }] }) as Record<string, any>;
    expect(converted.limit.toNumber()).toBe(21);
    expect(converted.p).toBe(0.001);
    expect(converted.nested[0].year.toNumber()).toBe(2020);
  });
});
