// Atlas pages of the bundled sample and the ways a capture gets mangled: cut off, bit rot, a pasted megabyte line,
// odd Unicode, a section pasted twice, lines shuffled or lost, other line endings.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { SAMPLE_DIR } from '../../src/ingest/sample.ts';
import { ODD_UNICODE } from './hostile.ts';

export interface SamplePage {
  name: string;
  text: string;
}

export const SAMPLE_PAGES: SamplePage[] = [
  { name: 'seed-entry.txt', text: fs.readFileSync(path.join(SAMPLE_DIR, 'seed-entry.txt'), 'utf8') },
  ...fs
    .readdirSync(path.join(SAMPLE_DIR, 'pages'))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(SAMPLE_DIR, 'pages', name), 'utf8') })),
];

export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flipBytes'; positions: number[]; masks: number[] }
  | { kind: 'hugeLine'; at: number; unit: string; length: number }
  | { kind: 'oddUnicode'; inserts: { at: number; text: string }[] }
  | { kind: 'repeatSection'; from: number; length: number; times: number }
  | { kind: 'shuffleLines'; seed: number }
  | { kind: 'dropLines'; at: number; count: number }
  | { kind: 'lineEndings'; ending: '\r\n' | '\r' }
  | { kind: 'swapHeadings'; a: number; b: number };

/** Positions are fractions in [0, 1) so one mutation applies to any page. */
const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const at = (fractionValue: number, length: number) => Math.min(length, Math.floor(fractionValue * length));

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fraction.map((f): Mutation => ({ kind: 'truncate', at: f })),
  fc
    .array(fc.tuple(fraction, fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 12 })
    .map((flips): Mutation => ({
      kind: 'flipBytes',
      positions: flips.map(([p]) => p),
      masks: flips.map(([, m]) => m),
    })),
  fc
    .record({
      at: fraction,
      unit: fc.constantFrom(
        'x',
        'word ',
        '- ',
        'Case-Control',
        'E2 Moderate',
        '·',
        '\u202e',
        'p<0.001 ',
        'é',
        'Symptom:Pain',
        '10.1093/',
      ),
      length: fc.integer({ min: 10_000, max: 200_000 }),
    })
    .map((m): Mutation => ({ kind: 'hugeLine', ...m })),
  fc
    .array(fc.record({ at: fraction, text: fc.constantFrom(...ODD_UNICODE) }), { minLength: 1, maxLength: 30 })
    .map((inserts): Mutation => ({ kind: 'oddUnicode', inserts })),
  fc
    .record({ from: fraction, length: fc.integer({ min: 1, max: 40 }), times: fc.integer({ min: 1, max: 50 }) })
    .map((m): Mutation => ({ kind: 'repeatSection', ...m })),
  fc.integer().map((seed): Mutation => ({ kind: 'shuffleLines', seed })),
  fc
    .record({ at: fraction, count: fc.integer({ min: 1, max: 10 }) })
    .map((m): Mutation => ({ kind: 'dropLines', ...m })),
  fc.constantFrom('\r\n' as const, '\r' as const).map((ending): Mutation => ({ kind: 'lineEndings', ending })),
  fc.record({ a: fraction, b: fraction }).map((m): Mutation => ({ kind: 'swapHeadings', ...m })),
);

/** A deterministic shuffle (fast-check already chose the seed). */
function shuffle<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const HEADINGS = [
  'Quick Summary',
  'Why It Matters',
  'Observed Findings',
  'Inferred Conclusions',
  'Tags',
  'Metadata',
  'BibTeX',
];

export function applyMutation(text: string, mutation: Mutation): string {
  switch (mutation.kind) {
    case 'truncate':
      return text.slice(0, at(mutation.at, text.length));
    case 'flipBytes': {
      const bytes = Buffer.from(text, 'utf8');
      if (bytes.length === 0) return text;
      mutation.positions.forEach((p, i) => {
        const index = Math.min(bytes.length - 1, Math.floor(p * bytes.length));
        bytes[index] = bytes[index]! ^ mutation.masks[i]!;
      });
      return bytes.toString('utf8');
    }
    case 'hugeLine': {
      const lines = text.split('\n');
      const index = at(mutation.at, lines.length);
      const line = mutation.unit.repeat(Math.ceil(mutation.length / mutation.unit.length)).slice(0, mutation.length);
      return [...lines.slice(0, index), line, ...lines.slice(index)].join('\n');
    }
    case 'oddUnicode': {
      let out = text;
      for (const insert of mutation.inserts) {
        const index = at(insert.at, out.length);
        out = out.slice(0, index) + insert.text + out.slice(index);
      }
      return out;
    }
    case 'repeatSection': {
      const lines = text.split('\n');
      const from = at(mutation.from, lines.length);
      const section = lines.slice(from, from + mutation.length);
      return [
        ...lines.slice(0, from + section.length),
        ...Array.from({ length: mutation.times }, () => section).flat(),
        ...lines.slice(from + section.length),
      ].join('\n');
    }
    case 'shuffleLines':
      return shuffle(text.split('\n'), mutation.seed).join('\n');
    case 'dropLines': {
      const lines = text.split('\n');
      const from = at(mutation.at, lines.length);
      return [...lines.slice(0, from), ...lines.slice(from + mutation.count)].join('\n');
    }
    case 'lineEndings':
      return text.replace(/\n/g, mutation.ending);
    case 'swapHeadings': {
      const a = HEADINGS[Math.floor(mutation.a * HEADINGS.length)]!;
      const b = HEADINGS[Math.floor(mutation.b * HEADINGS.length)]!;
      // NUL cannot occur in a page: a safe placeholder while two headings trade places.
      const swapped = text
        .replace(new RegExp(`^${a}$`, 'gm'), '\u0000SWAP\u0000')
        .replace(new RegExp(`^${b}$`, 'gm'), a);
      // eslint-disable-next-line no-control-regex
      return swapped.replace(/\u0000SWAP\u0000/g, b);
    }
  }
}

export interface MutatedPage {
  name: string;
  mutations: Mutation[];
  text: string;
}

/** A sample page with one to four mutations applied in turn. */
export function mutatedPageArb(
  mutations: fc.Arbitrary<Mutation> = mutationArb,
  maxMutations = 4,
): fc.Arbitrary<MutatedPage> {
  return fc
    .tuple(
      fc.integer({ min: 0, max: SAMPLE_PAGES.length - 1 }),
      fc.array(mutations, { minLength: 1, maxLength: maxMutations }),
    )
    .map(([index, list]) => {
      const page = SAMPLE_PAGES[index]!;
      return { name: page.name, mutations: list, text: list.reduce(applyMutation, page.text) };
    });
}

/** For the log of a failing case: the mutations without the megabytes. */
export function describeMutations(mutations: Mutation[]): string {
  return mutations.map((m) => JSON.stringify(m)).join(', ');
}
