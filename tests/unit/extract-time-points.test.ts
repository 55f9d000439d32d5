// The same comparison stated at several time points, each with its own p, is one finding per time point, the time
// point kept on the finding; a claim stated once for every time point, or a change along a time path, keeps none.
// Titles and sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { findingMatchesLabel } from '../../src/ingest/extract/evaluate.ts';
import { extractFindings } from '../../src/ingest/extract/index.ts';

const TITLE = 'Oral montelukast for fatigue in long COVID: a randomised placebo-controlled trial';

const extract = (sentence: string) =>
  extractFindings({ slug: 'time-point-2025-test', title: TITLE, observedFindings: [sentence] }).findings.map(
    (f) => `${f.subject.name} | ${f.relation} | ${f.timePoint ?? '-'} | p ${f.pValue ?? '-'}`,
  );

describe('findings at several time points', () => {
  it('a result at one time point but not at another is two findings, each with its own p', () => {
    expect(
      extract(
        'Serum tryptase was lower with montelukast than with placebo at week 4 (p = 0.004) but not at week 8 (p = 0.27).',
      ),
    ).toEqual([
      'serum tryptase | REDUCED_IN | at week 4 | p 0.004',
      'serum tryptase | NOT_DIFFERENT_IN | at week 8 | p 0.27',
    ]);
  });

  it('a null at two time points, the second written without its preposition', () => {
    expect(
      extract(
        'Fatigue severity did not differ between montelukast and placebo at 4 weeks (p = 0.61) or 8 weeks (p = 0.45).',
      ),
    ).toEqual(['fatigue | NOT_DIFFERENT_IN | at 4 weeks | p 0.61', 'fatigue | NOT_DIFFERENT_IN | at 8 weeks | p 0.45']);
  });

  it('a difference at rest and after an event, and one repeated at three visits', () => {
    expect(
      extract(
        'Handgrip strength was weaker in patients than in healthy volunteers both at rest (28 vs 34 kg, p = 0.003) and 2 hours after exercise (24 vs 33 kg, p < 0.001).',
      ),
    ).toEqual([
      'hand grip strength | REDUCED_IN | at rest | p 0.003',
      'hand grip strength | REDUCED_IN | 2 hours after exercise | p 0.001',
    ]);
    expect(
      extract(
        'Plasma histamine was lower with montelukast than with placebo at week 2 (p = 0.03), at week 4 (p = 0.01) and at week 8 (p = 0.02).',
      ).map((f) => f.split(' | ').slice(2).join(' ')),
    ).toEqual(['at week 2 p 0.03', 'at week 4 p 0.01', 'at week 8 p 0.02']);
  });

  it('a change along a time path, or one claim for every visit, has no time point of its own', () => {
    expect(
      extract(
        'Orthostatic heart rate increment fell from 38 beats/min at baseline to 30 at week 4 and 26 at week 8 with montelukast (p = 0.002).',
      ),
    ).toEqual(['orthostatic heart rate increment | REDUCED_IN | - | p 0.002']);
    expect(
      extract('Urinary leukotriene E4 was higher in patients than in controls at every visit (all p < 0.05).'),
    ).toEqual(['urinary leukotriene E4 | ELEVATED_IN | - | p 0.05']);
  });

  it('is scored against a label that names the time point in its subject, as the GUIDE does', () => {
    const [atWeek4] = extractFindings({
      slug: 'time-point-2025-test',
      title: TITLE,
      observedFindings: [
        'Serum tryptase was lower with montelukast than with placebo at week 4 (p = 0.004) but not at week 8 (p = 0.27).',
      ],
    }).findings;
    const label = (subject: string) => ({
      sentence: atWeek4!.statement,
      subject: [subject],
      relation: 'REDUCED_IN',
      object: [atWeek4!.object.name],
    });
    expect(findingMatchesLabel(atWeek4!, label('serum tryptase at week 4'))).toBe(true);
    expect(findingMatchesLabel(atWeek4!, label('serum tryptase at week 8'))).toBe(false);
    expect(findingMatchesLabel(atWeek4!, label('serum tryptase'))).toBe(false);
  });
});
