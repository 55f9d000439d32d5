// Changes set against each other by one test: "serum urate rose by 3.1 mg/dL in patients against 0.5 mg/dL in
// controls (p = 0.002)", "salivary nitrite rose 6.1-fold in healthy women but only 3.4-fold in POTS (p = 0.003 for the
// group difference)". The group whose change was the larger moved further the verb's way, so the measure itself
// differs in that direction (urate higher in patients); a group whose change was the smaller has less of the change,
// and the change is then the measure (a smaller rise in nitrite in POTS). A test that found no difference is a null
// on the change. Changes each with a test of their own are group-changes.ts's.

import type { Claim, ClauseResult, SentenceContext } from './claims.ts';
import { changeOfMeasure } from './change-measure.ts';
import { nonSignificant } from './directions.ts';
import { entitiesFromChunk, type EntityMention } from './entities.ts';
import { LEADING_SETTING } from './group-changes.ts';
import { comparatorText, findGroupPhrases, resolveGroup, type GroupPhrase, type StudyContext } from './groups.ts';
import { parsePValues, significanceOfP } from './statistics.ts';
import { maskParentheses, tidy, unsentenceCase } from './text.ts';
import type { EntityRef, Relation } from '../record.ts';

/** A verb of change and the noun that names the change it made. */
const VERB_CHANGES: Record<string, { relation: Relation; noun: string }> = {
  rose: { relation: 'ELEVATED_IN', noun: 'rise' },
  risen: { relation: 'ELEVATED_IN', noun: 'rise' },
  increased: { relation: 'ELEVATED_IN', noun: 'increase' },
  climbed: { relation: 'ELEVATED_IN', noun: 'rise' },
  grew: { relation: 'ELEVATED_IN', noun: 'growth' },
  lengthened: { relation: 'ELEVATED_IN', noun: 'lengthening' },
  fell: { relation: 'REDUCED_IN', noun: 'fall' },
  fallen: { relation: 'REDUCED_IN', noun: 'fall' },
  dropped: { relation: 'REDUCED_IN', noun: 'drop' },
  declined: { relation: 'REDUCED_IN', noun: 'decline' },
  decreased: { relation: 'REDUCED_IN', noun: 'decrease' },
  shortened: { relation: 'REDUCED_IN', noun: 'shortening' },
};

/** "<measure> (had) rose (by)": the measure, the verb, and where the first figure begins. */
const CHANGE_HEAD = new RegExp(
  String.raw`^(.+?)\s+(?:had\s+|has\s+)?(${Object.keys(VERB_CHANGES).join('|')})\s+(?:by\s+)?(?:(?:a\s+)?(?:mean|median)\s+of\s+)?(?=[-−+]?\d)`,
  'i',
);
/** Where the first group's figure ends and the second's begins. */
const SECOND_FIGURE =
  /\s*,?\s+(?:against|versus|vs\.?|compared\s+(?:with|to)|as\s+against|and|but|while|whereas)\s+(?:by\s+)?(?:only\s+)?(?=[-−+]?\d)/i;
/** One group's figure: "3.1 mg/dL in patients", "6.1-fold in healthy women", "2.9 µmol/L on guanidinoacetic acid". */
const GROUP_FIGURE = /^[-−+]?(\d[\d.,]*)\s*(?:-?fold|%|[^\s\d][^\s]*)?(?:\s+[^\s\d]+)?\s+(?:in|among|on|with)\s+(.+)$/i;
/** What may follow the second group: when and over what the change was taken. */
const TRAILING_ADJUNCT = /^\s*(?:over|by|since|at|after|during|from|between|within|across)\b/i;
interface GroupFigure {
  value: number;
  group: GroupPhrase;
}

function figureOf(part: string): GroupFigure | null {
  const m = GROUP_FIGURE.exec(part.trim());
  if (!m) return null;
  const text = m[2]!;
  const group = findGroupPhrases(text)[0];
  // The group is the phrase after the preposition, with at most when it was taken after it.
  const after = text.slice(group?.end ?? 0);
  // ("… and 25% in ME/CFS, against 7% in controls": a third figure is a series this frame does not read.)
  if (
    !group ||
    group.start !== 0 ||
    (after.trim() && (!TRAILING_ADJUNCT.test(after) || /\d[\d.,]*\s*\S*\s+(?:in|among|on|with)\s/.test(after)))
  )
    return null;
  return { value: Number(m[1]!.replace(/,/g, '')), group };
}

/** A reference group or a trial's control arm: what the other group's change is set against. */
function isReference(figure: GroupFigure, study: StudyContext): boolean {
  if (figure.group.kind === 'control') return true;
  if (figure.group.kind !== 'treatment' || !study.controlArm) return false;
  return resolveGroup(figure.group, study, { treatmentContext: null }).some(
    (arm) => arm.name === study.controlArm!.name,
  );
}

export function changeContrastFrame(
  clause: string,
  study: StudyContext,
  sentence: SentenceContext,
): ClauseResult | null {
  const setting = LEADING_SETTING.exec(maskParentheses(clause));
  const body = setting ? clause.slice(setting[0].length) : clause;
  const masked = maskParentheses(body);
  const head = CHANGE_HEAD.exec(masked);
  if (!head) return null;
  const series = masked.slice(head[0].length);
  const split = SECOND_FIGURE.exec(series);
  if (!split) return null;
  const first = figureOf(series.slice(0, split.index));
  const second = figureOf(series.slice(split.index + split[0].length));
  if (!first || !second) return null;
  // One test between the groups: a p of each group's own change (before the second figure) is group-changes.ts's.
  const ps = parsePValues(body);
  if (!ps.length || parsePValues(body.slice(0, head[0].length + split.index)).length) return null;
  const byChance = nonSignificant(masked) || ps.every((p) => significanceOfP(p) === false);
  const [target, reference] =
    isReference(first, study) && !isReference(second, study) ? [second, first] : [first, second];
  if (target.value === reference.value && !byChance) return null;
  const { relation, noun } = VERB_CHANGES[head[2]!.toLowerCase()]!;
  const subjectText = tidy(body.slice(0, head[1]!.length));
  const larger = target.value > reference.value;
  let subjects: EntityMention[];
  if (larger && !byChance) subjects = entitiesFromChunk(subjectText);
  else {
    const change = changeOfMeasure(`${noun} in ${unsentenceCase(subjectText.replace(/^the\s+/i, ''))}`);
    subjects = change ? [change] : [];
  }
  if (!subjects.length) return null;
  const objects: EntityRef[] =
    target.group.kind === 'control' ? [] : resolveGroup(target.group, study, { treatmentContext: sentence.treatment });
  const comparator = comparatorText(reference.group.text) || null;
  const claims: Claim[] = subjects.flatMap((subject) =>
    objects.map((object): Claim => ({
      subject,
      relation: byChance ? 'NOT_DIFFERENT_IN' : larger ? relation : 'REDUCED_IN',
      sign: null,
      object,
      objectMention: null,
      comparator,
      cueStrength: 0.7,
    })),
  );
  return claims.length ? { claims, group: objects.length === 1 ? objects[0]! : null } : null;
}
