// Performance report benchmark (not a test): the SQL of GET /catalog/performance
// and GET /staff/performance over a synthetic history of applications in 17
// departments spread over three years (most finished; some open, some paused
// for 补正, some rated), on PGlite, or on PostgreSQL with DATABASE_URL.
//
//   node --conditions=yiwang-source bench/performance.ts [applications=150000] [runs=5]
import { createPgliteDb } from '../packages/server/src/db/pglite.ts';
import { createPostgresDb } from '../packages/server/src/db/postgres.ts';
import { migrate } from '../packages/server/src/db/migrations.ts';
import { defaultConfig } from '../packages/server/src/config.ts';
import { createWorkingCalendar } from '../packages/server/src/domain/workdays.ts';
import { addCalendarDays } from '../packages/server/src/domain/workdays.ts';
import { beijingDate } from '../packages/server/src/domain/time.ts';
import { publicPerformance, staffPerformance } from '../packages/server/src/performance/report.ts';

const COUNT = Number(process.argv[2] ?? 150_000);
const RUNS = Number(process.argv[3] ?? 5);
const url = process.env.DATABASE_URL;
const db = url ? await createPostgresDb(url) : await createPgliteDb();
await migrate(db);
const config = defaultConfig();
const calendar = createWorkingCalendar({ holidays: config.holidays, makeupWorkdays: config.makeupWorkdays });
const departments = Array.from({ length: 17 }, (_, i) => ({ id: `d${i}`, name: `部门${i}` }));
const now = new Date();

// Submitted up to three years ago; accepted a day later; decided 1–14 days after; 1 in 10 of the last
// 60 days' still open, 1 in 20 paused for a 补正 under review, 1 in 4 rated (1 in 10 of those 差评).
const started = performance.now();
const BATCH = 25_000;
for (let from = 0; from < COUNT; from += BATCH) {
  await db.query(
    `INSERT INTO applications (number, user_id, item_id, status, query_code_hash, submitted_at, updated_at, state, request, department_id)
     SELECT 'YW' || to_char(s, 'FM0000000000000'), 'u' || (s % 5000), 'item', st, 'x', sub, upd,
       jsonb_build_object(
         'promisedDays', 5 + (s % 4) * 5,
         'acceptedAt', to_char(sub + interval '1 day', 'YYYY-MM-DD"T"HH24:MI:SS.MS"+08:00"'),
         'pauses', CASE WHEN s % 20 = 0 THEN jsonb_build_array(jsonb_build_object(
             'from', to_char(sub + interval '2 days', 'YYYY-MM-DD"T"HH24:MI:SS.MS"+08:00"'),
             'to', to_char(sub + interval '4 days', 'YYYY-MM-DD"T"HH24:MI:SS.MS"+08:00"'))) ELSE '[]'::jsonb END,
         'decision', CASE WHEN st = 'reviewing' THEN NULL ELSE jsonb_build_object('outcome', 'approved',
             'at', to_char(sub + ((1 + s % 14) || ' days')::interval, 'YYYY-MM-DD"T"HH24:MI:SS.MS"+08:00"')) END,
         'finishedAt', CASE WHEN st = 'reviewing' THEN NULL ELSE to_char(upd, 'YYYY-MM-DD"T"HH24:MI:SS.MS"+08:00"') END,
         'evaluation', CASE WHEN s % 4 = 0 AND st = 'completed' THEN jsonb_build_object('level', CASE WHEN s % 40 = 0 THEN 1 ELSE 4 + s % 2 END,
             'createdAt', to_char(upd, 'YYYY-MM-DD"T"HH24:MI:SS.MS"+08:00"')) END,
         'supplements', '[]'::jsonb),
       '{}'::jsonb, 'd' || (s % 17)
     FROM (
       SELECT s, CASE WHEN s % 10 = 0 AND (s * 1097) % (3 * 365 * 24) < 60 * 24 THEN 'reviewing' ELSE 'completed' END AS st,
         $2::timestamptz - ((s * 1097) % (3 * 365 * 24)) * interval '1 hour' AS sub,
         $2::timestamptz - ((s * 1097) % (3 * 365 * 24)) * interval '1 hour' + ((2 + s % 16) || ' days')::interval AS upd
       FROM generate_series($1::int, $1::int + ${BATCH} - 1) AS s WHERE s < $3::int
     ) g`,
    [from, now, COUNT],
  );
}
await db.query('ANALYZE applications');
console.log(`${COUNT} applications on ${url ? 'PostgreSQL' : 'PGlite'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const ctx = { db, calendar, now, departments };
const today = beijingDate(now);
async function time(label: string, run: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label}: median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms (min ${times[0]!.toFixed(0)}, max ${times.at(-1)!.toFixed(0)})`,
  );
}
await time('public, last 30 days', () => publicPerformance(ctx, {}));
await time('public, last 365 days', () => publicPerformance(ctx, { from: addCalendarDays(today, -364) }));
await time('staff (one department, with attention lists), last 30 days', () => staffPerformance(ctx, {}, 'd3'));
const report = await publicPerformance(ctx, {});
console.log(
  `last 30 days: received ${report.total.received}, decided ${report.total.decided}, on time ${report.total.onTimeRate}, overdue now ${report.total.overdue}`,
);
await db.close();
