import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classpathDir, halfOf, neo4jConf, neo4jVersion } from '../../src/db/managed.ts';
import { loadConfig, PROJECT_ROOT } from '../../src/config.ts';

describe('the managed local Neo4j', () => {
  it('is the 5.26 LTS line, cached in a gitignored folder', () => {
    expect(neo4jVersion()).toMatch(/^5\.26\.\d+$/);
    expect(classpathDir()).toContain(path.join('.neo4j', `lib-${neo4jVersion()}`));
    expect(fs.readFileSync(path.join(PROJECT_ROOT, '.gitignore'), 'utf8')).toMatch(/^\.neo4j\/$/m);
  });

  it('says what to install when java is missing, and names the alternatives', () => {
    // A PATH holding only node: no java, no mvn.
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'eg-nojava-'));
    fs.symlinkSync(process.execPath, path.join(bin, 'node'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'eg-nojava-db-'));
    const result = spawnSync(
      process.execPath,
      ['bin/evidence-graph.js', 'db', 'start', '--dir', dir, '--port', '7999'],
      {
        cwd: PROJECT_ROOT,
        env: { PATH: bin, HOME: os.tmpdir() },
        encoding: 'utf8',
      },
    );
    for (const folder of [bin, dir]) fs.rmSync(folder, { recursive: true, force: true });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/needs Java 17 or later/);
    expect(result.stderr).toMatch(/NEO4J_URI/);
    expect(result.stderr).toMatch(/docker compose/);
  });
});

describe('configuration', () => {
  it('defaults to port 4000 and the managed Neo4j, and uses NEO4J_URI when given', () => {
    const defaults = loadConfig({});
    expect(defaults.port).toBe(4000);
    expect(defaults.neo4j).toBeUndefined();
    expect(defaults.managedPort).toBe(7687);
    const given = loadConfig({
      NEO4J_URI: 'neo4j+s://x.example',
      NEO4J_USER: 'u',
      NEO4J_PASSWORD: 'p',
      NEO4J_DATABASE: 'kg',
      PORT: '8080',
    });
    expect(given.neo4j).toEqual({ uri: 'neo4j+s://x.example', user: 'u', password: 'p', database: 'kg' });
    expect(given.port).toBe(8080);
  });

  it('rejects a bad PORT with the variable named', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be a port number/);
  });
});

describe('memory of the managed Neo4j', () => {
  it('caps the memory of one transaction at half the heap, or at EVIDENCE_GRAPH_NEO4J_TX_MEMORY', () => {
    expect(halfOf('1g')).toBe('524288k');
    expect(halfOf('512M')).toBe('262144k');
    expect(halfOf('lots')).toBeUndefined();
    const conf = (transactionMemory: string) =>
      neo4jConf({ dir: '/tmp/x', port: 7999, heap: '1g', pageCache: '512m', transactionMemory }).split('\n');
    expect(conf('524288k')).toContain('db.memory.transaction.max=524288k');
    expect(conf('').some((line) => line.startsWith('db.memory.transaction'))).toBe(false);
  });
});
