// Load time and memory of the grounding index (data/ontology), measured in a fresh process: wall and CPU time of the
// first groundName call (which builds the index), heap and RSS growth, and the time of later calls.
//   npx tsx scripts/grounding-load-stats.ts

import { groundName, groundingIndex } from '../src/ingest/ground/index.ts';

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
global.gc?.();
const before = process.memoryUsage();
const cpu = process.cpuUsage();
const start = performance.now();
groundName('IL-6');
const wall = performance.now() - start;
const used = process.cpuUsage(cpu);
global.gc?.();
const after = process.memoryUsage();
const index = groundingIndex();
console.log(
  `terms: ${Object.entries(index.counts)
    .map(([s, n]) => `${s} ${n}`)
    .join(', ')}`,
);
console.log(`keys: ${index.byKey.size} names, ${index.byMirna.size} miRNA names, ${index.bySymbol.size} gene symbols`);
console.log(
  `first call (builds the index): wall ${wall.toFixed(0)} ms, CPU ${((used.user + used.system) / 1000).toFixed(0)} ms`,
);
console.log(
  `heap +${mb(after.heapUsed - before.heapUsed)} (now ${mb(after.heapUsed)}), RSS +${mb(after.rss - before.rss)} (now ${mb(after.rss)})${global.gc ? '' : ' (run with node --expose-gc for settled figures)'}`,
);
const names = [
  'IL-6 levels',
  'post-exertional malaise',
  'CD21+ CD38- B cell frequency',
  'miR-320a',
  'plasma ATP',
  'no such entity here',
];
const rounds = 2000;
const t = performance.now();
for (let i = 0; i < rounds; i++) for (const name of names) groundName(name);
console.log(
  `later calls: ${((1000 * (performance.now() - t)) / (rounds * names.length)).toFixed(1)} µs per groundName`,
);
