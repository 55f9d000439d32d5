import { describe, expect, it } from 'vitest';
import { withoutCallerStack } from '../../src/db/cypher.ts';

describe("withoutCallerStack (the driver's start of a statement)", () => {
  const frames = (stack: string | undefined) =>
    (stack ?? '').split('\n').filter((line) => line.trim().startsWith('at ')).length;

  it('captures no frames inside, and every frame again after', () => {
    expect(frames(withoutCallerStack(() => new Error('inside').stack))).toBe(0);
    expect(frames(new Error('after').stack)).toBeGreaterThan(0);
  });

  it('restores the stack trace limit when the work throws', () => {
    const limit = Error.stackTraceLimit;
    expect(() =>
      withoutCallerStack(() => {
        throw new Error('driver refused');
      }),
    ).toThrow('driver refused');
    expect(Error.stackTraceLimit).toBe(limit);
  });
});
