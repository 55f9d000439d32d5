// Grounding coverage on the entity names of the hand labels (subject and object canonical names): the fraction that
// get an ontology or project-alias id, by source, and the misses. Slugs are split in two halves by a hash of the
// slug; aliases may be tuned on the `tune` half only, and the `held-out` half is the figure to report.
//   npx tsx scripts/grounding-coverage.ts [--labels FILE] [--half tune|held-out|all] [--misses] [--grounded]

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { classifyHead, groundBroader, groundName } from '../src/ingest/ground/index.ts';

const args = process.argv.slice(2);
const option = (flag: string, fallback: string) => {
  const at = args.indexOf(flag);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const labelsFile = option('--labels', '/work/shared/atlas/labels/findings.json');
const half = option('--half', 'all');
const showMisses = args.includes('--misses');
const showGrounded = args.includes('--grounded');

interface LabelledFinding {
  subject: string[];
  object: string[];
}

/** The half a slug belongs to: first byte of its SHA-256, even = tune, odd = held-out. */
function halfOf(slug: string): 'tune' | 'held-out' {
  return createHash('sha256').update(slug).digest()[0]! % 2 === 0 ? 'tune' : 'held-out';
}

const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<string, LabelledFinding[]>;
const halves = half === 'all' ? (['tune', 'held-out'] as const) : ([half] as const);

for (const which of halves) {
  const slugs = Object.keys(labels)
    .filter((slug) => halfOf(slug) === which)
    .sort();
  const names = new Set<string>();
  for (const slug of slugs) {
    for (const finding of labels[slug]!) {
      if (finding.subject[0]) names.add(finding.subject[0]);
      if (finding.object[0]) names.add(finding.object[0]);
    }
  }
  const bySource = new Map<string, number>();
  const byMatch = new Map<string, number>();
  const misses: string[] = [];
  const grounded: string[] = [];
  let ontology = 0;
  let project = 0;
  let classified = 0;
  let broader = 0;
  for (const name of [...names].sort()) {
    const grounding = groundName(name);
    if (!grounding) {
      const head = classifyHead(name);
      if (head) classified++;
      // A broader term (SKOS broadMatch) needs the entity's type: the one its head noun gives, as at extraction.
      const broad = head ? groundBroader(name, head.entityType) : null;
      if (broad) broader++;
      const note = broad ? `  → broader ${broad.curie} ${broad.label}` : '';
      misses.push(
        `${name}${head ? `  [${head.entityType}/${head.kind}, ${head.basis}]` : '  [not entity-like]'}${note}`,
      );
      continue;
    }
    grounded.push(`${name} → ${grounding.curie} ${grounding.label} (${grounding.match})`);
    const prefix = grounding.curie.split(':')[0]!;
    if (prefix === 'EG') project++;
    else ontology++;
    bySource.set(prefix, (bySource.get(prefix) ?? 0) + 1);
    byMatch.set(grounding.match, (byMatch.get(grounding.match) ?? 0) + 1);
  }
  const total = names.size;
  const pct = (n: number) => `${((100 * n) / Math.max(total, 1)).toFixed(1)}%`;
  console.log(`\n== ${which}: ${slugs.length} slugs, ${total} distinct entity names`);
  console.log(
    `grounded ${ontology + project} (${pct(ontology + project)}): ontology id ${ontology} (${pct(ontology)}), project alias EG: ${project} (${pct(project)})`,
  );
  console.log(
    `not grounded ${misses.length} (${pct(misses.length)}), of which classifyHead gives a type to ${classified}`,
  );
  console.log(
    `broader term (broadMatch) for ${broader} of those: with them ${ontology + project + broader} (${pct(ontology + project + broader)}) carry an id`,
  );
  console.log(
    `by id prefix: ${[...bySource]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  console.log(
    `by match: ${[...byMatch]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  if (showGrounded) for (const line of grounded) console.log(`  grounded: ${line}`);
  if (showMisses) for (const miss of misses) console.log(`  miss: ${miss}`);
}
