// Rate limits as counters in the database, shared by every server process.
// Each bucket's window starts with its first request (not on the clock's
// minute), so a burst is counted whole: N requests a few milliseconds apart
// never straddle two windows and slip through, and Retry-After is the time left
// in the bucket's own window. A window that starts in the future (the
// reference server's simulated clock was set back) starts again.
import type { Queryable } from '../db/db.ts';
import { HttpError } from './errors.ts';

export async function consumeRateLimit(db: Queryable, bucket: string, max: number, windowSeconds: number, now: Date): Promise<void> {
  const windowMs = windowSeconds * 1000;
  const expired = new Date(now.getTime() - windowMs);
  const [row] = await db.query<{ count: number; window_start: Date | string }>(
    `INSERT INTO rate_limits (bucket, window_start, count) VALUES ($1, $2, 1)
     ON CONFLICT (bucket) DO UPDATE SET
       count = CASE WHEN rate_limits.window_start <= $3 OR rate_limits.window_start > $2 THEN 1 ELSE rate_limits.count + 1 END,
       window_start = CASE WHEN rate_limits.window_start <= $3 OR rate_limits.window_start > $2 THEN EXCLUDED.window_start ELSE rate_limits.window_start END
     RETURNING count, window_start`,
    [bucket, now, expired],
  );
  if ((row?.count ?? 0) > max) {
    const start = new Date(row!.window_start).getTime();
    const retryAfter = Math.max(1, Math.ceil((start + windowMs - now.getTime()) / 1000));
    throw new HttpError(
      429,
      'RATE_LIMITED',
      { zh: `查询过于频繁，请 ${retryAfter} 秒后再试`, en: `Too many requests, try again in ${retryAfter} seconds` },
      { headers: { 'Retry-After': String(retryAfter) } },
    );
  }
}
