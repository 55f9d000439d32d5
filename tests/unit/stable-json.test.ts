import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAtlasPage } from '../../src/ingest/atlas-reader.ts';
import { combineRecords } from '../../src/ingest/combine.ts';
import { contentHash, hashText, stableStringify } from '../../src/ingest/stable-json.ts';

/** The serialiser the stored hashes were first written with: JSON.stringify with a key-sorting replacer. */
const original = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : inner,
  );

const PAGES = new URL('../../data/atlas/pages/', import.meta.url);
const records = readdirSync(PAGES).map((name) =>
  combineRecords(undefined, parseAtlasPage(readFileSync(new URL(name, PAGES), 'utf8'), { file: name }).record, 'page'),
);

describe('stableStringify', () => {
  it('writes the same bytes as the original serialiser for every real record, so stored hashes still compare', () => {
    expect(records.length).toBeGreaterThan(50);
    for (const record of records) expect(stableStringify(record), record.slug).toBe(original(record));
  });

  it('and for the awkward values a record can hold', () => {
    const values: unknown[] = [
      { b: 1, a: { d: [3, { z: null, y: undefined, x: 'é' }], c: -0.5e-7 }, Ä: true, B: 1, '': '', 'x-9': 2 },
      [undefined, null, 1e21, 'line\nbreak "quoted" \u2028', { k: [] }],
      { nested: { deeper: { deepest: [{ b: 2, a: 1 }] } }, when: new Date(0) },
      'plain',
      42,
      null,
    ];
    for (const value of values) expect(stableStringify(value)).toBe(original(value));
  });

  it('differs from it only in where integer-like keys go: among the others, in string order', () => {
    // The original's replacer rebuilt objects, and JavaScript lists integer-like keys first. Only free-form keys
    // (a record's xrefs) can be integer-like; such a record is rewritten once, on its next import.
    expect(original({ b: 1, '10': 1, '9': 2 })).toBe('{"9":2,"10":1,"b":1}');
    expect(stableStringify({ b: 1, '10': 1, '9': 2 })).toBe('{"10":1,"9":2,"b":1}');
  });

  it('does not depend on key order', () => {
    expect(stableStringify({ a: 1, b: { c: 2, d: 3 } })).toBe(stableStringify({ b: { d: 3, c: 2 }, a: 1 }));
    expect(contentHash({ a: 1, b: 2 })).toBe(contentHash({ b: 2, a: 1 }));
    expect(contentHash({ a: 1, b: 2 })).not.toBe(contentHash({ a: 1, b: 3 }));
    expect(contentHash({ a: 1 })).toBe(hashText('{"a":1}'));
  });

  it('refuses a cycle instead of storing a placeholder', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(() => stableStringify(cyclic)).toThrow(/circular/i);
  });
});
