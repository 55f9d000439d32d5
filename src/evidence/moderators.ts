// Does the disagreement follow PEM criterion, design or evidence level? (docs/evidence.md, "Moderators")
// The measure is the share of directional Gini impurity removed by splitting the studies by the property, the
// criterion a classification tree uses to choose a split: 1 when each group is unanimous, 0 when each group has
// the overall mix. A moderator needs replication within groups: only groups of at least moderatorMinGroupStudies
// studies with a direction or null result enter the measure, so one study per value never "explains" a split.
import { directionOf, totalSupport } from './consensus.ts';
import { concatMap } from './lists.ts';
import type { ClassMember } from './study-vote.ts';
import { compareText, directionalWeight } from './study-contributions.ts';
import type { ModeratorAnalysis, ModeratorGroup, ModeratorProperty, WeightedSupport } from './types.ts';

type Member = Pick<ClassMember, 'studySlug' | 'support' | 'findingIds' | ModeratorProperty>;
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
  studies: readonly Member[],
  weights: EvidenceWeights,
): ModeratorAnalysis {
  const t = weights.thresholds;
  const byValue = new Map<string, Member[]>();
  for (const s of studies) {
    const value = s[property] ?? UNKNOWN;
    const list = byValue.get(value);
    if (list) list.push(s);
    else byValue.set(value, [s]);
  }
  const groups: ModeratorGroup[] = [...byValue.keys()].sort(compareText).map((value) => {
    const members = byValue.get(value) as Member[];
    const weightedSupport = totalSupport(members);
    const total = directionalWeight(weightedSupport);
    const lead = Math.max(weightedSupport.up, weightedSupport.down, weightedSupport.none);
    const directional = members.filter((s) => directionalWeight(s.support) > 0).length;
    return {
      value,
      studySlugs: members.map((s) => s.studySlug),
      findingIds: concatMap(members, (s) => s.findingIds),
      weightedSupport,
      direction: directionOf(weightedSupport, t.consensusAgreement),
      agreement: total > 0 ? lead / total : null,
      replicated: value !== UNKNOWN && directional >= t.moderatorMinGroupStudies,
    };
  });

  // Only replicated groups of known value can explain anything; UNKNOWN is not a value, one study is not a group.
  const knownGroups = groups.filter((g) => g.replicated);
  const knownValues = new Set(knownGroups.map((g) => g.value));
  const known = studies.filter(
    (s) => s[property] !== null && knownValues.has(s[property] as string) && directionalWeight(s.support) > 0,
  );
  const single = groups.filter((g) => g.value !== UNKNOWN && !g.replicated && directionalWeight(g.weightedSupport) > 0);
  const unknownStudyCount = studies.filter((s) => s[property] === null).length;
  const knownSupport = totalSupport(known);
  const knownTotal = directionalWeight(knownSupport);
  const overall = giniImpurity(knownSupport);

  let explainedShare: number | null = null;
  let note: string;
  if (knownGroups.length < 2) {
    note = `fewer than two ${property} values with ≥ ${t.moderatorMinGroupStudies} studies each with a direction or null result`;
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
    explainedShare !== null && known.length >= t.moderatorMinStudies && explainedShare >= t.moderatorExplains - 1e-9;
  if (single.length > 0) {
    note += `; ${single.length} ${property} ${single.length === 1 ? 'value' : 'values'} with fewer than ${t.moderatorMinGroupStudies} studies (${single.map((g) => g.value).join(', ')}) left out of the measure`;
  }
  if (unknownStudyCount > 0) note += `; ${unknownStudyCount} studies of unknown ${property} left out of the measure`;
  return { property, groups, explainedShare, explains, unknownStudyCount, note };
}

export function analyzeModerators(studies: readonly Member[], weights: EvidenceWeights): ModeratorAnalysis[] {
  return MODERATOR_PROPERTIES.map((property) => analyzeModerator(property, studies, weights));
}
