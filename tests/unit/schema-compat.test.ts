// A change that would break existing clients (a removed field, a changed type…) must be deliberate. The schema is
// compared with schema/baseline.graphql, the schema clients were given (not the printed SDL, which is regenerated
// with every change and so could never disagree): every breaking change must be listed, with its reason, in
// schema/breaking-changes.json. Start a new baseline (copy schema/schema.graphql, empty the list) at a release.
import fs from 'node:fs';
import { buildSchema, findBreakingChanges, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';

const read = (file: string) => fs.readFileSync(new URL(`../../schema/${file}`, import.meta.url), 'utf8');
const breakingChanges = (from: GraphQLSchema, to: GraphQLSchema) =>
  findBreakingChanges(from, to).map((change) => `${change.type}: ${change.description}`);

describe('the public schema', () => {
  const baseline = buildSchema(read('baseline.graphql'));

  it('breaks nothing against the baseline but the changes listed in schema/breaking-changes.json', () => {
    const acknowledged = JSON.parse(read('breaking-changes.json')) as { change: string; why: string }[];
    for (const entry of acknowledged) expect(entry.why.trim(), entry.change).not.toBe('');
    expect(breakingChanges(baseline, schema)).toEqual(acknowledged.map((entry) => entry.change));
  });

  it('would name a removed field and a changed argument type (the check can fail)', () => {
    const changed = buildSchema(
      read('baseline.graphql')
        .replace(/^\s*studyCount: Int!\n/m, '')
        .replace(/^(\s*)pmid: String$/m, '$1pmid: Int'),
    );
    expect(breakingChanges(baseline, changed)).toEqual(
      expect.arrayContaining([
        'FIELD_REMOVED: ComparatorEvidence.studyCount was removed.',
        'ARG_CHANGED_KIND: Query.study arg pmid has changed type from String to Int.',
      ]),
    );
  });
});
