// A notebook-style pull with graphql-request: every finding about one biomarker as a flat table (paging through
// the `findings` connection with its cursor), then the cross-study consensus per pair from `evidence`.
//
//   npx tsx examples/typescript/evidence.ts "NK cell cytotoxicity"
//   EVIDENCE_GRAPH_URL=https://evidence.example.org/graphql npx tsx examples/typescript/evidence.ts miR-320a
//
// Needs only graphql-request (npm install graphql-request graphql).
import { gql, GraphQLClient } from 'graphql-request';

const url = process.env.EVIDENCE_GRAPH_URL ?? 'http://localhost:4000/graphql';
const biomarker = process.argv[2] ?? process.env.BIOMARKER ?? 'NK cell cytotoxicity';
const client = new GraphQLClient(url);

interface FindingRow {
  relation: string;
  sign: string | null;
  object: { name: string };
  pValue: number | null;
  pComparator: string | null;
  significant: boolean | null;
  statement: string;
  study: {
    slug: string;
    year: number | null;
    doi: string | null;
    evidenceLevel: string | null;
    pemCriterion: string | null;
  };
}

interface FindingsPage {
  findings: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: FindingRow }[];
  };
}

const FINDINGS = gql`
  query ExampleFindingsTable($subject: String!, $after: String) {
    findings(filter: { subject: $subject }, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          relation
          sign
          object {
            name
          }
          pValue
          pComparator
          significant
          statement
          study {
            slug
            year
            doi
            evidenceLevel
            pemCriterion
          }
        }
      }
    }
  }
`;

const EVIDENCE = gql`
  query ExampleConsensus($subject: String!) {
    evidence(subject: $subject) {
      object {
        name
      }
      studyCount
      consensus
      agreement
    }
  }
`;

async function allFindings(subject: string): Promise<{ total: number; rows: FindingRow[] }> {
  const rows: FindingRow[] = [];
  let after: string | null = null;
  for (;;) {
    const page: FindingsPage = await client.request<FindingsPage>(FINDINGS, { subject, after });
    const total = page.findings.totalCount;
    rows.push(...page.findings.edges.map((edge) => edge.node));
    if (!page.findings.pageInfo.hasNextPage) return { total, rows };
    after = page.findings.pageInfo.endCursor;
  }
}

const { total, rows } = await allFindings(biomarker);
console.log(`${biomarker}: ${rows.length} of ${total} findings`);
console.table(
  rows.map((f) => ({
    object: f.object.name,
    relation: f.sign ? `${f.relation} (${f.sign.toLowerCase()})` : f.relation,
    p: f.pValue === null ? '' : `${f.pComparator ?? '='}${f.pValue}`,
    significant: f.significant === null ? '?' : f.significant ? 'yes' : 'no',
    level: f.study.evidenceLevel ?? '',
    pem: f.study.pemCriterion ?? '',
    study: f.study.doi ? `doi:${f.study.doi}` : f.study.slug,
  })),
);

const { evidence } = await client.request<{
  evidence: { object: { name: string }; studyCount: number; consensus: string; agreement: number | null }[];
}>(EVIDENCE, { subject: biomarker });
console.log('consensus per pair:');
for (const pair of evidence) {
  console.log(
    `  ${biomarker} → ${pair.object.name}: ${pair.consensus} (${pair.studyCount} ${pair.studyCount === 1 ? 'study' : 'studies'})`,
  );
}
