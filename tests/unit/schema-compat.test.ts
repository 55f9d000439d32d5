// A change that would break existing clients (a removed field, a changed type…) must be deliberate: this test
// names it, and passes again only once the committed SDL is regenerated on purpose (`npm run schema:print`).
import fs from 'node:fs';
import { buildSchema, findBreakingChanges } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';

describe('the public schema', () => {
  it('has no breaking change against the committed SDL', () => {
    const committed = buildSchema(fs.readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8'));
    const breaking = findBreakingChanges(committed, schema).map((change) => `${change.type}: ${change.description}`);
    expect(breaking).toEqual([]);
  });
});
