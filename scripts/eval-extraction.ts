// Measures finding extraction against the hand labels of the atlas sample.
//   npm run eval:extraction -- [--verbose] [--atlas DIR] [--labels FILE]

import { extractFindings } from '../src/ingest/extract/index.ts';
import { readEvalCorpus, readLabels, DEFAULT_ATLAS_DIR } from '../src/ingest/extract/eval-corpus.ts';
import { evaluate } from '../src/ingest/extract/evaluate.ts';
import type { FindingRecord } from '../src/ingest/record.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const atlasAt = args.indexOf('--atlas');
const atlasDir = atlasAt >= 0 && args[atlasAt + 1] ? args[atlasAt + 1]! : DEFAULT_ATLAS_DIR;
const labelsAt = args.indexOf('--labels');
const labelsFile = labelsAt >= 0 && args[labelsAt + 1] ? args[labelsAt + 1] : undefined;

const studies = readEvalCorpus(atlasDir);
const labels = readLabels(labelsFile);
const predictions: Record<string, FindingRecord[]> = {};
let sentences = 0;
let unstructured = 0;
for (const study of studies) {
  const result = extractFindings(study);
  predictions[study.slug] = result.findings;
  sentences += study.observedFindings.length;
  unstructured += result.unstructured.length;
}
const report = evaluate(predictions, labels);

const pct = (x: number) => (x * 100).toFixed(1) + '%';
const triple = (s: string, r: string, sign: string | undefined | null, o: string) => `${s} ${r}${sign ? `/${sign}` : ''} ${o}`;
console.log(`studies with Observed Findings: ${studies.length}, sentences: ${sentences}, unstructured: ${unstructured}`);
console.log(`findings: ${report.predicted}, labels: ${report.labelled}, matched: ${report.truePositives}`);
console.log(`precision ${pct(report.precision)}  recall ${pct(report.recall)}  F1 ${pct(report.f1)}`);
console.log('\nrelation                 labels  predicted  matched');
for (const [relation, c] of Object.entries(report.byRelation).sort()) {
  console.log(`${relation.padEnd(24)} ${String(c.labels).padStart(6)} ${String(c.predicted).padStart(10)} ${String(c.matched).padStart(8)}`);
}
if (verbose) {
  for (const slug of report.bySlug) {
    if (!slug.misses.length && !slug.falsePositives.length) continue;
    console.log(`\n## ${slug.slug}  (matched ${slug.truePositives})`);
    for (const miss of slug.misses) console.log(`  MISS ${triple(miss.subject[0]!, miss.relation, miss.sign, miss.object[0]!)}   « ${miss.sentence}`);
    for (const fp of slug.falsePositives) {
      console.log(`  FP   ${triple(fp.subject.name, fp.relation, fp.sign, fp.object.name)}   « ${fp.statement}`);
    }
  }
}
