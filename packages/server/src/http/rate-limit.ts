// Fixed-window counters in the database, shared by every server process.
import type { Queryable } from '../db/db.ts';
import { HttpError } from './errors.ts';

export async function consumeRateLimit(db: Queryable, bucket: string, max: number, windowSeconds: number, now: Date): Promise<void> {
  const windowMs = windowSeconds * 1000;
  const start = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const [row] = await db.query<{ count: number }>(
    `INSERT INTO rate_limits (bucket, window_start, count) VALUES ($1, $2, 1)
     ON CONFLICT (bucket) DO UPDATE SET
       count = CASE WHEN rate_limits.window_start < EXCLUDED.window_start THEN 1 ELSE rate_limits.count + 1 END,
       window_start = GREATEST(rate_limits.window_start, EXCLUDED.window_start)
     RETURNING count`,
    [bucket, start],
  );
  if ((row?.count ?? 0) > max) {
    const retryAfter = Math.max(1, Math.ceil((start.getTime() + windowMs - now.getTime()) / 1000));
    throw new HttpError(
      429,
      'RATE_LIMITED',
      { zh: `查询过于频繁，请 ${retryAfter} 秒后再试`, en: `Too many requests, try again in ${retryAfter} seconds` },
      { headers: { 'Retry-After': String(retryAfter) } },
    );
  }
}
