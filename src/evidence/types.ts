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
export interface EvidenceFindingInput extends Pick<
  FindingRecord,
  'sign' | 'significant' | 'effectSize' | 'effectType' | 'ci' | 'sampleSize' | 'groups' | 'comparator'
> {
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

/** Which question a finding answers (docs/evidence.md §1b). */
export type ComparatorKind = 'HEALTHY_CONTROLS' | 'UNSTATED' | 'DISEASE_CONTROLS' | 'TIME_POINT' | 'TREATMENT_ARM';

export interface ComparatorClass {
  /** Kind, or `DISEASE_CONTROLS:<name in lower case>`: one synthesis per key. */
  key: string;
  kind: ComparatorKind;
  /** The disease comparator as printed (first seen); null for the other kinds. */
  name: string | null;
}

/** How one study speaks on the pair against one comparator class, its findings aggregated (one study, one vote). */
export interface StudyContribution {
  studySlug: string;
  comparator: ComparatorClass;
  /** A review, meta-analysis or guideline: secondary evidence. */
  secondary: boolean;
  /** false for secondary evidence set aside because the pair has primary studies: shown, never voted or pooled. */
  counted: boolean;
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
  /** Power of the study's null result against the reference effect (thresholds.nullPower*): WELL_POWERED at ≥ the
   *  target power, UNDERPOWERED below it or when the study is flagged Small Sample, UNKNOWN without n; null when the
   *  study reports no null. */
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
   *  MIXED; INSUFFICIENT when the group has no directional weight. A group of one study still shows which way it
   *  points, but only replicated groups (≥ moderatorMinGroupStudies studies) enter the measure. */
  direction: Consensus;
  agreement: number | null;
  /** Whether the group has enough studies with a direction or null result to enter explainedShare. */
  replicated: boolean;
}

export interface ModeratorAnalysis {
  property: ModeratorProperty;
  groups: ModeratorGroup[];
  /** Share of the directional disagreement (Gini impurity) removed by splitting the studies of the replicated
   *  groups of known value by this property: 1 = every group agrees within itself, 0 = every group has the overall
   *  mix. null when there is no disagreement among them, or fewer than two replicated groups. */
  explainedShare: number | null;
  explains: boolean;
  unknownStudyCount: number;
  note: string;
}

/** One study's comparable statistic on the analysis scale (Hedges g, or Fisher z for correlations): its one effect,
 *  or the within-study composite of several (docs/evidence.md §6). */
export interface EffectEstimate {
  /** The first finding of findingIds. */
  findingId: string;
  findingIds: string[];
  studySlug: string;
  family: EffectFamily;
  /** Effect on the analysis scale, oriented so that positive = UP. */
  yi: number;
  /** Its sampling variance. */
  vi: number;
  source:
    | 'group summaries'
    | 'reported effect with CI'
    | 'reported effect with n'
    | 'reported r with n'
    | 'within-study composite';
  assumptions: string[];
}

export type EffectFamily = 'SMD' | 'CORRELATION';

export interface PooledEstimate {
  /** "REML random effects": τ² by REML, summary CI by ciMethod. */
  method: string;
  family: EffectFamily;
  /** Scale of estimate, ci and predictionInterval: "Hedges g" or "r" (pooled on Fisher z, back-transformed). */
  effectType: 'Hedges g' | 'r';
  estimate: number;
  ci: [number, number];
  /** HKSJ (t, k − 1 df) for k ≥ 3; WALD (normal) for k = 2. */
  ciMethod: 'HKSJ' | 'WALD';
  ciDf: number | null;
  confidenceLevel: number;
  /** Where the effect of a new study is expected (t, k − 2 df); null for k < 3. */
  predictionInterval: [number, number] | null;
  /** Standard error the CI uses, on the analysis scale (g, or Fisher z). */
  se: number;
  /** Model (Wald) standard error on the analysis scale. */
  seWald: number;
  /** Between-study variance on the analysis scale, its estimator and its Q-profile CI. */
  tau2: number;
  tau2Method: 'REML' | 'DL';
  tau2Ci: [number, number];
  /** I² in percent (0–100), from τ². */
  i2: number;
  /** Cochran's Q, its degrees of freedom (k − 1) and p-value. */
  q: number;
  df: number;
  qPValue: number;
  k: number;
  studies: EffectEstimate[];
  note: string;
}

export type SynthesisMethod = 'POOLED' | 'VOTES';

export type CertaintyLevel = 'HIGH' | 'MODERATE' | 'LOW' | 'VERY_LOW';
export type CertaintyDomain = 'RISK_OF_BIAS' | 'INCONSISTENCY' | 'IMPRECISION' | 'INDIRECTNESS';

export interface CertaintyDowngrade {
  domain: CertaintyDomain;
  levels: number;
  reasons: string[];
}

/** GRADE-style certainty of a class's answer (docs/evidence.md §7). */
export interface Certainty {
  level: CertaintyLevel;
  downgrades: CertaintyDowngrade[];
  note: string;
}

/** The synthesis of one comparator class of a pair. */
export interface ComparatorSynthesis {
  comparator: ComparatorClass;
  /** Comparators as printed in the class's findings (sorted, distinct). */
  labels: string[];
  /** Studies counted in the class (secondary ones set aside excluded). */
  studyCount: number;
  studySlugs: string[];
  weightedSupport: WeightedSupport;
  consensus: Consensus;
  consensusReason: string;
  /** POOLED: the pooled estimate decided consensus and contradiction; VOTES: the weighted votes did. */
  method: SynthesisMethod;
  agreement: number | null;
  contradictory: boolean;
  contradictions: ContradictionKind[];
  moderators: ModeratorAnalysis[];
  pooled: PooledEstimate | null;
  pooledUnavailableReason: string | null;
  certainty: Certainty;
}

/** What a pair's answer holds besides the per-study detail: the same from findings or from stored votes. */
export interface PairSummary extends Omit<ComparatorSynthesis, 'studyCount' | 'studySlugs' | 'labels'> {
  studyCount: number;
  findingCount: number;
  counts: RelationCounts;
  /** Every comparator class of the pair, healthy controls first. */
  comparators: ComparatorSynthesis[];
  /** Secondary studies (reviews, meta-analyses) shown but set aside because primary studies exist. */
  secondaryStudies: string[];
}

/** The pair's answer: the summary fields are those of the primary comparator class (`comparator`). */
export interface PairSynthesis extends PairSummary {
  /** One entry per (study, comparator class), in slug then class order. */
  studies: StudyContribution[];
  weightsUsed: EvidenceWeights;
}

export interface MatrixCell {
  subject: string;
  object: string;
  comparator: ComparatorClass;
  method: SynthesisMethod;
  certainty: CertaintyLevel;
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
