// What a browser elsewhere, or a slow client, can make the HTTP server do: CORS without credentials, CSRF prevention,
// one status for oversized bodies of any type, and timeouts for clients that send their request too slowly.
import { spawn } from 'node:child_process';
import net from 'node:net';
import readline from 'node:readline';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/limits.ts';
import { listen } from '../../src/server.ts';
import { createEvidenceYoga } from '../../src/yoga.ts';
import { readOnlySampleSuite } from './helpers.ts';

const { db, yoga } = readOnlySampleSuite();

const preflight = (target: typeof yoga, origin: string) =>
  target.fetch('http://yoga/graphql', {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });

describe('CORS', () => {
  it('lets any origin read, never with credentials', async () => {
    const response = await preflight(yoga, 'https://elsewhere.example');
    // Yoga names the asking origin instead of "*" (same effect); what matters is that credentials are not allowed.
    expect(['*', 'https://elsewhere.example']).toContain(response.headers.get('access-control-allow-origin'));
    expect(response.headers.get('access-control-allow-credentials')).not.toBe('true');
  });

  it('lets only the configured origins send credentials', async () => {
    const configured = createEvidenceYoga({ cypher: db.cypher }, { corsOrigins: ['https://app.example'] });
    const listed = await preflight(configured, 'https://app.example');
    expect(listed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(listed.headers.get('access-control-allow-credentials')).toBe('true');
    const other = await preflight(configured, 'https://elsewhere.example');
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://elsewhere.example');
  });
});

describe('CSRF prevention', () => {
  it('refuses a request a cross-site form or link could send, and runs nothing', async () => {
    const simple: RequestInit[] = [
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'query=%7B__typename%7D',
      },
      { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ __typename }' }) },
      { method: 'GET' },
    ];
    for (const init of simple) {
      const url = init.method === 'GET' ? 'http://yoga/graphql?query=%7B__typename%7D' : 'http://yoga/graphql';
      const response = await yoga.fetch(url, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), accept: 'application/json' },
      });
      expect(response.status).toBe(403);
      expect(await response.text()).not.toContain('"__typename"');
    }
    const withHeader = await yoga.fetch('http://yoga/graphql?query=%7B__typename%7D', {
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
    });
    expect(withHeader.status).toBe(200);
  });
});

describe('oversized bodies', () => {
  it('answer 413 for a multipart body of undeclared length, as for JSON', async () => {
    const small = createEvidenceYoga({ cypher: db.cypher }, { limits: { ...DEFAULT_LIMITS, maxBodyBytes: 1000 } });
    const boundary = 'xyz';
    const text = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="operations"',
      '',
      JSON.stringify({ query: `{ study(slug: "${'x'.repeat(3000)}") { slug } }` }),
      `--${boundary}`,
      'Content-Disposition: form-data; name="map"',
      '',
      '{}',
      `--${boundary}--`,
      '',
    ].join('\r\n');
    const bytes = new TextEncoder().encode(text);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.slice(0, 100));
        controller.enqueue(bytes.slice(100));
        controller.close();
      },
    });
    const request = new Request('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-graphql-yoga-csrf': '1' },
      body,
      duplex: 'half',
    } as RequestInit);
    const response = await small.fetch(request);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'PAYLOAD_TOO_LARGE',
    );
  });
});

describe('slow clients', () => {
  const started = listen(yoga, 0, '127.0.0.1', { headersTimeoutMs: 200, requestTimeoutMs: 400, checkIntervalMs: 50 });
  afterAll(async () => {
    const { server } = await started;
    await new Promise((resolve) => server.close(resolve));
  });

  it('answers 408 and disconnects a client that never finishes its headers', async () => {
    const { server } = await started;
    const socket = net.connect((server.address() as AddressInfo).port, '127.0.0.1');
    socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    await new Promise((resolve) => socket.on('close', resolve));
    expect(received).toMatch(/^HTTP\/1\.1 408/);
  });
});

describe('a stalled event loop', () => {
  // A client in another process (the stall must not stop it): one request, then a second on the same keep-alive
  // connection once told the server is stalling; it prints the second answer's status, or its error code.
  const CLIENT = `
    const url = process.argv[1];
    await (await fetch(url)).text();
    console.log('first');
    process.stdin.once('data', async () => {
      try { const r = await fetch(url); await r.text(); console.log('status ' + r.status); }
      catch (e) { console.log('error ' + (e.cause?.code ?? e.message)); }
      process.exit(0);
    });`;

  async function secondAnswerAcrossAStall(keepAliveTimeoutMs?: number): Promise<string> {
    const { server } = await listen(yoga, 0, '127.0.0.1', keepAliveTimeoutMs ? { keepAliveTimeoutMs } : {});
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/healthz`;
    const client = spawn(process.execPath, ['--input-type=module', '-e', CLIENT, url], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const lines = readline.createInterface({ input: client.stdout! });
    const output: string[] = [];
    const done = new Promise<void>((resolve) => client.once('exit', () => resolve()));
    for await (const line of lines) {
      output.push(line);
      if (line !== 'first') continue;
      client.stdin!.write('go\n');
      // The stall runs in the check phase, as a promise continuation after I/O does: when it ends, timers run
      // before the socket carrying the second request is read. 7 s outlasts Node's default keep-alive of 5 s.
      setImmediate(() => {
        const until = Date.now() + 7_000;
        while (Date.now() < until);
      });
    }
    await done;
    await new Promise((resolve) => server.close(resolve));
    return output.at(-1)!;
  }

  it("answers a keep-alive client's request that arrived during a stall longer than Node's default keep-alive", async () => {
    expect(await secondAnswerAcrossAStall()).toBe('status 200');
  }, 60_000);
});
