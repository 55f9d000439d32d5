// "Quinolinic acid was raised in ME/CFS but not in fibromyalgia": a difference that holds in one group and is denied
// in another is two findings, the second a null for the same measure in the group named after "but not in" (issue 16,
// class 6). The clause before "but not" is read as it stands; the denied group gets NOT_DIFFERENT_IN.

import type { Claim } from './claims.ts';
import type { EntityRef } from '../record.ts';
import { figuredPlaces } from './places.ts';
import {
  comparatorText,
  controlGroupEntity,
  findGroupPhrases,
  resolveGroup,
  type GroupPhrase,
  type StudyContext,
} from './groups.ts';

// ("… and not in fibromyalgia", "…, and no more often in ME/CFS": the same denial in other words.)
const BUT_NOT_IN =
  /,?\s+(?:but|and)\s+(?:not|no\s+(?:more|less|higher|lower)(?:\s+(?:often|frequently|commonly))?)\s+(?:in|among|for|after|on|with)\s+/i;

// "higher in ME/CFS than in multiple sclerosis but not than in depression", "exceeded that of controls but not that of
// depression": the comparison denied against another reference group.
const BUT_NOT_THAN = /,?\s+but\s+not\s+(?:than\s+(?:in\s+|among\s+)?|(?:that|those)\s+of\s+)/i;

const BUT_NOT_BARE = /,?\s+but\s+not\s+(?!in\b|among\b|for\b|at\b|on\b|after\b|before\b|during\b|with\b)/i;

// "reduced in the anterior cingulate and the thalamus, but not in the parietal or occipital cortex": places denied.
const BUT_NOT_AT_PLACE = /,?\s+but\s+not\s+(?:in|at|within)\s+/i;
const SUBJECT_BEFORE_VERB = /^(?:.*,\s+)?(.+?)\s+(?:was|were)\s/i;
const DIRECTION_ADJECTIVE =
  /^(?:elevated|increased|raised|higher|lower|reduced|decreased|greater|smaller|diminished|heightened|abnormal)\s+/i;

/** A clause whose difference is denied at places, and the null it states there in a clause of its own. */
export interface DeniedPlaces {
  head: string;
  /** "<measure> did not differ in <places>", the measure as the head's subject names it. */
  nullClause: string;
}

/** The clause split at "… but not in <places>", when every denied member is an anatomical place; null otherwise. */
export function deniedPlaces(clause: string, masked: string): DeniedPlaces | null {
  const m = BUT_NOT_AT_PLACE.exec(masked);
  if (!m) return null;
  const end = /[;]|\.?\s*$/.exec(masked.slice(m.index + m[0].length))!;
  const placesText = clause.slice(m.index + m[0].length, m.index + m[0].length + end.index);
  if (!figuredPlaces(placesText)) return null;
  const head = clause.slice(0, m.index);
  const subject = SUBJECT_BEFORE_VERB.exec(head)?.[1]?.replace(DIRECTION_ADJECTIVE, '');
  if (!subject || !figuredPlaces(head.slice(head.lastIndexOf(' in ') + 4).replace(/^the\s+/i, ''))) return null;
  return { head, nullClause: `${subject} did not differ in ${placesText}` };
}

export interface NegatedContrast {
  /** The clause up to "but not". */
  head: string;
  /** The groups named after "but not in" ("… but not in fibromyalgia or controls"). */
  denied: GroupPhrase[];
  /** Whether the denied groups are where the difference is missing, or what it is not set against ("but not than C"). */
  deniedAs: 'object' | 'comparator';
}

/** The clause split at "… but not in <group>[ or <group>]", when a group is named after it; null otherwise. */
export function negatedContrast(clause: string, masked: string): NegatedContrast | null {
  // ("higher in A than in B but not C": after a comparison with "than", a bare group is another reference group.)
  const bare = /\bthan\b/i.test(masked) ? BUT_NOT_BARE.exec(masked) : null;
  const than = BUT_NOT_THAN.exec(masked) ?? bare;
  const m = than ?? BUT_NOT_IN.exec(masked);
  if (!m) return null;
  // On the masked text: a parenthesis after the group ("(p = 0.52)") is not part of its name.
  const restStart = m.index + m[0].length + (/^the\s+/i.exec(masked.slice(m.index + m[0].length))?.[0].length ?? 0);
  const rest = masked.slice(restStart);
  // (A group only the words before it make one, "but not after albumin" in a trial, is found in the whole clause.)
  const inRest = findGroupPhrases(rest);
  const groups = (
    inRest.length
      ? inRest
      : findGroupPhrases(masked)
          .filter((g) => g.start >= restStart)
          .map((g) => ({ ...g, start: g.start - restStart, end: g.end - restStart }))
  ).map((g) => ({ ...g, text: g.text.trim() }));
  // "lower in women with ME/CFS but not in men": one sex named alone is the study's patients of that sex.
  const sex = groups.length ? null : /^(?:wo)?men\b|^(?:fe)?males\b/i.exec(rest);
  if (sex) groups.push({ text: sex[0], start: 0, end: sex[0].length, kind: 'subgroup' });
  if (!groups.length || groups[0]!.start > 4) return null;
  // Further groups count while only a conjunction or comma stands between them.
  const denied = [groups[0]!];
  for (const next of groups.slice(1)) {
    if (
      !/^\s*(?:,\s*)?(?:(?:or|and|nor)\s+)?(?:(?:in|among)\s+)?(?:the\s+)?$/i.test(
        rest.slice(denied.at(-1)!.end, next.start),
      )
    )
      break;
    denied.push(next);
  }
  return { head: clause.slice(0, m.index), denied, deniedAs: than ? 'comparator' : 'object' };
}

/** For each directed claim of the head, its null in each denied group. */
export function deniedClaims(claims: Claim[], contrast: NegatedContrast, study: StudyContext): Claim[] {
  const directed = claims.filter((claim) => claim.relation === 'ELEVATED_IN' || claim.relation === 'REDUCED_IN');
  // "… but not than in depression": the same group, no different from the group the comparison is denied against.
  // (Once for each measure and group: the head's claims against its several reference groups deny only one.)
  if (contrast.deniedAs === 'comparator') {
    const once = new Map<string, Claim>();
    for (const claim of directed)
      for (const group of contrast.denied) {
        const comparator = comparatorText(group.text) || null;
        once.set(`${claim.subject.entity.name}|${claim.object.name}|${comparator}`, {
          ...claim,
          relation: 'NOT_DIFFERENT_IN',
          sign: null,
          comparator,
        });
      }
    return [...once.values()];
  }
  return deniedInGroups(directed, contrast.denied, study);
}

function deniedInGroups(claims: Claim[], groups: GroupPhrase[], study: StudyContext): Claim[] {
  // A control group denied a change ("rose after exercise in patients but not in controls") is the object of its own
  // null, as a control group's own change over time is (difference.ts).
  const objects: EntityRef[] = groups.flatMap((group) =>
    group.kind === 'control'
      ? [controlGroupEntity(group.text, study)]
      : resolveGroup(group, study, { treatmentContext: null }),
  );
  return claims.flatMap((claim) =>
    objects.map((object): Claim => ({
      ...claim,
      relation: 'NOT_DIFFERENT_IN',
      sign: null,
      object,
      objectMention: null,
    })),
  );
}
