// An app (hono's `fetch`) on a real HTTP port: 127.0.0.1, ephemeral. For node
// tests, page tests and benchmarks.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

/** Serves `fetch` on 127.0.0.1 on a free port. */
export async function serveApp(
  fetch: (request: Request) => Response | Promise<Response>,
): Promise<{ origin: string; close(): Promise<void> }> {
  const server = serve({ fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
