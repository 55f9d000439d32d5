// Time contrasts of a sentence ("after 12 weeks", "post-treatment"): the treatment a before/after speaks of, the
// comparator the contrast implies, and the phrases to blank before the subject is looked for.

import { timeContrasts } from './cues.ts';
import type { SentenceContext } from './claims.ts';
import { firstSexNamed, type StudyContext } from './groups.ts';
import { scanLexicon, type LexiconEntry } from './lexicon.ts';
import { inDigits } from './text.ts';

/** Finds time contrasts in a sentence, for treatment context and the implied comparator. */
export function sentenceContext(sentence: string, study: StudyContext, interventionNames: string[]): SentenceContext {
  let treatment: LexiconEntry | null = null;
  let timeComparator: string | null = null;
  for (const contrast of timeContrasts(interventionNames)) {
    // "Following graded exercise, …" in a study that treats nobody: a time contrast, not a treatment's before/after.
    if (contrast.namesIntervention && !study.interventions.length) continue;
    contrast.pattern.lastIndex = 0;
    const match = contrast.pattern.exec(sentence);
    if (!match || insideName(sentence, match.index, match.index + match[0].length)) continue;
    // "after 4 IA cycles": a treatment the lexicon lacks is named by the words before its cycles.
    const written = match.groups?.['treatment'];
    if (contrast.treatment)
      treatment = study.interventions[0] ?? treatment ?? (written ? { name: written, synonyms: [] } : null);
    // "above pre-task values", "from the supine value": a pattern may name its comparator in the sentence's words.
    timeComparator ??=
      match.groups?.['comparator'] ??
      match.groups?.['position'] ??
      (contrast.comparator && numberedAsWritten(contrast.comparator, match[0]));
  }
  // A study that treats one group and sets it against no other (an open-label pilot): its before/after is the treated
  // patients' (rule 9), whether or not the sentence names the treatment.
  if (!treatment && timeComparator !== null && singleArm(study)) treatment = study.interventions[0]!;
  return {
    treatment,
    timeComparator,
    opensWithGroup: LEADING_GROUP_ADJUNCT.test(sentence),
    firstSex: firstSexNamed(sentence),
  };
}

function singleArm(study: StudyContext): boolean {
  return study.interventions.length === 1 && !study.controlArm && !study.controlGroup;
}

/** "from day 1 to day 2" implies "day 1", "on day two" implies "day one": the comparator numbered as the sentence does. */
function numberedAsWritten(comparator: string, written: string): string {
  if (!/\d/.test(written)) return comparator;
  return comparator.replace(/\b(?:one|two|three|four|five)\b/gi, inDigits);
}

const LEADING_GROUP_ADJUNCT =
  /^\s*(?:in|among|within)\s+(?:the\s+)?[^,;]{0,60}?\b(?:patients|participants|subjects|women|men|groups?|cohorts?|subgroups?|controls|veterans|children|adolescents|cases)\b[^,;]{0,40},/i;

/** "wake after sleep onset": a time phrase inside a name the lexicon knows is part of the name. */
function insideName(text: string, start: number, end: number): boolean {
  return scanLexicon(text, ['Measure', 'Biomarker', 'Symptom']).some(
    (hit) => hit.start <= start && hit.end >= end && hit.end - hit.start > end - start,
  );
}

export function blankTimePhrases(text: string, interventionNames: string[]): string {
  let out = text;
  for (const contrast of timeContrasts(interventionNames)) {
    out = out.replace(contrast.pattern, (m: string, ...rest: unknown[]) => {
      const offset = rest.find((r): r is number => typeof r === 'number')!;
      return insideName(text, offset, offset + m.length) ? m : ' '.repeat(m.length);
    });
  }
  return out;
}
