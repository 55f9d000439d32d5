// Elliptical clauses ("…, but FMD did not", "…, and neither did X"): the previous clause's claim for another subject.

import type { Relation } from '../record.ts';
import { entitiesFromChunk } from './entities.ts';
import type { Claim, ClauseResult } from './claims.ts';

/** "…, but FMD did not": the previous clause's claim, negated, for another subject. */
export function ellipticalFrame(clause: string, previous: ClauseResult | null): ClauseResult | null {
  // "…, and neither did X": X shares the previous clause's (negative) claim.
  const neither = /^(?:and\s+)?(?:neither|nor)\s+(?:did|does|was|were|had)\s+(.+?)(?:\s+as\s+[^,]*)?$/i.exec(
    clause.trim(),
  );
  if (neither && previous?.claims.length && previous.claims.every((c) => c.relation.startsWith('NOT_'))) {
    const subjects = entitiesFromChunk(neither[1]!);
    if (!subjects.length) return null;
    const claims = subjects.flatMap((subject) =>
      dedupeByObject(previous.claims).map((claim) => ({ ...claim, subject, cueStrength: 0.7 })),
    );
    return { claims, group: previous.group };
  }
  const m = /^(.+?)\s+(?:did|does|was|were|had)\s+not(?:\s+\w+)?$/i.exec(clause.trim());
  if (!m || !previous?.claims.length) return null;
  const subjects = entitiesFromChunk(m[1]!);
  if (subjects.length !== 1) return null;
  const negate: Partial<Record<Relation, Relation>> = {
    ELEVATED_IN: 'NOT_DIFFERENT_IN',
    REDUCED_IN: 'NOT_DIFFERENT_IN',
    CORRELATES_WITH: 'NOT_CORRELATED_WITH',
    ASSOCIATED_WITH: 'NOT_CORRELATED_WITH',
  };
  const template = previous.claims[0]!;
  const relation = negate[template.relation];
  if (!relation) return null;
  const claims = dedupeByObject(previous.claims).map((claim) => ({
    ...claim,
    subject: subjects[0]!,
    relation,
    sign: null,
    cueStrength: 0.7,
  }));
  return { claims, group: previous.group };
}

/** One claim per object and comparator: the template an elliptical clause repeats for its own subject. */
function dedupeByObject(claims: Claim[]): Claim[] {
  const seen = new Set<string>();
  return claims.filter((claim) => {
    const key = `${claim.object.name}|${claim.comparator}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
