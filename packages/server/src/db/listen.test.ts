// LISTEN / NOTIFY through the Db abstraction: a notification sent inside a
// transaction arrives when it commits and never when it rolls back; on
// PostgreSQL a listening connection that drops is reopened (onReconnect runs)
// and listens again; close() stops listening.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { createTestDatabase, TEST_POSTGRES_URL } from '@yiwang/test/helpers/postgres';
import { notify } from './db.ts';
import type { Db } from './db.ts';
import { seededPgliteDb } from '@yiwang/test/helpers/test-server';
import { createPostgresDb } from './postgres.ts';

/** Payloads as they arrive, and a way to wait for the next one (no timing: the test waits for the event itself). */
function inbox() {
  const received: string[] = [];
  const waiters: Array<() => void> = [];
  return {
    received,
    push(payload: string) {
      received.push(payload);
      waiters.splice(0).forEach((w) => w());
    },
    async until(count: number) {
      while (received.length < count) await new Promise<void>((resolve) => waiters.push(resolve));
    },
  };
}

const DATABASES: Array<[string, () => Promise<Db>]> = [['PGlite', () => seededPgliteDb()]];
const drops: Array<() => Promise<void>> = [];
const adminUrl = TEST_POSTGRES_URL;
if (adminUrl)
  DATABASES.push([
    'PostgreSQL',
    async () => {
      const database = await createTestDatabase(adminUrl, 'yiwang_listen');
      drops.push(database.drop);
      return createPostgresDb(database.url);
    },
  ]);
after(async () => {
  for (const drop of drops) await drop();
});

for (const [where, open] of DATABASES)
  describe(`LISTEN / NOTIFY on ${where}`, () => {
    test('a notification in a transaction arrives on commit, not on rollback; unlisten and close stop it', async () => {
      const db = await open();
      try {
        const box = inbox();
        const other = inbox();
        const stop = await db.listen('yiwang_test', box.push);
        await db.listen('yiwang_other', other.push);
        await assert.rejects(
          db.transaction(async (tx) => {
            await notify(tx, 'yiwang_test', 'rolled back');
            throw new Error('roll back');
          }),
        );
        await db.transaction(async (tx) => {
          await notify(tx, 'yiwang_test', '1');
          await notify(tx, 'yiwang_other', 'x');
        });
        await notify(db, 'yiwang_test', '2');
        await box.until(2);
        await other.until(1);
        assert.deepEqual(box.received, ['1', '2'], 'the rolled-back one never arrives');
        await stop();
        await notify(db, 'yiwang_test', 'after unlisten');
        await notify(db, 'yiwang_other', 'y');
        await other.until(2);
        assert.deepEqual(box.received, ['1', '2']);
        await assert.rejects(() => notify(db, 'Bad Channel; DROP TABLE items', 'x'), /not a channel name/);
      } finally {
        await db.close();
      }
    });
  });

if (adminUrl)
  describe('LISTEN on PostgreSQL after its connection drops', () => {
    test('reconnects, runs onReconnect, and receives notifications again', async () => {
      const database = await createTestDatabase(adminUrl, 'yiwang_listen');
      drops.push(database.drop);
      const db = await createPostgresDb(database.url);
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        const box = inbox();
        let reconnected = 0;
        let onReconnect!: () => void;
        const reconnectedOnce = new Promise<void>((resolve) => (onReconnect = resolve));
        await db.listen('yiwang_test', box.push, {
          onReconnect: () => {
            reconnected += 1;
            onReconnect();
          },
        });
        // Kill the listening backend from another session, as a failover or a network cut would.
        const admin = new pg.Client({ connectionString: database.url });
        await admin.connect();
        try {
          const killed = await admin.query(
            "SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%' AND pid <> pg_backend_pid()",
          );
          assert.equal(killed.rowCount, 1, 'one listening connection, outside the pool');
        } finally {
          await admin.end();
        }
        await reconnectedOnce;
        assert.equal(reconnected, 1);
        await notify(db, 'yiwang_test', 'after reconnect');
        await box.until(1);
        assert.deepEqual(box.received, ['after reconnect']);
      } finally {
        console.warn = warn;
        await db.close();
      }
    });
  });
