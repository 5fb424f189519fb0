// Conformance of the reference server on a real PostgreSQL server, when
// YIWANG_TEST_DATABASE_URL points at one (.ci/run starts one). Each run gets a
// fresh database, dropped afterwards.
import { before, after, test } from 'node:test';
import pg from 'pg';
import { conformanceSuite } from './suite.ts';
import { demoTokens } from './tokens.ts';
import { startTestServer, TEST_OPERATOR_TOKEN } from '../helpers/test-server.ts';
import type { TestServer } from '../helpers/test-server.ts';

const adminUrl = process.env.YIWANG_TEST_DATABASE_URL;

if (!adminUrl) {
  test('conformance on PostgreSQL', (ctx) => ctx.skip('YIWANG_TEST_DATABASE_URL is not set (.ci/run sets it)'));
} else {
  const dbName = `yiwang_conformance_${process.pid}`;
  let server: TestServer;
  before(async () => {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName} TEMPLATE template0 ENCODING 'UTF8'`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    server = await startTestServer({ databaseUrl: url.toString() });
  });
  after(async () => {
    await server?.close();
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  });
  conformanceSuite('reference server on PostgreSQL', () => ({
    apiUrl: server.apiUrl,
    tokens: demoTokens,
    operatorToken: TEST_OPERATOR_TOKEN,
    progressRateLimit: server.services.config.progressRateLimit.max,
    clientHeader: 'X-Test-Client',
  }));
}
