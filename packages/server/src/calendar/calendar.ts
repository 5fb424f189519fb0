// The holiday calendar in force: the built-in table (config.holidays /
// config.makeupWorkdays, with YIWANG_CALENDAR_FILE's days) with each year an
// administrator set replacing that year whole. Pure functions of the two, plus
// the holder that swaps the working calendar when a year changes.
import type { CalendarYear, ErrorDetail, HolidayCalendar } from '@yiwang/contract';
import { toIso } from '../domain/time.ts';
import { createWorkingCalendar, dayNumber } from '../domain/workdays.ts';
import type { CalendarOptions, WorkingCalendar } from '../domain/workdays.ts';
import type { StoredYear } from './store.ts';

const yearOf = (date: string) => Number(date.slice(0, 4));

/** The holidays and make-up working days in force: `base` with each stored year replacing that year. */
export function composeCalendar(base: CalendarOptions, stored: readonly StoredYear[]): CalendarOptions {
  const replaced = new Set(stored.map((y) => y.year));
  const keep = (dates: readonly string[]) => dates.filter((d) => !replaced.has(yearOf(d)));
  return {
    holidays: [...keep(base.holidays), ...stored.flatMap((y) => y.holidays)].sort(),
    makeupWorkdays: [...keep(base.makeupWorkdays), ...stored.flatMap((y) => y.makeupWorkdays)].sort(),
  };
}

/** The calendar as `GET /admin/calendar` shows it: every year, oldest first, and the last day it covers. */
export function describeCalendar(base: CalendarOptions, stored: readonly StoredYear[], calendar: WorkingCalendar): HolidayCalendar {
  const years = new Map<number, CalendarYear>();
  const builtIn = (year: number): CalendarYear => {
    let entry = years.get(year);
    if (!entry) {
      entry = { year, holidays: [], makeupWorkdays: [], source: null, origin: 'built_in', updatedAt: null };
      years.set(year, entry);
    }
    return entry;
  };
  const replaced = new Set(stored.map((y) => y.year));
  for (const d of base.holidays) if (!replaced.has(yearOf(d))) builtIn(yearOf(d)).holidays.push(d);
  for (const d of base.makeupWorkdays) if (!replaced.has(yearOf(d))) builtIn(yearOf(d)).makeupWorkdays.push(d);
  for (const y of stored) years.set(y.year, storedYear(y));
  const list = [...years.values()].sort((a, b) => a.year - b.year);
  for (const y of list) {
    y.holidays.sort();
    y.makeupWorkdays.sort();
  }
  return { years: list, lastKnownDay: calendar.lastKnownDay };
}

/** A stored year as the contract shows it. */
export const storedYear = (y: StoredYear): CalendarYear => ({
  year: y.year,
  holidays: [...y.holidays].sort(),
  makeupWorkdays: [...y.makeupWorkdays].sort(),
  source: y.source,
  origin: 'administrator',
  updatedAt: toIso(y.updatedAt),
});

const isWeekend = (date: string) => {
  const w = (((dayNumber(date) + 4) % 7) + 7) % 7;
  return w === 0 || w === 6;
};

/**
 * What is wrong with a year's lists beyond their shape: a date of another year,
 * a date twice, a make-up working day that is not a Saturday or Sunday (a
 * weekday is a working day anyway). Paths as the request body's.
 */
export function yearProblems(year: number, body: { holidays: readonly string[]; makeupWorkdays: readonly string[] }): ErrorDetail[] {
  const details: ErrorDetail[] = [];
  const check = (list: readonly string[], name: 'holidays' | 'makeupWorkdays') => {
    const seen = new Set<string>();
    list.forEach((date, i) => {
      const path = `body.${name}.${i}`;
      if (yearOf(date) !== year) details.push({ path, message: `${date} is not in ${year}` });
      else if (seen.has(date)) details.push({ path, message: `${date} is listed twice` });
      else if (name === 'makeupWorkdays' && !isWeekend(date)) details.push({ path, message: `${date} is not a Saturday or Sunday` });
      seen.add(date);
    });
  };
  check(body.holidays, 'holidays');
  check(body.makeupWorkdays, 'makeupWorkdays');
  return details;
}

/** The working calendar in force, swapped whole when a year changes. */
export interface LiveCalendar {
  readonly current: WorkingCalendar;
  /** The years set by an administrator, as last read. */
  readonly stored: readonly StoredYear[];
  /** The built-in table the stored years replace parts of. */
  readonly base: CalendarOptions;
  /** Reads the stored years again and swaps the calendar in; a failure is logged and the old calendar stays. */
  reload(): Promise<void>;
}

export function createLiveCalendar(
  base: CalendarOptions,
  initial: readonly StoredYear[],
  load: () => Promise<StoredYear[]>,
  log: { error(message: string, error: unknown): void } = console,
): LiveCalendar {
  let stored = initial;
  let current = createWorkingCalendar(composeCalendar(base, stored));
  // Two reloads may finish out of order: a result is kept unless one started later was kept already.
  let started = 0;
  let kept = 0;
  return {
    base,
    get current() {
      return current;
    },
    get stored() {
      return stored;
    },
    async reload() {
      const mine = ++started;
      try {
        const next = await load();
        if (mine < kept) return;
        kept = mine;
        current = createWorkingCalendar(composeCalendar(base, next));
        stored = next;
      } catch (error) {
        log.error('[calendar] reload failed; still counting with the calendar in force', error);
      }
    },
  };
}
