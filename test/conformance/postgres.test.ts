// Conformance of the reference server on a real PostgreSQL server, when
// YIWANG_TEST_DATABASE_URL points at one (.ci/run starts one). Each run gets a
// fresh database, dropped afterwards.
import assert from 'node:assert/strict';
import { before, after, test } from 'node:test';
import { conformanceSuite } from './suite.ts';
import { demoStaffTokens, demoTokens } from './tokens.ts';
import { createTestDatabase, TEST_POSTGRES_URL } from '../helpers/postgres.ts';
import { startTestServer, TEST_ADMIN_TOKEN, TEST_OPERATOR_TOKEN } from '../helpers/test-server.ts';
import type { TestServer } from '../helpers/test-server.ts';

const adminUrl = TEST_POSTGRES_URL;

if (!adminUrl) {
  test('conformance on PostgreSQL', (ctx) => ctx.skip('YIWANG_TEST_DATABASE_URL is not set (.ci/run sets it)'));
} else {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let server: TestServer;
  before(async () => {
    database = await createTestDatabase(adminUrl, 'yiwang_conformance');
    server = await startTestServer({ databaseUrl: database.url });
  });
  after(async () => {
    await server?.close();
    await database?.drop();
  });
  test('the server under test is on that PostgreSQL database, not an embedded one', async () => {
    assert.equal(server.services.db.dialect, 'postgres');
    const [row] = await server.services.db.query<{ name: string }>('SELECT current_database() AS name');
    assert.equal(row?.name, database.name);
  });
  conformanceSuite('reference server on PostgreSQL', () => ({
    apiUrl: server.apiUrl,
    tokens: demoTokens,
    staffTokens: demoStaffTokens,
    operatorToken: TEST_OPERATOR_TOKEN,
    adminToken: TEST_ADMIN_TOKEN,
    progressRateLimit: server.services.config.progressRateLimit.max,
    clientHeader: 'X-Test-Client',
  }));
}
