// Listens: wraps the Yoga instance in a node:http server. Nothing else lives here.
import { createServer, type Server } from 'node:http';
import type { EvidenceYoga } from './yoga.ts';

export function listen(yoga: EvidenceYoga, port: number, host?: string): Promise<Server> {
  const server = createServer(yoga);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
