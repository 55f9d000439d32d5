// Weights of findings and studies, and the one-study-one-vote aggregation (docs/evidence.md, "Weights" and
// "One study, one vote"). A study that states the same link in three sentences is still one study.
import { compareClasses, comparatorClass } from './comparators.ts';
import { findingDirection, findingSignificance, isDirected } from './direction.ts';
import { correlationPower, twoGroupPower } from './power.ts';
import type {
  ComparatorClass,
  Direction,
  EvidenceFindingInput,
  EvidenceStudyInput,
  FindingWeight,
  NullPower,
  StudyContribution,
  WeightFactor,
  WeightedSupport,
} from './types.ts';
import { normalizeFlag, type EvidenceWeights } from './weights.ts';

export function emptySupport(): WeightedSupport {
  return { up: 0, down: 0, none: 0, undirected: 0 };
}

export function addSupport(into: WeightedSupport, from: WeightedSupport): WeightedSupport {
  into.up += from.up;
  into.down += from.down;
  into.none += from.none;
  into.undirected += from.undirected;
  return into;
}

export function directionalWeight(support: WeightedSupport): number {
  return support.up + support.down + support.none;
}

const SUPPORT_KEY = { UP: 'up', DOWN: 'down', NONE: 'none', UNDIRECTED: 'undirected' } as const;

/** Evidence level × design × method flags × retraction × (optional) sample size, each factor named. */
export function studyWeightFactors(study: EvidenceStudyInput, weights: EvidenceWeights): WeightFactor[] {
  const level = study.evidenceLevel ?? 'UNKNOWN';
  const factors: WeightFactor[] = [
    {
      reason: `evidence level ${level}`,
      factor: weights.evidenceLevel[level] ?? weights.evidenceLevel.UNKNOWN ?? 0,
    },
  ];
  const design = study.design ?? 'UNKNOWN';
  const designFactor = weights.design[design] ?? 1;
  if (designFactor !== 1) factors.push({ reason: `design ${design}`, factor: designFactor });
  // "Small Sample" and "SMALL_SAMPLE" are one flag. In the order of the weights (data/evidence-weights.json), then by
  // name: the product of the factors is a float product and must not depend on the order a database returns the
  // tags in (the materialized default view, src/ingest/pair-votes.ts, equals the live synthesis to the last bit).
  const listed = Object.keys(weights.methodFlags);
  const rank = (key: string) => (listed.includes(key) ? listed.indexOf(key) : listed.length);
  const flagKeys = [...new Set(study.methodFlags.map(normalizeFlag))].sort(
    (a, b) => rank(a) - rank(b) || compareText(a, b),
  );
  for (const key of flagKeys) {
    const factor = weights.methodFlags[key] ?? 1;
    if (factor !== 1) factors.push({ reason: `method flag ${key}`, factor });
  }
  if (study.retracted) factors.push({ reason: 'retracted', factor: weights.retracted });
  const n = study.sampleSize;
  if (weights.sampleSize.enabled && typeof n === 'number' && n > 0) {
    const factor = Math.min(1, Math.max(weights.sampleSize.floor, Math.sqrt(n / weights.sampleSize.referenceN)));
    if (factor !== 1) factors.push({ reason: `sample size ${n}`, factor });
  }
  return factors;
}

export function product(factors: WeightFactor[]): number {
  return factors.reduce((acc, f) => acc * f.factor, 1);
}

/** Participants behind a finding: its own n, else the sum of its groups' n (when every group has one), else the
 *  study's n. */
export function findingSampleSize(finding: EvidenceFindingInput): number | null {
  if (typeof finding.sampleSize === 'number' && finding.sampleSize > 0) return finding.sampleSize;
  const groups = finding.groups ?? [];
  if (groups.length > 0 && groups.every((g) => typeof g.n === 'number' && g.n > 0)) {
    return groups.reduce((sum, g) => sum + (g.n as number), 0);
  }
  const studyN = finding.study.sampleSize;
  return typeof studyN === 'number' && studyN > 0 ? studyN : null;
}

/**
 * Power of a null finding against the reference effect (docs/evidence.md §2): a correlation null against r, any
 * other against d between its two groups (their n when printed, else its n split evenly). A study flagged Small
 * Sample is UNDERPOWERED whatever its n.
 */
export function nullPowerOf(finding: EvidenceFindingInput, weights: EvidenceWeights): NullPower {
  const t = weights.thresholds;
  if (finding.study.methodFlags.some((f) => normalizeFlag(f) === 'SMALL_SAMPLE')) return 'UNDERPOWERED';
  const n = findingSampleSize(finding);
  if (n === null) return 'UNKNOWN';
  let power: number;
  if (finding.relation === 'NOT_CORRELATED_WITH') {
    power = n > 3 ? correlationPower(t.nullPowerReferenceR, n, t.alpha) : 0;
  } else {
    const [a, b] = finding.groups ?? [];
    const known = a && b && typeof a.n === 'number' && a.n > 0 && typeof b.n === 'number' && b.n > 0;
    power = known
      ? twoGroupPower(t.nullPowerReferenceD, a.n as number, b.n as number, t.alpha)
      : twoGroupPower(t.nullPowerReferenceD, n / 2, n / 2, t.alpha);
  }
  return power >= t.nullPowerTarget ? 'WELL_POWERED' : 'UNDERPOWERED';
}

/** Designs whose findings restate other studies: secondary evidence (docs/evidence.md §2b). */
export const SECONDARY_DESIGNS: readonly string[] = [
  'META_ANALYSIS',
  'SYSTEMATIC_REVIEW',
  'REVIEW_NARRATIVE',
  'GUIDELINE',
];

export function isSecondary(study: EvidenceStudyInput): boolean {
  return study.design != null && SECONDARY_DESIGNS.includes(study.design);
}

function weighFinding(finding: EvidenceFindingInput, studyWeight: number, weights: EvidenceWeights): FindingWeight {
  const direction = findingDirection(finding);
  const significant = findingSignificance(finding, weights.thresholds.alpha);
  const factors: WeightFactor[] = [];
  // A "trend" (directed but not significant) is weaker evidence of a direction than a significant result.
  if (isDirected(direction) && significant === false) {
    factors.push({ reason: 'directed but not significant', factor: weights.finding.nonSignificantDirected });
  }
  // Absence of evidence from a small study is weak evidence of absence.
  if (direction === 'NONE' && nullPowerOf(finding, weights) === 'UNDERPOWERED') {
    factors.push({ reason: 'underpowered null', factor: weights.finding.underpoweredNull });
  }
  return {
    findingId: finding.findingId,
    direction,
    weight: studyWeight * product(factors),
    factors,
    significant,
    sampleSize: findingSampleSize(finding),
  };
}

const POWER_RANK: Record<NullPower, number> = { UNDERPOWERED: 0, UNKNOWN: 1, WELL_POWERED: 2 };

/**
 * One vote per study. Directed and null findings speak for the study; undirected ones only when it says nothing
 * more specific (a direction already implies a link). The vote is the weight of the study's strongest speaking
 * finding, split over the directions it reports in proportion to each direction's strongest finding.
 */
export function aggregateStudy(
  findings: EvidenceFindingInput[],
  weights: EvidenceWeights,
  comparator: ComparatorClass = comparatorClass(findings[0]?.comparator),
): StudyContribution {
  const sorted = [...findings].sort((a, b) => compareText(a.findingId, b.findingId));
  const first = sorted[0];
  if (!first) throw new Error('aggregateStudy needs at least one finding');
  // Badges of one study are one study's; take them from the first finding (by id) for determinism.
  const study = first.study;
  const studyFactors = studyWeightFactors(study, weights);
  const studyWeight = product(studyFactors);
  const weighed = sorted.map((f) => weighFinding(f, studyWeight, weights));

  const hasSpecific = weighed.some((f) => f.direction !== 'UNDIRECTED');
  const speaking = weighed.filter((f) => (f.direction === 'UNDIRECTED') !== hasSpecific);
  const strongest = new Map<Direction, number>();
  for (const f of speaking) strongest.set(f.direction, Math.max(strongest.get(f.direction) ?? 0, f.weight));
  const vote = Math.max(0, ...strongest.values());
  const total = [...strongest.values()].reduce((a, b) => a + b, 0);
  const support = emptySupport();
  if (total > 0) {
    // vote · (weight / total) keeps a one-direction study's vote exact (w · 1), free of float noise.
    for (const [direction, weight] of strongest) support[SUPPORT_KEY[direction]] += vote * (weight / total);
  }

  let nullPower: NullPower | null = null;
  for (const f of sorted) {
    if (findingDirection(f) !== 'NONE') continue;
    const power = nullPowerOf(f, weights);
    if (nullPower === null || POWER_RANK[power] > POWER_RANK[nullPower]) nullPower = power;
  }

  return {
    studySlug: first.studySlug,
    comparator,
    secondary: isSecondary(study),
    counted: true,
    evidenceLevel: study.evidenceLevel ?? null,
    pemCriterion: study.pemCriterion ?? null,
    design: study.design ?? null,
    retracted: study.retracted === true,
    studyWeight,
    studyFactors,
    findings: weighed,
    support,
    weight: directionalWeight(support) + support.undirected,
    nullPower,
  };
}

/** A study's findings on a pair grouped by comparator class, in class order. */
export function findingsByClass(
  findings: readonly EvidenceFindingInput[],
): [ComparatorClass, EvidenceFindingInput[]][] {
  const byClass = new Map<string, [ComparatorClass, EvidenceFindingInput[]]>();
  for (const f of findings) {
    const comparator = comparatorClass(f.comparator);
    const entry = byClass.get(comparator.key);
    if (entry) entry[1].push(f);
    else byClass.set(comparator.key, [comparator, [f]]);
  }
  return [...byClass.values()].sort((a, b) => compareClasses(a[0], b[0]));
}

/** A pair's findings grouped by study, in slug order. */
export function findingsByStudy(findings: readonly EvidenceFindingInput[]): EvidenceFindingInput[][] {
  const byStudy = new Map<string, EvidenceFindingInput[]>();
  for (const f of findings) {
    const list = byStudy.get(f.studySlug);
    if (list) list.push(f);
    else byStudy.set(f.studySlug, [f]);
  }
  return [...byStudy.keys()].sort(compareText).map((slug) => byStudy.get(slug) as EvidenceFindingInput[]);
}

/** Findings grouped by study and comparator class and aggregated, in slug then class order. */
export function studyContributions(
  findings: readonly EvidenceFindingInput[],
  weights: EvidenceWeights,
): StudyContribution[] {
  return findingsByStudy(findings).flatMap((ofStudy) =>
    findingsByClass(ofStudy).map(([comparator, inClass]) => aggregateStudy(inClass, weights, comparator)),
  );
}

/** Locale-independent ordering, so results never depend on the machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
