// Rate limits over a real (embedded) database, with the clock in the test's hands.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { seededPgliteDb } from '@yiwang/test/helpers/test-server';
import { migrate } from '../db/migrations.ts';
import type { Db } from '../db/db.ts';
import { HttpError } from './errors.ts';
import { consumeRateLimit } from './rate-limit.ts';

describe('consumeRateLimit', () => {
  let db: Db;
  before(async () => {
    db = await seededPgliteDb();
    await migrate(db);
  });
  after(async () => {
    await db.close();
  });

  /** The Retry-After of a refused request, or null when it was let through. */
  async function attempt(bucket: string, at: string): Promise<number | null> {
    try {
      await consumeRateLimit(db, bucket, 3, 60, new Date(at));
      return null;
    } catch (error) {
      assert.ok(error instanceof HttpError && error.status === 429, String(error));
      return Number(error.headers?.['Retry-After']);
    }
  }

  test("the window starts with the first request: a burst across the clock's minute is counted whole", async () => {
    // Three allowed, at 10:00:59.8; the fourth, 0.4 s later, is in the next clock minute but the same window.
    for (let i = 0; i < 3; i++) assert.equal(await attempt('burst', '2026-11-28T10:00:59.800Z'), null);
    assert.equal(await attempt('burst', '2026-11-28T10:01:00.200Z'), 60);
    // Retry-After counts down the bucket's own window.
    assert.equal(await attempt('burst', '2026-11-28T10:01:30.000Z'), 30);
  });

  test('after the window, the count starts again', async () => {
    for (let i = 0; i < 3; i++) assert.equal(await attempt('again', '2026-11-28T11:00:00.000Z'), null);
    assert.equal(await attempt('again', '2026-11-28T11:00:10.000Z'), 50);
    assert.equal(await attempt('again', '2026-11-28T11:01:00.000Z'), null, 'a new window');
    assert.equal(await attempt('again', '2026-11-28T11:01:01.000Z'), null);
  });

  test('a clock set back (the simulated clock reset) starts the window again instead of refusing until then', async () => {
    for (let i = 0; i < 4; i++) await attempt('clock', '2026-12-28T10:00:00.000Z');
    assert.equal(await attempt('clock', '2026-11-28T10:00:00.000Z'), null, 'a month earlier: a new window');
    assert.equal(await attempt('clock', '2026-11-28T10:00:01.000Z'), null);
  });

  test('buckets are counted apart', async () => {
    for (let i = 0; i < 3; i++) assert.equal(await attempt('one', '2026-11-28T12:00:00.000Z'), null);
    assert.equal(await attempt('two', '2026-11-28T12:00:00.000Z'), null);
    assert.ok((await attempt('one', '2026-11-28T12:00:00.000Z')) !== null);
  });
});
