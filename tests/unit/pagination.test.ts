import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/query/cursors.ts';
import { MAX_PAGE_SIZE, pageSize, toPage } from '../../src/schema/pagination.ts';

describe('pagination', () => {
  it('round-trips cursors and refuses foreign ones', () => {
    expect(decodeCursor(encodeCursor('hussein-2022-impact-micro'))).toBe('hussein-2022-impact-micro');
    expect(decodeCursor(null)).toBeNull();
    expect(() => decodeCursor('not-a-cursor')).toThrow(/not a cursor this API issued/);
  });

  it('caps the page size', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE);
    expect(() => pageSize(MAX_PAGE_SIZE + 1)).toThrow(/between 0 and 100/);
    expect(() => pageSize(-1)).toThrow(/between 0 and 100/);
  });

  it('uses the extra row only to tell that a next page exists', () => {
    const page = toPage(['a', 'b', 'c'], 2, 7, (x) => x, null);
    expect(page.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.pageInfo.hasPreviousPage).toBe(false);
    expect(decodeCursor(page.pageInfo.endCursor)).toBe('b');
    expect(page.totalCount).toBe(7);
  });
});
