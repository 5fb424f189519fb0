// The holiday calendar's SQL: the years an administrator set (`holiday_years`,
// one row per year, replacing that year of the built-in table), and the NOTIFY
// that makes every server on the database count with a changed year.
import type { Queryable } from '../db/db.ts';
import { json, notify } from '../db/db.ts';

/** The channel a changed year NOTIFYs (payload: the year). */
export const CALENDAR_CHANNEL = 'yiwang_calendar';

/** A year as an administrator set it. */
export interface StoredYear {
  year: number;
  holidays: string[];
  makeupWorkdays: string[];
  source: string | null;
  updatedAt: Date;
  updatedBy: string;
}

/** Every year an administrator set, oldest first. */
export async function loadStoredYears(q: Queryable): Promise<StoredYear[]> {
  const rows = await q.query<{
    year: number;
    holidays: string[];
    makeup_workdays: string[];
    source: string | null;
    updated_at: string | Date;
    updated_by: string;
  }>('SELECT year, holidays, makeup_workdays, source, updated_at, updated_by FROM holiday_years ORDER BY year');
  return rows.map((r) => ({
    year: Number(r.year),
    holidays: r.holidays,
    makeupWorkdays: r.makeup_workdays,
    source: r.source,
    updatedAt: new Date(r.updated_at),
    updatedBy: r.updated_by,
  }));
}

/** Sets a year (replacing what was stored for it) and announces it to every server on the database when the caller's transaction commits. */
export async function putStoredYear(q: Queryable, year: StoredYear): Promise<void> {
  await q.query(
    `INSERT INTO holiday_years (year, holidays, makeup_workdays, source, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (year) DO UPDATE SET holidays = EXCLUDED.holidays, makeup_workdays = EXCLUDED.makeup_workdays,
       source = EXCLUDED.source, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
    [year.year, json(year.holidays), json(year.makeupWorkdays), year.source, year.updatedAt.toISOString(), year.updatedBy],
  );
  await notify(q, CALENDAR_CHANNEL, String(year.year));
}
