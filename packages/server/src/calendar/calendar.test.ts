// The holiday calendar as administrator data: how a stored year replaces a
// built-in one and what a year may hold (pure); then, on one PostgreSQL
// database, two app instances and the command line: a year set through one
// instance's API, and one loaded by `npm run calendar -- load`, are counted
// with by the other instance without a restart (NOTIFY). The PostgreSQL part
// needs YIWANG_TEST_DATABASE_URL and is skipped without it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CalendarYear, HolidayCalendar } from '@yiwang/contract';
import { createTestDatabase, TEST_POSTGRES_URL } from '@yiwang/test/helpers/postgres';
import { TEST_ADMIN_TOKEN, createTestApp } from '@yiwang/test/helpers/test-server';
import { HOLIDAYS_CN, MAKEUP_WORKDAYS_CN } from '../domain/holidays-cn.ts';
import { composeCalendar, yearProblems } from './calendar.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..');

// A 2027 table for the tests (the State Council had not published 2027's when this was written).
const YEAR_2027 = {
  source: '测试：2027 年放假安排',
  holidays: ['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'],
  makeupWorkdays: ['2027-02-20'],
};

describe('the holiday calendar (pure)', () => {
  test('a stored year replaces that year of the built-in table whole, and adds a new one', () => {
    const base = { holidays: HOLIDAYS_CN, makeupWorkdays: MAKEUP_WORKDAYS_CN };
    const at = new Date('2026-11-01T00:00:00Z');
    const composed = composeCalendar(base, [
      { year: 2026, holidays: ['2026-10-01'], makeupWorkdays: [], source: null, updatedAt: at, updatedBy: 'test' },
      { year: 2027, ...YEAR_2027, updatedAt: at, updatedBy: 'test' },
    ]);
    assert.deepEqual(
      composed.holidays.filter((d) => d.startsWith('2026')),
      ['2026-10-01'],
    );
    assert.deepEqual(
      composed.makeupWorkdays.filter((d) => d.startsWith('2026')),
      [],
    );
    assert.ok(composed.holidays.includes('2025-10-08'), 'other years stay');
    assert.ok(composed.holidays.includes('2027-02-08'));
  });

  test('a year holds its own dates only, each once; make-up working days are weekend days', () => {
    assert.deepEqual(yearProblems(2027, YEAR_2027), []);
    assert.deepEqual(
      yearProblems(2027, { holidays: ['2026-12-31', '2027-01-01', '2027-01-01'], makeupWorkdays: ['2027-02-22'] }).map((p) => p.path),
      ['body.holidays.0', 'body.holidays.2', 'body.makeupWorkdays.0'],
    );
  });
});

async function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--conditions=yiwang-source', 'packages/server/src/calendar/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, output };
}

const adminUrl = TEST_POSTGRES_URL;
if (!adminUrl) {
  test('two app instances and the command line on PostgreSQL share the calendar', (ctx) =>
    ctx.skip('YIWANG_TEST_DATABASE_URL is not set (.ci/run sets it)'));
} else {
  describe('two app instances and the command line on one PostgreSQL database', () => {
    let database: Awaited<ReturnType<typeof createTestDatabase>>;
    let dir: string;
    const instances: Array<Awaited<ReturnType<typeof createTestApp>>> = [];

    const call = async (i: number, method: string, path: string, body?: unknown) => {
      const res = await instances[i]!.app.request(`/api/v1${path}`, {
        method,
        headers: { Authorization: `Bearer ${TEST_ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: res.status, body: (await res.json()) as unknown };
    };
    const calendarOf = async (i: number) => {
      const res = await call(i, 'GET', '/admin/calendar');
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return HolidayCalendar.parse(res.body);
    };
    /** Polls instance `i` until its calendar covers `day` (a NOTIFY arrives on commit; a few ms). */
    const until = async (i: number, day: string) => {
      for (let tries = 0; tries < 200; tries++) {
        if ((await calendarOf(i)).lastKnownDay === day) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      assert.fail(`instance ${i} never counted with ${day}`);
    };

    before(async () => {
      database = await createTestDatabase(adminUrl, 'yiwang_calendar');
      dir = await mkdtemp(join(tmpdir(), 'yw-calendar-'));
      // One after the other: the first migrates and seeds, the second finds the database ready.
      for (let i = 0; i < 2; i++) instances.push(await createTestApp({ databaseUrl: database.url }));
    });
    after(async () => {
      for (const s of instances) {
        await s.services.close();
        await s.db.close();
      }
      await database?.drop();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    test('a year set through one instance is counted with by the other; a bad year is refused whole', async () => {
      const before2027 = await calendarOf(1);
      assert.equal(before2027.lastKnownDay, '2026-12-31');
      assert.deepEqual(
        before2027.years.map((y) => [y.year, y.origin]),
        [
          [2025, 'built_in'],
          [2026, 'built_in'],
        ],
      );
      assert.equal(instances[1]!.services.calendar.isWorkingDay('2027-02-08'), true, 'a Monday, before the 2027 notice');

      const bad = await call(0, 'PUT', '/admin/calendar/2027', { holidays: ['2026-12-31'], makeupWorkdays: ['2027-02-08'] });
      assert.equal(bad.status, 400, JSON.stringify(bad.body));
      const overlap = await call(0, 'PUT', '/admin/calendar/2027', { holidays: ['2027-02-20'], makeupWorkdays: ['2027-02-20'] });
      assert.equal(overlap.status, 400, JSON.stringify(overlap.body));
      assert.equal((await calendarOf(0)).lastKnownDay, '2026-12-31', 'nothing was saved');
      assert.equal((await call(0, 'PUT', '/admin/calendar/1999', YEAR_2027)).status, 400);

      const put = await call(0, 'PUT', '/admin/calendar/2027', YEAR_2027);
      assert.equal(put.status, 200, JSON.stringify(put.body));
      const year = CalendarYear.parse(put.body);
      assert.equal(year.origin, 'administrator');
      assert.equal((await calendarOf(0)).lastKnownDay, '2027-12-31', 'the instance that saved it counts with it at once');
      await until(1, '2027-12-31');
      assert.equal(instances[1]!.services.calendar.isWorkingDay('2027-02-08'), false);
      assert.equal(instances[1]!.services.calendar.isWorkingDay('2027-02-20'), true, 'a make-up Saturday');
    });

    test('npm run calendar -- load stores a file; both instances count with it; show prints it', async () => {
      const file = join(dir, '2028.json');
      await writeFile(
        file,
        JSON.stringify({ source: '测试：2028 年放假安排', holidays: ['2028-01-01', '2028-01-03'], makeupWorkdays: [] }),
      );
      const loaded = await runCli(['load', file], { DATABASE_URL: database.url });
      assert.equal(loaded.code, 0, loaded.output);
      assert.match(loaded.output, /stored 2028/);
      await until(0, '2028-12-31');
      await until(1, '2028-12-31');
      assert.equal(instances[0]!.services.calendar.isWorkingDay('2028-01-03'), false);

      const badFile = join(dir, 'bad.json');
      await writeFile(badFile, JSON.stringify({ holidays: ['2029-01-01'], makeupWorkdays: ['2029-01-01'] }));
      const refused = await runCli(['load', badFile], { DATABASE_URL: database.url });
      assert.equal(refused.code, 1, refused.output);
      assert.match(refused.output, /nothing was written/);

      const shown = await runCli(['show'], { DATABASE_URL: database.url });
      assert.equal(shown.code, 0, shown.output);
      assert.match(shown.output, /^2027 .*测试：2027 年放假安排$/m);
      assert.match(shown.output, /^2028 .*2 holidays/m);
      assert.match(shown.output, /last known day: 2028-12-31/);
    });
  });
}
