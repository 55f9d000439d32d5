// Configuration from the environment, read in one place. SPEC §5 names NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD,
// NEO4J_DATABASE and PORT; the EVIDENCE_GRAPH_* variables are ours.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface AppConfig {
  port: number;
  /** Interface to listen on; undefined listens on all (as node:http does by default). */
  host: string | undefined;
  /** Set when the user gave NEO4J_URI; undefined means "start the managed local Neo4j". */
  neo4j: Neo4jConnection | undefined;
  database: string;
  /** Folder of the managed local Neo4j instance used by `serve` without NEO4J_URI. */
  managedDir: string;
  managedPort: number;
  production: boolean;
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0 || value > 65535) {
    throw new Error(`${name} must be a port number (1–65535), got "${raw}"`);
  }
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const database = env.NEO4J_DATABASE || 'neo4j';
  const neo4j = env.NEO4J_URI
    ? {
        uri: env.NEO4J_URI,
        user: env.NEO4J_USER || 'neo4j',
        password: env.NEO4J_PASSWORD || '',
        database,
      }
    : undefined;
  return {
    port: intFromEnv(env, 'PORT', 4000),
    host: env.HOST || undefined,
    neo4j,
    database,
    managedDir: env.EVIDENCE_GRAPH_NEO4J_DIR || path.join(PROJECT_ROOT, '.neo4j', 'default'),
    managedPort: intFromEnv(env, 'EVIDENCE_GRAPH_NEO4J_PORT', 7687),
    production: env.NODE_ENV === 'production',
  };
}
