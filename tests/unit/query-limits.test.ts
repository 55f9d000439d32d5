import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { costMemo, queryCost } from '../../src/plugins/cost.ts';
import { DeadlineSignal } from '../../src/plugins/deadline-signal.ts';
import { jsonOver } from '../../src/plugins/limits.ts';
import { schema } from '../../src/schema/index.ts';

describe('the cost memo', () => {
  const document = parse(`query Page($n: Int) { studies(first: $n) { edges { node { slug title } } } }
    query Other { studies(first: 3) { edges { node { slug } } } }`);

  it('answers what queryCost answers, for each set of variables and each operation', () => {
    const costOf = costMemo(schema);
    for (const [variables, operation] of [
      [{ n: 5 }, 'Page'],
      [{ n: 50 }, 'Page'],
      [{ n: 5 }, 'Page'],
      [{}, 'Other'],
      [{ n: 50 }, 'Page'],
    ] as const) {
      expect(costOf(document, variables, operation)).toBe(queryCost(schema, document, variables, operation));
    }
    // The two page sizes cost differently: a memo keyed without variables would have answered the first one twice.
    expect(costOf(document, { n: 50 }, 'Page')).toBeGreaterThan(costOf(document, { n: 5 }, 'Page'));
  });

  it('answers one document sent with other strings (a slug, a name) and other list lengths (ids) as queryCost does', () => {
    const costOf = costMemo(schema);
    const byIds = parse(
      'query Nodes($ids: [ID!]!, $name: String!) { nodes(ids: $ids) { id } search(text: $name) { __typename } }',
    );
    const asked = [
      { ids: ['a', 'b'], name: 'IL-6' },
      { ids: ['c', 'd'], name: 'fatigue' },
      { ids: ['a', 'b', 'c', 'd', 'e'], name: 'IL-6' },
    ];
    const costs = asked.map((variables) => costOf(byIds, variables));
    expect(costs).toEqual(asked.map((variables) => queryCost(schema, byIds, variables)));
    expect(costs[2]).toBeGreaterThan(costs[0]!);
  });

  it('passes on an error that is not about the count (a variable that does not fit its type)', () => {
    const costOf = costMemo(schema);
    expect(() => queryCost(schema, document, { n: 'many' }, 'Page')).toThrow();
    expect(() => costOf(document, { n: 'many' }, 'Page')).toThrow();
  });
});

describe('the deadline signal', () => {
  it('aborts once, with the first reason, and tells every listener and onabort', () => {
    const deadline = new DeadlineSignal();
    const heard: unknown[] = [];
    deadline.addEventListener('abort', () => heard.push('listener'));
    deadline.onabort = () => heard.push('onabort');
    expect(() => deadline.throwIfAborted()).not.toThrow();
    const first = new Error('past the deadline');
    deadline.abort(first);
    deadline.abort(new Error('client went away'));
    expect(deadline.aborted).toBe(true);
    expect(deadline.reason).toBe(first);
    expect(() => deadline.throwIfAborted()).toThrow(first);
    expect(heard.sort()).toEqual(['listener', 'onabort']);
  });
});

describe('the response-size count', () => {
  const answer = {
    study: { slug: 'a-2020-x', title: 'A title', year: 2020, retracted: false, doi: null },
    findings: Array.from({ length: 40 }, (_, i) => ({
      statement: `Finding ${i} was higher`,
      pValue: 0.01,
      tags: ['x'],
    })),
  };
  const bytes = JSON.stringify(answer).length;

  it('is over a budget well under the JSON and not over one well above it', () => {
    expect(jsonOver(answer, bytes * 2)).toBe(false);
    expect(jsonOver(answer, Math.floor(bytes / 2))).toBe(true);
    expect(jsonOver('x'.repeat(100), 50)).toBe(true);
    expect(jsonOver([], 10)).toBe(false);
  });

  it('counts a deeply nested answer without running out of stack', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = { a: [deep] };
    expect(jsonOver(deep, 10_000_000)).toBe(false);
    expect(jsonOver(deep, 1_000)).toBe(true);
  });
});
