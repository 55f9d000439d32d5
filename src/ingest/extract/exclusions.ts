// Scoped exclusion of lexicon forms and cue phrases, for the by-study k-fold evaluation: while `fn` runs, the
// lexicons (lexicon.ts) and cues (cues.ts) load as if the excluded forms had never been written into
// data/lexicon. Outside a scope nothing is excluded. Each exclusion object gets its own loaded copy, cached by
// identity, so reuse one object for one fold.

export interface Exclusions {
  /** Lexicon ("Biomarker", "Intervention", …) → names or synonyms exactly as written in its file. */
  readonly lexicon?: Readonly<Record<string, ReadonlySet<string>>>;
  /**
   * cues.json key ("increase", "skipPatterns", "hypoHyperPrefixes", …) → items exactly as written: a phrase,
   * a pattern's source, or a prefix (the key of hypoHyperPrefixes).
   */
  readonly cues?: Readonly<Record<string, ReadonlySet<string>>>;
}

export const NO_EXCLUSIONS: Exclusions = Object.freeze({});

let active: Exclusions = NO_EXCLUSIONS;

export function activeExclusions(): Exclusions {
  return active;
}

/** Runs `fn` (synchronously) with `excluded` in force, and restores what was in force before. */
export function withExclusions<T>(excluded: Exclusions, fn: () => T): T {
  const previous = active;
  active = excluded;
  try {
    return fn();
  } finally {
    active = previous;
  }
}
