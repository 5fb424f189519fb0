// The databases a server test runs on: a fresh seeded in-memory PGlite, and a
// fresh database on the test PostgreSQL server where the tests have one (.ci/run).
import { after } from 'node:test';
import { createTestDatabase, TEST_POSTGRES_URL } from './postgres.ts';
import { createTestApp } from './test-server.ts';

export type TestAppFactory = () => ReturnType<typeof createTestApp>;

/**
 * `[name, fresh]` pairs: each call of `fresh` gives a new seeded test app on that
 * database. The PostgreSQL databases (named `prefix_…`) are dropped after the file's tests.
 */
export function testAppDatabases(prefix: string): Array<[string, TestAppFactory]> {
  const databases: Array<[string, TestAppFactory]> = [['PGlite', () => createTestApp()]];
  const adminUrl = TEST_POSTGRES_URL;
  if (!adminUrl) return databases;
  const dropAfter: Array<() => Promise<void>> = [];
  databases.push([
    'PostgreSQL',
    async () => {
      const database = await createTestDatabase(adminUrl, prefix);
      dropAfter.push(database.drop);
      return createTestApp({ databaseUrl: database.url });
    },
  ]);
  after(async () => {
    for (const drop of dropAfter) await drop();
  });
  return databases;
}
