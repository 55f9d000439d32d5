// A disorder the summary counts a cohort with is a condition while the study is read, though the lexicon lacks it.
// Summaries and sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { cohortConditions } from '../../src/ingest/extract/cohort-conditions.ts';
import { extractFindings } from '../../src/ingest/extract/index.ts';

describe('the disorders of counted cohorts', () => {
  it('reads each counted cohort with a disorder, its abbreviation and shorter forms', () => {
    expect(
      cohortConditions(
        'Jaw tests in 50 women with fibromyalgia, 40 women with myofascial temporomandibular disorder (TMD) and 45 ' +
          'pain-free women; 20 with moderate persistent asthma were tested too.',
      ),
    ).toEqual([
      { name: 'myofascial temporomandibular disorder', synonyms: ['TMD', 'temporomandibular disorder'] },
      { name: 'moderate persistent asthma', synonyms: ['persistent asthma', 'asthma'] },
    ]);
  });

  it('leaves out known conditions, healthy people and what names no disorder', () => {
    expect(
      cohortConditions(
        '30 patients with ME/CFS, 30 adults with no chronic illness, 25 people with high blood pressure readings ' +
          'and 20 with two or more infections.',
      ),
    ).toEqual([]);
  });

  it("a cohort's disorder is a group the findings compare, never the study's own condition", () => {
    const findings = extractFindings({
      slug: 'cohort-2025-test',
      title: 'Bite force in fibromyalgia',
      summary:
        'Bite force in 50 women with fibromyalgia and 40 women with myofascial temporomandibular disorder (TMD).',
      observedFindings: [
        'Maximal bite force was lower in fibromyalgia than in TMD (p = 0.004).',
        'Bite endurance was similar in the two groups.',
      ],
    }).findings.map((f) => `${f.subject.name} | ${f.relation} | ${f.object.name} | ${f.comparator ?? ''}`);
    expect(findings).toEqual([
      'maximal bite force | REDUCED_IN | fibromyalgia | TMD',
      'bite endurance | NOT_DIFFERENT_IN | fibromyalgia | ',
    ]);
  });
});
