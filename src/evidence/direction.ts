// What a finding says about the direction of the subject–object link (docs/evidence.md, "Directions").
import type { Direction, EvidenceFindingInput } from './types.ts';

export function findingDirection(finding: Pick<EvidenceFindingInput, 'relation' | 'sign'>): Direction {
  switch (finding.relation) {
    case 'ELEVATED_IN':
      return 'UP';
    case 'REDUCED_IN':
      return 'DOWN';
    case 'NOT_DIFFERENT_IN':
    case 'NOT_CORRELATED_WITH':
      return 'NONE';
    case 'CORRELATES_WITH':
      if (finding.sign === 'POSITIVE') return 'UP';
      if (finding.sign === 'NEGATIVE') return 'DOWN';
      return 'UNDIRECTED';
    case 'DISCRIMINATES':
    case 'ASSOCIATED_WITH':
      return 'UNDIRECTED';
  }
}

export function isDirected(direction: Direction): direction is 'UP' | 'DOWN' {
  return direction === 'UP' || direction === 'DOWN';
}

/**
 * Whether the finding is significant: the stated flag when there is one, else what its p-value says at `alpha`
 * ("p<0.05" and "p≤0.05" count as significant at 0.05; "p>…" never does), else null.
 */
export function findingSignificance(
  finding: Pick<EvidenceFindingInput, 'significant' | 'pValue' | 'pComparator'>,
  alpha: number,
): boolean | null {
  if (finding.significant === true || finding.significant === false) return finding.significant;
  const p = finding.pValue;
  if (p === null || p === undefined || !Number.isFinite(p)) return null;
  switch (finding.pComparator) {
    case '>':
    case '≥':
    case '>=':
      return p >= alpha ? false : null;
    case '<':
    case '≤':
    case '<=':
      return p <= alpha ? true : null;
    default:
      return p < alpha;
  }
}
