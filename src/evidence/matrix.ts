// subjects × objects cells for heatmaps (SPEC §4 evidenceMatrix), each the synthesis of that pair's findings.
import { synthesizePair } from './synthesize-pair.ts';
import type { EvidenceFindingInput, EvidenceMatrix, MatrixCell } from './types.ts';
import { resolveEvidenceWeights, type EvidenceWeightsOverride } from './weights.ts';

/** Key of a pair in a FindingsByPair map. The unit separator cannot occur in an entity name. */
export function pairKey(subject: string, object: string): string {
  return `${subject}\u001f${object}`;
}

/** The subject and object ids of a pairKey. */
export function pairEnds(key: string): [string, string] {
  const at = key.indexOf('\u001f');
  return [key.slice(0, at), key.slice(at + 1)];
}

/** A pair's findings: a map keyed by pairKey(subject, object), or a lookup function. */
export type FindingsByPair =
  | ReadonlyMap<string, readonly EvidenceFindingInput[]>
  | ((subject: string, object: string) => readonly EvidenceFindingInput[] | undefined);

export function buildMatrix(
  subjects: readonly string[],
  objects: readonly string[],
  findingsByPair: FindingsByPair,
  weights?: EvidenceWeightsOverride | null,
): EvidenceMatrix {
  const weightsUsed = resolveEvidenceWeights(weights);
  const lookup =
    typeof findingsByPair === 'function'
      ? findingsByPair
      : (subject: string, object: string) => findingsByPair.get(pairKey(subject, object));
  const cells: MatrixCell[] = [];
  for (const subject of subjects) {
    for (const object of objects) {
      const pair = synthesizePair(lookup(subject, object) ?? [], weightsUsed);
      cells.push({
        subject,
        object,
        comparator: pair.comparator,
        method: pair.method,
        certainty: pair.certainty.level,
        consensus: pair.consensus,
        agreement: pair.agreement,
        contradictory: pair.contradictory,
        counts: pair.counts,
        studyCount: pair.studyCount,
        findingCount: pair.findingCount,
        weightedSupport: pair.weightedSupport,
      });
    }
  }
  return { subjects: [...subjects], objects: [...objects], cells, weightsUsed };
}
