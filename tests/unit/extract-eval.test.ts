import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { readEvalCorpus, readJsonCorpus, readLabels } from '../../src/ingest/extract/eval-corpus.ts';
import { evaluate, findingMatchesLabel } from '../../src/ingest/extract/evaluate.ts';
import { extractFindings } from '../../src/ingest/extract/index.ts';
import type { FindingRecord } from '../../src/ingest/record.ts';

// Reads only the repository's own copy of the labelled sample (data/atlas).
describe('extraction against the hand labels of data/atlas', () => {
  const studies = readEvalCorpus();
  const labels = readLabels();
  const predictions: Record<string, FindingRecord[]> = {};
  for (const study of studies) predictions[study.slug] = extractFindings(study).findings;
  const report = evaluate(predictions, labels);

  it('names the folder and what it expected when a folder has no pages/', () => {
    expect(() => readEvalCorpus('data/labels/independent')).toThrow(
      'data/labels/independent: expected an atlas folder holding pages/ (and seed-entry.txt); for a set kept as sentences use --corpus FILE.json',
    );
  });

  it('pools the 60 slugs that have Observed Findings', () => {
    expect(studies).toHaveLength(60);
    expect(studies.map((s) => s.slug).sort()).toEqual(Object.keys(labels).sort());
    expect(report.labelled).toBe(281);
  });

  // A regression guard, not the goal (issue 16: ≥ 0.95 / 0.90 here), and not a quality figure: these labels are what
  // extraction was tuned on. Extractor 0.4.0 measured precision 0.841, recall 0.584 here (164 of 195 predicted);
  // held-out figures are in docs/extraction-eval.md.
  it('does not fall below precision 0.82 and recall 0.57', () => {
    expect(report.precision).toBeGreaterThanOrEqual(0.82);
    expect(report.recall).toBeGreaterThanOrEqual(0.57);
  });

  it('matches by relation, sign and any name, ignoring case and punctuation', () => {
    const finding = {
      statement: 's',
      subject: { type: 'Biomarker', name: 'VO2 peak', synonyms: ['peak oxygen uptake'] },
      relation: 'CORRELATES_WITH',
      sign: 'POSITIVE',
      object: { type: 'Measure', name: 'FIQR' },
      extraction: { agent: 'a', version: '1', confidence: 1, curated: false },
    } as FindingRecord;
    const label = {
      sentence: 's',
      subject: ['VO₂-peak'],
      relation: 'CORRELATES_WITH',
      sign: 'POSITIVE',
      object: ['fiqr'],
    };
    expect(findingMatchesLabel(finding, label)).toBe(true);
    expect(findingMatchesLabel(finding, { ...label, sign: 'NEGATIVE' })).toBe(false);
    expect(findingMatchesLabel(finding, { ...label, relation: 'ASSOCIATED_WITH' })).toBe(false);
    expect(evaluate({ x: [finding, finding] }, { x: [label] })).toMatchObject({
      truePositives: 1,
      predicted: 2,
      labelled: 1,
    });
  });

  it('reads a correlation either way round, a directed relation only one way', () => {
    const finding = {
      statement: 's',
      subject: { type: 'Measure', name: 'smoking status' },
      relation: 'NOT_CORRELATED_WITH',
      object: { type: 'Biomarker', name: 'NK cell cytotoxicity' },
      extraction: { agent: 'a', version: '1', confidence: 1, curated: false },
    } as FindingRecord;
    const label = {
      sentence: 's',
      subject: ['NK cell cytotoxicity'],
      relation: 'NOT_CORRELATED_WITH',
      object: ['smoking status'],
    };
    expect(findingMatchesLabel(finding, label)).toBe(true);
    expect(findingMatchesLabel({ ...finding, relation: 'ELEVATED_IN' }, { ...label, relation: 'ELEVATED_IN' })).toBe(
      false,
    );
  });
});

describe.each([
  'independent',
  'independent-2',
  'independent-3',
  'independent-4',
  'invented-b',
  'invented-c',
  'independent-5',
  'invented-d',
  'independent-6',
  'invented-e',
  'independent-7',
  'invented-f',
  'independent-8',
  'invented-g',
  'independent-9',
  'invented-h',
  'independent-10',
  'invented-i',
  'independent-11',
  'invented-j',
  'independent-12',
  'invented-k',
  'independent-13',
  'invented-l',
])('the invented evaluation set data/labels/%s', (set) => {
  const dir = fileURLToPath(new URL(`../../data/labels/${set}/`, import.meta.url));
  const studies = readJsonCorpus(`${dir}corpus.json`);
  const labels = readLabels(`${dir}labels.json`);

  it('labels every study, and each label quotes a sentence of its study and a p printed in that sentence', () => {
    expect(Object.keys(labels).sort()).toEqual(studies.map((s) => s.slug).sort());
    for (const study of studies) {
      for (const label of labels[study.slug]!) {
        expect(study.observedFindings).toContain(label.sentence);
        if (label.p) expect(label.sentence).toContain(label.p);
        // GUIDE.md: a sign only on correlations, and one of its three values.
        if (label.relation === 'CORRELATES_WITH') expect(['POSITIVE', 'NEGATIVE', 'UNSPECIFIED']).toContain(label.sign);
        else expect(label.sign).toBeUndefined();
      }
    }
  });
});

describe('a malformed corpus', () => {
  it('names the study and field a malformed corpus lacks', () => {
    const file = `${mkdtempSync(`${tmpdir()}/corpus-`)}/bad.json`;
    writeFileSync(file, JSON.stringify({ 'x-2024-y': { title: 't' } }));
    expect(() => readJsonCorpus(file)).toThrow(/bad\.json: study "x-2024-y" needs "observedFindings"/);
  });
});
