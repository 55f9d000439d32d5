import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { applyHeapGrowth, DEFAULT_HEAP_GROWTH_PERCENT, HEAP_GROWTH_ENV, heapGrowthFromEnv } from '../../src/heap.ts';

describe('heap growth', () => {
  it('defaults to 50 % and reads the environment', () => {
    expect(heapGrowthFromEnv({})).toBe(DEFAULT_HEAP_GROWTH_PERCENT);
    expect(DEFAULT_HEAP_GROWTH_PERCENT).toBe(50);
    expect(heapGrowthFromEnv({ [HEAP_GROWTH_ENV]: '100' })).toBe(100);
    expect(heapGrowthFromEnv({ [HEAP_GROWTH_ENV]: '0' })).toBe(0);
  });

  it('refuses a value that is not a whole percentage in range, naming the variable', () => {
    for (const raw of ['-1', '1.5', 'fast', '301']) {
      expect(() => heapGrowthFromEnv({ [HEAP_GROWTH_ENV]: raw })).toThrow(
        `${HEAP_GROWTH_ENV} must be a whole number from 0 (V8's own heuristic) to 300, got "${raw}"`,
      );
    }
  });

  it('sets V8 flag heap-growing-percent, and nothing for 0', () => {
    const sent: string[] = [];
    applyHeapGrowth(100, (flags) => sent.push(flags));
    applyHeapGrowth(0, (flags) => sent.push(flags));
    expect(sent).toEqual(['--heap-growing-percent=100']);
  });

  // V8 ignores a flag it does not know, so what must hold is that this Node's V8 knows it: its own list of options
  // names it, as an integer flag. (Measuring the heap of a churning process instead would measure the collector.)
  it("is a flag this Node's V8 knows", () => {
    const run = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^\s*--heap-growing-percent\b.*\n\s*type: int\b/m);
  });
});
