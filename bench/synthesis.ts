// CPU time of the per-pair synthesis from stored votes (summarizeVotes, what `evidence` and `neighborhood` run per
// request under the default view), over the benchmark's corpus, without a database: the votes are computed as the
// import computes them and parsed back from their JSON as the query side reads them.
//   npx tsx bench/synthesis.ts [--studies 6000] [--repeat 15]
// Prints CPU ms per call of the largest pairs (median and spread of 7 batches) and of all pairs once, with the load.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { defaultEvidenceWeights, summarizeVotes, type StudyVote } from '../src/evidence/index.ts';
import { batchRows } from '../src/ingest/graph-rows.ts';
import { pairVotes, studyEvidenceFromRows } from '../src/ingest/pair-votes.ts';
import { generateStudies } from './generate.ts';

const { values } = parseArgs({ options: { studies: { type: 'string' }, repeat: { type: 'string' } } });
const STUDIES = Number(values.studies ?? 6000);
const REPEAT = Number(values.repeat ?? 15);

const rows = batchRows([...generateStudies(STUDIES, 42)]);
const flags = new Map<string, string[]>();
for (const { slug, name } of rows.methodFlags) flags.set(slug, [...(flags.get(slug) ?? []), name]);
const pairs = pairVotes(studyEvidenceFromRows(rows.studies, rows.findings, flags)).map((p) => ({
  name: `${p.subjectId} → ${p.objectId}`,
  votes: p.votes.map((v) => JSON.parse(v.vote) as StudyVote),
}));
const weights = defaultEvidenceWeights();

const cpuMs = (run: () => void): number => {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const load = () => os.loadavg()[0]!.toFixed(1);

console.log(`${STUDIES} studies: ${pairs.length} pairs, ${pairs.reduce((n, p) => n + p.votes.length, 0)} votes`);
for (const pair of [...pairs].sort((a, b) => b.votes.length - a.votes.length).slice(0, 3)) {
  const batches = Array.from(
    { length: 7 },
    () =>
      cpuMs(() => {
        for (let i = 0; i < REPEAT; i++) summarizeVotes(pair.votes, weights);
      }) / REPEAT,
  ).sort((a, b) => a - b);
  console.log(
    `${pair.name} (${pair.votes.length} votes): CPU ms per call ${batches[3]!.toFixed(1)} (min ${batches[0]!.toFixed(1)}, max ${batches[6]!.toFixed(1)}); load ${load()}`,
  );
}
const all = cpuMs(() => {
  for (const pair of pairs) summarizeVotes(pair.votes, weights);
});
console.log(`all pairs once: CPU ${all.toFixed(0)} ms; load ${load()}`);
