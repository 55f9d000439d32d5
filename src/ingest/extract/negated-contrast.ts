// "Quinolinic acid was raised in ME/CFS but not in fibromyalgia": a difference that holds in one group and is denied
// in another is two findings, the second a null for the same measure in the group named after "but not in" (issue 16,
// class 6). The clause before "but not" is read as it stands; the denied group gets NOT_DIFFERENT_IN.

import type { Claim } from './claims.ts';
import type { EntityRef } from '../record.ts';
import { controlGroupEntity, findGroupPhrases, resolveGroup, type GroupPhrase, type StudyContext } from './groups.ts';

// ("… and not in fibromyalgia", "…, and no more often in ME/CFS": the same denial in other words.)
const BUT_NOT_IN =
  /,?\s+(?:but|and)\s+(?:not|no\s+(?:more|less|higher|lower)(?:\s+(?:often|frequently|commonly))?)\s+(?:in|among|for)\s+/i;

export interface NegatedContrast {
  /** The clause up to "but not". */
  head: string;
  /** The groups named after "but not in" ("… but not in fibromyalgia or controls"). */
  denied: GroupPhrase[];
}

/** The clause split at "… but not in <group>[ or <group>]", when a group is named after it; null otherwise. */
export function negatedContrast(clause: string, masked: string): NegatedContrast | null {
  const m = BUT_NOT_IN.exec(masked);
  if (!m) return null;
  // On the masked text: a parenthesis after the group ("(p = 0.52)") is not part of its name.
  const rest = masked.slice(m.index + m[0].length).replace(/^(?:the\s+)?/i, '');
  const groups = findGroupPhrases(rest).map((g) => ({ ...g, text: g.text.trim() }));
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
  return { head: clause.slice(0, m.index), denied };
}

/** For each directed claim of the head, its null in each denied group. */
export function deniedClaims(claims: Claim[], groups: GroupPhrase[], study: StudyContext): Claim[] {
  // A control group denied a change ("rose after exercise in patients but not in controls") is the object of its own
  // null, as a control group's own change over time is (difference.ts).
  const objects: EntityRef[] = groups.flatMap((group) =>
    group.kind === 'control'
      ? [controlGroupEntity(group.text, study)]
      : resolveGroup(group, study, { treatmentContext: null }),
  );
  return claims
    .filter((claim) => claim.relation === 'ELEVATED_IN' || claim.relation === 'REDUCED_IN')
    .flatMap((claim) =>
      objects.map((object): Claim => ({
        ...claim,
        relation: 'NOT_DIFFERENT_IN',
        sign: null,
        object,
        objectMention: null,
      })),
    );
}
