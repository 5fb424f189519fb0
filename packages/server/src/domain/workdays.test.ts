import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addCalendarDays, createWorkingCalendar, dateOfDay, dayNumber } from './workdays.ts';
import { HOLIDAYS_CN, MAKEUP_WORKDAYS_CN } from './holidays-cn.ts';

const cn = createWorkingCalendar({ holidays: HOLIDAYS_CN, makeupWorkdays: MAKEUP_WORKDAYS_CN });
const plain = createWorkingCalendar({ holidays: [], makeupWorkdays: [] });

/** Dates from 2024 to 2027, around the holiday table. */
const dateArb = fc.integer({ min: dayNumber('2024-06-01'), max: dayNumber('2027-06-30') }).map(dateOfDay);
const weekdayOf = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** Reference implementation: walk day by day. */
function slowBetween(a: string, b: string): number {
  const sign = a <= b ? 1 : -1;
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  let count = 0;
  for (let d = addCalendarDays(lo, 1); d <= hi; d = addCalendarDays(d, 1)) if (cn.isWorkingDay(d)) count++;
  return sign * count;
}

describe('holiday table', () => {
  test('holidays are not working days and make-up days are weekends that are worked', () => {
    for (const d of HOLIDAYS_CN) assert.equal(cn.isWorkingDay(d), false, d);
    for (const d of MAKEUP_WORKDAYS_CN) {
      assert.ok([0, 6].includes(weekdayOf(d)), `${d} should be a weekend day`);
      assert.equal(cn.isWorkingDay(d), true, d);
    }
  });

  test('the 2025 Spring Festival runs 1/28–2/4 with 1/26 and 2/8 worked', () => {
    assert.equal(cn.isWorkingDay('2025-01-27'), true);
    assert.equal(cn.isWorkingDay('2025-01-28'), false);
    assert.equal(cn.isWorkingDay('2025-02-04'), false);
    assert.equal(cn.isWorkingDay('2025-02-05'), true);
    assert.equal(cn.isWorkingDay('2025-01-26'), true);
    assert.equal(cn.isWorkingDay('2025-02-08'), true);
  });
});

describe('the last day the table covers', () => {
  test('December 31 of the latest year listed; past it a date is beyond the table; an empty table flags nothing', () => {
    assert.equal(cn.lastKnownDay, '2026-12-31');
    assert.equal(cn.beyondTable('2026-12-31'), false);
    assert.equal(cn.beyondTable('2027-01-01'), true);
    const empty = createWorkingCalendar({ holidays: [], makeupWorkdays: [] });
    assert.equal(empty.lastKnownDay, null);
    assert.equal(empty.beyondTable('2099-01-01'), false);
    assert.equal(createWorkingCalendar({ holidays: [], makeupWorkdays: ['2027-02-07'] }).lastKnownDay, '2027-12-31');
  });
});

describe('working calendar', () => {
  test('a 5-day limit accepted on a Monday of a normal week is due the following Monday', () => {
    assert.equal(cn.addWorkingDays('2026-11-02', 5), '2026-11-09');
    assert.equal(cn.workingDaysBetween('2026-11-02', '2026-11-09'), 5);
  });

  test('a limit accepted on a Saturday starts counting on Monday', () => {
    assert.equal(cn.addWorkingDays('2026-11-07', 5), '2026-11-13');
    assert.equal(cn.addWorkingDays('2026-11-07', 1), '2026-11-09');
  });

  test('0 working days (即办) is due on the start date itself', () => {
    assert.equal(cn.addWorkingDays('2026-11-07', 0), '2026-11-07');
  });

  test('2026 National Day: 9/20 (Sun) and 10/10 (Sat) are worked, 10/1–10/7 are off', () => {
    // Accepted Friday 9/18: Sun 9/20 is the first working day, then 9/21–9/24; 9/25–9/27 is 中秋.
    assert.equal(cn.addWorkingDays('2026-09-18', 1), '2026-09-20');
    assert.equal(cn.addWorkingDays('2026-09-18', 5), '2026-09-24');
    // 9/28, 9/29, 9/30, then the holiday until 10/7, then 10/8, 10/9, Sat 10/10.
    assert.equal(cn.addWorkingDays('2026-09-24', 3), '2026-09-30');
    assert.equal(cn.addWorkingDays('2026-09-24', 4), '2026-10-08');
    assert.equal(cn.addWorkingDays('2026-09-24', 6), '2026-10-10');
    assert.equal(cn.addWorkingDays('2026-09-24', 7), '2026-10-12');
    assert.equal(cn.workingDaysBetween('2026-09-30', '2026-10-08'), 1);
    assert.equal(cn.workingDaysBetween('2026-09-30', '2026-10-10'), 3);
    for (let d = 1; d <= 7; d++) assert.equal(cn.isWorkingDay(`2026-10-0${d}`), false);
  });

  test('the same dates without a holiday table are plain weekday counts', () => {
    assert.equal(plain.addWorkingDays('2026-09-30', 1), '2026-10-01');
    assert.equal(plain.isWorkingDay('2026-10-10'), false);
  });

  test('workingDaysBetween is negative when b is before a', () => {
    assert.equal(cn.workingDaysBetween('2026-11-09', '2026-11-02'), -5);
    assert.equal(cn.workingDaysBetween('2026-11-09', '2026-11-09'), 0);
  });

  test('bad input is refused', () => {
    assert.throws(() => cn.isWorkingDay('2026-02-30'), RangeError);
    assert.throws(() => cn.addWorkingDays('2026-11-02', -1), RangeError);
    assert.throws(() => cn.addWorkingDays('2026/11/02', 1), RangeError);
  });
});

describe('working calendar properties', () => {
  test('addWorkingDays(d, n) is a working day after d, for n >= 1', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 400 }), (d, n) => {
        const due = cn.addWorkingDays(d, n);
        return cn.isWorkingDay(due) && due > d;
      }),
    );
  });

  test('workingDaysBetween(d, addWorkingDays(d, n)) === n', () => {
    fc.assert(fc.property(dateArb, fc.integer({ min: 0, max: 400 }), (d, n) => cn.workingDaysBetween(d, cn.addWorkingDays(d, n)) === n));
  });

  test('workingDaysBetween agrees with a day-by-day count and is antisymmetric', () => {
    fc.assert(
      fc.property(dateArb, dateArb, (a, b) => {
        const n = cn.workingDaysBetween(a, b);
        return n === slowBetween(a, b) && n === -cn.workingDaysBetween(b, a);
      }),
    );
  });

  test('weekends are off unless listed as make-up days; holidays are off', () => {
    fc.assert(
      fc.property(dateArb, (d) => {
        const weekend = [0, 6].includes(weekdayOf(d));
        const expected = MAKEUP_WORKDAYS_CN.includes(d) || (!weekend && !HOLIDAYS_CN.includes(d));
        return cn.isWorkingDay(d) === expected;
      }),
    );
  });

  test('any holiday table: a listed holiday is off, a listed make-up day is worked', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(dateArb, { maxLength: 30 }),
        fc.uniqueArray(dateArb, { maxLength: 10 }),
        dateArb,
        (holidays, makeup, d) => {
          const cal = createWorkingCalendar({ holidays, makeupWorkdays: makeup });
          const weekend = [0, 6].includes(weekdayOf(d));
          const expected = makeup.includes(d) || (!weekend && !holidays.includes(d));
          const n = cal.workingDaysBetween(addCalendarDays(d, -1), d);
          return cal.isWorkingDay(d) === expected && n === (expected ? 1 : 0);
        },
      ),
    );
  });
});
