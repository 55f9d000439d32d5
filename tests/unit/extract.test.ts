import { describe, expect, it } from 'vitest';
import { EXTRACTOR, extractFindings, resolveEntity } from '../../src/ingest/extract/index.ts';
import { parsePValues, parseStatistics, significanceWording } from '../../src/ingest/extract/statistics.ts';
import type { FindingRecord } from '../../src/ingest/record.ts';

const SEED = {
  slug: 'hussein-2022-impact-micro',
  title:
    'The Impact of Micro RNA-320a Serum Level on Severity of Symptoms and Cerebral Processing of Pain in Patients with Fibromyalgia.',
  observedFindings: [
    'Fibromyalgia patients had significantly higher serum miR-320a levels compared to healthy controls (0.907 ± 0.022 vs 0.874 ± 0.015, p<0.001).',
    'miR-320a levels were significantly elevated in fibromyalgia patients with comorbid insomnia, chronic fatigue syndrome, persistent depressive disorder, and primary headache disorder.',
    'Positive correlations were found between miR-320a levels and disease duration (p<0.001), FIQR symptom severity scores (p=0.003), and NPSI neuropathic pain scores (p=0.002).',
    'No statistically significant correlations were detected between miR-320a levels and middle latency SSEP parameters (peak latencies and amplitudes).',
  ],
};

const bySentence = (findings: FindingRecord[], index: number) =>
  findings.filter((f) => f.statement === SEED.observedFindings[index]);

describe('extractFindings on the seed entry', () => {
  const { findings, unstructured } = extractFindings(SEED);

  it('understands every sentence', () => {
    expect(unstructured).toEqual([]);
    for (const f of findings) {
      expect(f.extraction).toMatchObject({ agent: EXTRACTOR.agent, version: EXTRACTOR.version, curated: false });
      expect(f.extraction.confidence).toBeGreaterThan(0);
      expect(f.extraction.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('reads miR-320a ELEVATED_IN fibromyalgia with its statistics', () => {
    const [finding, ...rest] = bySentence(findings, 0);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      subject: { type: 'Biomarker', name: 'miR-320a', xrefs: { miRBase: 'MIMAT0000510' } },
      relation: 'ELEVATED_IN',
      object: { type: 'Condition', name: 'fibromyalgia', xrefs: { MONDO: 'MONDO:0005546' } },
      comparator: 'healthy controls',
      pValue: 0.001,
      pComparator: '<',
      significant: true,
      groups: [
        { mean: 0.907, sd: 0.022 },
        { mean: 0.874, sd: 0.015 },
      ],
    });
  });

  it('gives each comorbidity subgroup its own finding without merging it into the bare condition', () => {
    const findings1 = bySentence(findings, 1);
    expect(findings1.map((f) => f.object.name)).toEqual([
      'fibromyalgia with comorbid insomnia',
      'fibromyalgia with comorbid chronic fatigue syndrome',
      'fibromyalgia with comorbid persistent depressive disorder',
      'fibromyalgia with comorbid primary headache disorder',
    ]);
    for (const f of findings1) {
      expect(f.relation).toBe('ELEVATED_IN');
      expect(f.subject.name).toBe('miR-320a');
      expect(f.object.type).toBe('Condition');
      expect(f.object.subgroupOf).toBe('fibromyalgia');
      // Synonyms drive merges: the subgroup must not carry "chronic fatigue syndrome" or "insomnia" alone.
      expect((f.object.synonyms ?? []).map((s) => s.toLowerCase())).not.toContain('chronic fatigue syndrome');
      expect((f.object.synonyms ?? []).map((s) => s.toLowerCase())).not.toContain('insomnia');
    }
    expect(findings1[1]!.object.subgroupFeature).toBe('comorbid chronic fatigue syndrome');
  });

  it('splits the correlation list with one p per object', () => {
    const correlations = bySentence(findings, 2).map((f) => [f.subject.name, f.relation, f.sign, f.object.name, f.pComparator, f.pValue]);
    expect(correlations).toEqual([
      ['miR-320a', 'CORRELATES_WITH', 'POSITIVE', 'disease duration', '<', 0.001],
      ['miR-320a', 'CORRELATES_WITH', 'POSITIVE', 'FIQR', '=', 0.003],
      ['miR-320a', 'CORRELATES_WITH', 'POSITIVE', 'NPSI', '=', 0.002],
    ]);
  });

  it('reads the null correlations per SSEP member', () => {
    const nulls = bySentence(findings, 3);
    expect(nulls.map((f) => [f.relation, f.object.name])).toEqual([
      ['NOT_CORRELATED_WITH', 'middle latency SSEP peak latencies'],
      ['NOT_CORRELATED_WITH', 'middle latency SSEP amplitudes'],
    ]);
    expect(nulls.every((f) => f.significant === false && f.sign === undefined)).toBe(true);
  });
});

describe('extractFindings rules', () => {
  const extract = (sentence: string, extra: { title?: string } = {}) =>
    extractFindings({ slug: 'test-2024-study', observedFindings: [sentence], ...extra });

  it('splits several subjects, each with its own direction word', () => {
    const { findings } = extract(
      'ME/CFS patients had significantly less total sleep time, lower sleep efficiency, and reduced REM sleep compared to healthy controls.',
    );
    expect(findings.map((f) => [f.subject.name, f.relation, f.object.name, f.comparator])).toEqual([
      ['total sleep time', 'REDUCED_IN', 'ME/CFS', 'healthy controls'],
      ['sleep efficiency', 'REDUCED_IN', 'ME/CFS', 'healthy controls'],
      ['REM sleep', 'REDUCED_IN', 'ME/CFS', 'healthy controls'],
    ]);
  });

  it('reads negated and null results', () => {
    const differ = extract('Ventricular lactate levels in MDD did not differ significantly from either CFS or healthy control groups.');
    expect(differ.findings.map((f) => [f.relation, f.object.name, f.comparator, f.significant])).toEqual([
      ['NOT_DIFFERENT_IN', 'major depressive disorder', 'CFS', false],
      ['NOT_DIFFERENT_IN', 'major depressive disorder', 'healthy controls', false],
    ]);
    const but = extract('POSH correlated significantly with physical activity (steps per 24 hours) at baseline, but FMD did not');
    expect(but.findings.map((f) => [f.subject.name, f.relation, f.object.name])).toEqual([
      ['POSH', 'CORRELATES_WITH', 'physical activity'],
      ['FMD', 'NOT_CORRELATED_WITH', 'physical activity'],
    ]);
  });

  it('uses the study condition when the sentence says only "patients"', () => {
    const { findings } = extract('Serum IL-6 levels were significantly higher in patients than in healthy controls (p=0.01).', {
      title: 'Cytokines in fibromyalgia',
    });
    expect(findings.map((f) => [f.subject.name, f.relation, f.object.name, f.pValue])).toEqual([['IL-6', 'ELEVATED_IN', 'fibromyalgia', 0.01]]);
  });

  it('keeps sentences it does not understand unstructured', () => {
    for (const sentence of [
      '28 published papers were identified; 55 E:T ratio data points were analyzed',
      'Impaired vasodilation from receptor dysfunction expected to result in vasoconstriction and reduced oxygen supply.',
      'In healthy controls, all parameters increased or remained stable from day one to day two.',
      'The weather on the day of testing was pleasant.',
    ]) {
      const result = extract(sentence);
      expect(result.findings).toEqual([]);
      expect(result.unstructured).toEqual([sentence]);
    }
  });
});

describe('statistics', () => {
  it('parses p-values with their comparators', () => {
    expect(parsePValues('(all p<0.001)').map((p) => [p.comparator, p.value, p.raw])).toEqual([['<', 0.001, 'p<0.001']]);
    expect(parsePValues('P=0.0027').map((p) => [p.comparator, p.value])).toEqual([['=', 0.0027]]);
    expect(parsePValues('p ≤ 0.05').map((p) => [p.comparator, p.value])).toEqual([['≤', 0.05]]);
    expect(parsePValues('p <= 0.05').map((p) => p.comparator)).toEqual(['≤']);
  });

  it('parses effect sizes, intervals, groups and sample sizes', () => {
    expect(parseStatistics("Overall effect size (Hedges' g) was 0.96 with 95% confidence interval 0.75–1.18")).toMatchObject({
      effectType: 'Hedges g',
      effectSize: 0.96,
      ci: [0.75, 1.18],
    });
    expect(parseStatistics('accuracy (AUC=0.935)')).toMatchObject({ effectType: 'AUC', effectSize: 0.935 });
    expect(parseStatistics('r = -0.42, p=0.01')).toMatchObject({ effectType: 'r', effectSize: -0.42 });
    expect(parseStatistics('OR 2.5 (95% CI 1.2-5.1)')).toMatchObject({ effectType: 'odds ratio', effectSize: 2.5, ci: [1.2, 5.1] });
    expect(parseStatistics('in ME/CFS patients (n=9)').sampleSize).toBe(9);
    expect(parseStatistics('FMD: 5.1% vs 8.2% in controls').groups).toEqual([{ mean: 5.1 }, { mean: 8.2 }]);
  });

  it('reads significance wording', () => {
    expect(significanceWording('was significantly elevated')).toBe(true);
    expect(significanceWording('showed no significant differences')).toBe(false);
    expect(significanceWording('did not differ significantly')).toBe(false);
    expect(significanceWording('No statistically significant correlations')).toBe(false);
  });
});

describe('resolveEntity', () => {
  it('canonicalises names through the lexicons', () => {
    for (const name of ['CFS', 'chronic fatigue syndrome', 'Myalgic encephalomyelitis', 'CFS/ME', 'ME', 'myalgic encephalomyelitis/chronic fatigue syndrome']) {
      expect(resolveEntity('Condition', name)).toMatchObject({ name: 'ME/CFS', xrefs: { MONDO: 'MONDO:0005404' } });
    }
    expect(resolveEntity('Symptom', 'Fatigue')).toMatchObject({ name: 'fatigue', xrefs: { HPO: 'HP:0012378' } });
    expect(resolveEntity('Biomarker', 'microRNA-320a')?.name).toBe('miR-320a');
    expect(resolveEntity('Biomarker', 'no such marker')).toBeNull();
  });
});
