// The holiday calendar (放假安排) the working-day deadlines count with: each year's
// public holidays and 调休 make-up working days, as the State Council publishes
// them. The server has a built-in table; an administrator adds or corrects a
// year (`PUT /admin/calendar/{year}`) without a release.
import { z } from './zod.ts';
import { DateString, Timestamp, text } from './common.ts';

/** A year the calendar can hold. */
export const CalendarYearNumber = z.coerce.number().check(z.int(), z.minimum(2000), z.maximum(2100));
export const CalendarYearParams = z.object({ year: CalendarYearNumber });

/**
 * Body of `PUT /admin/calendar/{year}`: the whole year's holidays and make-up
 * working days (every date in that year, no date in both lists), replacing
 * what the calendar had for the year.
 */
export const CalendarYearPut = z
  .object({
    /** The notice, e.g. 国务院办公厅关于2027年部分节假日安排的通知 (for people). */
    source: z.optional(text(200)),
    holidays: z.array(DateString).check(z.maxLength(100)),
    makeupWorkdays: z.array(DateString).check(z.maxLength(50)),
  })
  .check(
    z.superRefine((v, ctx) => {
      const holidays = new Set(v.holidays);
      v.makeupWorkdays.forEach((date, i) => {
        if (holidays.has(date))
          ctx.addIssue({
            code: 'custom',
            message: `${date} is both a holiday and a make-up working day`,
            path: ['makeupWorkdays', i],
            input: date,
          });
      });
    }),
  );
export type CalendarYearPut = z.input<typeof CalendarYearPut>;

/** One year of the calendar in force. */
export const CalendarYear = z.object({
  year: z.int(),
  holidays: z.array(DateString),
  makeupWorkdays: z.array(DateString),
  source: z.nullable(z.string()),
  /** `built_in`: the server's table (or its configuration); `administrator`: set through the API or the command line. */
  origin: z.enum(['built_in', 'administrator']),
  /** When an administrator last set it (null for the built-in table). */
  updatedAt: z.nullable(Timestamp),
});
export type CalendarYear = z.infer<typeof CalendarYear>;

/** The calendar in force: its years, oldest first, and the last day it covers. */
export const HolidayCalendar = z.object({
  years: z.array(CalendarYear),
  /** December 31 of the latest year: a due date past it is an estimate. Null: the calendar is empty. */
  lastKnownDay: z.nullable(DateString),
});
export type HolidayCalendar = z.infer<typeof HolidayCalendar>;
