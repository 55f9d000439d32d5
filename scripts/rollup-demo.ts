// The roll-up questions of issue 20 on a database holding the bundled sample: answers and round trips per query.
//   NEO4J_URI=bolt://127.0.0.1:7699 npx tsx scripts/rollup-demo.ts [--import]
// --import first migrates and imports the bundled sample (data/atlas) into that database.
import { loadConfig } from '../src/config.ts';
import { Cypher } from '../src/db/cypher.ts';
import { createDriver } from '../src/db/driver.ts';
import { migrate } from '../src/db/migrate.ts';
import { importPaths } from '../src/ingest/import.ts';
import { SAMPLE_PATHS } from '../src/ingest/sample.ts';
import { createEvidenceYoga } from '../src/yoga.ts';

const QUERIES: [string, string][] = [
  [
    'fatigue and its descendants (rollup)',
    '{ rollup(query: "fatigue") { roots { curie label } termCount members { entity { name } via named } } }',
  ],
  [
    'findings about fatigue, descendants included',
    '{ findings(filter: { object: "fatigue", includeDescendants: true }) { totalCount nodes { subject { name } relation object { name } study { slug } } rollups { members { entity { name } via } } } }',
  ],
  [
    'findings about HP:0012378 as subject, descendants included',
    '{ findings(filter: { subject: "HP:0012378", includeDescendants: true }) { totalCount nodes { subject { name } relation object { name } } } }',
  ],
  [
    'cytokines (rollup)',
    '{ rollup(query: "cytokines") { roots { curie } termCount members { entity { name } via } } }',
  ],
  [
    'cytokines in ME/CFS (classEvidence)',
    '{ classEvidence(subject: "cytokines", object: "ME/CFS") { rollup { members { entity { name } } } pairs { subject { name } consensus studyCount } summaries { other { name } pairCount studyCount findingCount consensus } } }',
  ],
  [
    'immune cells in ME/CFS (classEvidence)',
    '{ classEvidence(subject: "immune cells", object: "ME/CFS") { rollup { members { entity { name } via } } summaries { other { name } pairCount studyCount findingCount consensus consensusReason } } }',
  ],
  [
    'autonomic symptoms (rollup)',
    '{ rollup(query: "autonomic symptoms") { roots { curie } termCount members { entity { name } via } } }',
  ],
  [
    'facets about autonomic symptoms, descendants included',
    '{ facets(about: "autonomic symptoms", includeDescendants: true) { total rollup { members { entity { name } } } } }',
  ],
  [
    'evidence around fatigue, descendants included',
    '{ evidence(subject: "fatigue", role: OBJECT, includeDescendants: true) { subject { name } object { name } consensus studyCount includedVia { entity { name } via } } }',
  ],
  [
    'evidenceMatrix microRNAs × ME/CFS, descendants included',
    '{ evidenceMatrix(subjects: ["microRNAs"], objects: ["ME/CFS"], includeDescendants: true) { subjects { name } classCells { subject object studyCount findingCount consensus } } }',
  ],
  ['search HP:0012378', '{ search(text: "HP:0012378") { name score } }'],
];

const config = loadConfig();
if (!process.env.NEO4J_URI) throw new Error('set NEO4J_URI to the database holding the sample');
const driver = createDriver(config.neo4j!);
const cypher = new Cypher(driver, config.neo4j!.database);
try {
  if (process.argv.includes('--import')) {
    await migrate(cypher);
    const summary = await importPaths(cypher, SAMPLE_PATHS);
    console.log(
      `imported: ${summary.created} created, ${summary.rejected.length} rejected, ${summary.findings} findings`,
    );
  }
  const yoga = createEvidenceYoga({ cypher });
  for (const [title, query] of QUERIES) {
    const response = await yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown; extensions?: { roundTrips?: number } };
    console.log(`\n## ${title}: ${body.extensions?.roundTrips} round trips`);
    console.log(JSON.stringify(body.errors ?? body.data));
  }
} finally {
  await driver.close();
}
