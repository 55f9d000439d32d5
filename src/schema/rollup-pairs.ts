// The roll-ups of an evidence query (src/ontology/rollup.ts) and which members a pair's ends are: kept apart from
// src/schema/evidence-pairs.ts so that file only passes ids along.
import type { Context } from '../context.ts';
import type { Rollup, RollupMember } from '../ontology/rollup.ts';
import { rollupsOf } from './ontology.ts';

export interface PairRollups {
  anchor: Rollup;
  other: Rollup | null;
}

/** The roll-ups of an evidence query's subject and object, in one round trip. */
export async function pairRollups(context: Context, subject: string, object?: string | null): Promise<PairRollups> {
  const resolved = await rollupsOf(context, object != null ? [subject, object] : [subject]);
  return { anchor: resolved[0]!, other: object != null ? resolved[1]! : null };
}

interface RollupAnnotated {
  subject: { id: string };
  object: { id: string };
  rollup?: { subject: RollupMember | null; object: RollupMember | null };
}

const memberOf = (rollup: Rollup | null, id: string) => rollup?.members.find((m) => m.entity.id === id) ?? null;

/** Each pair with the roll-up members its subject and object are (the anchor's side per `role`). */
export function withRollup<T extends RollupAnnotated>(
  pairs: T[],
  rollups: PairRollups,
  role: 'SUBJECT' | 'OBJECT',
): T[] {
  const [subjectSide, objectSide] =
    role === 'SUBJECT' ? [rollups.anchor, rollups.other] : [rollups.other, rollups.anchor];
  for (const pair of pairs)
    pair.rollup = { subject: memberOf(subjectSide, pair.subject.id), object: memberOf(objectSide, pair.object.id) };
  return pairs;
}
