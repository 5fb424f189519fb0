// The reference server over an in-memory PGlite database seeded with the
// reference data: as an app (createTestApp) or on a real HTTP port
// (startTestServer, 127.0.0.1, ephemeral). For node tests and page tests.
// Like the Node entry it imports catalogs (`POST /admin/catalog/imports`).
import { createApp, createServices, defaultConfig, seedData } from '@yiwang/server';
import type { Db, ServerConfig, Services } from '@yiwang/server';
import { createPgliteDb } from '@yiwang/server';
import { loadDivisionIndex } from '../../packages/server/src/divisions/load.ts';
import { createPostgresDb } from '../../packages/server/src/db/postgres.ts';
import { catalogImporter } from '../../packages/server/src/catalog/import/importer.ts';
import { createOidcAdapter } from '../../packages/server/src/identity/oidc.ts';
import { TEST_ADMIN_TOKEN, TEST_OPERATOR_TOKEN } from './test-operator-token.ts';
import { serveApp } from './serve.ts';

export { TEST_ADMIN_TOKEN, TEST_OPERATOR_TOKEN };

export interface TestServer {
  baseUrl: string;
  /** `${baseUrl}/api/v1` */
  apiUrl: string;
  services: Services;
  close(): Promise<void>;
}

let divisions: ReturnType<typeof loadDivisionIndex> | undefined;

/**
 * The reference server's app over a fresh in-memory PGlite (or the PostgreSQL
 * server of `databaseUrl`), seeded, with the
 * test operator token (and the OIDC issuer's adapter when `oidc` is set); the client address (rate limits) is the X-Test-Client
 * header, else 127.0.0.1. The division index is loaded once per process.
 */
export async function createTestApp(
  overrides: Partial<ServerConfig> = {},
  options: { db?: Db; importer?: boolean; watchCatalog?: boolean } = {},
): Promise<{ app: ReturnType<typeof createApp>; services: Services; db: Db }> {
  const config = defaultConfig({
    operatorToken: TEST_OPERATOR_TOKEN,
    adminToken: TEST_ADMIN_TOKEN,
    tokenSecret: 'test-secret',
    ...overrides,
  });
  // An existing database (options.db) is reopened as a restarted server would: migrated, catalog reloaded.
  // `databaseUrl` (the PostgreSQL conformance run) opens that server; otherwise a fresh in-memory PGlite.
  const db = options.db ?? (config.databaseUrl ? await createPostgresDb(config.databaseUrl) : await createPgliteDb());
  divisions ??= loadDivisionIndex();
  const services = await createServices({
    db,
    config,
    divisions,
    seed: seedData,
    clientAddress: (c) => c.req.header('X-Test-Client') ?? '127.0.0.1',
    ...(options.importer === false ? {} : { catalogImporter }),
    ...(options.watchCatalog === false ? { watchCatalog: false } : {}),
    catalogLog: { info: () => undefined, error: (message, error) => console.error(message, error) },
    // As node.ts does it: the issuer's adapter when one is configured.
    ...(config.oidc ? { identity: createOidcAdapter(config.oidc) } : {}),
  });
  return { app: createApp(services), services, db };
}

export async function startTestServer(
  overrides: Partial<ServerConfig> = {},
  options: { importer?: boolean; watchCatalog?: boolean } = {},
): Promise<TestServer> {
  const { app, services, db } = await createTestApp(overrides, options);
  const { origin: baseUrl, close } = await serveApp(app.fetch);
  return {
    baseUrl,
    apiUrl: `${baseUrl}/api/v1`,
    services,
    async close() {
      await close();
      await services.close();
      await db.close();
    },
  };
}
