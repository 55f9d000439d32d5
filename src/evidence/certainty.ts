// GRADE-style certainty of one comparator class's answer (docs/evidence.md §7). The question is whether the subject
// differs between the object group and the comparator, a prognostic/biomarker question for which observational
// designs are the appropriate ones, so evidence starts at HIGH (as GRADE does for prognostic factor research,
// Iorio et al. BMJ 2015) and is rated down one level per domain with concerns (imprecision up to two).
import { concatMap } from './lists.ts';
import type { ClassMember } from './study-vote.ts';
import type {
  Certainty,
  CertaintyDowngrade,
  CertaintyLevel,
  ComparatorClass,
  Consensus,
  ContradictionKind,
  PooledEstimate,
  SynthesisMethod,
} from './types.ts';
import type { EvidenceWeights } from './weights.ts';

const LEVELS: readonly CertaintyLevel[] = ['HIGH', 'MODERATE', 'LOW', 'VERY_LOW'];

/** Method flags and designs that put a study at risk of bias; flags that make it answer a neighbouring question. */
export const RISK_OF_BIAS_FLAGS: readonly string[] = ['EXPLORATORY'];
export const RISK_OF_BIAS_DESIGNS: readonly string[] = ['MECHANISTIC', 'METHODS_PAPER', 'OTHER', 'REVIEW_NARRATIVE'];
export const INDIRECT_FLAGS: readonly string[] = ['MIXED_COHORT', 'PEM_UNCLEAR'];

const COMPARATOR_TEXT: Record<ComparatorClass['kind'], string> = {
  HEALTHY_CONTROLS: 'healthy controls',
  UNSTATED: 'comparator not stated',
  DISEASE_CONTROLS: 'disease controls',
  TIME_POINT: 'time points of the same people, not a comparison with controls',
  TREATMENT_ARM: 'treatment arms, not a comparison with controls',
};

export interface CertaintyInput {
  comparator: ComparatorClass;
  members: readonly ClassMember[];
  consensus: Consensus;
  method: SynthesisMethod;
  pooled: PooledEstimate | null;
  contradictions: readonly ContradictionKind[];
  weights: EvidenceWeights;
}

const fmt = (x: number): string => String(Math.round(x * 100) / 100);

/** Studies named in one reason: a reason stays a sentence a reader takes in at any number of studies (a pair's
 *  `studies` lists them all), and a stored headline stays the same size (issue 19: Q4 grew with the pair's studies). */
const REASON_STUDIES = 5;

/** The first REASON_STUDIES of `items`, then how many more there are. */
function someOf(items: readonly string[]): string {
  const shown = items.slice(0, REASON_STUDIES).join('; ');
  return items.length > REASON_STUDIES ? `${shown}; and ${items.length - REASON_STUDIES} more` : shown;
}

export function certaintyOf(input: CertaintyInput): Certainty {
  const { members, pooled, weights } = input;
  const note =
    'GRADE-style: starts HIGH (observational studies answer a biomarker question), rated down per domain; a rating of the body of evidence, not of any study';
  if (members.length === 0) {
    return { level: 'VERY_LOW', downgrades: [], note: `${note}; no study counted in this class` };
  }
  const downgrades: CertaintyDowngrade[] = [];
  const add = (domain: CertaintyDowngrade['domain'], reasons: string[], most: number) => {
    if (reasons.length > 0) downgrades.push({ domain, levels: Math.min(most, reasons.length), reasons });
  };

  // Risk of bias: most studies carry a design or method flag that threatens their validity.
  const atRisk = concatMap(members, (m) => {
    const why = [
      ...m.methodFlags.filter((f) => RISK_OF_BIAS_FLAGS.includes(f)).map((f) => `method flag ${f}`),
      ...(m.design && RISK_OF_BIAS_DESIGNS.includes(m.design) ? [`design ${m.design}`] : []),
      ...(m.evidenceLevel === 'E3' ? ['evidence level E3 (preliminary)'] : []),
    ];
    return why.length > 0 ? [`${m.studySlug}: ${why.join(', ')}`] : [];
  });
  add(
    'RISK_OF_BIAS',
    atRisk.length * 2 > members.length
      ? [`${atRisk.length} of ${members.length} studies at risk of bias (${someOf(atRisk)})`]
      : [],
    1,
  );

  // Inconsistency: the pooled heterogeneity, or contradicting votes.
  const inconsistency: string[] = [];
  if (pooled && pooled.i2 >= weights.thresholds.heterogeneityI2) {
    inconsistency.push(`I² = ${fmt(pooled.i2)}% (Q p = ${pooled.qPValue.toPrecision(2)})`);
  }
  if (input.contradictions.length > 0) inconsistency.push(`contradictions: ${input.contradictions.join(', ')}`);
  add('INCONSISTENCY', inconsistency, 1);

  // Imprecision: an interval that does not settle the question, few studies, few participants.
  const imprecision: string[] = [];
  if (pooled) {
    const settled = input.consensus === 'UP' || input.consensus === 'DOWN' || input.consensus === 'NONE';
    if (!settled)
      imprecision.push(
        `pooled CI ${fmt(pooled.ci[0])} to ${fmt(pooled.ci[1])} includes no effect and a meaningful one`,
      );
    if (pooled.k < 3) imprecision.push(`only ${pooled.k} studies pooled (Wald CI; τ² barely estimable)`);
  } else {
    imprecision.push('no pooled estimate: the answer rests on vote counting');
  }
  if (members.length === 1) imprecision.push('a single study');
  const known = members.map((m) => m.participants).filter((n): n is number => n !== null);
  const total = known.reduce((a, b) => a + b, 0);
  const minParticipants = weights.certainty.minParticipants;
  if (known.length === 0) {
    imprecision.push(`no study prints its number of participants (at least ${minParticipants} wanted)`);
  } else if (total < minParticipants) {
    const unknown = members.length - known.length;
    imprecision.push(
      `${total} participants${unknown > 0 ? ` in the ${known.length} of ${members.length} studies that print an n` : ''}, fewer than ${minParticipants}`,
    );
  }
  add('IMPRECISION', imprecision, 2);

  // Indirectness: a comparator other than healthy controls, cohorts not selected by PEM, mixed cohorts.
  const indirectness: string[] = [];
  if (input.comparator.kind !== 'HEALTHY_CONTROLS') {
    indirectness.push(
      input.comparator.name
        ? `${COMPARATOR_TEXT[input.comparator.kind]} (${input.comparator.name})`
        : COMPARATOR_TEXT[input.comparator.kind],
    );
  }
  const notPem = members.filter((m) => m.pemCriterion === 'NOT_REQUIRED' || m.pemCriterion === 'UNCLEAR');
  if (notPem.length * 2 > members.length) {
    indirectness.push(`PEM not required or unclear in ${notPem.length} of ${members.length} studies`);
  }
  const mixed = members.filter((m) => m.methodFlags.some((f) => INDIRECT_FLAGS.includes(f)));
  if (mixed.length > 0) {
    indirectness.push(
      someOf(
        mixed.map((m) => `${m.studySlug} (${m.methodFlags.filter((f) => INDIRECT_FLAGS.includes(f)).join(', ')})`),
      ),
    );
  }
  if (members.every((m) => m.secondary)) indirectness.push('secondary evidence only (reviews, meta-analyses)');
  add('INDIRECTNESS', indirectness, 1);

  const down = downgrades.reduce((acc, d) => acc + d.levels, 0);
  return { level: LEVELS[Math.min(LEVELS.length - 1, down)] as CertaintyLevel, downgrades, note };
}
