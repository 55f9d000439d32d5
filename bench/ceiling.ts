// The ceiling: a minimal node:http server that answers each benchmark question with the best hand-written Cypher
// (bench/cypher/*.cypher, parameterised, one round trip each) through neo4j-driver and returns the same JSON as our
// API's response (`{ data: … }`), without GraphQL. POST /Q1 … /Q8 with the parameters as the JSON body; /Q0 answers
// without the database (the fixed cost of a request).
// Env: NEO4J_URI, NEO4J_DATABASE (default neo4j), PORT, HOST.
import fs from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
// The same stored-row → synthesis-input conversion as ours: the ceiling differs in how it queries, not in the maths.
import {
  defaultEvidenceWeights,
  relationEdges,
  summarizeVotes,
  type PairHeadline,
  type StudyVote,
} from '../src/evidence/index.ts';

const DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cypher');
const text = (name: string) => fs.readFileSync(path.join(DIR, `${name}.cypher`), 'utf8');
const CYPHER = {
  Q1: text('q1-study'),
  Q2: text('q2-study-findings'),
  Q3: text('q3-biomarker-findings'),
  Q4: text('q4-evidence-pair'),
  Q5: text('q5-neighborhood'),
  Q6: text('q6-search'),
  Q7: text('q7-studies-page'),
  Q8: text('q8-facets'),
};

const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687', undefined, {
  disableLosslessIntegers: true,
});
const database = process.env.NEO4J_DATABASE || 'neo4j';
const weights = defaultEvidenceWeights();

/** Whole numbers go to Neo4j as integers (LIMIT, years). */
const ints = (params: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]),
  );

async function read(query: string, params: Record<string, unknown>): Promise<Record<string, any>[]> {
  const result = await driver.executeQuery(query, ints(params), { database, routing: neo4j.routing.READ });
  return result.records.map((r) => r.toObject());
}

const gid = (type: string, key: string) => Buffer.from(`${type}:${key}`).toString('base64');
const camel = (relation: string) => relation.toLowerCase().replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

const HANDLERS: Record<string, (p: any) => Promise<unknown>> = {
  Q0: async () => ({ __typename: 'Query' }),
  Q1: async (p) => ({ study: (await read(CYPHER.Q1, p))[0]?.study ?? null }),
  Q2: async (p) => ({ study: (await read(CYPHER.Q2, p))[0] ?? null }),
  Q3: async (p) => {
    const [row] = await read(CYPHER.Q3, p);
    return {
      biomarker: row
        ? { name: row.name, kind: row.kind ?? null, findings: { totalCount: row.total, nodes: row.nodes } }
        : null,
    };
  },
  Q4: async (p) => {
    const rows = await read(CYPHER.Q4, p);
    return {
      evidence: rows.map((row) => {
        const s = JSON.parse(row.headline as string) as PairHeadline;
        return {
          subject: { name: row.subject.name },
          object: { name: row.object.name },
          studyCount: s.studyCount,
          findingCount: s.findingCount,
          consensus: s.consensus,
          agreement: s.agreement,
          contradictory: s.contradictory,
          counts: {
            byRelation: Object.fromEntries(Object.entries(s.counts.byRelation).map(([k, v]) => [camel(k), v])),
          },
          weightedSupport: {
            up: s.weightedSupport.up,
            down: s.weightedSupport.down,
            none: s.weightedSupport.none,
            undirected: s.weightedSupport.undirected,
          },
        };
      }),
    };
  },
  Q5: async (p) => {
    const [row] = await read(CYPHER.Q5, { entityId: p.entityId, hopLimit: p.limit + 1, nodeBudget: p.limit });
    if (!row) return { neighborhood: null };
    const ids = new Map<string, string>(row.nodes.map((n: any) => [n.id, gid(n.type, n.key)]));
    const edges: any[] = [];
    for (const pair of row.pairs as { subjectId: string; objectId: string; votes: string[] }[]) {
      const votes = pair.votes.map((v) => JSON.parse(v) as StudyVote);
      const consensus = summarizeVotes(votes, weights).consensus;
      for (const { relation, sign, findingCount, studySlugs } of relationEdges(votes)) {
        edges.push({
          id: `${relation}${sign ? `/${sign}` : ''}:${ids.get(pair.subjectId)}->${ids.get(pair.objectId)}`,
          source: ids.get(pair.subjectId),
          target: ids.get(pair.objectId),
          type: relation,
          sign,
          studyCount: studySlugs.length,
          findingCount,
          consensus,
        });
      }
    }
    edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return {
      neighborhood: {
        truncated: row.truncated,
        nodes: row.nodes.map((n: any) => ({
          id: ids.get(n.id),
          name: n.name,
          type: n.type.toUpperCase(),
          depth: n.hop,
          findingCount: n.findingCount,
        })),
        edges: edges.map(({ id: _id, ...rest }) => rest),
      },
    };
  },
  Q6: async (p) => ({ search: await read(CYPHER.Q6, p) }),
  Q7: async (p) => ({ studies: (await read(CYPHER.Q7, p))[0] }),
  Q8: async (p) => {
    const rows = await read(CYPHER.Q8, p);
    const facet = (key: string, byCount: boolean) => {
      const counts = new Map<string | null, number>();
      for (const r of rows) counts.set(r[key] ?? null, (counts.get(r[key] ?? null) ?? 0) + r.count);
      return [...counts]
        .map(([value, count]) => ({ value, count }))
        .sort(
          (a, b) =>
            Number(a.value === null) - Number(b.value === null) ||
            (byCount ? b.count - a.count : 0) ||
            String(a.value).localeCompare(String(b.value)),
        );
    };
    return {
      facets: {
        total: rows.reduce((n, r) => n + r.count, 0),
        evidenceLevels: facet('evidenceLevel', false),
        designs: facet('design', true),
        pemCriteria: facet('pemCriterion', true),
      },
    };
  },
};

function body(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const server = createServer(async (request, response) => {
  const name = (request.url ?? '/').slice(1);
  const handler = HANDLERS[name];
  if (!handler) {
    response.writeHead(name === 'healthz' ? 200 : 404).end();
    return;
  }
  try {
    const params = JSON.parse((await body(request)) || '{}');
    const json = JSON.stringify({ data: await handler(params) });
    response
      .writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) })
      .end(json);
  } catch (error) {
    const json = JSON.stringify({ errors: [{ message: (error as Error).message }] });
    response.writeHead(500, { 'content-type': 'application/json' }).end(json);
  }
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 4100), process.env.HOST ?? '127.0.0.1', () =>
  console.error(`ceiling on ${process.env.PORT}`),
);
process.on('SIGTERM', () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
