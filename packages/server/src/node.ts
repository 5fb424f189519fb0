// The process entry of `npm start`: the API, the OpenAPI document, the CDN
// bundles and the demo department site, on http://localhost:8080 (PORT).
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { relative } from 'node:path';
import { createApp } from './app.ts';
import { configFromEnv } from './config.ts';
import type { ServerConfig } from './config.ts';
import type { Db } from './db/db.ts';
import { createPgliteDb } from './db/pglite.ts';
import { createPostgresDb } from './db/postgres.ts';
import { loadDivisionIndex } from './divisions/load.ts';
import { loadDictionaryFile } from './catalog/dictionary-load.ts';
import { catalogImporter } from './catalog/import/importer.ts';
import { seedData } from './seed/index.ts';
import { createServices } from './services.ts';
import { siteFiles } from './site-files.ts';

// serveStatic takes roots relative to the working directory.
const fromCwd = (path: string) => relative(process.cwd(), path) || '.';

/** Content-Security-Policy of the demo site: what a strict government page sends. */
export const SITE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

export async function openDatabase(config: ServerConfig): Promise<Db> {
  return config.databaseUrl ? createPostgresDb(config.databaseUrl) : createPgliteDb(config.dataDir ?? undefined);
}

function clientAddress(config: ServerConfig) {
  return (c: Context) => {
    if (config.trustProxy) {
      const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    // Without a Node listener (createServer's fetch handler called directly) there is no socket to ask.
    if (!(c.env as { incoming?: unknown } | undefined)?.incoming) return 'unknown';
    return getConnInfo(c).remote.address ?? 'unknown';
  };
}

/**
 * Builds the whole site: API under /api/v1, plus the static files (the OpenAPI
 * document, the CDN bundles under /cdn/ and, unless `demoSite` is false, the demo department site).
 */
export async function createSite(config: ServerConfig, db: Db, { demoSite = true }: { demoSite?: boolean } = {}) {
  const files = siteFiles();
  const services = await createServices({
    db,
    config,
    divisions: loadDivisionIndex(),
    seed: seedData,
    ...(config.synonymsFile ? { searchDictionary: loadDictionaryFile(config.synonymsFile) } : {}),
    clientAddress: clientAddress(config),
    catalogImporter,
  });
  const api = createApp(services);
  const site = new Hono();
  // The whole /api/ space belongs to the API app, so unknown API paths get its 404 envelope.
  site.all('/api/*', (c) => api.fetch(c.req.raw, c.env));
  site.use('*', async (c, next) => {
    await next();
    if (!c.req.path.startsWith('/api/')) {
      c.header('Content-Security-Policy', SITE_CSP);
      c.header('X-Content-Type-Options', 'nosniff');
      c.header('Referrer-Policy', 'no-referrer');
    }
  });
  site.get('/openapi.json', serveStatic({ path: fromCwd(files.openapi) }));
  if (files.cdnParent) site.use('/cdn/*', serveStatic({ root: fromCwd(files.cdnParent), rewriteRequestPath: (p) => p }));
  if (demoSite && files.site) site.use('/*', serveStatic({ root: fromCwd(files.site) }));
  return { site, services };
}

async function main() {
  const config = configFromEnv(process.env);
  if (!siteFiles().cdnParent)
    console.warn('The script-tag bundles are missing: run `npm run build` (they go to packages/elements/dist/cdn).');
  const db = await openDatabase(config);
  const { site, services } = await createSite(config, db);
  const server = serve({ fetch: site.fetch, port: config.port }, (info) => {
    const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
    console.log(`yiwang reference server on http://localhost:${info.port}  (storage: ${where})`);
    console.log(`  demo site  http://localhost:${info.port}/`);
    console.log(`  API        http://localhost:${info.port}/api/v1   OpenAPI: /openapi.json`);
    if (config.operatorToken) console.log('  operator endpoints enabled (YIWANG_OPERATOR_TOKEN)');
    if (config.adminToken) console.log('  administrator endpoints enabled (YIWANG_ADMIN_TOKEN)');
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: shutting down…`);
    // Stop taking requests, let running ones finish, then close the database
    // (and its catalog listener) so PGlite flushes its data directory cleanly.
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await services.close(); // buffered zero-result search counts
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

if (import.meta.main) await main();
