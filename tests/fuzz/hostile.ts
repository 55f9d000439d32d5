// Hostile values: what an attacker, a broken client or a mangled copy-paste sends.
import fc from 'fast-check';

/** Odd Unicode: direction overrides, zero-width characters, lone surrogates, combining marks, BOM, astral. */
export const ODD_UNICODE = [
  '\u202e', // RIGHT-TO-LEFT OVERRIDE
  '\u202d',
  '\u2066', // LEFT-TO-RIGHT ISOLATE
  '\u200f', // RIGHT-TO-LEFT MARK
  '\u200b', // ZERO WIDTH SPACE
  '\u200c',
  '\u200d', // ZERO WIDTH JOINER
  '\u2060',
  '\ufeff', // BOM in the middle of text
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  '\udc00\ud800', // reversed pair
  'e\u0301\u0301\u0301\u0301', // stacked combining marks
  '\u0645\u0631\u062d\u0628\u0627', // Arabic
  '\u05e9\u05dc\u05d5\u05dd', // Hebrew
  '\u{1f9ec}\u{1f469}\u200d\u{1f52c}', // emoji with a ZWJ sequence
  '\u{10ffff}',
  '\u00a0', // no-break space
  '\u2028', // LINE SEPARATOR
  '\u2029',
  '\u0085', // NEXT LINE
  '\u3000',
  'ﬁ', // ligature
  'İ', // dotted capital I (lower-cases to two code units)
  'ß',
];

export const INJECTIONS = [
  '"}) MATCH (n) DETACH DELETE n //',
  "') MATCH (n) DETACH DELETE n //",
  '` MATCH (n) DETACH DELETE n //',
  '"}) RETURN 1 UNION MATCH (n) RETURN n //',
  "'; DROP TABLE studies; --",
  "' OR '1'='1",
  '1 OR 1=1',
  '{"$ne": null}',
  '$slug',
  '${process.env}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '%00',
  '\\',
  '\\u0000',
  '"',
  "'",
  '`',
  'null',
  'undefined',
  'NaN',
  '__proto__',
  'constructor',
  'CALL db.labels()',
  'CALL dbms.procedures()',
  'LOAD CSV FROM "file:///etc/passwd" AS l RETURN l',
];

/** Lucene query syntax, for the full-text search arguments. */
export const LUCENE = [
  '*',
  '?',
  '~',
  '^',
  'a AND',
  'OR',
  'NOT',
  '(',
  ')',
  '[',
  '{',
  '"unbalanced',
  'title:x',
  'x~0.5',
  'x^1000',
  '/regex.*/',
  '*:*',
  '[a TO z]',
  '{a TO z}',
  'a && b || !c',
  '+-&&||!(){}[]^"~*?:\\/',
  'mir-320a*',
  'fatig~',
  'field:"phrase" AND -other',
  '\\',
  '**********************************************',
];

export const HOSTILE_INTS = [
  0, -1, 1, 2, -2147483648, 2147483647, 2147483646, 1000, 10_000, 100_000, 201, 101, 51, -1000,
];

/** Strings a hostile client sends in place of any string argument. */
export function hostileString(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
    { weight: 3, arbitrary: fc.constantFrom(...LUCENE) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '',
        ' ',
        'ME/CFS',
        'miR-320a',
        'fatigue',
        'hussein-2022-impact-micro',
        'IL-6',
        'cfs',
        'pain',
      ),
    },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.constantFrom(...ODD_UNICODE), { minLength: 1, maxLength: 20 })
        .map((parts) => parts.join('')),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('x', 'a ', '\u202e', '*', '"'), fc.integer({ min: 1000, max: 200_000 }))
        .map(([unit, n]) => unit.repeat(n)),
    },
  );
}

/** Opaque ids and cursors that are not ours: bad base64, other types' ids, huge offsets, injection inside. */
export function hostileId(): fc.Arbitrary<string> {
  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  return fc.oneof(
    fc.constantFrom(
      '',
      '=',
      '!!!!',
      'not-base64',
      b64('Study:'),
      b64('Study:hussein-2022-impact-micro'),
      b64('Biomarker:mir-320a'),
      b64('Finding:does-not-exist'),
      b64('Nope:x'),
      b64(':'),
      b64('cursor:-1'),
      b64('offset:-1'),
      b64('offset:99999999999999999999'),
      b64('arrayconnection:-5'),
      b64('arrayconnection:2147483648'),
      b64('arrayconnection:NaN'),
      b64('Study:"}) MATCH (n) DETACH DELETE n //'),
      'U3R1ZHk6eA==',
    ),
    hostileString().map(b64),
    hostileString(),
    fc.integer().map((n) => b64(`arrayconnection:${n}`)),
  );
}

/** JSON values for the JSON scalar. */
export const hostileJson = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom(
      { slug: 'x' },
      { slug: '"}) MATCH (n) DETACH DELETE n //' },
      { __proto__: { polluted: true } },
      [],
      null,
      'x'.repeat(10_000),
    ),
  );
