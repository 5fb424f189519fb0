// Fresh databases on the PostgreSQL server of YIWANG_TEST_DATABASE_URL (.ci/run
// starts one), for the tests that run on PostgreSQL as well as on PGlite.
import pg from 'pg';

/** The admin URL of the test PostgreSQL server, or undefined where none is configured. */
export const TEST_POSTGRES_URL = process.env.YIWANG_TEST_DATABASE_URL;

let created = 0;

/** Creates an empty database on the test server; `drop()` removes it (connections closed by force). */
export async function createTestDatabase(adminUrl: string, prefix: string): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${process.pid}_${++created}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}
