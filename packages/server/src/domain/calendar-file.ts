// Node-only: a later year's 放假安排 as data (YIWANG_CALENDAR_FILE), added to the
// holiday table without a release; the same file format is what
// `npm run calendar -- load <file>` stores in the database (calendar/cli.ts). Kept apart from config.ts so that the
// browser mock bundles without fs.
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import type { ServerConfig } from '../config.ts';
import { dayNumber } from './workdays.ts';

const CalendarDate = z.string().check(
  z.refine(
    (date) => {
      try {
        dayNumber(date);
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a YYYY-MM-DD date' },
  ),
);

/** The file's shape: the notice's holidays and make-up working days, and where they come from. */
export const CalendarFile = z.strictObject({
  /** The notice, e.g. 国务院办公厅关于2027年部分节假日安排的通知 (free text, for people). */
  source: z.optional(z.string()),
  holidays: z._default(z.array(CalendarDate), []),
  makeupWorkdays: z._default(z.array(CalendarDate), []),
});
export type CalendarFile = z.output<typeof CalendarFile>;

/** `config` with the days of the calendar file added to its holiday table; a bad file stops the start with the reason. */
export function withCalendarFile(config: ServerConfig, file: string): ServerConfig {
  return addDays(config, readCalendarFile(file));
}

/** The calendar file's contents; throws an Error naming the file and what is wrong with it. */
export function readCalendarFile(file: string): CalendarFile {
  let reason: string;
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    // zod/mini carries no messages for unknown keys: name them here (a misspelt key must not drop a year's holidays).
    const unknown = data && typeof data === 'object' ? Object.keys(data).filter((k) => !(k in CalendarFile.shape)) : [];
    const result = CalendarFile.safeParse(data);
    if (result.success) return result.data;
    reason =
      unknown.length > 0
        ? `unknown field ${unknown.join(', ')} (the fields are ${Object.keys(CalendarFile.shape).join(', ')})`
        : z.prettifyError(result.error);
  } catch (error) {
    throw new Error(`Holiday calendar ${file}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  throw new Error(`Holiday calendar ${file}: ${reason}`);
}

function addDays(config: ServerConfig, parsed: CalendarFile): ServerConfig {
  const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort();
  return {
    ...config,
    holidays: union(config.holidays, parsed.holidays),
    makeupWorkdays: union(config.makeupWorkdays, parsed.makeupWorkdays),
  };
}
