// The atlas's badge and tag vocabulary, loaded from data/vocabulary/*.json and checked against the record enums
// once at start-up, so a typo in a data file fails loudly instead of producing records the schema rejects.
// Splitting run-together text ("E2 ModerateModerate confidencePEM not required…") against a vocabulary lives here
// too, because badges and tags share the same rule.

import { readFileSync } from 'node:fs';
import {
  CONFIDENCES,
  EVIDENCE_LEVELS,
  PEM_CRITERIA,
  REVIEW_STATUSES,
  STUDY_DESIGNS,
  type Confidence,
  type EvidenceLevel,
  type PemCriterion,
  type ReviewStatus,
  type StudyDesign,
  type StudyTags,
} from './record.ts';

const VOCABULARY_DIR = new URL('../../data/vocabulary/', import.meta.url);

function readVocabularyFile(name: string): unknown {
  const url = new URL(name, VOCABULARY_DIR);
  try {
    return JSON.parse(readFileSync(url, 'utf8'));
  } catch (cause) {
    throw new Error(`data/vocabulary/${name}: cannot read vocabulary (${(cause as Error).message})`, { cause });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Run-together splitting

/** One label of a vocabulary: the text as the page shows it and what it stands for. */
export interface VocabularyLabel<T> {
  text: string;
  value: T;
}

/**
 * A match may only end where the next run-together value could start: at the end of the text or before a
 * character that is not a lower-case letter or white space ("Pain" in "PainFatigue" yes, in "Painful" or
 * "Pain Interference" no).
 */
export function endsAtJoin(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const next = text[end]!;
  return !/[\p{Ll}\s]/u.test(next);
}

/** A place where a run-together value can start: start of text, or not right after white space or `_`. */
export function startsAtJoin(text: string, start: number): boolean {
  if (start === 0) return true;
  const previous = text[start - 1]!;
  const current = text[start]!;
  return !/[\s_]/.test(previous) && !/[\p{Ll}\s]/u.test(current);
}

/** The longest label that matches `text` at `start` and ends at a join, or undefined. */
export function longestMatchAt<T>(
  text: string,
  start: number,
  labels: readonly VocabularyLabel<T>[],
): VocabularyLabel<T> | undefined {
  // Labels are kept sorted longest first, so the first hit is the longest.
  for (const label of labels) {
    if (text.startsWith(label.text, start) && endsAtJoin(text, start + label.text.length)) return label;
  }
  return undefined;
}

function sortLongestFirst<T>(labels: VocabularyLabel<T>[]): VocabularyLabel<T>[] {
  return labels.sort((a, b) => b.text.length - a.text.length);
}

// ---------------------------------------------------------------------------------------------------------------
// Badges

export const BADGE_CATEGORIES = [
  'evidenceLevel',
  'confidence',
  'pemCriterion',
  'design',
  'peerReview',
  'reviewStatus',
] as const;
export type BadgeCategory = (typeof BADGE_CATEGORIES)[number];

export interface BadgeValues {
  evidenceLevel: EvidenceLevel;
  confidence: Confidence;
  pemCriterion: PemCriterion;
  design: StudyDesign;
  peerReview: boolean;
  reviewStatus: ReviewStatus;
}

export type BadgeVocabulary = { [C in BadgeCategory]: VocabularyLabel<BadgeValues[C]>[] };

const BADGE_ENUMS: { [C in BadgeCategory]: readonly unknown[] } = {
  evidenceLevel: EVIDENCE_LEVELS,
  confidence: CONFIDENCES,
  pemCriterion: PEM_CRITERIA,
  design: STUDY_DESIGNS,
  peerReview: [true, false],
  reviewStatus: REVIEW_STATUSES,
};

function loadBadgeVocabulary(): BadgeVocabulary {
  const raw = readVocabularyFile('badges.json') as { order?: unknown; categories?: Record<string, unknown> };
  if (JSON.stringify(raw.order) !== JSON.stringify(BADGE_CATEGORIES)) {
    throw new Error(`data/vocabulary/badges.json: "order" must be ${JSON.stringify(BADGE_CATEGORIES)}`);
  }
  const vocabulary = {} as Record<BadgeCategory, VocabularyLabel<unknown>[]>;
  for (const category of BADGE_CATEGORIES) {
    const entries = raw.categories?.[category];
    if (!entries || typeof entries !== 'object') {
      throw new Error(`data/vocabulary/badges.json: categories.${category} is missing`);
    }
    const labels: VocabularyLabel<unknown>[] = [];
    for (const [text, value] of Object.entries(entries)) {
      if (!BADGE_ENUMS[category].includes(value)) {
        throw new Error(
          `data/vocabulary/badges.json: categories.${category}["${text}"] is ${JSON.stringify(value)}, ` +
            `expected one of ${BADGE_ENUMS[category].map((v) => JSON.stringify(v)).join(', ')}`,
        );
      }
      labels.push({ text, value });
    }
    vocabulary[category] = sortLongestFirst(labels);
  }
  return vocabulary as BadgeVocabulary;
}

export const BADGES: BadgeVocabulary = loadBadgeVocabulary();

/** The value a single badge text stands for in one category ("Editor reviewed" → REVIEWED), exact match. */
export function badgeValue<C extends BadgeCategory>(category: C, text: string): BadgeValues[C] | undefined {
  const wanted = text.trim().toLowerCase();
  return BADGES[category].find((label) => label.text.toLowerCase() === wanted)?.value as BadgeValues[C] | undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Tags

export type TagField = keyof StudyTags;

export interface TagCategory {
  /** As the page shows it before the colon: "Symptom", "Biomarker", "Method Flag". */
  label: string;
  field: TagField;
  /** Every surface form (names and aliases), longest first, each standing for its canonical name. */
  labels: VocabularyLabel<string>[];
}

const TAG_FIELDS: readonly TagField[] = ['symptoms', 'biomarkerClasses', 'methodFlags'];

function loadTagVocabulary(): TagCategory[] {
  const raw = readVocabularyFile('tags.json') as { categories?: unknown };
  if (!Array.isArray(raw.categories)) throw new Error('data/vocabulary/tags.json: "categories" must be an array');
  return raw.categories.map((entry: { label?: unknown; field?: unknown; values?: unknown }, i) => {
    const where = `data/vocabulary/tags.json: categories[${i}]`;
    if (typeof entry.label !== 'string') throw new Error(`${where}.label must be a string`);
    if (!TAG_FIELDS.includes(entry.field as TagField)) {
      throw new Error(`${where}.field must be one of ${TAG_FIELDS.join(', ')}`);
    }
    if (!Array.isArray(entry.values)) throw new Error(`${where}.values must be an array`);
    const labels: VocabularyLabel<string>[] = [];
    for (const value of entry.values as unknown[]) {
      if (typeof value === 'string') {
        labels.push({ text: value, value });
      } else if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') {
        const { name, aliases } = value as { name: string; aliases?: unknown };
        labels.push({ text: name, value: name });
        for (const alias of Array.isArray(aliases) ? aliases : []) {
          if (typeof alias !== 'string') throw new Error(`${where}: alias of "${name}" must be a string`);
          labels.push({ text: alias, value: name });
        }
      } else {
        throw new Error(`${where}.values: ${JSON.stringify(value)} is neither a name nor {name, aliases}`);
      }
    }
    return { label: entry.label, field: entry.field as TagField, labels: sortLongestFirst(labels) };
  });
}

export const TAG_CATEGORIES: readonly TagCategory[] = loadTagVocabulary();

/** The tag category whose page label is `label` ("method flag" matches "Method Flag"). */
export function tagCategory(label: string): TagCategory | undefined {
  const wanted = label.trim().toLowerCase();
  return TAG_CATEGORIES.find((category) => category.label.toLowerCase() === wanted);
}

// ---------------------------------------------------------------------------------------------------------------
// Slug stop words

function loadSlugStopWords(): ReadonlySet<string> {
  const raw = readVocabularyFile('slug-stopwords.json') as { stopWords?: unknown };
  if (!Array.isArray(raw.stopWords) || !raw.stopWords.every((w) => typeof w === 'string')) {
    throw new Error('data/vocabulary/slug-stopwords.json: "stopWords" must be an array of strings');
  }
  return new Set(raw.stopWords.map((w: string) => w.toLowerCase()));
}

export const SLUG_STOP_WORDS: ReadonlySet<string> = loadSlugStopWords();
