// Shapes of evidence synthesis (SPEC §4 `evidence` / `PairEvidence` / `evidenceMatrix`): what goes in (findings of
// one subject–object pair with their study's badges) and what comes out. Pure data; docs/evidence.md explains
// every field.
import type { EvidenceLevel, FindingRecord, PemCriterion, Relation, Sign, StudyDesign } from '../ingest/record.ts';
import type { EvidenceWeights } from './weights.ts';

/** The study a finding comes from, as far as synthesis needs it. */
export interface EvidenceStudyInput {
  evidenceLevel?: EvidenceLevel | null;
  pemCriterion?: PemCriterion | null;
  design?: StudyDesign | null;
  /** Method flag tags as shown ("Small Sample", "PEM_UNCLEAR"); matched case- and separator-insensitively. */
  methodFlags: string[];
  sampleSize?: number | null;
  retracted?: boolean;
  year?: number | null;
}

/** One finding on the pair, with its statistics and its study. */
export interface EvidenceFindingInput
  extends Pick<FindingRecord, 'sign' | 'significant' | 'effectSize' | 'effectType' | 'ci' | 'sampleSize' | 'groups'> {
  findingId: string;
  studySlug: string;
  relation: Relation;
  pValue?: number | null;
  /** As printed ("<", "=", "≤"); kept as text here since synthesis only reads it. */
  pComparator?: string | null;
  study: EvidenceStudyInput;
}

/**
 * What a finding says about the direction of the link:
 * UP (subject higher in / rising with the object), DOWN, NONE (an explicit null result), or UNDIRECTED
 * (a link without a direction: ASSOCIATED_WITH, DISCRIMINATES, CORRELATES_WITH of unspecified sign).
 */
export type Direction = 'UP' | 'DOWN' | 'NONE' | 'UNDIRECTED';

export type Consensus = 'UP' | 'DOWN' | 'NONE' | 'MIXED' | 'INSUFFICIENT';

export interface WeightedSupport {
  up: number;
  down: number;
  none: number;
  undirected: number;
}

export interface RelationCounts {
  /** Findings per relation (every relation present, zero when absent). */
  byRelation: Record<Relation, number>;
  /** CORRELATES_WITH findings per sign (a missing sign counts as UNSPECIFIED). */
  correlationBySign: Record<Sign, number>;
  /** Findings per direction (see Direction). */
  byDirection: Record<Direction, number>;
}

/** One multiplicative factor applied to a study's or a finding's weight, named so users see why. */
export interface WeightFactor {
  reason: string;
  factor: number;
}

/** One finding's weight within its study. */
export interface FindingWeight {
  findingId: string;
  direction: Direction;
  /** The study weight times the finding's own factors. */
  weight: number;
  factors: WeightFactor[];
  /** true / false when known or derivable from the p-value; null when unknown. */
  significant: boolean | null;
  /** Participants behind the finding: finding n, else the sum of group n, else the study's n. */
  sampleSize: number | null;
}

/** How one study speaks on the pair after its findings are aggregated (one study, one vote). */
export interface StudyContribution {
  studySlug: string;
  evidenceLevel: EvidenceLevel | null;
  pemCriterion: PemCriterion | null;
  design: StudyDesign | null;
  retracted: boolean;
  /** Evidence-level weight times design, method-flag, retraction and sample-size factors. */
  studyWeight: number;
  studyFactors: WeightFactor[];
  findings: FindingWeight[];
  /** The study's vote: at most the weight of its strongest finding, split over the directions it reports. */
  support: WeightedSupport;
  /** The study's total vote (sum of support). */
  weight: number;
  /** Power of the study's null result: WELL_POWERED from thresholds.wellPoweredNullN participants, UNDERPOWERED
   *  below it or when the study is flagged Small Sample, UNKNOWN without n; null when the study reports no null. */
  nullPower: NullPower | null;
}

export type NullPower = 'WELL_POWERED' | 'UNDERPOWERED' | 'UNKNOWN';

export type ContradictionKind = 'UP_VS_DOWN' | 'DIRECTION_VS_NULL';

export type ModeratorProperty = 'pemCriterion' | 'design' | 'evidenceLevel';

export interface ModeratorGroup {
  /** The property's value, or UNKNOWN. */
  value: string;
  studySlugs: string[];
  findingIds: string[];
  weightedSupport: WeightedSupport;
  /** The group's leading direction when it holds ≥ consensusAgreement of the group's directional weight, else
   *  MIXED; INSUFFICIENT when the group has no directional weight. No sufficiency threshold: a group of one
   *  study still shows which way it points. */
  direction: Consensus;
  agreement: number | null;
}

export interface ModeratorAnalysis {
  property: ModeratorProperty;
  groups: ModeratorGroup[];
  /** Share of the directional disagreement (Gini impurity) removed by splitting the studies of known value by
   *  this property: 1 = every group agrees within itself, 0 = every group has the overall mix. null when there is
   *  no disagreement among studies of known value, or fewer than two known values. */
  explainedShare: number | null;
  explains: boolean;
  unknownStudyCount: number;
  note: string;
}

/** One study's comparable statistic on the analysis scale (Hedges g, or Fisher z for correlations). */
export interface EffectEstimate {
  findingId: string;
  studySlug: string;
  family: EffectFamily;
  /** Effect on the analysis scale, oriented so that positive = UP. */
  yi: number;
  /** Its sampling variance. */
  vi: number;
  source: 'group summaries' | 'reported effect with CI' | 'reported effect with n' | 'reported r with n';
  assumptions: string[];
}

export type EffectFamily = 'SMD' | 'CORRELATION';

export interface PooledEstimate {
  method: 'DerSimonian-Laird random effects';
  family: EffectFamily;
  /** Scale of estimate and ci: "Hedges g" or "r" (pooled on Fisher z, back-transformed). */
  effectType: 'Hedges g' | 'r';
  estimate: number;
  ci: [number, number];
  confidenceLevel: number;
  /** Standard error on the analysis scale (g, or Fisher z). */
  se: number;
  /** Between-study variance on the analysis scale. */
  tau2: number;
  /** Higgins' I² in percent (0–100). */
  i2: number;
  /** Cochran's Q and its degrees of freedom (k − 1). */
  q: number;
  df: number;
  k: number;
  studies: EffectEstimate[];
  note: string;
}

export interface PairSynthesis {
  studyCount: number;
  findingCount: number;
  counts: RelationCounts;
  studies: StudyContribution[];
  weightedSupport: WeightedSupport;
  consensus: Consensus;
  /** Why the consensus is what it is, in one sentence. */
  consensusReason: string;
  /** Share of directional weight (up + down + none) in the leading direction; null without directional weight. */
  agreement: number | null;
  contradictory: boolean;
  contradictions: ContradictionKind[];
  moderators: ModeratorAnalysis[];
  pooled: PooledEstimate | null;
  pooledUnavailableReason: string | null;
  weightsUsed: EvidenceWeights;
}

export interface MatrixCell {
  subject: string;
  object: string;
  consensus: Consensus;
  agreement: number | null;
  contradictory: boolean;
  counts: RelationCounts;
  studyCount: number;
  findingCount: number;
  weightedSupport: WeightedSupport;
}

export interface EvidenceMatrix {
  subjects: string[];
  objects: string[];
  /** Row-major: for each subject, every object, in the order given. */
  cells: MatrixCell[];
  weightsUsed: EvidenceWeights;
}
