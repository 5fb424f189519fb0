import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../config.ts';
import { withCalendarFile } from './calendar-file.ts';
import { createWorkingCalendar } from './workdays.ts';

test("a later year's notice loads as data: its days join the table, and deadlines there are no longer estimates", async () => {
  const dir = await mkdtemp(join(tmpdir(), 'yiwang-calendar-'));
  try {
    const file = join(dir, '2027.json');
    // A made-up 2027 New Year and one make-up day, shaped like a notice.
    await writeFile(
      file,
      JSON.stringify({ source: '2027年部分节假日安排（示例）', holidays: ['2027-01-01'], makeupWorkdays: ['2027-01-09'] }),
    );
    const base = defaultConfig();
    const config = withCalendarFile(base, file);
    assert.equal(config.holidays.length, base.holidays.length + 1);
    assert.ok(config.makeupWorkdays.includes('2027-01-09'));
    const calendar = createWorkingCalendar(config);
    assert.equal(calendar.lastKnownDay, '2027-12-31');
    assert.equal(calendar.isWorkingDay('2027-01-01'), false);
    assert.equal(calendar.isWorkingDay('2027-01-09'), true);
    assert.equal(calendar.beyondTable('2027-06-01'), false);

    await writeFile(file, JSON.stringify({ holidays: ['2027-02-30'] }));
    assert.throws(() => withCalendarFile(base, file), /Holiday calendar .*2027\.json.*not a YYYY-MM-DD date/s);
    await writeFile(file, JSON.stringify({ holiday: ['2027-01-01'] }));
    assert.throws(() => withCalendarFile(base, file), /Holiday calendar .*unknown field holiday/s);
    assert.throws(() => withCalendarFile(base, join(dir, 'missing.json')), /Holiday calendar .*missing\.json/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
