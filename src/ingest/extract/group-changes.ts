// Changes reported group by group, each with its own test: "urinary succinate rose by 31% in ME/CFS (p = 0.004) and
// by 9% in controls (p = 0.22)", "RMSSD dropped from 38 to 31 ms among patients (p = 0.002) and from 52 to 48 ms
// among controls (p = 0.04)". Each group's p tests its own change over time, so each is that group's finding (GUIDE
// rule 1, a control group's too), a null where its p is not significant (rule 2); the groups are not set against
// each other, as the difference frame read them ("succinate higher in ME/CFS than in controls").

import type { EntityRef, Relation } from '../record.ts';
import type { Claim, ClauseResult, SentenceContext } from './claims.ts';
import { nonSignificant } from './directions.ts';
import { entitiesFromChunk } from './entities.ts';
import { controlGroupEntity, findGroupPhrases, resolveGroup, type GroupPhrase, type StudyContext } from './groups.ts';
import { parsePValues, significanceOfP } from './statistics.ts';
import { maskParentheses } from './text.ts';

/** The change verb, followed by its first figure: group 1 when it rose, group 2 when it fell. */
const CHANGE_VERB =
  /\s(?:(rose|increased|climbed|went up)|(fell|decreased|dropped|declined|went down))\s+(?=(?:by|from)\s)/i;
/** "After the contraction, …", "By week 12, …": a setting before the measure, not part of its name. */
export const LEADING_SETTING =
  /^\s*(?:after|before|during|between|following|from|over|across|on|at|in|within|throughout|with|by)\s+[^,]+,\s*/i;
/** Where one group's figure ends and the next one's begins: "… (p = 0.004) and by 9% …", "…, but by only 2% …". */
const NEXT_GROUP = /\s*,?\s+(?:and|but|whereas|while)\s+(?=(?:by|from)\s)/gi;
/** One group's change: "by 9% in controls (p = 0.22)", "from 38 ms … to 31 ms … among patients (p = 0.002)". */
const GROUP_FIGURE = /^(?:by|from)\s[^()]*\s(?:in|among)\s+([^()]+?)\s*\(([^()]*\bp\s*[=<>≤≥][^()]*)\)\s*[.;]?\s*$/i;

interface GroupChange {
  group: GroupPhrase;
  text: string;
  /** Whether its own test found the change: false for a p that is not significant. */
  significant: boolean;
}

/** Each group's figure and test, or null unless every part after the verb is one group's figure with its p. */
function groupChanges(series: string): GroupChange[] | null {
  const parts = series.split(NEXT_GROUP);
  const changes: GroupChange[] = [];
  for (const part of parts) {
    const m = GROUP_FIGURE.exec(part.trim());
    const group = m ? findGroupPhrases(m[1]!) : [];
    // The group is the whole phrase after "in": "in participants with neurofeedback by week 10" names no one group.
    if (!m || group.length !== 1 || group[0]!.start !== 0 || group[0]!.end !== m[1]!.length) return null;
    const p = parsePValues(m[2]!)[0];
    const significant = p ? significanceOfP(p) !== false : true;
    changes.push({ group: group[0]!, text: m[1]!, significant: significant && !nonSignificant(part) });
  }
  return changes.length >= 2 ? changes : null;
}

export function groupChangesFrame(clause: string, study: StudyContext, sentence: SentenceContext): ClauseResult | null {
  const setting = LEADING_SETTING.exec(maskParentheses(clause));
  const body = setting ? clause.slice(setting[0].length) : clause;
  const verb = CHANGE_VERB.exec(maskParentheses(body));
  if (!verb) return null;
  const changes = groupChanges(body.slice(verb.index + verb[0].length));
  if (!changes) return null;
  const subjects = entitiesFromChunk(body.slice(0, verb.index));
  if (!subjects.length) return null;
  const direction: Relation = verb[1] ? 'ELEVATED_IN' : 'REDUCED_IN';
  const claims: Claim[] = [];
  const objectsSeen: EntityRef[] = [];
  for (const change of changes) {
    const objects: EntityRef[] =
      change.group.kind === 'control'
        ? [controlGroupEntity(change.text, study)]
        : resolveGroup(change.group, study, { treatmentContext: sentence.treatment });
    objectsSeen.push(...objects.filter((object) => object.kind !== 'control group'));
    for (const subject of subjects)
      for (const object of objects)
        claims.push({
          subject,
          relation: change.significant ? direction : 'NOT_DIFFERENT_IN',
          sign: null,
          object,
          objectMention: null,
          comparator: sentence.timeComparator,
          cueStrength: 0.7,
        });
  }
  const named = [...new Map(objectsSeen.map((o) => [o.name, o])).values()];
  return claims.length ? { claims, group: named.length === 1 ? named[0]! : null } : null;
}
