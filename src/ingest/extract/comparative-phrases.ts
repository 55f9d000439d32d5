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
  // ("was detected twice as often in A as in B": how it was counted may stand before the multiple.)
  String.raw`^(.+?)\s+(?:was|were)\s+(?:(?:detected|found|reported|seen|observed|recorded|diagnosed)\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+|on average\s+)?(${MULTIPLE})\s+as\s+(high|great|large|common|frequent|abundant|prevalent|long|often|low|small|short|rare)\s+(?:in|among)\s+(.+?)(?:\s+as\s+(?:in\s+|among\s+)?(.+?))?\s*$`,
  'id',
);

// "Cortisol clearance in patients was less than half that of controls", "X stood at 60% of the level in controls",
// "X was roughly twice that of controls": a share or multiple of the reference group's value.
const SHARE = String.raw`(?:half|a third|one third|a quarter|one quarter|two thirds|\d+(?:\.\d+)?\s*%|twice|thrice|double|triple|(?:\d+(?:\.\d+)?|two|three|four|five|ten)\s*(?:times|-fold|fold))`;
const SHARE_OF = new RegExp(
  String.raw`^(.+?)\s+(?:was|were|is|are|stood at|reached|amounted to|averaged|fell to|dropped to|rose to)\s+(?:(?:only|just|about|roughly|around|approximately|nearly|almost|less than|more than|under|over|below|above)\s+)*(${SHARE})\s+(?:of\s+)?(?:that|those|the levels?|the values?|the rates?|the amounts?|the figures?)\s+(?:of|in|seen in|measured in|found in|for)\s+(.+?)\s*$`,
  'id',
);

/** Whether a share or multiple of the reference says higher (true), lower (false) or neither (null). */
function shareDirection(share: string): boolean | null {
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(share);
  if (percent) return Number(percent[1]) > 100 ? true : Number(percent[1]) < 100 ? false : null;
  if (/^(?:half|a third|one third|a quarter|one quarter|two thirds)$/i.test(share)) return false;
  return true;
}

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
    const large = /^(?:high|great|large|common|frequent|abundant|prevalent|long|often)$/i.test(asMuch[3]!);
    // "half as high" says lower.
    const higher = /^half$/i.test(asMuch[2]!) ? !large : large;
    return claimsFor(words(asMuch, 1)!, asMuch[4]!, words(asMuch, 5), higher, study, sentence);
  }
  const share = SHARE_OF.exec(masked);
  if (share) {
    const higher = shareDirection(share[2]!);
    const left = words(share, 1)!;
    // The group is named with the measure ("X in patients") or before it ("In patients, X").
    const group = findGroupPhrases(left).find((g) => g.kind !== 'control');
    if (higher === null || !group) return null;
    const measure = tidy(
      (left.slice(0, group.start) + ' ' + left.slice(group.end)).replace(/\b(?:in|among|of)\s*(?=,|$|\s{2})/gi, ''),
    ).replace(/^(?:in|among)\s+/i, '');
    return claimsFor(measure, left.slice(group.start, group.end), words(share, 3), higher, study, sentence);
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
