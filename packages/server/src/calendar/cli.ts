// `npm run calendar -- show` prints the holiday calendar in force; `npm run
// calendar -- load <file>` stores the 放假安排 of a calendar file (the format of
// YIWANG_CALENDAR_FILE: `{ "source", "holidays", "makeupWorkdays" }`) in the
// database `npm start` uses (DATABASE_URL, or PGlite in YIWANG_DATA_DIR, default
// ./.data), migrated and seeded-if-empty as the server does it. Each year the
// file has dates of is replaced whole by the file's days of that year. Servers
// on the same PostgreSQL database count with it at once (NOTIFY); a PGlite
// directory is one process's: stop its server first, start it after.
import { parseArgs } from 'node:util';
import { CalendarYearPut } from '@yiwang/contract';
import type { HolidayCalendar } from '@yiwang/contract';
import { configFromEnv } from '../config.ts';
import { readCalendarFile } from '../domain/calendar-file.ts';
import { loadDivisionIndex } from '../divisions/load.ts';
import { openDatabase } from '../node.ts';
import { seedData } from '../seed/index.ts';
import { createServices } from '../services.ts';
import { describeCalendar, yearProblems } from './calendar.ts';
import { loadStoredYears, putStoredYear } from './store.ts';
import type { StoredYear } from './store.ts';

const USAGE = 'usage: npm run calendar -- show | load <calendar.json>';

/** The calendar as lines for people: one per year. */
export function formatCalendar(calendar: HolidayCalendar): string {
  const lines = calendar.years.map(
    (y) =>
      `${y.year}  ${y.holidays.length} holidays, ${y.makeupWorkdays.length} make-up working days  ${
        y.origin === 'built_in' ? 'built-in' : `set ${y.updatedAt}`
      }${y.source ? `  ${y.source}` : ''}`,
  );
  lines.push(`last known day: ${calendar.lastKnownDay ?? '(none)'}; due dates after it are estimates`);
  return lines.join('\n');
}

/** The file's days, one stored year per year they fall in; the problems when there are any. */
function yearsOfFile(file: string, now: Date): { years: StoredYear[]; problems: string[] } {
  const parsed = readCalendarFile(file);
  const numbers = [...new Set([...parsed.holidays, ...parsed.makeupWorkdays].map((d) => Number(d.slice(0, 4))))].sort();
  const problems: string[] = [];
  const years = numbers.map((year) => {
    const body = {
      ...(parsed.source ? { source: parsed.source } : {}),
      holidays: parsed.holidays.filter((d) => Number(d.slice(0, 4)) === year),
      makeupWorkdays: parsed.makeupWorkdays.filter((d) => Number(d.slice(0, 4)) === year),
    };
    // The API's checks: the shape (no date in both lists …) and the year's own.
    const shape = CalendarYearPut.safeParse(body);
    if (!shape.success) for (const issue of shape.error.issues) problems.push(`${year} ${issue.path.join('.')}: ${issue.message}`);
    for (const p of yearProblems(year, body)) problems.push(`${p.path.replace(/^body\./, '')}: ${p.message}`);
    return { year, ...body, source: parsed.source ?? null, updatedAt: now, updatedBy: 'command line' };
  });
  if (years.length === 0) problems.push('the file lists no dates');
  return { years, problems };
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  const [command, path] = positionals;
  const valid = (command === 'show' && positionals.length === 1) || (command === 'load' && path && positionals.length === 2);
  if (values.help || !valid) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  let loaded: StoredYear[] = [];
  if (command === 'load') {
    // Checked before the database is opened: a bad file changes nothing.
    const { years, problems } = yearsOfFile(path!, new Date());
    if (problems.length > 0) {
      console.error(`${path}: ${problems.length} problem(s); nothing was written / 文件有误，未写入任何数据`);
      for (const p of problems) console.error(`  ${p}`);
      return 1;
    }
    loaded = years;
  }
  const config = configFromEnv(process.env);
  const db = await openDatabase(config);
  try {
    const services = await createServices({ db, config, divisions: loadDivisionIndex(), seed: seedData, watchCatalog: false });
    if (loaded.length > 0) {
      await db.transaction(async (tx) => {
        for (const year of loaded) await putStoredYear(tx, year);
      });
      await services.calendars.reload();
      const where = config.databaseUrl ? 'DATABASE_URL' : config.dataDir;
      console.log(
        `stored ${loaded.map((y) => y.year).join(', ')} in ${where}; ${
          config.databaseUrl ? 'servers on this database count with it now' : 'start the server to count with it'
        }`,
      );
    }
    const live = services.calendars;
    console.log(formatCalendar(describeCalendar(live.base, await loadStoredYears(db), live.current)));
    await services.close();
    return 0;
  } finally {
    await db.close();
  }
}

if (import.meta.main) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
