// PROFILE one of our statements (cypher/<name>.cypher) or a ceiling statement (bench/cypher/<file>) against a
// running Neo4j and print total dbHits, rows and the heaviest operators. Used to find why a query misses a goal.
//   NEO4J_URI=bolt://127.0.0.1:PORT npx tsx bench/profile.ts neighborhood/expand '{"entityId":"Biomarker:il-6",…}'
import fs from 'node:fs';
import neo4j from 'neo4j-driver';
import { toNeo4jParams } from '../src/db/cypher.ts';
import { statement } from '../src/db/statements.ts';

const [name = 'neighborhood/expand', json = '{}'] = process.argv.slice(2);
const text = name.endsWith('.cypher') ? fs.readFileSync(name, 'utf8') : statement(name, JSON.parse(json));
const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687', undefined, {
  disableLosslessIntegers: true,
});

interface Plan {
  operatorType: string;
  dbHits: number;
  rows: number;
  arguments: Record<string, unknown>;
  children: Plan[];
}

const flat: { op: string; dbHits: number; rows: number; details: string }[] = [];
const walk = (p: Plan) => {
  flat.push({
    op: p.operatorType,
    dbHits: p.dbHits,
    rows: p.rows,
    details: String(p.arguments.Details ?? '').slice(0, 140),
  });
  p.children.forEach(walk);
};
try {
  const t0 = performance.now();
  const result = await driver.executeQuery(
    `PROFILE ${text}`,
    toNeo4jParams(JSON.parse(json)) as Record<string, unknown>,
    { database: process.env.NEO4J_DATABASE || 'neo4j' },
  );
  const ms = performance.now() - t0;
  walk(result.summary.profile as unknown as Plan);
  console.log(`${name}: ${ms.toFixed(0)} ms, total dbHits ${flat.reduce((n, p) => n + p.dbHits, 0)}`);
  for (const p of [...flat].sort((a, b) => b.dbHits - a.dbHits).slice(0, 12)) {
    console.log(`${String(p.dbHits).padStart(10)} dbHits ${String(p.rows).padStart(8)} rows  ${p.op}  ${p.details}`);
  }
} finally {
  await driver.close();
}
