// What web-test-runner's dev server adds for the browser tests (loaded by
// web-test-runner.config.mjs): PGlite's binary assets served byte for byte,
// node built-ins stubbed for the in-page mock, msw's service worker at the
// site root, and an echo endpoint that answers from the browser's own network
// stack. The reference server's middleware is reference-middleware.ts.
import { readFileSync } from 'node:fs';
import type { Context, Next } from 'koa';
import type { Plugin } from '@web/dev-server-core';

const MSW_WORKER = 'node_modules/msw/lib/mockServiceWorker.js';

/**
 * `/__reply/…`: a real endpoint for browser tests that need the browser's own
 * network stack rather than msw's service worker (XHR upload progress is only
 * reported for requests that go to the network). It reads the whole request
 * body and answers with the status and JSON the request carries in
 * `X-Reply: <encodeURIComponent(JSON.stringify({ status, json }))>`, adding
 * `X-Received-Bytes` and `X-Received-Content-Type`.
 */
export async function replyEndpoint(context: Context, next: Next): Promise<unknown> {
  if (!context.path.startsWith('/__reply/')) return next();
  let received = 0;
  for await (const chunk of context.req) received += (chunk as Buffer).length;
  const { status = 200, json = null } = JSON.parse(decodeURIComponent(context.get('X-Reply') || '%7B%7D')) as {
    status?: number;
    json?: unknown;
  };
  context.status = status;
  context.set('X-Received-Bytes', String(received));
  context.set('X-Received-Content-Type', context.get('Content-Type'));
  context.set('Cache-Control', 'no-store');
  context.type = 'application/json';
  context.body = JSON.stringify(json);
  return undefined;
}

/**
 * Serves PGlite's `.data` file-system bundle and `.wasm` byte for byte: the
 * dev server's transform step guesses "text" for the `.data` bundle and would
 * re-encode it.
 */
export async function binaryAssets(context: Context, next: Next): Promise<unknown> {
  if (!/^\/node_modules\/.+\.(data|wasm)$/.test(context.path) || context.path.includes('..')) return next();
  try {
    context.body = readFileSync(`.${decodeURIComponent(context.path)}`);
  } catch {
    return next();
  }
  context.type = context.path.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
  return undefined;
}

/** msw registers its service worker from the site root, so that its scope covers the test pages. */
export async function mockServiceWorker(context: Context, next: Next): Promise<unknown> {
  if (context.path !== '/mockServiceWorker.js') return next();
  context.type = 'application/javascript';
  context.set('Service-Worker-Allowed', '/');
  context.body = readFileSync(MSW_WORKER, 'utf8');
  return undefined;
}

/**
 * PGlite (the database of @yiwang/mock, which element tests run in the page)
 * imports node built-ins only on code paths it takes in node; in the browser
 * those imports resolve to an empty module instead of failing the transform.
 */
export function nodeBuiltinsStub(): Plugin {
  const STUB = '/__node-builtin-stub.js';
  const builtins = new Set(['fs', 'fs/promises', 'module', 'stream', 'stream/promises', 'util', 'zlib', 'path', 'url', 'crypto', 'os']);
  return {
    name: 'node-builtins-stub',
    resolveImport({ source }) {
      if (source.startsWith('node:') || builtins.has(source)) return STUB;
      return undefined;
    },
    serve(context) {
      if (context.path === STUB) return { body: 'export default {};\n', type: 'js' };
      return undefined;
    },
  };
}

/** Where the reference server cannot be loaded (no way to add the `yiwang-source` condition): only test/reference/ fails, saying why. */
export async function referenceServerUnavailable(context: Context, next: Next): Promise<unknown> {
  if (!context.path.startsWith('/__reference/')) return next();
  context.status = 501;
  context.body = 'The reference server needs Node 22.15+ here (or NODE_OPTIONS=--conditions=yiwang-source).';
  return undefined;
}
