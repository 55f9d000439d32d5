// Comparisons worded without a direction cue on the measure: "Patients were more likely than controls to report
// unrefreshing sleep" (the group is the subject, the measure follows a verb), and "IL-6 was twice as high in patients
// as in controls" (a multiple instead of "higher"). Both are group differences (rule 1).

import type { Relation } from '../record.ts';
import type { Claim, ClauseResult, SentenceContext } from './claims.ts';
import { entitiesFromChunk } from './entities.ts';
import { comparatorText, findGroupPhrases, resolveGroup, type StudyContext } from './groups.ts';
import { maskParentheses, tidy } from './text.ts';

const MULTIPLE = String.raw`(?:twice|thrice|half|(?:\d+(?:\.\d+)?|two|three|four|five|ten)\s*(?:times|-fold|fold))`;
const LIKELIHOOD = new RegExp(
  String.raw`^(.+?)\s+(?:were|was)\s+(?:(?:significantly|about|nearly|almost|roughly|${MULTIPLE})\s+)*(more|less)\s+likely\s+(?:than\s+(.+?)\s+)?to\s+(?:report|have|had|experience|show|develop|meet|be diagnosed with|use|suffer from|describe|endorse|display|present with)\s+(.+?)(?:\s+than\s+(.+?))?\s*$`,
  'id',
);
const AS_MUCH = new RegExp(
  String.raw`^(.+?)\s+(?:was|were)\s+(?:about\s+|nearly\s+|almost\s+|roughly\s+|on average\s+)?(${MULTIPLE})\s+as\s+(high|great|large|common|frequent|abundant|prevalent|long|low|small|short|rare)\s+(?:in|among)\s+(.+?)(?:\s+as\s+(?:in\s+|among\s+)?(.+?))?\s*$`,
  'id',
);

export function comparativePhraseFrame(
  clause: string,
  study: StudyContext,
  sentence: SentenceContext,
): ClauseResult | null {
  const masked = maskParentheses(clause);
  // The masked clause only blanks parentheses, so its match positions read the clause's own words.
  const words = (m: RegExpExecArray, group: number): string | null => {
    const at = m.indices?.[group];
    return at ? tidy(clause.slice(at[0], at[1])) : null;
  };
  const likely = LIKELIHOOD.exec(masked);
  if (likely) {
    const more = likely[2]!.toLowerCase() === 'more';
    return claimsFor(words(likely, 4)!, likely[1]!, words(likely, 3) ?? words(likely, 5), more, study, sentence);
  }
  const asMuch = AS_MUCH.exec(masked);
  if (asMuch) {
    const large = /^(?:high|great|large|common|frequent|abundant|prevalent|long)$/i.test(asMuch[3]!);
    // "half as high" says lower.
    const higher = /^half$/i.test(asMuch[2]!) ? !large : large;
    return claimsFor(words(asMuch, 1)!, asMuch[4]!, words(asMuch, 5), higher, study, sentence);
  }
  return null;
}

function claimsFor(
  measure: string,
  groupText: string,
  reference: string | null,
  higher: boolean,
  study: StudyContext,
  sentence: SentenceContext,
): ClauseResult | null {
  const group = findGroupPhrases(groupText)[0];
  if (!group || group.kind === 'control') return null;
  const objects = resolveGroup(group, study, { treatmentContext: sentence.treatment });
  const subjects = entitiesFromChunk(measure);
  if (!subjects.length || !objects.length) return null;
  const comparator = reference ? comparatorText(reference) || null : null;
  const relation: Relation = higher ? 'ELEVATED_IN' : 'REDUCED_IN';
  const claims: Claim[] = subjects.flatMap((subject) =>
    objects.map((object) => ({
      subject,
      relation,
      sign: null,
      object,
      objectMention: null,
      comparator,
      cueStrength: 0.8,
    })),
  );
  return { claims, group: objects.length === 1 ? objects[0]! : null };
}
