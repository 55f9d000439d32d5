// Does the disagreement follow PEM criterion, design or evidence level? (docs/evidence.md, "Moderators")
// The measure is the share of directional Gini impurity removed by splitting the studies by the property, the
// criterion a classification tree uses to choose a split: 1 when each group is unanimous, 0 when each group has
// the overall mix.
import { directionOf, totalSupport } from './consensus.ts';
import { compareText, directionalWeight } from './study-contributions.ts';
import type { ModeratorAnalysis, ModeratorGroup, ModeratorProperty, StudyContribution, WeightedSupport } from './types.ts';
import type { EvidenceWeights } from './weights.ts';

export const MODERATOR_PROPERTIES: readonly ModeratorProperty[] = ['pemCriterion', 'design', 'evidenceLevel'];
const UNKNOWN = 'UNKNOWN';

/** Gini impurity of the directional weight (UP, DOWN, NONE): 1 − Σ share²; 0 when unanimous. */
export function giniImpurity(support: WeightedSupport): number {
  const total = directionalWeight(support);
  if (!(total > 0)) return 0;
  const shares = [support.up, support.down, support.none].map((w) => w / total);
  return 1 - shares.reduce((acc, p) => acc + p * p, 0);
}

export function analyzeModerator(
  property: ModeratorProperty,
  studies: readonly StudyContribution[],
  weights: EvidenceWeights,
): ModeratorAnalysis {
  const t = weights.thresholds;
  const byValue = new Map<string, StudyContribution[]>();
  for (const s of studies) {
    const value = s[property] ?? UNKNOWN;
    const list = byValue.get(value);
    if (list) list.push(s);
    else byValue.set(value, [s]);
  }
  const groups: ModeratorGroup[] = [...byValue.keys()].sort(compareText).map((value) => {
    const members = byValue.get(value) as StudyContribution[];
    const weightedSupport = totalSupport(members);
    const total = directionalWeight(weightedSupport);
    const lead = Math.max(weightedSupport.up, weightedSupport.down, weightedSupport.none);
    return {
      value,
      studySlugs: members.map((s) => s.studySlug),
      findingIds: members.flatMap((s) => s.findings.map((f) => f.findingId)),
      weightedSupport,
      direction: directionOf(weightedSupport, t.consensusAgreement),
      agreement: total > 0 ? lead / total : null,
    };
  });

  // Only studies of known value and with directional weight can explain anything; UNKNOWN is not a value.
  const known = studies.filter((s) => s[property] !== null && directionalWeight(s.support) > 0);
  const knownGroups = groups.filter((g) => g.value !== UNKNOWN && directionalWeight(g.weightedSupport) > 0);
  const unknownStudyCount = studies.filter((s) => s[property] === null).length;
  const knownSupport = totalSupport(known);
  const knownTotal = directionalWeight(knownSupport);
  const overall = giniImpurity(knownSupport);

  let explainedShare: number | null = null;
  let note: string;
  if (knownGroups.length < 2) {
    note = `fewer than two ${property} values among studies with a direction or null result`;
  } else if (!(overall > 0)) {
    note = `studies of known ${property} agree; there is no disagreement to explain`;
  } else {
    const within = knownGroups.reduce(
      (acc, g) => acc + (directionalWeight(g.weightedSupport) / knownTotal) * giniImpurity(g.weightedSupport),
      0,
    );
    explainedShare = Math.max(0, (overall - within) / overall);
    note =
      known.length < t.moderatorMinStudies
        ? `${known.length} studies of known ${property}: too few to call the split an explanation (need ${t.moderatorMinStudies})`
        : `splitting by ${property} removes ${Math.round(explainedShare * 100)}% of the disagreement`;
  }
  const explains =
    explainedShare !== null &&
    known.length >= t.moderatorMinStudies &&
    explainedShare >= t.moderatorExplains - 1e-9;
  if (unknownStudyCount > 0) note += `; ${unknownStudyCount} studies of unknown ${property} left out of the measure`;
  return { property, groups, explainedShare, explains, unknownStudyCount, note };
}

export function analyzeModerators(
  studies: readonly StudyContribution[],
  weights: EvidenceWeights,
): ModeratorAnalysis[] {
  return MODERATOR_PROPERTIES.map((property) => analyzeModerator(property, studies, weights));
}
