// EVAL-ONLY: the by-study k-fold figure. Studies are split into k folds by a seeded hash of their slug. Each fold is
// scored with the lexicon forms and cue items that occur only in that fold's Observed Findings sentences (across
// the whole labelled corpus) switched off, so vocabulary that exists only because of a study's own sentences cannot
// make that study's figure. Forms that occur in no sentence stay on: no study can have put them there. The
// pooled figure is micro-averaged over folds (every study is held out exactly once). The confidence model that gates
// the findings is retrained for each fold without that fold's studies (`trainModel`), on the other studies' findings
// as each was extracted in its own fold, so that neither its weights nor its threshold saw the fold.

import { createHash } from 'node:crypto';
import type { FindingRecord } from '../record.ts';
import { cueItems, phraseSource } from './cues.ts';
import type { EvalStudy } from './eval-corpus.ts';
import { confidenceModel, type ConfidenceModel } from './confidence-model.ts';
import { evaluate, scoresOf, type LabelledTriple, type Scores } from './evaluate.ts';
import { NO_EXCLUSIONS, withExclusions, type Exclusions } from './exclusions.ts';
import { extractCandidates, gateCandidates, type SentenceCandidates } from './index.ts';
import { lexiconEntries, lexiconNames } from './lexicon.ts';
import { escapeRegExp, tokenise } from './text.ts';

/** Splits `slugs` into k folds: sorted by a hash of seed and slug, dealt round-robin (sizes differ by at most one). */
export function assignFolds(slugs: readonly string[], k: number, seed: number): string[][] {
  if (!Number.isInteger(k) || k < 2) throw new Error(`k-fold: k must be an integer ≥ 2 (got ${k})`);
  const unique = [...new Set(slugs)];
  if (unique.length < k) throw new Error(`k-fold: ${unique.length} studies cannot fill ${k} folds`);
  const hash = (slug: string) => createHash('sha256').update(`${seed}\u0000${slug}`).digest('hex');
  const ordered = unique
    .map((slug) => ({ slug, key: hash(slug) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const folds: string[][] = Array.from({ length: k }, () => []);
  ordered.forEach(({ slug }, i) => folds[i % k]!.push(slug));
  return folds.map((fold) => fold.sort());
}

/** item → the slugs whose sentences contain it, per lexicon or cue key. */
export interface Occurrences {
  lexicon: Map<string, Map<string, Set<string>>>;
  cues: Map<string, Map<string, Set<string>>>;
}

interface Sentence {
  slug: string;
  text: string;
  lower: string;
  /** Its token keys, space-separated and space-padded. */
  keys: string;
}

/** A test for one cue item in a sentence, the way cues.ts and the extractor use that key. */
function cueTest(key: string, item: string, interventionNames: readonly string[]): (sentence: Sentence) => boolean {
  if (key === 'trailingClauseMarkers') return (s) => s.lower.includes(item.toLowerCase());
  if (key === 'hypoHyperPrefixes') {
    const prefix = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(item)}\\p{L}`, 'iu');
    return (s) => prefix.test(s.text);
  }
  if (key.endsWith('Patterns')) {
    const names =
      [...interventionNames]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|') || '(?!)';
    const pattern = new RegExp(item.replace(/INTERVENTION/g, names), 'i');
    return (s) => pattern.test(s.text);
  }
  if (/[[{]/.test(item)) {
    // A template of phrases (phraseSource): PhraseMatcher's own rule.
    const template = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phraseSource(item)})(?![\\p{L}\\p{N}])`, 'iu');
    return (s) => template.test(s.text);
  }
  // PhraseMatcher's rule (whole words, any case) without compiling a Unicode regex per phrase.
  const phrase = item.toLowerCase();
  const wordChar = /[\p{L}\p{N}]/u;
  return ({ lower }) => {
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
      if (!wordChar.test(lower[at - 1] ?? ' ') && !wordChar.test(lower[at + phrase.length] ?? ' ')) return true;
    }
    return false;
  };
}

/** Where each lexicon form and cue item occurs in the studies' Observed Findings sentences. */
export function findOccurrences(studies: readonly EvalStudy[]): Occurrences {
  return withExclusions(NO_EXCLUSIONS, () => {
    const tokenKeys = (text: string) =>
      ` ${tokenise(text)
        .map((t) => t.key)
        .join(' ')} `;
    const sentences = studies.flatMap((study) =>
      study.observedFindings.map((text): Sentence => ({
        slug: study.slug,
        text,
        lower: text.toLowerCase(),
        keys: tokenKeys(text),
      })),
    );
    const where = (contains: (sentence: Sentence) => boolean) => new Set(sentences.filter(contains).map((s) => s.slug));

    const lexicon = new Map<string, Map<string, Set<string>>>();
    for (const name of lexiconNames()) {
      const forms = new Map<string, Set<string>>();
      for (const entry of lexiconEntries(name)) {
        for (const form of [entry.name, ...entry.synonyms]) {
          const keys = tokenKeys(form);
          if (keys.trim() && !forms.has(form))
            forms.set(
              form,
              where((s) => s.keys.includes(keys)),
            );
        }
      }
      lexicon.set(name, forms);
    }

    const interventionNames = lexiconEntries('Intervention').flatMap((e) => [e.name, ...e.synonyms]);
    const cues = new Map<string, Map<string, Set<string>>>();
    for (const [key, items] of cueItems()) {
      const found = new Map<string, Set<string>>();
      for (const item of items) {
        const test = cueTest(key, item, interventionNames);
        found.set(item, where(test));
      }
      cues.set(key, found);
    }
    return { lexicon, cues };
  });
}

export interface FoldExclusions {
  exclusions: Exclusions;
  lexiconForms: number;
  cueItems: number;
}

/** The forms and items that occur in some held-out study's sentences and in no other study's. */
export function exclusionsFor(occurrences: Occurrences, heldOut: ReadonlySet<string>): FoldExclusions {
  const only = (table: Map<string, Map<string, Set<string>>>) => {
    const out: Record<string, Set<string>> = {};
    let count = 0;
    for (const [key, items] of table) {
      for (const [item, slugs] of items) {
        if (slugs.size === 0 || [...slugs].some((slug) => !heldOut.has(slug))) continue;
        (out[key] ??= new Set()).add(item);
        count++;
      }
    }
    return { out, count };
  };
  const lexicon = only(occurrences.lexicon);
  const cues = only(occurrences.cues);
  return { exclusions: { lexicon: lexicon.out, cues: cues.out }, lexiconForms: lexicon.count, cueItems: cues.count };
}

export interface FoldScore extends Scores {
  slugs: string[];
  lexiconFormsOff: number;
  cueItemsOff: number;
}

export interface Spread {
  min: number;
  max: number;
  /** Population standard deviation over folds. */
  sd: number;
}

/** The scores are micro-averaged over folds. */
export interface KFoldReport extends Scores {
  k: number;
  seed: number;
  folds: FoldScore[];
  precisionSpread: Spread;
  recallSpread: Spread;
}

function spreadOf(values: number[]): Spread {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
  return { min: Math.min(...values), max: Math.max(...values), sd };
}

export interface KFoldOptions {
  k?: number;
  seed?: number;
  /** The extractor under test, when not the gated pipeline (candidates, then the confidence model's gate). */
  extract?: (study: EvalStudy) => FindingRecord[];
  /**
   * Fits the confidence model for one fold from the other folds' candidates (each extracted in its own fold) and
   * labels; without it every fold is gated by the shipped model.
   */
  trainModel?: (
    candidates: Record<string, SentenceCandidates[]>,
    labels: Record<string, LabelledTriple[]>,
  ) => ConfidenceModel;
  /** Called with each fold's ungated candidates and the model that gated them (for a reliability table). */
  onFold?: (candidates: Record<string, SentenceCandidates[]>, model: ConfidenceModel) => void;
}

/** The folds and, for each, the vocabulary switched off while its studies are read. */
function foldPlan(studies: readonly EvalStudy[], slugs: readonly string[], k: number, seed: number) {
  const occurrences = findOccurrences(studies);
  return assignFolds(slugs, k, seed).map((fold) => {
    const heldOut = new Set(fold);
    return { fold, heldOut, off: exclusionsFor(occurrences, heldOut) };
  });
}

/**
 * Each study's ungated candidates as extracted in its own fold (its fold's vocabulary switched off): the findings of
 * studies read as if unseen. The training script fits the shipped model on these.
 */
export function heldOutCandidates(
  studies: readonly EvalStudy[],
  k: number,
  seed: number,
): Record<string, SentenceCandidates[]> {
  const out: Record<string, SentenceCandidates[]> = {};
  for (const { heldOut, off } of foldPlan(
    studies,
    studies.map((s) => s.slug),
    k,
    seed,
  )) {
    withExclusions(off.exclusions, () => {
      for (const study of studies) if (heldOut.has(study.slug)) out[study.slug] = extractCandidates(study);
    });
  }
  return out;
}

export function kFold(
  studies: readonly EvalStudy[],
  labels: Record<string, LabelledTriple[]>,
  options: KFoldOptions = {},
): KFoldReport {
  const k = options.k ?? 5;
  const seed = options.seed ?? 1;
  const slugs = [...new Set([...studies.map((s) => s.slug), ...Object.keys(labels)])];
  const plan = foldPlan(studies, slugs, k, seed);
  const candidates: Record<string, SentenceCandidates[]> = {};
  if (!options.extract) {
    for (const { heldOut, off } of plan)
      withExclusions(off.exclusions, () => {
        for (const study of studies) if (heldOut.has(study.slug)) candidates[study.slug] = extractCandidates(study);
      });
  }
  const folds = plan.map(({ fold, heldOut, off }): FoldScore => {
    const predictions: Record<string, FindingRecord[]> = {};
    if (options.extract) {
      const extract = options.extract;
      withExclusions(off.exclusions, () => {
        for (const study of studies) if (heldOut.has(study.slug)) predictions[study.slug] = extract(study);
      });
    } else {
      const others = <T>(table: Record<string, T>) =>
        Object.fromEntries(Object.entries(table).filter(([slug]) => !heldOut.has(slug)));
      const model = options.trainModel ? options.trainModel(others(candidates), others(labels)) : confidenceModel();
      for (const study of studies)
        if (heldOut.has(study.slug)) predictions[study.slug] = gateCandidates(candidates[study.slug]!, model).findings;
      options.onFold?.(Object.fromEntries(Object.entries(candidates).filter(([slug]) => heldOut.has(slug))), model);
    }
    const foldLabels = Object.fromEntries(fold.map((slug) => [slug, labels[slug] ?? []]));
    const score = evaluate(predictions, foldLabels, { labelType: () => 'unknown' });
    return {
      ...scoresOf(score.truePositives, score.predicted, score.labelled),
      slugs: fold,
      lexiconFormsOff: off.lexiconForms,
      cueItemsOff: off.cueItems,
    };
  });
  const sum = (pick: (f: FoldScore) => number) => folds.reduce((n, f) => n + pick(f), 0);
  return {
    ...scoresOf(
      sum((f) => f.truePositives),
      sum((f) => f.predicted),
      sum((f) => f.labelled),
    ),
    k,
    seed,
    folds,
    precisionSpread: spreadOf(folds.map((f) => f.precision)),
    recallSpread: spreadOf(folds.map((f) => f.recall)),
  };
}
