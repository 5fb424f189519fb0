// The reference server over an in-memory PGlite database seeded with the
// reference data: as an app (createTestApp) or on a real HTTP port
// (startTestServer, 127.0.0.1, ephemeral). For node tests and page tests.
// Like the Node entry it imports catalogs (`POST /admin/catalog/imports`).
import { readFile, writeFile } from 'node:fs/promises';
import { createApp, createServices, defaultConfig, seedData } from '@yiwang/server';
import type { Db, DivisionIndex, ServerConfig, Services } from '@yiwang/server';
import { createPgliteDb } from '@yiwang/server';
import { loadDivisionIndex } from '../../packages/server/src/divisions/load.ts';
import { createPostgresDb } from '../../packages/server/src/db/postgres.ts';
import { catalogImporter } from '../../packages/server/src/catalog/import/importer.ts';
import { createOidcAdapter } from '../../packages/server/src/identity/oidc.ts';
import { configuredSealer } from '../../packages/server/src/seal/node.ts';
import { configuredFileStore, readMultipartStreaming } from '../../packages/server/src/files/fs-store.ts';
import { seededImageKey, seededPgliteImage } from '../../packages/server/src/seed/image.ts';
import { SEED_IMAGE_ENV, SEED_IMAGE_KEY_ENV } from './seed-image-env.ts';
import { TEST_ADMIN_TOKEN, TEST_OPERATOR_TOKEN } from './test-operator-token.ts';
import { serveApp } from './serve.ts';

export { TEST_ADMIN_TOKEN, TEST_OPERATOR_TOKEN };

/** Writes the seeded image of the default configuration to `path`; returns its key. */
export async function writeSeededImage(path: string): Promise<string> {
  const { key, image } = await seededImageFor();
  await writeFile(path, new Uint8Array(await image.arrayBuffer()));
  return key;
}

export interface TestServer {
  baseUrl: string;
  /** `${baseUrl}/api/v1` */
  apiUrl: string;
  services: Services;
  close(): Promise<void>;
}

let divisions: ReturnType<typeof loadDivisionIndex> | undefined;

/** Seeded database images of this process, by `seededImageKey`: most tests start from one. */
const images = new Map<string, Promise<Blob>>();

/**
 * The image test/run-node-tests.ts wrote for the whole run (path and key in
 * the environment), else one made in this process; a config whose calendar
 * differs, or a run that crosses a Beijing midnight, gets its own.
 */
async function seededImage(key: string, config: ServerConfig, divisionIndex: DivisionIndex): Promise<Blob> {
  const shared = process.env[SEED_IMAGE_ENV];
  if (shared && process.env[SEED_IMAGE_KEY_ENV] === key) return new Blob([await readFile(shared)]);
  return seededPgliteImage({ config, divisions: divisionIndex, seed: seedData });
}

/** This process's seeded image for `config`, with its key (made on first use). */
export async function seededImageFor(config: ServerConfig = defaultConfig()): Promise<{ key: string; image: Blob }> {
  divisions ??= loadDivisionIndex();
  const key = seededImageKey(config);
  let image = images.get(key);
  if (!image) {
    image = seededImage(key, config, divisions);
    images.set(key, image);
    image.catch(() => images.delete(key));
  }
  return { key, image: await image };
}

/**
 * A fresh in-memory database, migrated and seeded (from the seeded image for
 * `config`'s calendar): createTestApp's, and the one of tests that start the
 * server themselves (`startServer`) or need only the schema, where a blank
 * PGlite would spend seconds on initdb and the migrations.
 */
export async function seededPgliteDb(config: ServerConfig = defaultConfig()): Promise<Db> {
  return createPgliteDb({ image: (await seededImageFor(config)).image });
}

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
  divisions ??= loadDivisionIndex();
  const freshPglite = () => (config.seed ? seededPgliteDb(config) : createPgliteDb());
  const db = options.db ?? (config.databaseUrl ? await createPostgresDb(config.databaseUrl) : await freshPglite());
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
    // As node.ts does it: result documents sealed with development keys.
    seal: configuredSealer(config),
    // As node.ts does it: the configured file store, multipart bodies streamed.
    fileStore: await configuredFileStore(config),
    readMultipart: readMultipartStreaming,
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
