// Entity lexicons (data/lexicon/*.json), loaded once: lookup of a name or synonym, and longest-match scanning of
// text for known entities. Short all-capital synonyms ("ME", "FM", "IA") only match with the same capitals, so
// that English words never turn into entities.

import { readFileSync } from 'node:fs';
import type { EntityRef, EntityType } from '../record.ts';
import { activeExclusions, type Exclusions } from './exclusions.ts';
import { normaliseKey, tokenise, type Token } from './text.ts';

export interface LexiconEntry {
  name: string;
  synonyms: string[];
  kind?: string;
  xrefs?: Record<string, string>;
}

/** Lexicon files by the entity type they hold. Interventions name treatment arms (their groups are Conditions). */
const LEXICON_FILES: Record<EntityType, string> = {
  Biomarker: 'biomarkers.json',
  Condition: 'conditions.json',
  Symptom: 'symptoms.json',
  Measure: 'measures.json',
};
const INTERVENTIONS_FILE = 'interventions.json';

export type LexiconName = EntityType | 'Intervention';

export interface LexiconHit {
  lexicon: LexiconName;
  entry: LexiconEntry;
  /** Character offsets in the scanned text. */
  start: number;
  end: number;
  /** The matched text as written. */
  text: string;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Entries ending here; `exact` holds the synonym's own spelling when it must match case. */
  ends: { lexicon: LexiconName; entry: LexiconEntry; exact: string[] | null }[];
}

function readLexicon(file: string): LexiconEntry[] {
  const url = new URL(`../../../data/lexicon/${file}`, import.meta.url);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(url, 'utf8'));
  } catch (cause) {
    throw new Error(`data/lexicon/${file}: cannot read lexicon (${(cause as Error).message})`, { cause });
  }
  if (!Array.isArray(parsed)) throw new Error(`data/lexicon/${file}: expected an array of entries`);
  return parsed.map((raw, index) => {
    const entry = raw as Partial<LexiconEntry>;
    if (typeof entry.name !== 'string' || !entry.name.trim()) {
      throw new Error(`data/lexicon/${file}[${index}]: entry without a name`);
    }
    return {
      name: entry.name,
      synonyms: Array.isArray(entry.synonyms) ? entry.synonyms.filter((s) => typeof s === 'string') : [],
      ...(entry.kind ? { kind: entry.kind } : {}),
      ...(entry.xrefs ? { xrefs: entry.xrefs } : {}),
    };
  });
}

/** The entries as if `excluded` forms had never been written: the first form left names the entry. */
function withoutForms(entries: LexiconEntry[], excluded: ReadonlySet<string> | undefined): LexiconEntry[] {
  if (!excluded?.size) return entries;
  return entries.flatMap((entry) => {
    const [name, ...synonyms] = [entry.name, ...entry.synonyms].filter((form) => !excluded.has(form));
    return name === undefined ? [] : [{ ...entry, name, synonyms }];
  });
}

/**
 * "Sjögren's syndrome" is "Sjögren's" in "Sjögren's patients", as "Parkinson's disease" is "Parkinson's": an eponym's
 * possessive alone names its disease.
 */
function eponymsAlone(entry: LexiconEntry): string[] {
  return [entry.name, ...entry.synonyms].flatMap((form) => {
    const eponym = /^(\p{Lu}[\p{L}-]*['’]s)\s+(?:disease|syndrome)$/u.exec(form);
    return eponym ? [eponym[1]!] : [];
  });
}

/** "ME", "FM", "IA", "CS": all capitals (digits allowed), at most five characters. */
function mustMatchCase(form: string): boolean {
  return form.length <= 5 && /^[\p{Lu}\p{N}/+-]+$/u.test(form) && /\p{Lu}/u.test(form);
}

class Lexicons {
  readonly entries = new Map<LexiconName, LexiconEntry[]>();
  private readonly byKey = new Map<LexiconName, Map<string, LexiconEntry>>();
  private readonly trie: TrieNode = { children: new Map(), ends: [] };

  constructor(sources: [LexiconName, LexiconEntry[]][]) {
    for (const [lexicon, entries] of sources) this.add(lexicon, entries);
  }

  static fromFiles(excluded: Exclusions): Lexicons {
    const sources: [LexiconName, LexiconEntry[]][] = [
      ...(Object.entries(LEXICON_FILES) as [EntityType, string][]).map(
        ([type, file]): [LexiconName, LexiconEntry[]] => [type, readLexicon(file)],
      ),
      ['Intervention', readLexicon(INTERVENTIONS_FILE)],
    ];
    return new Lexicons(sources.map(([lexicon, all]) => [lexicon, withoutForms(all, excluded.lexicon?.[lexicon])]));
  }

  private add(lexicon: LexiconName, entries: LexiconEntry[]): void {
    this.entries.set(lexicon, entries);
    const keys = new Map<string, LexiconEntry>();
    this.byKey.set(lexicon, keys);
    for (const entry of entries) {
      for (const form of [entry.name, ...entry.synonyms, ...(lexicon === 'Condition' ? eponymsAlone(entry) : [])]) {
        const key = normaliseKey(form);
        if (!key) continue;
        if (!keys.has(key)) keys.set(key, entry);
        this.insert(form, lexicon, entry);
      }
    }
  }

  private insert(form: string, lexicon: LexiconName, entry: LexiconEntry): void {
    const tokens = tokenise(form);
    if (tokens.length === 0) return;
    let node = this.trie;
    for (const token of tokens) {
      let next = node.children.get(token.key);
      if (!next) {
        next = { children: new Map(), ends: [] };
        node.children.set(token.key, next);
      }
      node = next;
    }
    const exact = mustMatchCase(form) ? tokens.map((t) => t.text) : null;
    node.ends.push({ lexicon, entry, exact });
  }

  lookup(lexicon: LexiconName, name: string): LexiconEntry | undefined {
    return this.byKey.get(lexicon)?.get(normaliseKey(name));
  }

  /** Longest non-overlapping matches, left to right. */
  scan(text: string, only?: readonly LexiconName[]): LexiconHit[] {
    const tokens = tokenise(text);
    const hits: LexiconHit[] = [];
    let i = 0;
    while (i < tokens.length) {
      const hit = this.longestAt(text, tokens, i, only);
      if (hit) {
        hits.push(hit.hit);
        i = hit.next;
      } else {
        i++;
      }
    }
    return hits;
  }

  private longestAt(
    text: string,
    tokens: Token[],
    from: number,
    only?: readonly LexiconName[],
  ): { hit: LexiconHit; next: number } | null {
    let node: TrieNode | undefined = this.trie;
    let best: { hit: LexiconHit; next: number } | null = null;
    for (let j = from; j < tokens.length && node; j++) {
      node = node.children.get(tokens[j]!.key);
      if (!node) break;
      // Tokens of one mention must be adjacent in the text (joined by at most punctuation and one space); a point
      // between digits is a decimal ("0.2 mg"), not the end of a sentence.
      const gap = text.slice(tokens[j - 1]?.end ?? 0, tokens[j]!.start);
      const decimal = gap === '.' && /\d$/.test(tokens[j - 1]?.text ?? '') && /^\d/.test(tokens[j]!.text);
      if (j > from && !decimal && /\s\s|[,;.()]/.test(gap)) break;
      const span = tokens.slice(from, j + 1);
      const end = node.ends.find(
        (e) =>
          (!only || only.includes(e.lexicon)) &&
          (e.exact === null || e.exact.every((written, k) => written === span[k]!.text)),
      );
      if (end) {
        const start = tokens[from]!.start;
        const stop = tokens[j]!.end;
        best = {
          hit: { lexicon: end.lexicon, entry: end.entry, start, end: stop, text: text.slice(start, stop) },
          next: j + 1,
        };
      }
    }
    return best;
  }
}

/** One loaded copy per exclusion scope (exclusions.ts); outside any scope, the files as written. */
const loaded = new WeakMap<Exclusions, Lexicons>();

function lexicons(): Lexicons {
  const excluded = activeExclusions();
  let current = loaded.get(excluded);
  if (!current) {
    current = Lexicons.fromFiles(excluded);
    loaded.set(excluded, current);
  }
  return current;
}

// The entries one study names that the lexicons lack (its arms, "nirmatrelvir", "a cofactor blend"; the conditions
// of its cohorts, "temporomandibular disorder (TMD)"), in force while that study's sentences are read
// (withStudyEntries); outside, none.
let studyEntries: Lexicons | null = null;

/** Runs `fn` (synchronously) with the study's own entries scanned and looked up beside the lexicons'. */
export function withStudyEntries<T>(entries: Partial<Record<LexiconName, readonly LexiconEntry[]>>, fn: () => T): T {
  const previous = studyEntries;
  const lists = (Object.entries(entries) as [LexiconName, readonly LexiconEntry[]][])
    .filter(([, list]) => list.length)
    .map(([name, list]): [LexiconName, LexiconEntry[]] => [name, [...list]]);
  studyEntries = lists.length ? new Lexicons(lists) : null;
  try {
    return fn();
  } finally {
    studyEntries = previous;
  }
}

/** Hits of two scans, the longer kept where they overlap, in text order. */
function mergeHits(a: LexiconHit[], b: LexiconHit[]): LexiconHit[] {
  if (!b.length) return a;
  const byLength = [...a, ...b].sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
  const kept: LexiconHit[] = [];
  for (const hit of byLength) if (!kept.some((k) => k.start < hit.end && hit.start < k.end)) kept.push(hit);
  return kept.sort((x, y) => x.start - y.start);
}

export function lexiconNames(): LexiconName[] {
  return [...lexicons().entries.keys()];
}

/** Known entities in `text`, longest match first, optionally only from some lexicons. */
export function scanLexicon(text: string, only?: readonly LexiconName[]): LexiconHit[] {
  const hits = lexicons()
    .scan(text, only)
    .filter((hit) => !inCompoundCode(text, hit));
  return studyEntries ? mergeHits(hits, studyEntries.scan(text, only)) : hits;
}

/**
 * "LC-MS/MS", "GC-MS", "SIFT-MS": a condition's capital abbreviation joined by a hyphen or slash to other capitals is
 * one part of a code (here mass spectrometry), not the condition (multiple sclerosis).
 */
function inCompoundCode(text: string, hit: LexiconHit): boolean {
  return (
    hit.lexicon === 'Condition' &&
    /^[A-Z]{2,5}$/.test(hit.text) &&
    (/[A-Z]{2,}[-–/]$/.test(text.slice(0, hit.start)) || /^[-–/][A-Z]{2,}\b/.test(text.slice(hit.end)))
  );
}

export function lookupLexicon(lexicon: LexiconName, name: string): LexiconEntry | undefined {
  return lexicons().lookup(lexicon, name) ?? studyEntries?.lookup(lexicon, name);
}

export function lexiconEntries(lexicon: LexiconName): readonly LexiconEntry[] {
  const own = lexicons().entries.get(lexicon) ?? [];
  const study = studyEntries?.entries.get(lexicon);
  return study ? [...own, ...study] : own;
}

export function entityFromEntry(type: EntityType, entry: LexiconEntry): EntityRef {
  return {
    type,
    name: entry.name,
    ...(entry.synonyms.length ? { synonyms: [...entry.synonyms] } : {}),
    ...(entry.xrefs ? { xrefs: { ...entry.xrefs } } : {}),
    ...(entry.kind ? { kind: entry.kind } : {}),
  };
}

/**
 * Canonicalises a name from a hand-written record: the lexicon entity of that type whose name or synonym it is
 * (case and punctuation ignored), or null when the lexicon does not know it.
 */
export function resolveEntity(type: EntityType, name: string): EntityRef | null {
  const entry = lookupLexicon(type, name);
  return entry ? entityFromEntry(type, entry) : null;
}
