import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cues, PhraseMatcher } from '../../src/ingest/extract/cues.ts';
import type { EvalStudy } from '../../src/ingest/extract/eval-corpus.ts';
import { assignFolds, exclusionsFor, findOccurrences, kFold } from '../../src/ingest/extract/eval-folds.ts';
import { markdownRow } from '../../src/ingest/extract/eval-report.ts';
import { evaluate, labelEntityType, type LabelledTriple } from '../../src/ingest/extract/evaluate.ts';
import { withExclusions } from '../../src/ingest/extract/exclusions.ts';
import { extractFindings } from '../../src/ingest/extract/index.ts';
import { entityFromEntry, lookupLexicon, scanLexicon } from '../../src/ingest/extract/lexicon.ts';
import type { EntityRef, FindingRecord } from '../../src/ingest/record.ts';

/** The cue item (a template, cues.json) that reads "elevated". */
const ELEVATED = 'elevat{ed|ion|ions}';
const ME_CFS: EntityRef = { type: 'Condition', name: 'ME/CFS' };

function finding(
  subject: EntityRef,
  relation: FindingRecord['relation'],
  object: EntityRef,
  extra: Partial<FindingRecord> = {},
): FindingRecord {
  return {
    statement: 's',
    subject,
    relation,
    object,
    extraction: { agent: 'test', version: '0', confidence: 1, curated: false },
    ...extra,
  };
}

function label(
  subject: string[],
  relation: string,
  object: string[],
  extra: Partial<LabelledTriple> = {},
): LabelledTriple {
  return { sentence: 's', subject, relation, object, ...extra };
}

function study(slug: string, ...observedFindings: string[]): EvalStudy {
  return { slug, title: null, summary: null, observedFindings };
}

describe('by-study folds', () => {
  const slugs = Array.from({ length: 23 }, (_, i) => `study-${String(i).padStart(2, '0')}`);

  it('split every slug into exactly one fold, sizes within one of each other', () => {
    const folds = assignFolds(slugs, 5, 1);
    expect(folds).toHaveLength(5);
    expect(folds.flat().sort()).toEqual(slugs);
    const sizes = folds.map((f) => f.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('are the same for the same seed whatever the input order, and change with the seed', () => {
    const folds = assignFolds(slugs, 5, 1);
    expect(assignFolds([...slugs].reverse(), 5, 1)).toEqual(folds);
    expect(assignFolds(slugs, 5, 2)).not.toEqual(folds);
  });

  it('refuse a k that cannot make folds', () => {
    expect(() => assignFolds(slugs, 1, 1)).toThrow(/k must be an integer ≥ 2/);
    expect(() => assignFolds(slugs.slice(0, 3), 5, 1)).toThrow(/3 studies cannot fill 5 folds/);
  });
});

describe('the exclusion hook', () => {
  const il6 = lookupLexicon('Biomarker', 'IL-6');

  it('removes an excluded lexicon form from lookup and scanning only inside its scope', () => {
    expect(il6?.synonyms).toContain('interleukin-6');
    const excluded = { lexicon: { Biomarker: new Set(['IL-6']) } };
    withExclusions(excluded, () => {
      expect(scanLexicon('IL-6 was higher')).toEqual([]);
      // The entry lives on under its remaining forms, named by the first of them.
      expect(lookupLexicon('Biomarker', 'interleukin-6')?.name).toBe('interleukin-6');
      expect(lookupLexicon('Biomarker', 'IL-6')).toBeUndefined();
    });
    expect(scanLexicon('IL-6 was higher').map((h) => h.entry.name)).toEqual(['IL-6']);
  });

  it('drops an entry whose every form is excluded', () => {
    const forms = new Set([il6!.name, ...il6!.synonyms]);
    withExclusions({ lexicon: { Biomarker: forms } }, () => {
      for (const form of forms) expect(lookupLexicon('Biomarker', form)).toBeUndefined();
    });
  });

  it("takes a lexicon entry's effect out of extraction", () => {
    const sentence = 'Serum interleukin-6 was elevated in ME/CFS patients compared with healthy controls.';
    const run = () => extractFindings(study('x', sentence)).findings;
    const named = (findings: FindingRecord[]) => findings.filter((f) => f.subject.name === 'IL-6');
    expect(named(run())).toHaveLength(1);
    // Both written forms that read as the sentence's tokens ("interleukin-6", "interleukin 6").
    const excluded = { lexicon: { Biomarker: new Set(['interleukin-6', 'interleukin 6']) } };
    expect(named(withExclusions(excluded, run))).toEqual([]);
  });

  it("takes a cue phrase's effect out of extraction", () => {
    const sentence = 'IL-6 was elevated in ME/CFS patients compared with healthy controls.';
    const elevated = (findings: FindingRecord[]) => findings.filter((f) => f.relation === 'ELEVATED_IN');
    const run = () => extractFindings(study('x', sentence)).findings;
    expect(elevated(run())).toHaveLength(1);
    // An item is excluded as written: this template is "elevated", "elevation" and "elevations".
    withExclusions({ cues: { increase: new Set([ELEVATED]) } }, () => {
      expect(cues().increase.test(sentence)).toBe(false);
      expect(elevated(run())).toEqual([]);
    });
    expect(cues().increase.test(sentence)).toBe(true);
  });
});

describe('fold exclusions', () => {
  const studies = [
    study('a', 'IL-6 and IL-10 were elevated in patients.'),
    study('b', 'IL-10 was elevated in patients.'),
    study('c', 'IL-10 was elevated in patients, suggesting inflammation.'),
  ];
  const occurrences = findOccurrences(studies);

  it("switch off what occurs only in the held-out studies' sentences, and nothing else", () => {
    const a = exclusionsFor(occurrences, new Set(['a'])).exclusions;
    expect([...(a.lexicon?.Biomarker ?? [])]).toEqual(['IL-6']);
    expect(a.cues?.increase?.has(ELEVATED) ?? false).toBe(false);
    const c = exclusionsFor(occurrences, new Set(['c'])).exclusions;
    expect(c.lexicon?.Biomarker).toBeUndefined();
    expect(c.cues?.trailingClauseMarkers?.has(', suggesting')).toBe(true);
    // Held out together, the shared vocabulary occurs nowhere else either.
    const all = exclusionsFor(occurrences, new Set(['a', 'b', 'c'])).exclusions;
    expect(all.lexicon?.Biomarker?.has('IL-10')).toBe(true);
    expect(all.cues?.increase?.has(ELEVATED)).toBe(true);
  });

  it("make the pooled k-fold figure miss what only the held-out study's vocabulary found", () => {
    // A stand-in extractor: one ELEVATED_IN per biomarker the lexicon finds, so only the lexicon decides.
    const extract = (s: EvalStudy) =>
      s.observedFindings.flatMap((text) =>
        scanLexicon(text, ['Biomarker']).map((hit) =>
          finding(entityFromEntry('Biomarker', hit.entry), 'ELEVATED_IN', ME_CFS),
        ),
      );
    const labels = {
      a: [label(['IL-6'], 'ELEVATED_IN', ['ME/CFS']), label(['IL-10'], 'ELEVATED_IN', ['ME/CFS'])],
      b: [label(['IL-10'], 'ELEVATED_IN', ['ME/CFS'])],
      c: [label(['IL-10'], 'ELEVATED_IN', ['ME/CFS'])],
    };
    const inSample = evaluate(Object.fromEntries(studies.map((s) => [s.slug, extract(s)])), labels);
    expect(inSample).toMatchObject({ truePositives: 4, labelled: 4 });

    const report = kFold(studies, labels, { k: 3, seed: 7, extract });
    expect(report.folds.map((f) => f.slugs.length)).toEqual([1, 1, 1]);
    expect(report).toMatchObject({ truePositives: 3, predicted: 3, labelled: 4, precision: 1, recall: 0.75 });
    const foldA = report.folds.find((f) => f.slugs[0] === 'a')!;
    expect(foldA).toMatchObject({ truePositives: 1, labelled: 2 });
    expect(foldA.lexiconFormsOff).toBeGreaterThanOrEqual(1);
    expect(report.recallSpread).toMatchObject({ min: 0.5, max: 1 });
  });
});

describe('figures per entity type', () => {
  const il6: EntityRef = { type: 'Biomarker', name: 'IL-6', synonyms: ['interleukin-6'] };
  const fatigue: EntityRef = { type: 'Symptom', name: 'fatigue' };
  const predictions = {
    x: [
      finding(il6, 'ELEVATED_IN', ME_CFS),
      finding(fatigue, 'ELEVATED_IN', ME_CFS),
      finding({ type: 'Biomarker', name: 'no such thing' }, 'REDUCED_IN', ME_CFS),
    ],
    y: [finding(il6, 'NOT_DIFFERENT_IN', ME_CFS)],
  };
  const labels = {
    x: [
      label(['interleukin-6'], 'ELEVATED_IN', ['ME/CFS']),
      label(['fatigue'], 'ELEVATED_IN', ['ME/CFS']),
      label(['a name no lexicon has'], 'REDUCED_IN', ['ME/CFS']),
    ],
    y: [label(['IL-6'], 'REDUCED_IN', ['ME/CFS'])],
    z: [label(['IL-6'], 'ELEVATED_IN', ['ME/CFS'])],
  };
  const report = evaluate(predictions, labels);

  it("type labels through the extractor's lexicons, or as unknown", () => {
    expect(labelEntityType(['interleukin-6'])).toBe('Biomarker');
    expect(labelEntityType(['a name no lexicon has', 'fatigue'])).toBe(lexiconTypeOf('fatigue'));
    expect(labelEntityType(['a name no lexicon has'])).toBe('unknown');
  });

  it('sum to the overall counts on both sides, for subjects and objects', () => {
    expect(report).toMatchObject({ truePositives: 2, predicted: 4, labelled: 5 });
    for (const table of [report.bySubjectType, report.byObjectType]) {
      const total = (pick: (c: (typeof table)[string]) => number) =>
        Object.values(table).reduce((n, c) => n + pick(c), 0);
      expect(total((c) => c.labels)).toBe(report.labelled);
      expect(total((c) => c.predicted)).toBe(report.predicted);
      expect(total((c) => c.labelsMatched)).toBe(report.truePositives);
      expect(total((c) => c.predictedMatched)).toBe(report.truePositives);
    }
    expect(report.bySubjectType.Biomarker).toMatchObject({
      labels: 3,
      labelsMatched: 1,
      predicted: 3,
      predictedMatched: 1,
    });
    expect(report.bySubjectType.unknown).toMatchObject({ labels: 1, labelsMatched: 0, predicted: 0 });
  });
});

function lexiconTypeOf(name: string): string {
  for (const type of ['Biomarker', 'Measure', 'Symptom', 'Condition'] as const)
    if (lookupLexicon(type, name)) return type;
  return 'unknown';
}

describe('comparator and p on matched triples', () => {
  const il6: EntityRef = { type: 'Biomarker', name: 'IL-6' };

  it('are compared when the label gives them, without changing the match', () => {
    const predictions = {
      x: [
        finding(il6, 'ELEVATED_IN', ME_CFS, { comparator: 'Healthy controls', pValue: 0.0003, pComparator: '<' }),
        finding(il6, 'REDUCED_IN', ME_CFS, { comparator: 'baseline', pValue: 0.03, pComparator: '<' }),
        finding(il6, 'NOT_DIFFERENT_IN', ME_CFS, { comparator: 'controls' }),
        finding(il6, 'CORRELATES_WITH', ME_CFS, { sign: 'UNSPECIFIED', pValue: 0.01, pComparator: '=' }),
      ],
    };
    const labels = {
      x: [
        label(['IL-6'], 'ELEVATED_IN', ['ME/CFS'], {
          comparator: 'healthy controls',
          p: 'p<0.043 in males, p<0.0003 in females',
        }),
        label(['IL-6'], 'REDUCED_IN', ['ME/CFS'], { comparator: 'pre-treatment', p: 'P=0.03' }),
        label(['IL-6'], 'NOT_DIFFERENT_IN', ['ME/CFS']),
        label(['IL-6'], 'CORRELATES_WITH', ['ME/CFS'], { sign: 'UNSPECIFIED', comparator: 'controls', p: 'p=0.01' }),
      ],
    };
    const report = evaluate(predictions, labels);
    expect(report).toMatchObject({ truePositives: 4, precision: 1, recall: 1 });
    expect(report.comparator).toEqual({ labelled: 3, correct: 1, missing: 1, unlabelled: 1 });
    expect(report.p).toEqual({ labelled: 3, correct: 2, missing: 0, unlabelled: 0 });
  });

  it('pair a prediction with the label whose comparator agrees when several labels fit', () => {
    const predictions = {
      x: [
        finding(il6, 'ELEVATED_IN', ME_CFS, { comparator: 'fatigued controls' }),
        finding(il6, 'ELEVATED_IN', ME_CFS, { comparator: 'healthy controls' }),
      ],
    };
    const labels = {
      x: [
        label(['IL-6'], 'ELEVATED_IN', ['ME/CFS'], { comparator: 'healthy controls' }),
        label(['IL-6'], 'ELEVATED_IN', ['ME/CFS'], { comparator: 'fatigued controls' }),
      ],
    };
    expect(evaluate(predictions, labels).comparator).toEqual({ labelled: 2, correct: 2, missing: 0, unlabelled: 0 });
  });
});

describe('the trend table row', () => {
  it('has one cell per column of the table in docs/extraction-eval.md', () => {
    const doc = readFileSync(new URL('../../docs/extraction-eval.md', import.meta.url), 'utf8');
    const header = doc.split('\n').find((line) => line.startsWith('| date (UTC) |'))!;
    const report = evaluate(
      { x: [finding({ type: 'Biomarker', name: 'IL-6' }, 'ELEVATED_IN', ME_CFS)] },
      { x: [label(['IL-6'], 'ELEVATED_IN', ['ME/CFS'])] },
    );
    const row = markdownRow(
      { date: 'd', commit: 'c', dataset: 'a|b', studies: 1, sentences: 1, unstructured: 0 },
      report,
      null,
    );
    const cells = (line: string) => line.split(/(?<!\\)\|/).length;
    expect(cells(row)).toBe(cells(header));
    expect(row).toContain('EL 1.00/1.00');
  });
});

describe('cue templates', () => {
  it('read every phrase a template stands for, as whole words, and nothing else', () => {
    const matcher = new PhraseMatcher(['no[ significant| statistical] {difference|differences}[ with| to]', 'rise']);
    for (const text of ['no difference', 'No significant differences', 'no statistical difference with', 'a rise'])
      expect(matcher.test(text), text).toBe(true);
    for (const text of ['no marked difference', 'no different', 'no differenced', 'sunrise', 'no  difference'])
      expect(matcher.test(text), text).toBe(false);
    expect(matcher.first('there was no significant difference between groups')?.text).toBe('no significant difference');
    expect(matcher.is('No Statistical Differences')).toBe(true);
    expect(matcher.is('no statistical differences seen')).toBe(false);
  });

  it('count as one item in the fold exclusions: a template is switched off only where none of its phrases occurs elsewhere', () => {
    const occurrences = findOccurrences([
      study('a', 'Lactate did not differ between the groups.'),
      study('b', 'Pyruvate did not differ significantly from controls.'),
    ]);
    const template = 'did not[ significantly] {differ|vary|change}[ significantly][ from]';
    expect(exclusionsFor(occurrences, new Set(['a'])).exclusions.cues?.noDifference?.has(template) ?? false).toBe(
      false,
    );
    expect(exclusionsFor(occurrences, new Set(['a', 'b'])).exclusions.cues?.noDifference?.has(template)).toBe(true);
  });
});
