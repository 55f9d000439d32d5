// Keyset cursors: opaque to clients, a sort key to us. The generic wrapping, and the keys of the study list (its
// order, the row's sort value and slug) and of the findings list (study, position, id).
import { badInput } from '../errors.ts';
import type { FindingNode, StudyNode } from '../schema/projection.ts';

export const STUDY_ORDER_FIELDS = ['SLUG', 'YEAR', 'EVIDENCE_LEVEL', 'TITLE'] as const;

export function encodeCursor(key: string): string {
  return Buffer.from(`k:${key}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!decoded.startsWith('k:')) throw badInput(`"after" is not a cursor this API issued: "${cursor}"`, 'after');
  return decoded.slice(2);
}

export type StudyOrderField = (typeof STUDY_ORDER_FIELDS)[number];
export type OrderDirection = 'ASC' | 'DESC';

/** What a study-list cursor holds: the order it was issued for, the row's sort value and its slug. */
interface StudyCursor {
  field: StudyOrderField;
  direction: OrderDirection;
  value: string | number | null;
  slug: string;
}

/** The sort value of a study as cypher/study/list.cypher computes it (keep the two in step). */
export function studySortValue(study: StudyNode, field: StudyOrderField): string | number | null {
  switch (field) {
    case 'SLUG':
      return study.slug;
    case 'YEAR':
      return study.year ?? null;
    case 'EVIDENCE_LEVEL':
      return study.evidenceLevel ?? null;
    case 'TITLE':
      return study.title != null ? study.title.toLowerCase() : null;
  }
}

/** The key a study-list cursor encodes (pagination.ts wraps it): JSON of the order, sort value and slug. */
export function studyCursorKey(study: StudyNode, field: StudyOrderField, direction: OrderDirection): string {
  const cursor: StudyCursor = { field, direction, value: studySortValue(study, field), slug: study.slug };
  return JSON.stringify(cursor);
}

/** The `after` cursor as statement parameters; a cursor of another order (or not ours) is BAD_USER_INPUT. */
export function decodeStudyCursor(
  after: string | null | undefined,
  field: StudyOrderField,
  direction: OrderDirection,
): { afterSlug: string | null; afterValue: string | number | null } {
  const raw = decodeCursor(after);
  if (raw === null) return { afterSlug: null, afterValue: null };
  let cursor: Partial<StudyCursor>;
  try {
    cursor = JSON.parse(raw) as Partial<StudyCursor>;
  } catch {
    throw badInput(`"after" is not a cursor of a study list: "${after}"`, 'after');
  }
  if (typeof cursor.slug !== 'string') throw badInput(`"after" is not a cursor of a study list: "${after}"`, 'after');
  if (cursor.field !== field || cursor.direction !== direction) {
    throw badInput(
      `"after" was issued for orderBy {field: ${cursor.field}, direction: ${cursor.direction}}, not {field: ${field}, direction: ${direction}}`,
      'after',
    );
  }
  return { afterSlug: cursor.slug, afterValue: cursor.value ?? null };
}

/** The keyset cursor of the findings list: the finding's study, its position there, and its id. */
export function findingCursorKey(finding: FindingNode): string {
  return JSON.stringify([finding.studySlug, finding.index, finding.id]);
}

export function decodeFindingCursor(after: string | null | undefined) {
  const raw = decodeCursor(after);
  if (raw === null) return { afterSlug: null, afterIndex: null, afterId: null };
  try {
    const [slug, index, id] = JSON.parse(raw) as unknown[];
    if (typeof slug === 'string' && typeof index === 'number' && typeof id === 'string') {
      return { afterSlug: slug, afterIndex: index, afterId: id };
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(`"after" is not a cursor of the findings list: "${after}"`, 'after');
}

/** The cursor of the pair at `position` in an evidence answer (pairs are in a fixed order: studyCount, then name). */
export function pairCursor(position: number): string {
  return encodeCursor(JSON.stringify(['pair', position]));
}

/** How many pairs come before the page that starts after the cursor's pair (0 without a cursor). */
export function decodePairCursor(after: string | null | undefined): number {
  const raw = decodeCursor(after);
  if (raw === null) return 0;
  try {
    const [kind, position] = JSON.parse(raw) as unknown[];
    if (kind === 'pair' && typeof position === 'number' && Number.isInteger(position) && position >= 0)
      return position + 1;
  } catch {
    // fall through to the error below
  }
  throw badInput(`"after" is not a cursor of the evidence pairs: "${after}"`, 'after');
}
