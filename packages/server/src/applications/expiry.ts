// Ending 补正 requests left unanswered past their due date, for a deployment
// with `supplementExpiry: 'reject'` (YIWANG_SUPPLEMENT_EXPIRY). The notifier's
// periodic tick runs `expireDueSupplements` (dispatcher.ts, on the server's
// clock, so the simulated clock moves it too): the case ends when its due date
// has passed, not when somebody next reads it, so the applicant is told, the
// desk queue and the performance figures see it ended. Each case is ended in
// its own transaction with the row locked (FOR UPDATE), checked again there
// (`expireSupplement` is null once the status has moved), with its event (the
// system as actor) and its outbox message (`saveOutcome`): any number of
// dispatchers on one database end it once. An action on the case between the
// due date and the next tick applies the same rule first (handling.ts `settle`),
// so nobody acts on a request the rule has already ended.
import type { Db, Queryable } from '../db/db.ts';
import { beijingDate } from '../domain/time.ts';
import { expireSupplement } from './lifecycle.ts';
import type { LifecycleEnv } from './lifecycle.ts';
import { listExpiredSupplements, loadApplication, saveOutcome } from './store.ts';
import type { StoredApplication } from './store.ts';

/**
 * Ends `record`'s 补正 request when it is past its due date at `env.now`
 * (inside the caller's transaction, the row locked); the record as it is now,
 * or null when the request is not expired.
 */
export async function endExpiredSupplement<R extends StoredApplication>(tx: Queryable, record: R, env: LifecycleEnv): Promise<R | null> {
  const outcome = expireSupplement(record, env);
  if (!outcome) return null;
  await saveOutcome(tx, outcome, env.now);
  return { ...record, ...outcome.snapshot, updatedAt: env.now };
}

/** Ends every 补正 request past its due date at `env.now`; the numbers of the cases this call ended. */
export async function expireDueSupplements(db: Db, env: LifecycleEnv): Promise<string[]> {
  const ended: string[] = [];
  for (const number of await listExpiredSupplements(db, beijingDate(env.now))) {
    const done = await db.transaction(async (tx) => {
      const record = await loadApplication(tx, number, true);
      return record !== null && (await endExpiredSupplement(tx, record, env)) !== null;
    });
    if (done) ended.push(number);
  }
  return ended;
}
