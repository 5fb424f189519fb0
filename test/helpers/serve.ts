// An app (hono's `fetch`) on a real HTTP port: 127.0.0.1, ephemeral. For node
// tests, page tests and benchmarks.
import type { AddressInfo } from 'node:net';
import { createSecureServer } from 'node:http2';
import type { SecureServerOptions } from 'node:http2';
import { serve } from '@hono/node-server';

/** Serves `fetch` on 127.0.0.1 on a free port. */
export async function serveApp(
  fetch: (request: Request) => Response | Promise<Response>,
  /** Serve HTTP/2 over TLS with this key and certificate (HTTP/1.1 too, for clients that ask). */
  tls?: Pick<SecureServerOptions, 'key' | 'cert'>,
): Promise<{ origin: string; close(): Promise<void> }> {
  const server = tls
    ? serve({ fetch, port: 0, hostname: '127.0.0.1', createServer: createSecureServer, serverOptions: { ...tls, allowHTTP1: true } })
    : serve({ fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return {
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
