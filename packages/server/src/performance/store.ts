// The SQL of the performance figures (绩效考核, 全程公开): one pass over the
// applications that can count, grouped by department, with working days
// counted against a calendar table the caller passes in (the working calendar
// is configuration, not data in the database).
//
// Which rows are read: those updated since the period began (anything
// received, decided, completed or evaluated in it was written then), the open
// ones (open 补正, overdue) and the 差评 awaiting 整改, each through an index
// (migration 17), so a 30-day report does not read years of finished cases.
import type { Db, Queryable } from '../db/db.ts';

/** A calendar table: every day from `days[0]` on, with the count of working days up to it and whether it is one (passed to SQL as arrays). */
export interface CalendarTable {
  days: string[];
  /** Working days in (days[0], days[i]]. */
  counts: number[];
  working: boolean[];
}

export interface PerformanceRange {
  from: string;
  to: string;
  /** Today (Beijing date): where the clock of open cases stands. */
  today: string;
  /** The instant the period begins (Beijing midnight of `from`). */
  fromInstant: Date;
}

export interface PerformanceRow {
  departmentId: string;
  received: number;
  completed: number;
  decided: number;
  decidedOnTime: number;
  usedSum: number;
  promisedSum: number;
  evaluations: number;
  levelSum: number;
  bad: number;
  badAwaitingRectification: number;
  openSupplements: number;
  overdue: number;
}

export interface AttentionRow {
  number: string;
  kind: 'overdue' | 'bad';
}

const TERMINAL = "('rejected', 'completed', 'withdrawn')";

// The Beijing date of a stored instant (ISO text or timestamptz), whatever the session's time zone.
const bj = (expr: string) => `(((${expr})::timestamptz AT TIME ZONE 'UTC') + interval '8 hours')::date`;
// A date kept inside the calendar table: earlier days count from its first day, later ones from its last.
const clamp = (expr: string) => `LEAST(GREATEST(${expr}, $1::date), $2::date)`;

/** A 差评 with no 整改 recorded; the same expression as the partial index of migration 17. */
export const BAD_UNRECTIFIED = "((state->'evaluation'->>'level')::int <= 2 AND NOT (state->'evaluation' ? 'rectification'))";

/**
 * Per application: its dates, the working days used (pauses for 补正 during
 * review left out) and whether it is (or was, at its decision) past its due
 * date, the rule of `computeDeadline` in SQL.
 */
function casesSql(departmentFilter: string): string {
  // n: working days in (calendar start, d]; w: whether d is a working day. The calendar is joined by
  // equality on plain columns (hashed); the few pauses look their days up in the arrays.
  const n = (date: string) => `($3::int[])[${clamp(date)} - $1::date + 1]`;
  return `
    WITH cal AS MATERIALIZED (
      SELECT ($1::date + (i - 1)::int) AS d, c.n, c.w FROM unnest($3::int[], $4::bool[]) WITH ORDINALITY AS c(n, w, i)
    ),
    apps AS (
      SELECT number, department_id, status, submitted_at, state,
        ${bj('submitted_at')} AS submitted_on,
        ${bj("state->>'acceptedAt'")} AS accepted_on,
        ${bj("state->'decision'->>'at'")} AS decided_on,
        ${bj("state->>'finishedAt'")} AS finished_on,
        ${bj("state->'evaluation'->>'createdAt'")} AS evaluated_on,
        (state->'evaluation'->>'level')::int AS level,
        (state->>'promisedDays')::int AS promised,
        COALESCE(${bj("COALESCE(state->'decision'->>'at', state->>'finishedAt')")}, $7::date) AS end_on,
        ${BAD_UNRECTIFIED} AS bad_open,
        -- The period, typed here for every statement built on these cases (not all of them use it).
        $5::date AS period_from, $6::date AS period_to
      FROM applications
      WHERE (updated_at >= $8 OR status NOT IN ${TERMINAL} OR ${BAD_UNRECTIFIED}) ${departmentFilter}
    ),
    clamped AS (
      SELECT a.*, ${clamp('a.accepted_on')} AS start_c, ${clamp('a.end_on')} AS end_c FROM apps a
    ),
    timed AS (
      SELECT a.*, ce.n - cs.n AS elapsed, ce.w AS end_working,
        CASE WHEN a.accepted_on IS NULL OR jsonb_array_length(a.state->'pauses') = 0 THEN 0 ELSE (
          SELECT COALESCE(sum(GREATEST(0, ${n(`LEAST(COALESCE(${bj("p->>'to'")}, a.end_on), a.end_on)`)} - ${n(bj("p->>'from'"))})), 0)
          FROM jsonb_array_elements(a.state->'pauses') p
        ) END AS paused
      FROM clamped a
      LEFT JOIN cal cs ON cs.d = a.start_c
      LEFT JOIN cal ce ON ce.d = a.end_c
    ),
    judged AS (
      SELECT t.*,
        GREATEST(0, GREATEST(0, t.elapsed) - t.paused) AS used,
        (t.elapsed > t.promised + t.paused
          OR (t.elapsed = t.promised + t.paused AND NOT t.end_working AND t.end_on > t.accepted_on)) AS late
      FROM timed t
    )`;
}

/**
 * Runs a report's statement with PostgreSQL's JIT off: the planner cannot
 * estimate the calendar joins and would spend seconds compiling a query that
 * runs in milliseconds (measured: 9.7 s of JIT for 60 ms of execution).
 */
function withoutJit<T>(db: Db, run: (q: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query('SET LOCAL jit = off');
    return run(tx);
  });
}

/** The figures of each department with any row to count, for the period. */
export async function performanceRows(
  db: Db,
  calendar: CalendarTable,
  range: PerformanceRange,
  department: string | null,
): Promise<PerformanceRow[]> {
  const rows = await withoutJit(db, (q) =>
    q.query<Record<string, string | number | null>>(
      `${casesSql(department === null ? '' : 'AND department_id = $9')}
    SELECT department_id,
      count(*) FILTER (WHERE submitted_on BETWEEN period_from AND period_to) AS received,
      count(*) FILTER (WHERE status = 'completed' AND finished_on BETWEEN period_from AND period_to) AS completed,
      count(*) FILTER (WHERE accepted_on IS NOT NULL AND decided_on BETWEEN period_from AND period_to) AS decided,
      count(*) FILTER (WHERE accepted_on IS NOT NULL AND decided_on BETWEEN period_from AND period_to AND NOT late) AS decided_on_time,
      COALESCE(sum(used) FILTER (WHERE accepted_on IS NOT NULL AND decided_on BETWEEN period_from AND period_to), 0) AS used_sum,
      COALESCE(sum(promised) FILTER (WHERE accepted_on IS NOT NULL AND decided_on BETWEEN period_from AND period_to), 0) AS promised_sum,
      count(*) FILTER (WHERE evaluated_on BETWEEN period_from AND period_to) AS evaluations,
      COALESCE(sum(level) FILTER (WHERE evaluated_on BETWEEN period_from AND period_to), 0) AS level_sum,
      count(*) FILTER (WHERE evaluated_on BETWEEN period_from AND period_to AND level <= 2) AS bad,
      count(*) FILTER (WHERE bad_open) AS bad_awaiting,
      count(*) FILTER (WHERE status = 'supplement_requested') AS open_supplements,
      count(*) FILTER (WHERE status NOT IN ${TERMINAL} AND accepted_on IS NOT NULL AND decided_on IS NULL AND late) AS overdue
    FROM judged GROUP BY department_id ORDER BY department_id`,
      params(calendar, range, department),
    ),
  );
  const n = (v: string | number | null | undefined) => Number(v ?? 0);
  return rows.map((r) => ({
    departmentId: String(r.department_id),
    received: n(r.received),
    completed: n(r.completed),
    decided: n(r.decided),
    decidedOnTime: n(r.decided_on_time),
    usedSum: n(r.used_sum),
    promisedSum: n(r.promised_sum),
    evaluations: n(r.evaluations),
    levelSum: n(r.level_sum),
    bad: n(r.bad),
    badAwaitingRectification: n(r.bad_awaiting),
    openSupplements: n(r.open_supplements),
    overdue: n(r.overdue),
  }));
}

/** The case numbers that need attention: overdue (longest first) and 差评 awaiting 整改 (oldest first), `limit` of each. */
export async function attentionRows(
  db: Db,
  calendar: CalendarTable,
  range: PerformanceRange,
  department: string | null,
  limit: number,
): Promise<AttentionRow[]> {
  const rows = await withoutJit(db, (q) =>
    q.query<{ number: string; kind: 'overdue' | 'bad' }>(
      `${casesSql(department === null ? '' : 'AND department_id = $9')}
    (SELECT number, 'overdue' AS kind FROM judged
      WHERE status NOT IN ${TERMINAL} AND accepted_on IS NOT NULL AND decided_on IS NULL AND late
      ORDER BY elapsed - paused - promised DESC, number LIMIT ${Number(limit)})
    UNION ALL
    (SELECT number, 'bad' AS kind FROM judged WHERE bad_open ORDER BY evaluated_on, number LIMIT ${Number(limit)})`,
      params(calendar, range, department),
    ),
  );
  return rows.map((r) => ({ number: r.number, kind: r.kind }));
}

function params(calendar: CalendarTable, range: PerformanceRange, department: string | null): unknown[] {
  const list: unknown[] = [
    calendar.days[0],
    calendar.days.at(-1),
    calendar.counts,
    calendar.working,
    range.from,
    range.to,
    range.today,
    range.fromInstant,
  ];
  if (department !== null) list.push(department);
  return list;
}
