// The study counts kept per combination of facet properties (cypher/migrations/012-study-facet-cells.cypher): what an
// import changes in them. Only imports write studies, so a study's cell changes only when an import creates it or
// changes one of those properties.
import type { StudyRecord } from './record.ts';

/** A cell's properties as the study node stores them (absent = null), and the change to its count. */
export interface FacetCellDelta {
  year: number | null;
  evidenceLevel: string | null;
  design: string | null;
  pemCriterion: string | null;
  confidence: string | null;
  delta: number;
}

function cellOf(record: StudyRecord): Omit<FacetCellDelta, 'delta'> {
  return {
    year: record.year ?? null,
    evidenceLevel: record.evidenceLevel ?? null,
    design: record.design ?? null,
    pemCriterion: record.pemCriterion ?? null,
    confidence: record.confidence ?? null,
  };
}

/**
 * The changes to the cells when the studies `written` replace `before` (their stored records, for studies that
 * existed): +1 for each written study's cell, -1 for its former cell; changes that cancel out are left out. In a
 * stable order, so concurrent imports lock shared cells in one order.
 */
export function facetCellDeltas(
  written: readonly StudyRecord[],
  before: ReadonlyMap<string, StudyRecord>,
): FacetCellDelta[] {
  const cells = new Map<string, FacetCellDelta>();
  const add = (record: StudyRecord, delta: number) => {
    const cell = cellOf(record);
    const key = JSON.stringify(cell);
    const entry = cells.get(key) ?? cells.set(key, { ...cell, delta: 0 }).get(key)!;
    entry.delta += delta;
  };
  for (const record of written) {
    add(record, 1);
    const old = before.get(record.slug);
    if (old) add(old, -1);
  }
  return [...cells]
    .filter(([, cell]) => cell.delta !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, cell]) => cell);
}
