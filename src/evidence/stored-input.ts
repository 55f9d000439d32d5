// Findings as the graph stores them (cypher/evidence/*.cypher and cypher/ingest/study-evidence.cypher return this
// shape) → the synthesis input. One conversion for the live synthesis and for the materialized default view, so
// both see exactly the same numbers.
import type { EvidenceLevel, PemCriterion, Relation, Sign, StudyDesign } from '../ingest/record.ts';
import type { EvidenceFindingInput } from './types.ts';

/** The stored properties of a Finding that synthesis reads (ci and groups are stored flat / as JSON). */
export interface StoredFinding {
  id: string;
  studySlug: string;
  relation: Relation;
  sign?: Sign | null;
  comparator?: string | null;
  pValue?: number | null;
  pComparator?: string | null;
  significant?: boolean | null;
  effectSize?: number | null;
  effectType?: string | null;
  ciLow?: number | null;
  ciHigh?: number | null;
  sampleSize?: number | null;
  groups?: string | null;
}

export interface StoredStudy {
  slug: string;
  evidenceLevel?: EvidenceLevel | null;
  pemCriterion?: PemCriterion | null;
  design?: StudyDesign | null;
  sampleSize?: number | null;
  retracted?: boolean | null;
  year?: number | null;
}

/** One finding with its study's properties and the names of the study's method-flag tags. */
export interface StoredEvidenceRow<F extends StoredFinding = StoredFinding> {
  finding: F;
  study: StoredStudy;
  methodFlags: string[];
}

/** The statistics of a stored finding in the canonical record's shape. */
export function storedStatistics(
  f: Pick<
    StoredFinding,
    | 'pValue'
    | 'pComparator'
    | 'significant'
    | 'effectSize'
    | 'effectType'
    | 'ciLow'
    | 'ciHigh'
    | 'sampleSize'
    | 'groups'
  >,
) {
  return {
    pValue: f.pValue ?? null,
    pComparator: f.pComparator ?? null,
    significant: f.significant ?? null,
    effectSize: f.effectSize ?? null,
    effectType: f.effectType ?? null,
    ci: f.ciLow != null && f.ciHigh != null ? ([f.ciLow, f.ciHigh] as [number, number]) : null,
    sampleSize: f.sampleSize ?? null,
    groups: f.groups ? (JSON.parse(f.groups) as { mean: number; sd?: number | null; n?: number | null }[]) : null,
  };
}

export function storedEvidenceInput(row: StoredEvidenceRow): EvidenceFindingInput {
  const f = row.finding;
  return {
    findingId: f.id,
    studySlug: f.studySlug,
    relation: f.relation,
    sign: f.sign ?? null,
    comparator: f.comparator ?? null,
    ...storedStatistics(f),
    study: {
      evidenceLevel: row.study.evidenceLevel ?? null,
      pemCriterion: row.study.pemCriterion ?? null,
      design: row.study.design ?? null,
      sampleSize: row.study.sampleSize ?? null,
      retracted: row.study.retracted ?? false,
      year: row.study.year ?? null,
      methodFlags: row.methodFlags,
    },
  };
}
