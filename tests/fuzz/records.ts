// Canonical study records shaped by schema/study-record.schema.json: valid ones, and invalid ones that carry the
// JSON pointer of the one thing that is wrong (so a test can check the rejection names it).
import fc from 'fast-check';
import {
  CONFIDENCES,
  ENTITY_TYPES,
  EVIDENCE_LEVELS,
  P_COMPARATORS,
  PEM_CRITERIA,
  RELATIONS,
  REVIEW_STATUSES,
  SIGNS,
  STUDY_DESIGNS,
} from '../../src/ingest/record.ts';
import { ODD_UNICODE } from './hostile.ts';

const word = fc.stringMatching(/^[a-z0-9]{1,10}$/);
export const slugArb = fc.array(word, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('-'));

/** Any text, odd Unicode included: the schema puts no constraint on free text. */
const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.array(fc.constantFrom(...ODD_UNICODE, 'a', ' ', 'p<0.05'), { maxLength: 12 }).map((parts) => parts.join('')),
);
const nonEmpty = fc.oneof(
  fc.string({ minLength: 1, maxLength: 60 }),
  fc.constantFrom('IL-6', 'ME/CFS', 'fatigue', '\u202emir-320a', 'x'),
);
const orNull = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });
const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const entityArb = fc.record(
  {
    type: fc.constantFrom(...ENTITY_TYPES),
    name: nonEmpty,
    synonyms: fc.array(text, { maxLength: 3 }),
    xrefs: fc.dictionary(fc.constantFrom('MONDO', 'HP', 'miRBase', 'UniProt'), fc.string({ maxLength: 20 }), {
      maxKeys: 2,
    }),
    kind: text,
    subgroupOf: text,
    subgroupFeature: text,
  },
  { requiredKeys: ['type', 'name'] },
);

const findingArb = fc.record(
  {
    statement: nonEmpty,
    subject: entityArb,
    relation: fc.constantFrom(...RELATIONS),
    sign: fc.constantFrom(...SIGNS, null),
    object: entityArb,
    comparator: orNull(text),
    pValue: orNull(fc.double({ min: 0, max: 1, noNaN: true })),
    pComparator: fc.constantFrom(...P_COMPARATORS, null),
    significant: orNull(fc.boolean()),
    effectSize: orNull(finite),
    effectType: orNull(text),
    ci: orNull(fc.tuple(finite, finite)),
    sampleSize: orNull(fc.nat({ max: 1_000_000 })),
    groups: orNull(
      fc.array(
        fc.record(
          { mean: finite, sd: orNull(finite), n: orNull(fc.nat({ max: 100_000 })) },
          { requiredKeys: ['mean'] },
        ),
        { maxLength: 3 },
      ),
    ),
    extraction: fc.record({
      agent: fc.string({ minLength: 1, maxLength: 20 }),
      version: fc.string({ maxLength: 5 }),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      curated: fc.boolean(),
    }),
  },
  { requiredKeys: ['statement', 'subject', 'relation', 'object', 'extraction'] },
);

export type JsonRecord = Record<string, unknown>;

export const validRecordArb: fc.Arbitrary<JsonRecord> = fc.record(
  {
    slug: slugArb,
    title: orNull(text),
    authors: fc.array(text, { maxLength: 4 }),
    authorsTruncated: orNull(fc.boolean()),
    journal: orNull(text),
    year: orNull(fc.integer({ min: 1800, max: 2100 })),
    doi: orNull(
      fc
        .tuple(fc.integer({ min: 1000, max: 999_999_999 }), fc.stringMatching(/^[A-Za-z0-9./()_-]{1,20}$/))
        .map(([r, s]) => `10.${r}/${s}`),
    ),
    pmid: orNull(fc.stringMatching(/^[0-9]{1,9}$/)),
    evidenceLevel: fc.constantFrom(...EVIDENCE_LEVELS, null),
    confidence: fc.constantFrom(...CONFIDENCES, null),
    pemCriterion: fc.constantFrom(...PEM_CRITERIA, null),
    design: fc.constantFrom(...STUDY_DESIGNS, null),
    designLabel: orNull(text),
    peerReviewed: orNull(fc.boolean()),
    reviewStatus: fc.constantFrom(...REVIEW_STATUSES, null),
    sampleSize: orNull(fc.nat({ max: 10_000_000 })),
    sampleSizeText: orNull(text),
    controlGroup: orNull(fc.boolean()),
    summary: orNull(text),
    whyItMatters: orNull(text),
    doesNotProve: orNull(text),
    evidenceLevelText: orNull(text),
    observedFindings: fc.array(text, { maxLength: 4 }),
    inferredConclusions: fc.array(text, { maxLength: 3 }),
    remainingQuestions: fc.array(text, { maxLength: 3 }),
    relatedStudies: fc.array(text, { maxLength: 3 }),
    topics: fc.array(text, { maxLength: 3 }),
    lastUpdated: orNull(isoDate),
    retracted: fc.boolean(),
    sourceUrls: fc.array(fc.webUrl(), { maxLength: 2 }),
    tags: fc.record({
      symptoms: fc.array(text, { maxLength: 3 }),
      biomarkerClasses: fc.array(text, { maxLength: 3 }),
      methodFlags: fc.array(text, { maxLength: 3 }),
    }),
    findings: fc.array(findingArb, { maxLength: 3 }),
  },
  { requiredKeys: ['slug'] },
);

/** One way to break a record, with the pointer the rejection must name. */
export interface Breakage {
  what: string;
  /** JSON pointer of the offending field (a missing one is named by its own pointer). */
  pointer: string;
  apply: (record: JsonRecord) => void;
}

const WRONG_VALUES: unknown[] = [
  42,
  -1,
  1.5,
  'text',
  '',
  true,
  false,
  [],
  {},
  ['x'],
  { a: 1 },
  '"}) MATCH (n) DETACH DELETE n //',
  '\u202e',
  1e308,
];

/** Replace a value with one of the wrong type for that field (never a value the schema allows). */
function wrongFor(field: string, candidates: unknown[]): unknown[] {
  const allowed: Record<string, (v: unknown) => boolean> = {
    string: (v) => typeof v === 'string',
    stringOrNull: (v) => typeof v === 'string' || v === null,
    bool: (v) => typeof v === 'boolean',
    boolOrNull: (v) => typeof v === 'boolean' || v === null,
    array: (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'),
  };
  const kinds: Record<string, string> = {
    title: 'stringOrNull',
    journal: 'stringOrNull',
    summary: 'stringOrNull',
    designLabel: 'stringOrNull',
    authorsTruncated: 'boolOrNull',
    peerReviewed: 'boolOrNull',
    controlGroup: 'boolOrNull',
    retracted: 'bool',
    authors: 'array',
    observedFindings: 'array',
    topics: 'array',
  };
  const ok = allowed[kinds[field]!]!;
  return candidates.filter((v) => !ok(v));
}

export function breakageArb(): fc.Arbitrary<Breakage> {
  const typed = fc
    .tuple(
      fc.constantFrom(
        'title',
        'journal',
        'summary',
        'designLabel',
        'authorsTruncated',
        'peerReviewed',
        'controlGroup',
        'retracted',
        'authors',
        'observedFindings',
        'topics',
      ),
      fc.nat(),
    )
    .map(([field, n]): Breakage => {
      const options = wrongFor(field, WRONG_VALUES);
      const value = options[n % options.length];
      return {
        what: `${field} = ${JSON.stringify(value)}`,
        pointer: `/${field}`,
        apply: (r) => void (r[field] = value),
      };
    });
  const fixed: Breakage[] = [
    { what: 'slug with capitals', pointer: '/slug', apply: (r) => void (r.slug = 'Hussein-2022') },
    {
      what: 'slug with an injection',
      pointer: '/slug',
      apply: (r) => void (r.slug = '"}) MATCH (n) DETACH DELETE n //'),
    },
    { what: 'slug with RTL override', pointer: '/slug', apply: (r) => void (r.slug = 'abc\u202e-def') },
    { what: 'slug a number', pointer: '/slug', apply: (r) => void (r.slug = 12) },
    { what: 'no slug', pointer: '/slug', apply: (r) => void delete r.slug },
    { what: 'year out of range', pointer: '/year', apply: (r) => void (r.year = 1799) },
    { what: 'year a float', pointer: '/year', apply: (r) => void (r.year = 2020.5) },
    { what: 'year a string', pointer: '/year', apply: (r) => void (r.year = 'twenty') },
    {
      what: 'doi with resolver prefix',
      pointer: '/doi',
      apply: (r) => void (r.doi = 'https://doi.org/10.1093/pm/pnac076'),
    },
    { what: 'pmid with letters', pointer: '/pmid', apply: (r) => void (r.pmid = 'PMC123') },
    { what: 'unknown evidence level', pointer: '/evidenceLevel', apply: (r) => void (r.evidenceLevel = 'E9') },
    { what: 'design lower-case', pointer: '/design', apply: (r) => void (r.design = 'rct') },
    { what: 'negative sample size', pointer: '/sampleSize', apply: (r) => void (r.sampleSize = -3) },
    { what: 'impossible date', pointer: '/lastUpdated', apply: (r) => void (r.lastUpdated = '2021-02-30') },
    { what: 'date in atlas form', pointer: '/lastUpdated', apply: (r) => void (r.lastUpdated = '8 April 2026') },
    { what: 'relative URL', pointer: '/sourceUrls/0', apply: (r) => void (r.sourceUrls = ['not a url']) },
    { what: 'unknown property', pointer: '/colour', apply: (r) => void (r.colour = 'blue') },
    {
      what: 'prototype key',
      pointer: '/__proto__',
      apply: (r) => void Object.defineProperty(r, '__proto__', { value: 1, enumerable: true }),
    },
    {
      what: 'tags without symptoms',
      pointer: '/tags/symptoms',
      apply: (r) => void (r.tags = { biomarkerClasses: [], methodFlags: [] }),
    },
    {
      what: 'tags with an unknown key',
      pointer: '/tags/other',
      apply: (r) => void (r.tags = { symptoms: [], biomarkerClasses: [], methodFlags: [], other: [] }),
    },
  ];
  const findingBase = {
    statement: 'IL-6 was higher.',
    subject: { type: 'Biomarker', name: 'IL-6' },
    relation: 'ELEVATED_IN',
    object: { type: 'Condition', name: 'ME/CFS' },
    extraction: { agent: 'fuzz', version: '1', confidence: 0.5, curated: false },
  };
  const findingBreaks: [string, string, (f: Record<string, any>) => void][] = [
    ['unknown relation', '/relation', (f) => void (f.relation = 'CAUSES')],
    ['empty statement', '/statement', (f) => void (f.statement = '')],
    ['no subject', '/subject', (f) => void delete f.subject],
    ['subject of unknown type', '/subject/type', (f) => void (f.subject = { type: 'Gene', name: 'x' })],
    ['object with empty name', '/object/name', (f) => void (f.object = { type: 'Symptom', name: '' })],
    ['p-value above 1', '/pValue', (f) => void (f.pValue = 1.5)],
    ['p-value as text', '/pValue', (f) => void (f.pValue = '<0.05')],
    ['unknown p comparator', '/pComparator', (f) => void (f.pComparator = '<<')],
    ['ci of three numbers', '/ci', (f) => void (f.ci = [1, 2, 3])],
    ['group without mean', '/groups/0/mean', (f) => void (f.groups = [{ sd: 1 }])],
    [
      'extraction confidence 2',
      '/extraction/confidence',
      (f) => void (f.extraction = { ...f.extraction, confidence: 2 }),
    ],
    [
      'extraction without curated',
      '/extraction/curated',
      (f) => void (f.extraction = { agent: 'x', version: '1', confidence: 1 }),
    ],
  ];
  const finding = fc
    .tuple(fc.constantFrom(...findingBreaks), fc.nat({ max: 3 }))
    .map(([[what, sub, breakIt], extra]): Breakage => {
      return {
        what: `finding: ${what}`,
        pointer: `/findings/${extra}${sub}`,
        apply: (r) => {
          const findings = Array.from({ length: extra + 1 }, () => structuredClone(findingBase) as Record<string, any>);
          breakIt(findings[extra]!);
          r.findings = findings;
        },
      };
    });
  return fc.oneof(typed, fc.constantFrom(...fixed), finding);
}

export const invalidRecordArb: fc.Arbitrary<{ record: JsonRecord; breakage: Breakage }> = fc
  .tuple(validRecordArb, breakageArb())
  .map(([valid, breakage]) => {
    const record = structuredClone(valid);
    breakage.apply(record);
    return { record, breakage };
  });
