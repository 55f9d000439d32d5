// evidenceMatrix(includeDescendants: true): each name given stands for its roll-up (src/ontology/rollup.ts). The
// members become rows (columns) of their own, and a class cell per (subject roll-up × column, or × object roll-up)
// synthesizes the members' findings together, each study once per comparator class (src/evidence).
import { normalizeKey } from '../ingest/entity-key.ts';
import {
  pairKey,
  synthesizePair,
  type EvidenceFindingInput,
  type EvidenceWeights,
  type PairSynthesis,
} from '../evidence/index.ts';
import type { Context } from '../context.ts';
import type { Rollup } from '../ontology/rollup.ts';
import { unknownNames } from './unknown-names.ts';
import type { EntityNode } from './projection.ts';
import { rollupsOf } from './ontology.ts';

export interface MatrixExpansion {
  subjects: Rollup[] | null;
  objects: Rollup[] | null;
  /** Lower-cased names of every member, for the matrix statement. */
  subjectNames: string[] | null;
  objectNames: string[] | null;
}

export interface ClassCellParent {
  subject: string;
  object: string;
  members: string[];
  synthesis: PairSynthesis;
}

const namesOf = (rollups: Rollup[]) => [
  ...new Set(rollups.flatMap((r) => r.members.map((m) => normalizeKey(m.entity.name)))),
];

/** The roll-ups of the names given (one round trip for both sides); a name with no member is NOT_FOUND. */
export async function expandMatrixNames(
  context: Context,
  subjects: readonly string[] | null | undefined,
  objects: readonly string[] | null | undefined,
): Promise<MatrixExpansion> {
  const all = await rollupsOf(context, [...(subjects ?? []), ...(objects ?? [])]);
  const empty = all.filter((r) => r.members.length === 0).map((r) => r.query);
  if (empty.length > 0) {
    const side = (subjects ?? []).some((name) => empty.includes(name)) ? 'subjects' : 'objects';
    throw await unknownNames(context, empty, side, undefined, 'entity, nor any under it in the ontology,');
  }
  const subjectRollups = subjects ? all.slice(0, subjects.length) : null;
  const objectRollups = objects ? all.slice(subjects?.length ?? 0) : null;
  return {
    subjects: subjectRollups,
    objects: objectRollups,
    subjectNames: subjectRollups ? namesOf(subjectRollups) : null,
    objectNames: objectRollups ? namesOf(objectRollups) : null,
  };
}

/** Only the entities the roll-ups hold (a member's name may also be another entity's). */
export function membersOnly(entities: EntityNode[], rollups: Rollup[] | null): EntityNode[] {
  if (!rollups) return entities;
  const ids = new Set(rollups.flatMap((r) => r.members.map((m) => m.entity.id)));
  return entities.filter((e) => ids.has(e.id));
}

/** One cell per subject roll-up and column (an object roll-up, or each object entity), from every member pair's findings. */
export function classCells(
  expansion: MatrixExpansion,
  objects: EntityNode[],
  byPair: Map<string, EvidenceFindingInput[]>,
  weights: EvidenceWeights,
): ClassCellParent[] {
  const subjectGroups = (expansion.subjects ?? []).map((r) => ({
    label: r.query,
    ids: r.members.map((m) => m.entity.id),
  }));
  const objectGroups = expansion.objects
    ? expansion.objects.map((r) => ({ label: r.query, ids: r.members.map((m) => m.entity.id) }))
    : objects.map((o) => ({ label: o.name, ids: [o.id] }));
  const cells: ClassCellParent[] = [];
  for (const subject of subjectGroups) {
    for (const object of objectGroups) {
      const inputs: EvidenceFindingInput[] = [];
      const members = new Set<string>();
      for (const s of subject.ids) {
        for (const o of object.ids) {
          const found = byPair.get(pairKey(s, o));
          if (found?.length) {
            inputs.push(...found);
            members.add(s);
            members.add(o);
          }
        }
      }
      cells.push({
        subject: subject.label,
        object: object.label,
        members: [...members].sort(),
        synthesis: synthesizePair(inputs, weights),
      });
    }
  }
  return cells;
}
