// Starts the reference server on a real HTTP port (127.0.0.1, ephemeral) over an
// in-memory PGlite database seeded with the reference data. For node tests.
import { createApp, createServices, defaultConfig, seedData } from '@yiwang/server';
import type { ServerConfig, Services } from '@yiwang/server';
import { createPgliteDb } from '@yiwang/server';
import { loadDivisionIndex } from '../../packages/server/src/divisions/load.ts';
import { TEST_OPERATOR_TOKEN } from './test-operator-token.ts';
import { serveApp } from './serve.ts';

export { TEST_OPERATOR_TOKEN };

export interface TestServer {
  baseUrl: string;
  /** `${baseUrl}/api/v1` */
  apiUrl: string;
  services: Services;
  close(): Promise<void>;
}

export async function startTestServer(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  const config = defaultConfig({ operatorToken: TEST_OPERATOR_TOKEN, tokenSecret: 'test-secret', ...overrides });
  const db = await createPgliteDb();
  const services = await createServices({ db, config, divisions: loadDivisionIndex(), seed: seedData, clientAddress: (c) => c.req.header('X-Test-Client') ?? '127.0.0.1' });
  const app = createApp(services);
  const { origin: baseUrl, close } = await serveApp(app.fetch);
  return {
    baseUrl,
    apiUrl: `${baseUrl}/api/v1`,
    services,
    async close() {
      await close();
      await db.close();
    },
  };
}
