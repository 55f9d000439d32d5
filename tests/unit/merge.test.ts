import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAtlasPage } from '../../src/ingest/atlas-reader.ts';
import { mergeList, mergeRecords } from '../../src/ingest/merge.ts';
import type { StudyRecord } from '../../src/ingest/record.ts';

const ATLAS = new URL('../../data/atlas/', import.meta.url);
const read = (name: string): StudyRecord =>
  parseAtlasPage(readFileSync(new URL(name, ATLAS), 'utf8'), { file: name }).record;

/** Every non-empty value of `part` is present in `whole` (lists: every item; scalars: equal). */
function expectNothingLost(part: StudyRecord, whole: StudyRecord, exceptCutItems = true): void {
  for (const [key, value] of Object.entries(part) as [keyof StudyRecord, unknown][]) {
    const merged = whole[key];
    if (value === null || value === undefined || value === false) continue;
    if (Array.isArray(value)) {
      for (const item of value) {
        const kept = (merged as unknown[]).some((m) =>
          exceptCutItems && typeof m === 'string' && typeof item === 'string'
            ? m.startsWith(item)
            : JSON.stringify(m) === JSON.stringify(item),
        );
        expect(kept, `${key}: ${JSON.stringify(item)}`).toBe(true);
      }
    } else if (key === 'tags') {
      expectNothingLost(value as unknown as StudyRecord, merged as unknown as StudyRecord, false);
    } else if (typeof value === 'string' && typeof merged === 'string') {
      expect(merged.startsWith(value), `${key}`).toBe(true);
    } else {
      expect(merged, key).toEqual(value);
    }
  }
}

/** A capture of the seed's slug as the atlas site cuts them off: a URL line, then the page up to mid-word. */
function cutOffCaptureOfSeed(): StudyRecord {
  const lines = readFileSync(new URL('seed-entry.txt', ATLAS), 'utf8').split('\n');
  const secondConclusion = lines.indexOf('Inferred Conclusions') + 2;
  const text = [
    'URL: https://www.cfsmeatlas.com/evidence/hussein-2022-impact-micro',
    ...lines.slice(0, secondConclusion),
    lines[secondConclusion]!.slice(0, 14),
  ];
  return parseAtlasPage(text.join('\n'), { file: 'cut.txt' }).record;
}

describe('mergeRecords on sample captures', () => {
  const seed = read('seed-entry.txt');
  const capture = cutOffCaptureOfSeed();

  it('the cut-off capture lost its half-word last item and everything after it', () => {
    expect(capture.inferredConclusions).toEqual(seed.inferredConclusions!.slice(0, 1));
    expect(capture.remainingQuestions ?? []).toEqual([]);
    expect(capture.doi ?? null).toBeNull();
  });

  it('the seed merged with its cut-off capture loses nothing, in either order', () => {
    for (const merged of [mergeRecords(seed, capture), mergeRecords(capture, seed)]) {
      expectNothingLost(seed, merged);
      expectNothingLost(capture, merged);
      expect(merged.inferredConclusions).toEqual(seed.inferredConclusions);
      expect(merged.observedFindings).toEqual(seed.observedFindings);
      expect(merged.tags).toEqual(seed.tags);
      expect(merged.doi).toBe('10.1093/pm/pnac076');
      expect(merged.lastUpdated).toBe('2026-04-08');
      expect(merged.sourceUrls).toEqual(['https://www.cfsmeatlas.com/evidence/hussein-2022-impact-micro']);
    }
  });

  it('fills each capture’s gaps from the other (nakatomi: compact badges + Metadata, and full sections)', () => {
    const first = read('pages/nakatomi-2014-neuroinflammation-japan--1.txt');
    const second = read('pages/nakatomi-2014-neuroinflammation-japan--2.txt');
    const merged = mergeRecords(first, second);
    expect(merged.design).toBe('MECHANISTIC');
    expect(merged.peerReviewed).toBe(true);
    expect(merged.sampleSize).toBe(9);
    expect(merged.tags!.methodFlags).toEqual(first.tags!.methodFlags);
    expect(merged.observedFindings).toEqual(second.observedFindings);
    expect(merged.remainingQuestions).toHaveLength(3);
    expect(merged.sourceUrls).toHaveLength(2);
    expectNothingLost(first, merged);
    expectNothingLost(second, merged);
  });

  it('merges three captures of one slug (ryback): title from the full one, does-not-prove from the compact ones', () => {
    const merged = ['1', '2', '3']
      .map((n) => read(`pages/ryback-2026-indistinguishable-mitochondrial--${n}.txt`))
      .reduce((a, b) => mergeRecords(a, b));
    expect(merged.title).toMatch(/^Indistinguishable mitochondrial phenotypes/);
    expect(merged.doesNotProve).toMatch(
      /^Mitochondrial dysfunction inside ME\/CFS patients' own bodies is not ruled out here/,
    );
    expect(merged.observedFindings).toHaveLength(4);
    expect(merged.sourceUrls).toEqual([
      'https://www.mecfsatlas.com/evidence/ryback-2026-indistinguishable-mitochondrial',
      'https://www.cfsmeatlas.com/evidence/ryback-2026-indistinguishable-mitochondrial',
    ]);
  });
});

describe('mergeRecords rules', () => {
  const base: StudyRecord = { slug: 'a-2020-b-c' };

  it('keeps the fuller of two texts when one is the start of the other, whichever came first', () => {
    const cut = { ...base, summary: 'Researchers measured a molecule called miR-320a in the bl' };
    const full = { ...base, summary: 'Researchers measured a molecule called miR-320a in the blood of people.' };
    expect(mergeRecords(cut, full).summary).toBe(full.summary);
    expect(mergeRecords(full, cut).summary).toBe(full.summary);
  });

  it('keeps the earlier value when two values differ, and fills a missing one from the later', () => {
    const earlier = { ...base, summary: 'One summary.', year: 2020, evidenceLevel: 'E2' as const, doi: null };
    const later = { ...base, summary: 'Another summary.', year: 2021, evidenceLevel: 'E1' as const, doi: '10.1000/x' };
    const merged = mergeRecords(earlier, later);
    expect(merged.summary).toBe('One summary.');
    expect(merged.year).toBe(2020);
    expect(merged.evidenceLevel).toBe('E2');
    expect(merged.doi).toBe('10.1000/x');
  });

  it('never erases: merging with an empty capture changes no value', () => {
    const seed = read('seed-entry.txt');
    const merged = mergeRecords(seed, { slug: seed.slug });
    expect(merged).toEqual(seed);
    expect(mergeRecords({ slug: seed.slug }, seed)).toEqual(seed);
  });

  it('unions lists in order, dropping exact duplicates and cut copies of sentences', () => {
    expect(
      mergeList(['A finding.', 'B cut of'], ['A finding.', 'B cut of a sentence.', 'C finding.'], {
        dropCutCopies: true,
      }),
    ).toEqual(['A finding.', 'B cut of a sentence.', 'C finding.']);
    const merged = mergeRecords(
      { ...base, observedFindings: ['Only the start of a finding about IL-6 lev'] },
      { ...base, observedFindings: ['Another one.', 'Only the start of a finding about IL-6 levels (p<0.01).'] },
    );
    expect(merged.observedFindings).toEqual([
      'Only the start of a finding about IL-6 levels (p<0.01).',
      'Another one.',
    ]);
  });

  it('keeps names exact: a tag that starts another tag is not a cut copy', () => {
    const merged = mergeRecords(
      { ...base, tags: { symptoms: ['Pain'], biomarkerClasses: [], methodFlags: ['Small Sample'] } },
      { ...base, tags: { symptoms: ['Pain Interference', 'Pain'], biomarkerClasses: ['Imaging'], methodFlags: [] } },
    );
    expect(merged.tags).toEqual({
      symptoms: ['Pain', 'Pain Interference'],
      biomarkerClasses: ['Imaging'],
      methodFlags: ['Small Sample'],
    });
  });

  it('keeps a design with its label, a retraction from any capture, and the latest update date', () => {
    const merged = mergeRecords(
      { ...base, design: null, retracted: true, lastUpdated: '2026-04-07' },
      { ...base, design: 'OTHER', designLabel: 'Cohort-Study', retracted: false, lastUpdated: '2026-04-08' },
    );
    expect(merged.design).toBe('OTHER');
    expect(merged.designLabel).toBe('Cohort-Study');
    expect(merged.retracted).toBe(true);
    expect(merged.lastUpdated).toBe('2026-04-08');
    const kept = mergeRecords({ ...base, design: 'RCT' }, { ...base, design: 'OTHER', designLabel: 'Cohort-Study' });
    expect(kept.design).toBe('RCT');
    expect(kept.designLabel).toBeNull();
  });

  it('merges findings without duplicates', () => {
    const finding = {
      statement: 'IL-6 was elevated.',
      subject: { type: 'Biomarker' as const, name: 'IL-6' },
      relation: 'ELEVATED_IN' as const,
      object: { type: 'Condition' as const, name: 'ME/CFS' },
      extraction: { agent: 'x', version: '1', confidence: 0.9, curated: false },
    };
    const merged = mergeRecords({ ...base, findings: [finding] }, { ...base, findings: [{ ...finding }] });
    expect(merged.findings).toHaveLength(1);
  });

  it('refuses to merge different studies', () => {
    expect(() => mergeRecords(base, { slug: 'other-2020-x-y' })).toThrow(/different studies/);
  });
});
