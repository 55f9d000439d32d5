// Weights of findings and studies, and the one-study-one-vote aggregation (docs/evidence.md, "Weights" and
// "One study, one vote"). A study that states the same link in three sentences is still one study.
import { findingDirection, findingSignificance, isDirected } from './direction.ts';
import type {
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
  const flagKeys = [...new Set(study.methodFlags.map(normalizeFlag))].sort((a, b) => rank(a) - rank(b) || compareText(a, b));
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

function nullPowerOf(finding: EvidenceFindingInput, weights: EvidenceWeights): NullPower {
  const n = findingSampleSize(finding);
  const flaggedSmall = finding.study.methodFlags.some((f) => normalizeFlag(f) === 'SMALL_SAMPLE');
  if (flaggedSmall || (n !== null && n < weights.thresholds.wellPoweredNullN)) return 'UNDERPOWERED';
  return n === null ? 'UNKNOWN' : 'WELL_POWERED';
}

function weighFinding(
  finding: EvidenceFindingInput,
  studyWeight: number,
  weights: EvidenceWeights,
): FindingWeight {
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
export function aggregateStudy(findings: EvidenceFindingInput[], weights: EvidenceWeights): StudyContribution {
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

/** Findings grouped by study and aggregated, in slug order. */
export function studyContributions(
  findings: readonly EvidenceFindingInput[],
  weights: EvidenceWeights,
): StudyContribution[] {
  const byStudy = new Map<string, EvidenceFindingInput[]>();
  for (const f of findings) {
    const list = byStudy.get(f.studySlug);
    if (list) list.push(f);
    else byStudy.set(f.studySlug, [f]);
  }
  return [...byStudy.keys()]
    .sort(compareText)
    .map((slug) => aggregateStudy(byStudy.get(slug) as EvidenceFindingInput[], weights));
}

/** Locale-independent ordering, so results never depend on the machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
