// Finding counts of a pair per relation, per correlation sign and per direction.
import { RELATIONS, SIGNS } from '../ingest/record.ts';
import { findingDirection } from './direction.ts';
import type { Direction, EvidenceFindingInput, RelationCounts } from './types.ts';

export function countFindings(findings: readonly EvidenceFindingInput[]): RelationCounts {
  const byRelation = Object.fromEntries(RELATIONS.map((r) => [r, 0])) as RelationCounts['byRelation'];
  const correlationBySign = Object.fromEntries(SIGNS.map((s) => [s, 0])) as RelationCounts['correlationBySign'];
  const byDirection: Record<Direction, number> = { UP: 0, DOWN: 0, NONE: 0, UNDIRECTED: 0 };
  for (const f of findings) {
    byRelation[f.relation] += 1;
    if (f.relation === 'CORRELATES_WITH') correlationBySign[f.sign ?? 'UNSPECIFIED'] += 1;
    byDirection[findingDirection(f)] += 1;
  }
  return { byRelation, correlationBySign, byDirection };
}
