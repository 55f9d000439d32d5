// The constructed scenarios of issue 17 (an audit of evidence synthesis): a handful of findings each, plain data so
// that any version of synthesizePair can be run on them. tests/unit/evidence-defects.test.ts holds what a careful
// reviewer concludes from each.
import type { EvidenceFindingInput, EvidenceStudyInput } from '../../src/evidence/types.ts';

let nextId = 0;
export function scenarioFinding(
  studySlug: string,
  relation: EvidenceFindingInput['relation'],
  study: Partial<EvidenceStudyInput> = {},
  extra: Partial<EvidenceFindingInput> = {},
): EvidenceFindingInput {
  nextId += 1;
  return {
    findingId: `${studySlug}#${String(nextId).padStart(3, '0')}`,
    studySlug,
    relation,
    ...extra,
    study: { methodFlags: [], evidenceLevel: 'E2', design: 'CASE_CONTROL', ...study },
  };
}

const f = scenarioFinding;

/** 1. One study: higher than healthy controls, no different from multiple sclerosis patients. */
export const comparatorIgnored: EvidenceFindingInput[] = [
  f('kim-2021', 'ELEVATED_IN', { sampleSize: 200 }, { comparator: 'healthy controls', significant: true }),
  f(
    'kim-2021',
    'NOT_DIFFERENT_IN',
    { sampleSize: 200 },
    { comparator: 'multiple sclerosis', pValue: 0.41, pComparator: '=' },
  ),
];

/** 2a. The same data (g 0.28, n 90 + 90, p = 0.06) worded once as a trend and once as a null. */
const trendData = {
  effectSize: 0.28,
  effectType: 'Hedges g',
  pValue: 0.06,
  pComparator: '=' as const,
  groups: [
    { mean: 1.28, n: 90 },
    { mean: 1, n: 90 },
  ],
};
export const trendVersusNull: EvidenceFindingInput[] = [
  f('lee-2019', 'ELEVATED_IN', {}, { ...trendData, comparator: 'healthy controls' }),
  f('moss-2020', 'NOT_DIFFERENT_IN', {}, { ...trendData, comparator: 'healthy controls' }),
];

/** 2b. Three n = 200 nulls, each g 0.25. */
export const threeNulls: EvidenceFindingInput[] = ['a-2018', 'b-2020', 'c-2022'].map((slug) =>
  f(
    slug,
    'NOT_DIFFERENT_IN',
    {},
    { effectSize: 0.25, effectType: 'Hedges g', sampleSize: 200, comparator: 'healthy controls' },
  ),
);

/** 3. Three studies, one per PEM criterion, design and level, each pointing another way. */
export const singleStudyGroups: EvidenceFindingInput[] = [
  f('up-2019', 'ELEVATED_IN', { pemCriterion: 'REQUIRED', design: 'CASE_CONTROL', evidenceLevel: 'E1' }),
  f('down-2020', 'REDUCED_IN', { pemCriterion: 'NOT_REQUIRED', design: 'CROSS_SECTIONAL', evidenceLevel: 'E2' }),
  f('null-2021', 'NOT_DIFFERENT_IN', {
    pemCriterion: 'UNCLEAR',
    design: 'OBSERVATIONAL',
    evidenceLevel: 'E0',
    sampleSize: 300,
  }),
];

/** 4. One study reports two effects on the pair (g 0.8 and g 0.1, n 40 + 40 each); another reports g 0.5. */
const groupsOf40 = [
  { mean: 1, n: 40 },
  { mean: 0, n: 40 },
];
export const severalEffects: EvidenceFindingInput[] = [
  f('ng-2020', 'ELEVATED_IN', {}, { effectSize: 0.8, effectType: 'Hedges g', groups: groupsOf40 }),
  f('ng-2020', 'ELEVATED_IN', {}, { effectSize: 0.1, effectType: 'Hedges g', groups: groupsOf40 }),
  f('ortiz-2022', 'ELEVATED_IN', {}, { effectSize: 0.5, effectType: 'Hedges g', groups: groupsOf40 }),
];

/** 5. A meta-analysis of four primary studies, all five on the pair: one reduction, three well-powered nulls. */
export const reviewAndItsStudies: EvidenceFindingInput[] = [
  f('review-2024', 'REDUCED_IN', { design: 'META_ANALYSIS', evidenceLevel: 'E0' }),
  f('p1-2015', 'REDUCED_IN', { evidenceLevel: 'E2' }),
  f('p2-2017', 'NOT_DIFFERENT_IN', { evidenceLevel: 'E2', sampleSize: 300 }),
  f('p3-2019', 'NOT_DIFFERENT_IN', { evidenceLevel: 'E2', sampleSize: 300 }),
  f('p4-2021', 'NOT_DIFFERENT_IN', { evidenceLevel: 'E2', sampleSize: 300 }),
];

/** 6. A study without a badge against an E3 (preliminary) one, and an E1 against an E2 one. */
export const unbadgedVersusE3: EvidenceFindingInput[] = [
  f('nobadge-2020', 'ELEVATED_IN', { evidenceLevel: null }),
  f('prelim-2021', 'REDUCED_IN', { evidenceLevel: 'E3' }),
];
export const replicatedVersusModerate: EvidenceFindingInput[] = [
  f('rep-2020', 'ELEVATED_IN', { evidenceLevel: 'E1' }),
  f('mod-2021', 'NOT_DIFFERENT_IN', { evidenceLevel: 'E2', sampleSize: 400 }),
];
