// The canonical study record: what the atlas reader produces, what JSON/JSONL inputs carry, and what the loader
// writes. Import is always parse → validate → load on this shape (SPEC §3). schema/study-record.schema.json
// describes the same shape for people who write records by hand.

export const EVIDENCE_LEVELS = ['E0', 'E1', 'E2', 'E3'] as const;
export const CONFIDENCES = ['HIGHER', 'MODERATE', 'PRELIMINARY'] as const;
export const PEM_CRITERIA = ['REQUIRED', 'NOT_REQUIRED', 'UNCLEAR'] as const;
export const STUDY_DESIGNS = [
  'CASE_CONTROL',
  'CROSS_SECTIONAL',
  'OBSERVATIONAL',
  'RCT',
  'META_ANALYSIS',
  'SYSTEMATIC_REVIEW',
  'REVIEW_NARRATIVE',
  'GUIDELINE',
  'MECHANISTIC',
  'METHODS_PAPER',
  'OTHER',
] as const;
export const REVIEW_STATUSES = ['MACHINE_DRAFT', 'REVIEWED'] as const;
export const RELATIONS = [
  'ELEVATED_IN',
  'REDUCED_IN',
  'NOT_DIFFERENT_IN',
  'CORRELATES_WITH',
  'NOT_CORRELATED_WITH',
  'DISCRIMINATES',
  'ASSOCIATED_WITH',
] as const;
export const SIGNS = ['POSITIVE', 'NEGATIVE', 'UNSPECIFIED'] as const;
export const ENTITY_TYPES = ['Biomarker', 'Symptom', 'Condition', 'Measure'] as const;
export const P_COMPARATORS = ['<', '=', '≤', '>', '≥'] as const;

export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];
export type Confidence = (typeof CONFIDENCES)[number];
export type PemCriterion = (typeof PEM_CRITERIA)[number];
export type StudyDesign = (typeof STUDY_DESIGNS)[number];
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export type Relation = (typeof RELATIONS)[number];
export type Sign = (typeof SIGNS)[number];
export type EntityType = (typeof ENTITY_TYPES)[number];
export type PComparator = (typeof P_COMPARATORS)[number];

/** A reference to an entity. The loader merges entities of one type by name and synonyms (case-insensitive). */
export interface EntityRef {
  type: EntityType;
  /** Canonical name (from the lexicon when known). */
  name: string;
  synonyms?: string[];
  /** Cross-references such as { MONDO: "MONDO:0005404" }, { HPO: "HP:0012378" }, { miRBase: "MIMAT0000510" }. */
  xrefs?: Record<string, string>;
  /** Biomarker kind (microRNA, cytokine, cell function, imaging, metabolite…), where known. */
  kind?: string;
  /**
   * For a patient subgroup or treatment arm (a Condition such as "fibromyalgia with comorbid insomnia"): the
   * condition every member has ("fibromyalgia"). Kept out of `synonyms` so the subgroup never merges with it.
   */
  subgroupOf?: string;
  /**
   * An ontology term this entity is a kind or subgroup of (SKOS broadMatch), when none names it exactly: "CD21+ CD38-
   * B cells" → CL:0000236 (B cell). Never in `xrefs`, which say "the same thing".
   */
  broadMatch?: string;
  /** What sets the subgroup apart ("comorbid insomnia", "morning sleepiness", "rituximab"). Not a synonym either. */
  subgroupFeature?: string;
}

export interface Extraction {
  /** Who made the claim: the extractor's name, or a curator's name/handle. */
  agent: string;
  version: string;
  /** 0–1: how sure the agent is of this finding. */
  confidence: number;
  /** True for findings a curator stated; curated findings replace machine findings of the same study. */
  curated: boolean;
}

/** One claim from one study (SPEC §2). */
export interface FindingRecord {
  /** The verbatim Observed Findings sentence the claim came from. */
  statement: string;
  subject: EntityRef;
  relation: Relation;
  /** Only for CORRELATES_WITH. */
  sign?: Sign | null;
  object: EntityRef;
  /** The reference group or time point ("healthy controls", "baseline"). */
  comparator?: string | null;
  /**
   * The group the claim holds in, when the sentence names one apart from the comparison ("correlated … in controls
   * but not in patients" is two findings, one per population). Null when the claim is about the study's groups.
   */
  population?: string | null;
  /**
   * The time point the claim is stated at, when the sentence states the same comparison at several ("lower at week 4
   * (p = 0.002) but not at week 12" is two findings, "at week 4" and "at week 12"). Null otherwise.
   */
  timePoint?: string | null;
  pValue?: number | null;
  pComparator?: PComparator | null;
  /** true / false; null when unknown. */
  significant?: boolean | null;
  effectSize?: number | null;
  /** "mean difference", "Hedges g", "r", "AUC", "odds ratio", "percentage difference"… */
  effectType?: string | null;
  /** [low, high] confidence interval of the effect size (95% unless stated). */
  ci?: [number, number] | null;
  sampleSize?: number | null;
  /** Group summaries when the sentence prints them: "0.907 ± 0.022 vs 0.874 ± 0.015". */
  groups?: { mean: number; sd?: number | null; n?: number | null }[] | null;
  extraction: Extraction;
}

export interface StudyTags {
  symptoms: string[];
  biomarkerClasses: string[];
  methodFlags: string[];
}

export interface StudyRecord {
  slug: string;
  title?: string | null;
  /** Authors as shown on the page ("Hussein, Mona"), in order. */
  authors?: string[];
  /** True when the page cut the list with "et al.". */
  authorsTruncated?: boolean | null;
  journal?: string | null;
  year?: number | null;
  doi?: string | null;
  pmid?: string | null;
  evidenceLevel?: EvidenceLevel | null;
  confidence?: Confidence | null;
  pemCriterion?: PemCriterion | null;
  design?: StudyDesign | null;
  /** The design badge exactly as shown, kept when it is not one of the known values (design is then OTHER). */
  designLabel?: string | null;
  peerReviewed?: boolean | null;
  reviewStatus?: ReviewStatus | null;
  /** Participants, from Metadata "Sample size" ("9 patients" → 9). */
  sampleSize?: number | null;
  sampleSizeText?: string | null;
  controlGroup?: boolean | null;
  summary?: string | null;
  whyItMatters?: string | null;
  doesNotProve?: string | null;
  /** Metadata's evidence-level sentence. */
  evidenceLevelText?: string | null;
  observedFindings?: string[];
  inferredConclusions?: string[];
  remainingQuestions?: string[];
  relatedStudies?: string[];
  topics?: string[];
  /** ISO date (YYYY-MM-DD). */
  lastUpdated?: string | null;
  retracted?: boolean;
  sourceUrls?: string[];
  tags?: StudyTags;
  findings?: FindingRecord[];
}
