// Working days (工作日) for promised time limits (承诺办结时限). Everything here is a
// Beijing calendar date written `YYYY-MM-DD`: no instants, no time zones, so a
// deadline never moves with the server's TZ. Callers turn instants into dates
// with `beijingDate` (domain/time.ts) first.
//
// A day is a working day when it is a make-up working day (调休上班), or else when
// it is Monday–Friday and not a public holiday.

/** The working-day rules of one holiday table. */
export interface WorkingCalendar {
  /** Whether `date` is a working day. */
  isWorkingDay(date: string): boolean;
  /**
   * The due date of a limit of `n` working days starting on `start`: the n-th
   * working day strictly after `start`. The start day itself never counts (the
   * day of acceptance is day 0), so a 5-day limit accepted on a Monday of a
   * normal week is due the following Monday, and one accepted on a Saturday is
   * due the Friday after. `n = 0` (即办) is due on `start` itself. `n` must be a
   * non-negative integer.
   */
  addWorkingDays(start: string, n: number): string;
  /**
   * Working days in the half-open range (a, b]: after `a`, up to and including
   * `b`; negative (the count of (b, a]) when `b` is before `a`, 0 when equal.
   * So `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
   */
  workingDaysBetween(a: string, b: string): number;
  /**
   * The last day the holiday table covers: December 31 of the latest year it
   * lists a day of (the State Council publishes a year's 放假安排 as a whole);
   * null for an empty table, which claims to know nothing and flags nothing.
   */
  readonly lastKnownDay: string | null;
  /**
   * Whether `date` lies past `lastKnownDay`: a deadline there is counted with
   * weekends only, since that year's holidays are not yet published, so it is an estimate.
   */
  beyondTable(date: string): boolean;
}

export interface CalendarOptions {
  /** Public holidays, `YYYY-MM-DD`. */
  holidays: readonly string[];
  /** Weekend days that are working days, `YYYY-MM-DD`; they win over `holidays`. */
  makeupWorkdays: readonly string[];
}

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date; throws RangeError on anything else. */
export function dayNumber(date: string): number {
  const m = DATE.exec(date);
  if (!m) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Date.UTC rolls 2026-02-30 over to March: refuse it instead.
  if (new Date(ms).toISOString().slice(0, 10) !== date) throw new RangeError(`No such date: ${date}`);
  return ms / DAY_MS;
}

/** The `YYYY-MM-DD` date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `date` moved by `days` calendar days. */
export function addCalendarDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

const isWeekend = (day: number) => {
  const w = weekday(day);
  return w === 0 || w === 6;
};

/** Monday–Friday days in [epoch, day) — or minus those in [day, epoch) for negative days. */
function weekdaysBefore(day: number): number {
  const weeks = Math.floor(day / 7);
  let count = weeks * 5;
  // Walk the remaining 0–6 days of the partial week from the week's first day (a Thursday).
  for (let d = weeks * 7; d < day; d++) if (!isWeekend(d)) count++;
  return count;
}

/** Index of the first element of the sorted `list` greater than `value`. */
function upperBound(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A working calendar over a holiday table; counting is O(log n) in the table size. */
export function createWorkingCalendar(options: CalendarOptions): WorkingCalendar {
  const makeup = new Set(options.makeupWorkdays.map(dayNumber));
  const holidays = new Set(options.holidays.map(dayNumber));
  const isWorking = (day: number) => makeup.has(day) || (!holidays.has(day) && !isWeekend(day));

  // Days where the table overrides the weekday rule, with +1 (working weekend) or -1
  // (weekday off), and their running sum: counting a range is then weekday arithmetic
  // plus two binary searches.
  const exceptions = [...new Set([...makeup, ...holidays])].filter((day) => isWorking(day) === isWeekend(day)).sort((a, b) => a - b);
  const prefix: number[] = [0];
  for (const day of exceptions) prefix.push(prefix[prefix.length - 1]! + (isWorking(day) ? 1 : -1));

  /** Working days in (a, b] for a <= b. */
  const countAfter = (a: number, b: number) =>
    weekdaysBefore(b + 1) - weekdaysBefore(a + 1) + prefix[upperBound(exceptions, b)]! - prefix[upperBound(exceptions, a)]!;

  const years = [...options.holidays, ...options.makeupWorkdays].map((date) => Number(date.slice(0, 4)));
  const lastYear = years.reduce((a, b) => Math.max(a, b), -Infinity);
  const lastKnownDay = years.length > 0 ? `${lastYear}-12-31` : null;

  return {
    lastKnownDay,
    beyondTable: (date) => lastKnownDay !== null && dayNumber(date) > dayNumber(lastKnownDay),
    isWorkingDay: (date) => isWorking(dayNumber(date)),
    addWorkingDays(start, n) {
      if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays needs a non-negative integer, got ${n}`);
      let day = dayNumber(start);
      for (let left = n; left > 0;) {
        day++;
        if (isWorking(day)) left--;
      }
      return dateOfDay(day);
    },
    workingDaysBetween(a, b) {
      const from = dayNumber(a);
      const to = dayNumber(b);
      return to >= from ? countAfter(from, to) : -countAfter(to, from);
    },
  };
}
