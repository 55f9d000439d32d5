import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.ts';
import { applyHeapGrowth, DEFAULT_HEAP_GROWTH_PERCENT, HEAP_GROWTH_ENV, heapGrowthFromEnv } from '../../src/heap.ts';

// A process that keeps a live set and churns objects that live just long enough to be promoted (as requests
// under load do), reporting its largest heap. Its only difference between runs is the growth percentage applied.
const CHURN = `
const { applyHeapGrowth } = await import(${JSON.stringify(pathToFileURL(path.join(PROJECT_ROOT, 'src/heap.ts')).href)});
applyHeapGrowth(Number(process.argv[1]));
const live = [];
for (let i = 0; i < 200000; i++) live.push({ i, s: 'x' + i, a: [i, i + 1] });
const recent = [];
let peak = 0;
for (let round = 0; round < 3000; round++) {
  const batch = [];
  for (let j = 0; j < 2000; j++) batch.push({ j, s: 'y' + j + round });
  recent.push(batch);
  if (recent.length > 50) recent.shift();
  peak = Math.max(peak, process.memoryUsage().heapTotal);
}
console.log(JSON.stringify({ peak, live: live.length }));
`;

function peakHeap(percent: number): number {
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHURN, String(percent)], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout).peak;
}

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

  // V8 ignores flags it does not know, so only the effect shows that this Node still honours the flag. A small
  // growth makes the effect unmistakable: V8's own heuristic peaks at 1.6-2.2x the heap that 20 % allows.
  it('keeps the heap of a churning process smaller than V8 does on its own', () => {
    const ownHeuristic = peakHeap(0);
    const capped = peakHeap(20);
    expect(capped).toBeLessThan(ownHeuristic * 0.8);
  }, 60_000);
});
