// Idempotency keys live in the database, so several server processes behind a
// load balancer agree on them: the same key replays the first answer; the same
// key with another request is IDEMPOTENCY_MISMATCH; a key still being worked on
// is a CONFLICT the client may retry.
import type { Queryable } from '../db/db.ts';
import { json } from '../db/db.ts';
import { HttpError, invalid } from './errors.ts';
import { sha256Hex } from './auth.ts';

/** How long an unfinished key blocks its twins before it counts as abandoned (a crashed process), by default. */
export const ABANDONED_AFTER_MS = 60_000;

export interface IdempotentOutcome {
  status: number;
  body: unknown;
  replayed: boolean;
}

/** The fingerprint of a request under an Idempotency-Key: the same request twice hashes the same. */
export function requestHash(hashSource: string): Promise<string> {
  return sha256Hex(hashSource);
}

/** The same key with another request. */
export function idempotencyMismatch(): HttpError {
  return new HttpError(409, 'IDEMPOTENCY_MISMATCH', {
    zh: '同一个幂等键已用于另一个请求',
    en: 'This Idempotency-Key was used for a different request',
  });
}

export async function withIdempotency(
  db: Queryable,
  /**
   * `requestHash`: the request's fingerprint (`requestHash()` of what identifies it);
   * `abandonedAfterMs`: how long an unfinished twin blocks this one (default ABANDONED_AFTER_MS).
   */
  request: { scope: string; key: string; requestHash: string; abandonedAfterMs?: number },
  run: () => Promise<{ status: number; body: unknown }>,
): Promise<IdempotentOutcome> {
  if (!/^[\x21-\x7e]{8,128}$/.test(request.key)) {
    throw invalid([{ path: 'headers.Idempotency-Key', message: 'Must be 8–128 visible ASCII characters' }]);
  }
  const hash = request.requestHash;
  const claimed = await db.query(
    `INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3)
     ON CONFLICT (scope, key) DO NOTHING RETURNING key`,
    [request.scope, request.key, hash],
  );
  if (claimed.length === 0) {
    const [row] = await db.query<{ request_hash: string; status: number | null; response: unknown; created_at: Date }>(
      'SELECT request_hash, status, response, created_at FROM idempotency_keys WHERE scope = $1 AND key = $2',
      [request.scope, request.key],
    );
    if (!row) return withIdempotency(db, request, run); // deleted in between: claim again
    if (row.request_hash !== hash) throw idempotencyMismatch();
    if (row.status === null) {
      if (Date.now() - new Date(row.created_at).getTime() > (request.abandonedAfterMs ?? ABANDONED_AFTER_MS)) {
        await db.query('DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND status IS NULL', [request.scope, request.key]);
        return withIdempotency(db, request, run);
      }
      throw new HttpError(
        409,
        'CONFLICT',
        { zh: '该请求正在处理中，请稍候', en: 'This request is still being processed' },
        {
          headers: { 'Retry-After': '1' },
        },
      );
    }
    return { status: row.status, body: row.response, replayed: true };
  }
  try {
    const result = await run();
    await recordIdempotentAnswer(db, request, result);
    return { ...result, replayed: false };
  } catch (error) {
    // Nothing was done: let a retry with the same key try again.
    await db.query('DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2', [request.scope, request.key]);
    throw error;
  }
}

/**
 * Records the answer of a claimed key. A handler may call it itself, in the
 * transaction that does the request's work, so that work and answer commit
 * together: a process stopping in between can then not make a retry do the
 * work twice (withIdempotency records it again afterwards, to the same values).
 */
export async function recordIdempotentAnswer(
  q: Queryable,
  request: { scope: string; key: string },
  answer: { status: number; body: unknown },
): Promise<void> {
  await q.query('UPDATE idempotency_keys SET status = $3, response = $4 WHERE scope = $1 AND key = $2', [
    request.scope,
    request.key,
    answer.status,
    json(answer.body ?? null),
  ]);
}
