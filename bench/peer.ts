// The peer: @neo4j/graphql 7 on graphql-yoga, with type definitions for the same graph (labels and relationships
// of cypher/ingest/*.cypher). It answers Q1–Q3 and Q6–Q8 (see bench/queries.ts for what it cannot express).
// Env: NEO4J_URI, NEO4J_DATABASE (default neo4j), PORT, HOST.
import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';

export const typeDefs = /* GraphQL */ `
  type Study
    @node
    @fulltext(indexes: [{ indexName: "search_text", queryName: "studiesFulltext", fields: ["title", "summary"] }]) {
    slug: String!
    title: String
    authors: [String!]
    journal: String
    year: Int
    doi: String
    pmid: String
    evidenceLevel: String
    design: String
    pemCriterion: String
    confidence: String
    sampleSize: Int
    summary: String
    retracted: Boolean
    findings: [Finding!]! @relationship(type: "REPORTS", direction: OUT)
  }

  type Finding @node {
    id: String!
    index: Int
    studySlug: String
    statement: String!
    relation: String!
    sign: String
    pValue: Float
    significant: Boolean
    study: [Study!]! @relationship(type: "REPORTS", direction: IN)
    subject: [Entity!]! @relationship(type: "SUBJECT", direction: OUT)
    object: [Entity!]! @relationship(type: "OBJECT", direction: OUT)
  }

  interface Entity {
    name: String!
    names: [String!]
  }

  type Biomarker implements Entity @node(labels: ["Biomarker", "Entity"]) {
    name: String!
    names: [String!]
    kind: String
    subjectOf: [Finding!]! @relationship(type: "SUBJECT", direction: IN)
    objectOf: [Finding!]! @relationship(type: "OBJECT", direction: IN)
  }

  type Symptom implements Entity @node(labels: ["Symptom", "Entity"]) {
    name: String!
    names: [String!]
    subjectOf: [Finding!]! @relationship(type: "SUBJECT", direction: IN)
    objectOf: [Finding!]! @relationship(type: "OBJECT", direction: IN)
  }

  type Condition implements Entity @node(labels: ["Condition", "Entity"]) {
    name: String!
    names: [String!]
    subjectOf: [Finding!]! @relationship(type: "SUBJECT", direction: IN)
    objectOf: [Finding!]! @relationship(type: "OBJECT", direction: IN)
  }

  type Measure implements Entity @node(labels: ["Measure", "Entity"]) {
    name: String!
    names: [String!]
    kind: String
    subjectOf: [Finding!]! @relationship(type: "SUBJECT", direction: IN)
    objectOf: [Finding!]! @relationship(type: "OBJECT", direction: IN)
  }
`;

const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687');
const database = process.env.NEO4J_DATABASE || 'neo4j';
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const yoga = createYoga({
  schema,
  graphqlEndpoint: '/graphql',
  healthCheckEndpoint: '/healthz',
  graphiql: false,
  landingPage: false,
  logging: false,
  context: () => ({ sessionConfig: { database } }),
});
const server = createServer(yoga);
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 4200), process.env.HOST ?? '127.0.0.1', () =>
  console.error(`peer on ${process.env.PORT}`),
);
process.on('SIGTERM', () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
