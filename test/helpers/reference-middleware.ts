// The reference server inside web-test-runner's dev server, for browser tests
// that must run against the real server rather than the in-page mock: requests
// to `/__reference/<instance>/api/v1/…` go over real HTTP from Chromium to the
// same hono app `npm start` serves, in this node process, over its own
// PGlite database seeded with the reference data. Each `<instance>` name (a
// test file picks one) gets its own server and database, started on first use,
// so test files do not see each other's applications. The operator token is
// TEST_OPERATOR_TOKEN (test/helpers/test-server.ts), for the simulated clock;
// the administrator token TEST_ADMIN_TOKEN. As `npm start` does, each
// instance sends what its outbox holds (SMS to the development inbox, signed
// webhooks), on its clock, more often than the server's default so that a
// test waiting for a delivery waits little.
//
// Loaded by web-test-runner.config.mjs; the server's TypeScript sources are
// resolved through the `yiwang-source` export condition, which the config adds.
import type { IncomingMessage } from 'node:http';
import type { Db, Services } from '@yiwang/server';
import { createTestApp, seededImageFor } from './test-server.ts';

export const REFERENCE_PREFIX = '/__reference/';
/** Where the in-page mock gets the seeded database image (test/helpers/mock-worker.ts). */
export const SEED_IMAGE_PATH = '/__seed-image';

/** The subset of koa's context the middleware uses. */
interface KoaContext {
  path: string;
  url: string;
  method: string;
  req: IncomingMessage;
  status: number;
  body: unknown;
  set(name: string, value: string): void;
}

interface Instance {
  fetch(request: Request): Response | Promise<Response>;
  services: Services;
  db: Db;
}

/** How often an instance sends what its outbox holds, ms. */
const NOTIFY_INTERVAL_MS = 500;

const instances = new Map<string, Promise<Instance>>();

async function startInstance(): Promise<Instance> {
  // The browser is one client; tests that need another one (rate limits) send X-Test-Client.
  const { app, services, db } = await createTestApp({ tokenSecret: 'reference-test-secret' });
  services.notifier.start(NOTIFY_INTERVAL_MS, services.clock);
  return { fetch: (request) => app.fetch(request), services, db };
}

async function readBody(req: IncomingMessage): Promise<ArrayBuffer | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return undefined;
  const all = Buffer.concat(chunks);
  return all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer;
}

/**
 * koa middleware: `/__seed-image` answers this process's seeded database image
 * (its key in `X-Seed-Image-Key`), so that each test page's mock loads it
 * instead of migrating and seeding a database in the browser.
 */
export async function seedImage(context: KoaContext, next: () => Promise<unknown>): Promise<unknown> {
  if (context.path !== SEED_IMAGE_PATH) return next();
  const { key, image } = await seededImageFor();
  context.set('X-Seed-Image-Key', encodeURIComponent(key));
  context.set('Content-Type', 'application/x-tar');
  context.set('Cache-Control', 'no-store');
  context.body = Buffer.from(await image.arrayBuffer());
  return undefined;
}

/** koa middleware: `/__reference/<instance>/…` → that instance's app (with the prefix removed). */
export async function referenceServer(context: KoaContext, next: () => Promise<unknown>): Promise<unknown> {
  if (!context.path.startsWith(REFERENCE_PREFIX)) return next();
  const rest = context.url.slice(REFERENCE_PREFIX.length);
  const slash = rest.indexOf('/');
  const name = slash > 0 ? rest.slice(0, slash) : '';
  if (!/^[a-z0-9-]{1,40}$/.test(name)) {
    context.status = 400;
    context.body = 'usage: /__reference/<instance>/api/v1/…';
    return undefined;
  }
  let instance = instances.get(name);
  if (!instance) {
    instance = startInstance();
    instances.set(name, instance);
    // A failed start is not kept: the next request tries again.
    instance.catch(() => instances.delete(name));
  }
  const app = await instance;
  const headers = new Headers();
  for (const [key, value] of Object.entries(context.req.headers)) {
    // The body is passed on as the app wrote it, so ask it for no compression.
    if (value === undefined || key === 'accept-encoding') continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(key, item);
  }
  const method = context.method.toUpperCase();
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(context.req);
  const origin = `http://${context.req.headers.host ?? '127.0.0.1'}`;
  const response = await app.fetch(new Request(`${origin}${rest.slice(slash)}`, { method, headers, body }));
  context.status = response.status;
  response.headers.forEach((value, key) => {
    // Node recomputes these for the body it sends.
    if (key !== 'content-length' && key !== 'content-encoding' && key !== 'transfer-encoding') context.set(key, value);
  });
  context.body = Buffer.from(await response.arrayBuffer());
  return undefined;
}

/** Stops every instance's dispatcher and closes its database (when the test run ends). */
export async function closeReferenceServers(): Promise<void> {
  const all = [...instances.values()];
  instances.clear();
  await Promise.all(
    all.map(async (pending) => {
      const instance = await pending;
      await instance.services.close();
      await instance.db.close();
    }),
  );
}
