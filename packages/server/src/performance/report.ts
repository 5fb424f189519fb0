// Performance reports (绩效考核 for staff, 全程公开 in public) from the SQL
// figures: the period, the calendar table the SQL counts working days with,
// and the contract's shapes. Departments are the catalog's, so one with no
// cases shows zeros rather than nothing.
import { PERFORMANCE_ATTENTION_MAX, PERFORMANCE_DEFAULT_DAYS, PERFORMANCE_MAX_DAYS } from '@yiwang/contract';
import type { PerformanceFigures, PerformanceQuery, PublicPerformance, StaffPerformance } from '@yiwang/contract';
import type { Db } from '../db/db.ts';
import { invalid } from '../http/errors.ts';
import { beijingDate, toIso } from '../domain/time.ts';
import { addCalendarDays, dayNumber } from '../domain/workdays.ts';
import type { WorkingCalendar } from '../domain/workdays.ts';
import type { Services } from '../services.ts';
import { attentionRows, performanceRows } from './store.ts';
import type { CalendarTable, PerformanceRange, PerformanceRow } from './store.ts';

/** How far back before the period the calendar table reaches: cases accepted earlier count from its first day. */
const CALENDAR_YEARS_BACK = 5;

export interface ReportContext {
  db: Db;
  calendar: WorkingCalendar;
  now: Date;
  /** The catalog's departments, in the catalog's order. */
  departments: ReadonlyArray<{ id: string; name: string }>;
}

/** What a report of a request reads: the database, the working calendar, now and the catalog's departments. */
export const reportContext = (ctx: { services: Services; now: Date }): ReportContext => ({
  db: ctx.services.db,
  calendar: ctx.services.calendar,
  now: ctx.now,
  departments: ctx.services.catalog.index.departments(),
});

/** The period of a query: `to` defaults to today, `from` to 29 days before it; 400 days at most. */
export function periodOf(query: PerformanceQuery, now: Date): PerformanceRange {
  const today = beijingDate(now);
  const to = query.to ?? today;
  const from = query.from ?? addCalendarDays(to, -(PERFORMANCE_DEFAULT_DAYS - 1));
  if (from > to)
    throw invalid([{ path: 'query.from', message: 'from is after to' }], { zh: '开始日期晚于结束日期', en: 'from is after to' });
  if (dayNumber(to) - dayNumber(from) + 1 > PERFORMANCE_MAX_DAYS) {
    throw invalid([{ path: 'query.from', message: `At most ${PERFORMANCE_MAX_DAYS} days` }], {
      zh: `统计期间最长 ${PERFORMANCE_MAX_DAYS} 天`,
      en: `A report covers at most ${PERFORMANCE_MAX_DAYS} days`,
    });
  }
  return { from, to, today, fromInstant: new Date(`${from}T00:00:00+08:00`) };
}

/** Every day from some years before the period to the later of `to` and today, with working-day counts. */
export function calendarTable(calendar: WorkingCalendar, range: PerformanceRange): CalendarTable {
  const first = addCalendarDays(range.from, -366 * CALENDAR_YEARS_BACK);
  const last = range.to > range.today ? range.to : range.today;
  const days: string[] = [];
  const counts: number[] = [];
  const working: boolean[] = [];
  let count = 0;
  for (let d = first; d <= last; d = addCalendarDays(d, 1)) {
    const w = calendar.isWorkingDay(d);
    if (w && d !== first) count++;
    days.push(d);
    counts.push(count);
    working.push(w);
  }
  return { days, counts, working };
}

const ratio = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);
const mean = (sum: number, count: number) => (count === 0 ? null : Math.round((sum / count) * 100) / 100);

function figures(r: Omit<PerformanceRow, 'departmentId'>): PerformanceFigures {
  return {
    received: r.received,
    completed: r.completed,
    decided: r.decided,
    decidedOnTime: r.decidedOnTime,
    onTimeRate: ratio(r.decidedOnTime, r.decided),
    averageWorkingDaysUsed: mean(r.usedSum, r.decided),
    averagePromisedDays: mean(r.promisedSum, r.decided),
    evaluations: { count: r.evaluations, average: mean(r.levelSum, r.evaluations), bad: r.bad },
    badAwaitingRectification: r.badAwaitingRectification,
    openSupplements: r.openSupplements,
    overdue: r.overdue,
  };
}

const ZERO: Omit<PerformanceRow, 'departmentId'> = {
  received: 0,
  completed: 0,
  decided: 0,
  decidedOnTime: 0,
  usedSum: 0,
  promisedSum: 0,
  evaluations: 0,
  levelSum: 0,
  bad: 0,
  badAwaitingRectification: 0,
  openSupplements: 0,
  overdue: 0,
};

function sum(rows: readonly PerformanceRow[]): Omit<PerformanceRow, 'departmentId'> {
  const total = { ...ZERO };
  for (const r of rows) for (const key of Object.keys(total) as Array<keyof typeof total>) total[key] += r[key];
  return total;
}

/** The public report: every department of the catalog (`only`: one of them), figures only. */
export async function publicPerformance(
  ctx: ReportContext,
  query: PerformanceQuery,
  only: string | null = null,
): Promise<PublicPerformance> {
  const range = periodOf(query, ctx.now);
  const rows = await performanceRows(ctx.db, calendarTable(ctx.calendar, range), range, only);
  const byId = new Map(rows.map((r) => [r.departmentId, r]));
  const departments = ctx.departments.filter((d) => only === null || d.id === only);
  const shown = departments.map((d) => byId.get(d.id) ?? { ...ZERO, departmentId: d.id });
  return {
    from: range.from,
    to: range.to,
    asOf: toIso(ctx.now),
    departments: departments.map((d, i) => ({ departmentId: d.id, departmentName: d.name, ...figures(shown[i]!) })),
    total: figures(sum(shown)),
  };
}

/** The staff report: the public figures of `department` (null: every department) and the cases that need attention. */
export async function staffPerformance(ctx: ReportContext, query: PerformanceQuery, department: string | null): Promise<StaffPerformance> {
  const report = await publicPerformance(ctx, query, department);
  const range = periodOf(query, ctx.now);
  const rows = await attentionRows(ctx.db, calendarTable(ctx.calendar, range), range, department, PERFORMANCE_ATTENTION_MAX);
  return {
    ...report,
    attention: {
      overdue: rows.filter((r) => r.kind === 'overdue').map((r) => r.number),
      badAwaitingRectification: rows.filter((r) => r.kind === 'bad').map((r) => r.number),
    },
  };
}
