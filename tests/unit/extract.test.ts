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
    const correlations = bySentence(findings, 2).map((f) => [
      f.subject.name,
      f.relation,
      f.sign,
      f.object.name,
      f.pComparator,
      f.pValue,
    ]);
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
      'ME/CFS patients had significantly reduced REM sleep, lower sleep efficiency, and less total sleep time than healthy controls.',
    );
    expect(findings.map((f) => [f.subject.name, f.relation, f.object.name, f.comparator])).toEqual([
      ['REM sleep', 'REDUCED_IN', 'ME/CFS', 'healthy controls'],
      ['sleep efficiency', 'REDUCED_IN', 'ME/CFS', 'healthy controls'],
      ['total sleep time', 'REDUCED_IN', 'ME/CFS', 'healthy controls'],
    ]);
  });

  it('reads negated and null results', () => {
    const differ = extract(
      'Choline levels in MDD were not significantly different from either fibromyalgia or healthy control groups.',
    );
    expect(differ.findings.map((f) => [f.relation, f.object.name, f.comparator, f.significant])).toEqual([
      ['NOT_DIFFERENT_IN', 'major depressive disorder', 'fibromyalgia', false],
      ['NOT_DIFFERENT_IN', 'major depressive disorder', 'healthy controls', false],
    ]);
    const but = extract(
      'Heart rate variability correlated significantly with physical activity (daily step count) at baseline, but cortisol did not',
    );
    expect(but.findings.map((f) => [f.subject.name, f.relation, f.object.name])).toEqual([
      ['heart rate variability', 'CORRELATES_WITH', 'physical activity'],
      ['cortisol', 'NOT_CORRELATED_WITH', 'physical activity'],
    ]);
  });

  it('uses the study condition when the sentence says only "patients"', () => {
    const { findings } = extract(
      'Serum IL-6 levels were significantly higher in patients than in healthy controls (p=0.01).',
      {
        title: 'Cytokines in fibromyalgia',
      },
    );
    expect(findings.map((f) => [f.subject.name, f.relation, f.object.name, f.pValue])).toEqual([
      ['IL-6', 'ELEVATED_IN', 'fibromyalgia', 0.01],
    ]);
  });

  it('keeps sentences it does not understand unstructured', () => {
    for (const sentence of [
      '41 trials met the inclusion criteria; 112 outcome measures were pooled',
      'Narrowed vessels from receptor autoantibodies expected to cause vasoconstriction and lower oxygen delivery.',
      'In healthy controls, every measure increased or remained stable from the first test to the second.',
      'The weather on the day of testing was pleasant.',
      // Methods, feasibility and sensitivity analyses (GUIDE rule 10).
      'Removing patients on beta-blockers left the estimates almost unchanged.',
      'The survey response rate was 64% in patients and 58% in controls.',
      'Trough tacrolimus levels were kept between 4 and 8 ng/mL in the active arm.',
      'Illness onset was classified from clinic letters by two raters.',
    ]) {
      const result = extract(sentence);
      expect(result.findings).toEqual([]);
      expect(result.unstructured).toEqual([sentence]);
    }
  });
});

describe('extractFindings rules added in 0.2', () => {
  const extract = (sentence: string, extra: { title?: string } = {}) =>
    extractFindings({ slug: 'invented-2024-study', observedFindings: [sentence], ...extra });
  const rows = (findings: FindingRecord[]) =>
    findings.map((f) => [f.subject.name, f.relation, f.object.name, f.comparator]);

  it('reads a null comparison stated after both groups ("in both A and B with no significant difference")', () => {
    const { findings } = extract(
      'Serum ferritin showed wide scatter in both ME/CFS patients (median 80 ng/mL) and healthy controls (median 85 ng/mL) with no significant difference (p=0.41).',
    );
    expect(rows(findings)).toEqual([['ferritin', 'NOT_DIFFERENT_IN', 'ME/CFS', 'healthy controls']]);
    expect(findings[0]).toMatchObject({ pValue: 0.41, significant: false });
  });

  it('reads prevalence contrasts between groups, in either direction', () => {
    const higher = extract(
      'Small fibre neuropathy was found in 38% of fibromyalgia patients versus 6% of healthy controls (p<0.001).',
    );
    expect(rows(higher.findings)).toEqual([
      ['small fiber neuropathy', 'ELEVATED_IN', 'fibromyalgia', 'healthy controls'],
    ]);
    expect(higher.findings[0]).toMatchObject({ pValue: 0.001, pComparator: '<' });
    const lower = extract('Anti-nuclear antibodies were present in 12% of patients compared with 30% of controls.');
    expect(rows(lower.findings)).toEqual([['anti-nuclear antibodies', 'REDUCED_IN', 'ME/CFS', 'controls']]);
    const opening = extract('35% of ME/CFS patients and 8% of controls had postural tachycardia.');
    expect(rows(opening.findings).map((r) => r.slice(1))).toEqual([['ELEVATED_IN', 'ME/CFS', 'controls']]);
  });

  it('gives each member its own figure with "respectively" and reads "no … in controls" as zero', () => {
    const { findings } = extract(
      'IL-6 and TNF-α were detectable in 20% and 11% of ME/CFS patients respectively, with no detectable levels in controls.',
    );
    expect(rows(findings)).toEqual([
      ['IL-6', 'ELEVATED_IN', 'ME/CFS', 'controls'],
      ['TNF-α', 'ELEVATED_IN', 'ME/CFS', 'controls'],
    ]);
  });

  it('skips a bare percentage in one group', () => {
    const sentence = 'Orthostatic intolerance was reported by 64% of ME/CFS patients.';
    expect(extract(sentence).unstructured).toEqual([sentence]);
  });

  it('reads members listed with their figures after a colon', () => {
    const { findings } = extract(
      'Cytokine levels were similar between groups: 2.1-2.4 pg/mL for IL-6, 1.0-1.2 pg/mL for IL-10, and 3-4 pg/mL for IL-8.',
    );
    expect(findings.map((f) => [f.subject.name, f.relation])).toEqual([
      ['IL-6', 'NOT_DIFFERENT_IN'],
      ['IL-10', 'NOT_DIFFERENT_IN'],
      ['IL-8', 'NOT_DIFFERENT_IN'],
    ]);
    // A colon list whose items carry no figures is not read as members; the clause keeps its own subject.
    const named = extract('Antibody titres did not differ between the groups: IgA (p=0.3) and IgG (p=0.6).');
    expect(named.findings.map((f) => [f.subject.name, f.relation])).toEqual([['antibody titres', 'NOT_DIFFERENT_IN']]);
  });

  it('reads "no (differential) benefit/effect on X" with the treatment arm as object and placebo as comparator', () => {
    const benefit = extract('Pyridostigmine had no significant effect on heart rate compared with placebo.');
    expect(rows(benefit.findings)).toEqual([
      ['heart rate', 'NOT_DIFFERENT_IN', 'pyridostigmine treatment group', 'placebo'],
    ]);
    const arm = extract('Low-dose naltrexone therapy showed no additional benefit over placebo on fatigue scores.');
    expect(rows(arm.findings)).toEqual([
      ['fatigue', 'NOT_DIFFERENT_IN', 'low-dose naltrexone treatment group', 'placebo'],
    ]);
  });

  it('splits verb phrases sharing a subject and reads directed parts of an umbrella', () => {
    const { findings } = extract(
      'Patients without orthostatic intolerance showed normal cortisol levels and reported symptom relief (less pain and reduced fatigue) after sleep.',
    );
    expect(findings.map((f) => [f.subject.name, f.relation, f.object.name, f.comparator])).toEqual([
      ['pain', 'REDUCED_IN', 'ME/CFS without orthostatic intolerance', 'before sleep'],
      ['fatigue', 'REDUCED_IN', 'ME/CFS without orthostatic intolerance', 'before sleep'],
    ]);
    const including = extract(
      'Autonomic dysfunction, including cardiac and peripheral hypoperfusion, observed in fibromyalgia cohorts and correlated with pain severity.',
    );
    expect(including.findings.map((f) => [f.subject.name, f.relation, f.object.name])).toEqual([
      ['cardiac perfusion', 'REDUCED_IN', 'fibromyalgia'],
      ['peripheral perfusion', 'REDUCED_IN', 'fibromyalgia'],
      ['cardiac hypoperfusion', 'CORRELATES_WITH', 'pain'],
      ['peripheral hypoperfusion', 'CORRELATES_WITH', 'pain'],
    ]);
  });

  it('does not let a negation inside a group name negate the cue', () => {
    const { findings } = extract('Patients without morning stiffness reported lower anxiety scores than controls.');
    expect(findings.map((f) => [f.relation, f.object.name])).toEqual([
      ['REDUCED_IN', 'ME/CFS without morning stiffness'],
    ]);
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
    expect(
      parseStatistics("The summary effect size (Hedges' g) was 0.58, with 95% confidence interval 0.31–0.85"),
    ).toMatchObject({
      effectType: 'Hedges g',
      effectSize: 0.58,
      ci: [0.31, 0.85],
    });
    expect(parseStatistics('accuracy (AUC=0.935)')).toMatchObject({ effectType: 'AUC', effectSize: 0.935 });
    expect(parseStatistics('r = -0.42, p=0.01')).toMatchObject({ effectType: 'r', effectSize: -0.42 });
    expect(parseStatistics('OR 2.5 (95% CI 1.2-5.1)')).toMatchObject({
      effectType: 'odds ratio',
      effectSize: 2.5,
      ci: [1.2, 5.1],
    });
    expect(parseStatistics('in ME/CFS patients (n=9)').sampleSize).toBe(9);
    expect(parseStatistics('Ejection fraction: 61.5% vs 64.0% in controls').groups).toEqual([
      { mean: 61.5 },
      { mean: 64 },
    ]);
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
    for (const name of [
      'CFS',
      'chronic fatigue syndrome',
      'Myalgic encephalomyelitis',
      'CFS/ME',
      'ME',
      'myalgic encephalomyelitis/chronic fatigue syndrome',
    ]) {
      expect(resolveEntity('Condition', name)).toMatchObject({ name: 'ME/CFS', xrefs: { MONDO: 'MONDO:0005404' } });
    }
    expect(resolveEntity('Symptom', 'Fatigue')).toMatchObject({ name: 'fatigue', xrefs: { HPO: 'HP:0012378' } });
    expect(resolveEntity('Biomarker', 'microRNA-320a')?.name).toBe('miR-320a');
    expect(resolveEntity('Biomarker', 'no such marker')).toBeNull();
  });
});
