// "Neutrophil counts were similar in all four groups", "did not differ among the three groups", "reduced in both
// patient groups": in a study whose patients the entry splits into subgroups ("mild", "moderate" and "severe ME/CFS";
// "short-" and "long-duration patients"), a claim such a sentence makes of the patients as a whole is each
// subgroup's. The subgroups are the ones the entry's findings are about; the number of groups the sentence counts must be
// theirs (with the reference group, unless it counts patient groups only), else the claim stays as it was read.

import type { EntityRef, FindingRecord } from '../record.ts';
import { cues } from './cues.ts';
import { resolveGroup, type StudyContext } from './groups.ts';

/** "among the four groups", "in all three groups", "both patient groups", "the two onset groups". */
const COUNTED_GROUPS =
  /\b(both|two|three|four|five)\s+(?:(patient|onset|severity|duration|illness|disease|clinical)\s+)?(?:groups|subgroups|cohorts)\b/i;
const COUNTS: Record<string, number> = { both: 2, two: 2, three: 3, four: 4, five: 5 };

/** A reference group the entry compares with ("healthy controls", "sedentary controls"). */
const REFERENCE = /\b(?:controls?|healthy|volunteers)\b/i;

/** A subgroup of the study's patients set apart by a feature of their illness, not by sex or by the sample taken. */
function illnessSubgroup(entity: EntityRef, study: StudyContext): boolean {
  const feature = entity.subgroupFeature;
  return (
    entity.subgroupOf === study.condition.name &&
    !!feature &&
    !/^(?:no\s+)?(?:female|male|subgroup|subset)$/i.test(feature) &&
    !cues().sampleWords.test(feature)
  );
}

/** Grades of severity a study enrols by ("30 mildly, 30 moderately and 24 severely affected", "graded mild …"). */
const SEVERITY_GRADE = /\b(mild|moderate|severe)(?:ly)?\b/gi;

/**
 * The subgroups of the study's patients: the severity grades its title or summary enrols by, when it names several,
 * and the ones the entry's findings are about (a group compared with is not always one the study set apart).
 */
function namedSubgroups(sentences: readonly FindingRecord[][], study: StudyContext, studyText: string): EntityRef[] {
  const found = new Map<string, EntityRef>();
  const add = (entity: EntityRef) => {
    const key = entity.name.toLowerCase();
    if (illnessSubgroup(entity, study) && !found.has(key)) found.set(key, entity);
  };
  const grades = new Set([...studyText.matchAll(SEVERITY_GRADE)].map((m) => m[1]!.toLowerCase()));
  if (grades.size >= 2)
    for (const grade of grades) {
      const text = `${grade} patients`;
      resolveGroup({ text, start: 0, end: text.length, kind: 'subgroup' }, study, { treatmentContext: null }).forEach(
        add,
      );
    }
  for (const finding of sentences.flat()) add(finding.object);
  return [...found.values()];
}

/** The subgroups a sentence's counted groups are, or null when its count is not theirs. */
function countedSubgroups(
  statement: string,
  subgroups: readonly EntityRef[],
  hasReference: boolean,
): EntityRef[] | null {
  const counted = COUNTED_GROUPS.exec(statement);
  if (!counted) return null;
  const patients = COUNTS[counted[1]!.toLowerCase()]! - (counted[2] || !hasReference ? 0 : 1);
  return patients >= 2 && patients === subgroups.length ? [...subgroups] : null;
}

/**
 * Each sentence's findings, each as the findings it stands for: a claim of the whole patient group, in a sentence
 * that counts the groups, one per subgroup.
 */
export function withCollectiveGroups(
  sentences: readonly FindingRecord[][],
  study: StudyContext,
  studyText: string,
): FindingRecord[][][] {
  // (A study of several conditions counts them as its patient groups.)
  const subgroups = study.patientGroups.length < 2 ? namedSubgroups(sentences, study, studyText) : [];
  const hasReference =
    study.controlGroup !== null ||
    sentences.flat().some((f) => REFERENCE.test(f.comparator ?? '') || f.object.kind === 'control group');
  return sentences.map((findings) => {
    const statement = findings[0]?.statement;
    const each = statement && subgroups.length >= 2 ? countedSubgroups(statement, subgroups, hasReference) : null;
    return findings.map((finding) =>
      each && finding.object.name === study.condition.name && !finding.population
        ? each.map((object) => ({ ...finding, object }))
        : [finding],
    );
  });
}
