// Probes for load balancers and orchestrators, outside the API (they are not
// part of the contract, and the browser mock has none): /healthz answers while
// the process runs, without touching the database; /readyz answers 200 when the
// database answers a trivial query and the catalog is loaded, else 503 with the
// reason, so traffic goes to other instances.
import { Hono } from 'hono';
import type { Services } from './services.ts';

/** How long /readyz waits for the database before calling it unreachable. */
const DATABASE_TIMEOUT_MS = 2000;

export interface Readiness {
  /** Set on SIGTERM: the instance is finishing its requests and should get no new ones. */
  stopping: boolean;
}

export type NotReadyReason = 'starting' | 'stopping' | 'database';

export function notReady(reason: NotReadyReason, message: string) {
  return { status: 'unavailable' as const, reason, message };
}

export function healthRoutes(services: Services, readiness: Readiness): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    if (readiness.stopping) return c.json(notReady('stopping', 'shutting down'), 503);
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        services.db.query('SELECT 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${DATABASE_TIMEOUT_MS} ms`)), DATABASE_TIMEOUT_MS);
        }),
      ]);
    } catch (error) {
      services.log.warn('readiness: database unreachable', { error });
      return c.json(notReady('database', error instanceof Error ? error.message : String(error)), 503);
    } finally {
      clearTimeout(timer);
    }
    const catalog = services.catalog;
    return c.json({ status: 'ready', catalog: { version: catalog.version?.version ?? null } });
  });
  return app;
}
