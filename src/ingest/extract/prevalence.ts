// Prevalence contrasts ("X was found in 30% of patients versus 5% of controls"; "A and B were found in 6% and
// 2% of patients respectively, with neither in controls"): a figure set against another group's figure (rule 1).

import { cues } from './cues.ts';
import { entitiesFromChunk } from './entities.ts';
import { comparatorText, findGroupPhrases, resolveGroup, type GroupPhrase, type StudyContext } from './groups.ts';
import type { Claim, ClauseResult, SentenceContext } from './claims.ts';
import { controlArmIn } from './trial-arms.ts';
import { directionCues, nonSignificant } from './directions.ts';
import { parsePValues, significanceOfP } from './statistics.ts';
import { NUMBER_WORDS, tidy, unsentenceCase } from './text.ts';

const FIGURE = String.raw`\d+(?:\.\d+)?\s*%`;
const FIGURE_RUN = new RegExp(
  String.raw`(${FIGURE}(?:(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+)${FIGURE})*)\s+(?:of|in|among)\s+`,
  'gi',
);
/** "9 of 40 <group>": a count out of a group's size, read as the percentage it is. */
const COUNT_OF = /\b(\d+)\s+of\s+(?:the\s+)?(\d+)\s+/gi;

/**
 * Words that may stand between a figure and its group phrase: "3% of comparison attendees", "in only 6% of
 * controls" (a modifier the group phrase did not take), never a preposition or conjunction that starts another phrase.
 */
const GAP =
  /^(?:(?:the|all|only|just)\s+)?(?:(?!(?:and|or|than|versus|vs|against|with|from|in|of|at|by|on|but|while|whereas|compared|during|after|before|under|within)\b)[a-z][\w-]*\s+){0,2}$/i;

interface FigureRun {
  index: number;
  end: number;
  figures: number[];
  /** A count on a trial arm ("10 participants on NMN"): the arm is named right after it. */
  arm?: boolean;
}

/** Counts written as words, each at its value's index ("none" is 0). */
// ("none" counts nobody, as "zero" would.)
const COUNT_WORDS = ['none', ...NUMBER_WORDS.slice(1)];
/**
 * "9 participants on nattokinase and 3 on placebo", "in four men on testosterone and in none on placebo": in a trial,
 * counts per arm of a randomised (equal-sized) allocation compare as their figures do; so do counts per period of a
 * crossover ("6 of 28 participants during active treatment and 2 of 28 during placebo", "7 after 50 µg and 1 after
 * saline").
 */
const COUNT_ON = new RegExp(
  String.raw`(?:\b|(?<=\s))(\d+(?:\.\d+)?%|\d+|${COUNT_WORDS.join('|')}|no one)\s+(?:of\s+\d+\s+)?(?:(?:of\s+)?(?:participants|patients|women|men|adults|adolescents|children|veterans|people|subjects|those)\s+)?(?:on|receiving|taking|in\s+the|during|after(?=\s+(?:\d|placebo|saline|sham)))\s+`,
  'gi',
);

function countOnArm(word: string): number {
  const lower = word.toLowerCase();
  return lower === 'no one' ? 0 : /^\d/.test(lower) ? parseFloat(lower) : COUNT_WORDS.indexOf(lower);
}

function figureRuns(masked: string, trial = false): FigureRun[] {
  const armCounts = trial
    ? [...masked.matchAll(COUNT_ON)].map((m) => ({
        index: m.index,
        end: m.index + m[0].length,
        figures: [countOnArm(m[1]!)],
        arm: true,
      }))
    : [];
  const percentages = [...masked.matchAll(FIGURE_RUN)].map((m) => ({
    index: m.index,
    end: m.index + m[0].length,
    figures: [...m[1]!.matchAll(/(\d+(?:\.\d+)?)\s*%/g)].map((f) => Number(f[1])),
  }));
  const counts = [...masked.matchAll(COUNT_OF)]
    .filter((m) => Number(m[2]) > 0 && Number(m[1]) <= Number(m[2]))
    .map((m) => ({ index: m.index, end: m.index + m[0].length, figures: [(100 * Number(m[1])) / Number(m[2])] }));
  return [...percentages, ...counts, ...armCounts].sort((a, b) => a.index - b.index);
}

interface FigureGroup {
  phrase: GroupPhrase;
  figures: number[];
  /** Where the group's figure is written (its phrase's start when the phrase holds it, or there is none). */
  from: number;
}

const ARM_NAME =
  /^[^,;()]+?(?=\s+(?:and|or|but|against|versus|vs\.?|compared|while|whereas|requiring|with)\b|\s*[,;(]|\s*$)/i;

/**
 * "10 participants on NMN and 4 on placebo": a trial arm no vocabulary names (an abbreviation, part of a regimen's
 * name) is still the group its count stands for.
 */
function unnamedArms(masked: string, phrases: GroupPhrase[], runs: FigureRun[]): GroupPhrase[] {
  return runs.flatMap((run) => {
    if (!run.arm) return [];
    // (A phrase already holding the arm, "veterans on 400 mg", or right after the count names it.)
    const named = phrases.some(
      (p) => p.end > run.end && (p.start <= run.end || GAP.test(masked.slice(run.end, p.start))),
    );
    if (named) return [];
    const name = ARM_NAME.exec(masked.slice(run.end));
    if (!name || !/\p{L}/u.test(name[0])) return [];
    // (The trial's control arm as trial-arms.ts knows it: placebo, sham, saline, usual care.)
    const kind = controlArmIn(name[0]) || cues().controlWords.test(name[0]) ? 'control' : 'treatment';
    return [{ text: name[0], start: run.end, end: run.end + name[0].length, kind }];
  });
}

/** The figures each group phrase carries: "30% of <group>", "6% and 2% of <group>", "no … in <group>". */
function figureGroups(masked: string, written: GroupPhrase[], runs: FigureRun[]): FigureGroup[] {
  const found: FigureGroup[] = [];
  const phrases = [...written, ...unnamedArms(masked, written, runs)].sort((a, b) => a.start - b.start);
  for (const phrase of phrases) {
    // (The nearest run before the phrase: "19% of patients against 4% of sedentary controls" gives the controls 4%.)
    const run = runs
      .filter(
        (m) =>
          phrase.start >= m.index &&
          phrase.end > m.end &&
          (phrase.start <= m.end || GAP.test(masked.slice(m.end, phrase.start))),
      )
      .pop();
    if (run) {
      found.push({ phrase, figures: run.figures, from: Math.min(run.index, phrase.start) });
      continue;
    }
    // A group in which the thing was absent: "with no such cases in controls", "none of the controls".
    const before = masked.slice(Math.max(0, phrase.start - 80), phrase.start);
    const zero =
      /\b(?:no|none)\b[^,;]*?\b(?:in|among|of)\s+(?:the\s+|all\s+)?$/i.test(before) ||
      /\b(?:absent|not (?:detected|found|observed|present|seen))\s+(?:in|among|from)\s+(?:the\s+|all\s+)?$/i.test(
        before,
      ) ||
      /^\s*(?:none of|no)\s/i.test(phrase.text);
    if (zero) found.push({ phrase, figures: [0], from: phrase.start });
  }
  // ("6 of 28 participants during active treatment": beside a trial's arms, its participants are no group of their own.)
  return found.some((g) => g.phrase.kind === 'treatment') ? found.filter((g) => g.phrase.kind !== 'population') : found;
}

/**
 * "Subclass deficiency was found in 21% of patients and 8% of donors": every direction word of the clause closes its
 * subject, so it names the state counted and the figures say which group has more of it. (One opening the subject, "An
 * exaggerated X occurred in …", is the direction of X.)
 */
export function directionNamesCountedState(masked: string): boolean {
  const verb = cues().verbs.first(masked);
  const found = directionCues(masked);
  return (
    !!verb &&
    found.length > 0 &&
    found.every(
      (cue) => cue.end <= verb.start && /\p{L}/u.test(masked.slice(0, cue.start).replace(/^\s*(?:an?|the)\s+/i, '')),
    )
  );
}

export function prevalenceFrame(
  clause: string,
  masked: string,
  study: StudyContext,
  sentence: SentenceContext,
): ClauseResult | null {
  const c = cues();
  if (c.noDifference.test(masked)) return null;
  const runs = figureRuns(masked, study.interventions.length > 0);
  const withFigures = figureGroups(masked, findGroupPhrases(masked), runs);
  const pairs = contrastedPairs(withFigures, masked);
  if (!pairs.length) return null;
  const first = withFigures[0]!;
  const second = withFigures[withFigures.length - 1]!;

  // The subject: what comes before the predicate ("Viral DNA was found in …"), or after it when the
  // figures open the clause ("30% of patients versus 5% of controls had X").
  // ("Blood volume below 90% of the predicted value was found in …": a figure no group carries is the subject's.)
  const firstGroupStart = Math.min(...withFigures.map((g) => g.from));
  const verb = c.verbs.first(masked);
  let subjectText = '';
  if (verb && verb.start < firstGroupStart) subjectText = clause.slice(0, verb.start);
  else if (verb && verb.start >= second.phrase.end) subjectText = clause.slice(verb.end).replace(/[,;].*$/, '');
  // "The plasma of 24.1% of patients held X, compared with 4% of controls": the thing follows the verb.
  else if (verb && verb.start >= first.phrase.end && verb.start < second.phrase.start)
    subjectText = clause.slice(verb.end, second.phrase.start).replace(/[,;][\s\S]*$/, '');
  // "On head-up tilt testing, orthostatic instability appeared in …": a leading adjunct is not the subject, nor is
  // a participle phrase set off by commas ("Delayed hypotension, beginning after minute three, occurred in …").
  const written = subjectText
    .replace(/^\s*(?:on|in|at|during|after|with|under|among)\b[^,]*,\s*/i, '')
    .replace(/,\s*[a-z]+(?:ing|ed)\b[^,]*,?\s*$/i, '')
    .replace(/^\s*(?:the\s+)?/i, '')
    // "(below 16 kg in women and 27 kg in men)", "(Beighton score of at least 5)": a definition with its figures
    // says what was counted, it lists no members.
    .replace(/\s*\([^()]*\d[^()]*\)\s*$/, '');
  let subjects = entitiesFromChunk(written);
  // "Bloating or loose stools were reported by …": events counted together are one category, named as written.
  // ("a titre of 1:160 or above" is one bound, not two events.)
  const alternatives = /^([^,]+?)\s+or\s+(?!(?:above|below|more|less|higher|lower|greater|over|under)\b)([^,]+)$/i.exec(
    written.trim(),
  );
  const known = alternatives && [alternatives[1]!, alternatives[2]!].flatMap((part) => entitiesFromChunk(part))[0];
  if (known)
    subjects = [{ ...known, known: false, entity: { type: known.entity.type, name: unsentenceCase(tidy(written)) } }];
  if (!subjects.length) return null;
  const pick = (figures: number[], i: number) =>
    figures.length === 1 ? figures[0]! : figures.length === subjects.length ? figures[i]! : null;

  // "9% of patients and 8% of controls, a non-significant difference", "(p = 0.71)": figures that differ by chance.
  const ps = parsePValues(clause);
  const byChance = nonSignificant(masked) || (ps.length > 0 && ps.every((p) => significanceOfP(p) === false));
  const claims: Claim[] = [];
  let objects: ReturnType<typeof resolveGroup> = [];
  for (const [target, reference] of pairs) {
    objects = resolveGroup(target.phrase, study, { treatmentContext: sentence.treatment });
    const comparator = comparatorText(
      clause
        .slice(reference.phrase.start, reference.phrase.end)
        .replace(/^\s*(?:none of|no)\s+/i, '')
        .replace(/^\d+\s+of\s+(?:the\s+)?\d+\s+/i, ''),
    );
    subjects.forEach((subject, i) => {
      const own = pick(target.figures, i);
      const other = pick(reference.figures, i);
      if (own === null || other === null || (own === other && !byChance)) return;
      for (const object of objects) {
        claims.push({
          subject,
          relation: byChance ? 'NOT_DIFFERENT_IN' : own > other ? 'ELEVATED_IN' : 'REDUCED_IN',
          sign: null,
          object,
          objectMention: null,
          comparator: comparator || null,
          cueStrength: 0.75,
        });
      }
    });
  }
  if (!claims.length) return null;
  return { claims, group: pairs.length === 1 && objects.length === 1 ? objects[0]! : null };
}

/**
 * Which group's figure is set against which: of two, the patients' against the reference (two patient groups only
 * through a comparison word between them); of three or more with one reference group ("34% of long COVID, 22% of
 * ME/CFS and 5% of controls"), each patient group against it; of one patient group and several reference groups, the
 * patients against each.
 */
function contrastedPairs(withFigures: FigureGroup[], masked: string): [FigureGroup, FigureGroup][] {
  if (withFigures.length >= 3) {
    const controls = withFigures.filter((g) => g.phrase.kind === 'control');
    const patients = withFigures.filter((g) => g.phrase.kind !== 'control');
    // ("27% of long COVID, 14% of recovered adults and 12% of never-infected adults": one patient group against each
    // reference group.)
    if (patients.length === 1 && controls.length >= 2) return controls.map((g) => [patients[0]!, g]);
    if (controls.length !== 1) return [];
    // ("31% on 100 mg, 19% on 50 mg and 9% on placebo": each arm against the control arm, and the arm with the larger
    // figure against the other.)
    const arms = patients.filter((g) => g.phrase.kind === 'treatment');
    const between = arms.flatMap((a, i) =>
      arms
        .slice(i + 1)
        .filter((b) => a.figures[0] !== b.figures[0])
        .map((b): [FigureGroup, FigureGroup] => (a.figures[0]! > b.figures[0]! ? [a, b] : [b, a])),
    );
    return [...patients.map((g): [FigureGroup, FigureGroup] => [g, controls[0]!]), ...between];
  }
  if (withFigures.length !== 2) return [];
  const [first, second] = withFigures as [FigureGroup, FigureGroup];
  let target = first;
  let reference = second;
  if (first.phrase.kind === 'control' && second.phrase.kind !== 'control') [target, reference] = [second, first];
  if (target.phrase.kind === 'control') return [];
  if (
    reference.phrase.kind !== 'control' &&
    !/\b(?:versus|vs\.?|compared (?:to|with)|against|than|and|while|whereas)\b/i.test(
      masked.slice(first.phrase.end, second.phrase.start),
    )
  )
    return [];
  return [[target, reference]];
}
