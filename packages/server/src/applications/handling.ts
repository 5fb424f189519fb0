// What the applicant's, the staff's and the operator's application handlers
// share: the lifecycle environment of a request, the progress answer, the 404,
// and ending 补正 requests left unanswered (when the deployment says so).
import type { Services } from '../services.ts';
import { notFound } from '../http/errors.ts';
import type { Queryable } from '../db/db.ts';
import { carrierTracked, expireSupplement, recordTracking, supplementExpired } from './lifecycle.ts';
import type { LifecycleEnv, StoredActor } from './lifecycle.ts';
import { buildProgress } from './progress.ts';
import type { ApplicationRecord, Viewer } from './progress.ts';
import { loadApplication, loadEvents, saveOutcome } from './store.ts';
import type { StoredApplication } from './store.ts';

export const lifecycleEnv = (ctx: { now: Date; services: Services }): LifecycleEnv => ({
  now: ctx.now,
  calendar: ctx.services.calendar,
  newWaybill: () => ctx.services.carrier.issueWaybill(),
  supplementWorkingDays: ctx.services.config.supplementWorkingDays,
  maxExtensions: ctx.services.config.maxExtensions,
});

export const applicationNotFound = () => notFound({ zh: '未找到该申请', en: 'No such application' });

/** The application's progress as `viewer` may see it. */
export async function progressOf(ctx: { services: Services; now: Date }, record: ApplicationRecord, viewer: Viewer) {
  const events = await loadEvents(ctx.services.db, record.number);
  return buildProgress(record, events, { now: ctx.now, calendar: ctx.services.calendar, viewer });
}

/** Who ends an expired 补正 request: the system, on the deployment's rule. */
const SYSTEM: StoredActor = { kind: 'system', name: '系统' };

const expiryDue = (record: StoredApplication, ctx: { now: Date; services: Services }) =>
  ctx.services.config.supplementExpiry === 'reject' && supplementExpired(record, ctx.now);

/** The carrier's tracking events of a waybill up to now; none when the carrier cannot answer (the next read asks again). */
async function carrierEvents(record: StoredApplication, ctx: { now: Date; services: Services }) {
  const delivery = record.state.delivery;
  const first = delivery.events[0];
  try {
    const events = await ctx.services.carrier.track(delivery.waybillNumber!, ctx.now, {
      dispatchedAt: new Date(first?.at ?? record.updatedAt),
      origin: delivery.origin,
      destination: delivery.address?.divisionPath ?? [],
    });
    return events.map((e) => ({ at: e.at, location: e.location, description: e.description, delivered: e.kind === 'delivered' }));
  } catch (error) {
    ctx.services.log.error(`Tracking waybill ${delivery.waybillNumber} of ${record.number} failed`, { error });
    return [];
  }
}

/**
 * Brings a record up to the server's now, inside the caller's transaction with
 * the row locked; returns the record as it is now (or as it was, when nothing
 * changed). Two things happen by the passing of time, lazily, so no timer is
 * needed (and the simulated clock moves them): a 补正 request left unanswered
 * past its due date ends by the deployment's rule (`supplementExpiry: 'reject'`;
 * also `sweepExpiredSupplements`), and the carrier's tracking events of a
 * dispatched result are recorded, its 已签收 completing the application. Run
 * when a case is read or acted on.
 */
export async function settle<R extends StoredApplication>(tx: Queryable, record: R, ctx: { now: Date; services: Services }): Promise<R> {
  if (expiryDue(record, ctx)) {
    const outcome = expireSupplement(record, lifecycleEnv(ctx));
    if (!outcome) return record;
    outcome.events = outcome.events.map((e) => ({ ...e, actor: SYSTEM }));
    await saveOutcome(tx, outcome, ctx.now);
    return { ...record, ...outcome.snapshot, updatedAt: ctx.now };
  }
  if (carrierTracked(record)) {
    const outcome = recordTracking(record, await carrierEvents(record, ctx), lifecycleEnv(ctx));
    if (!outcome) return record;
    outcome.events = outcome.events.map((e) => ({ ...e, actor: SYSTEM }));
    await saveOutcome(tx, outcome, ctx.now);
    return { ...record, ...outcome.snapshot, updatedAt: ctx.now };
  }
  return record;
}

/** `settle` in its own transaction, for a record read outside one. */
export async function settleNow<R extends StoredApplication>(record: R, ctx: { now: Date; services: Services }): Promise<R> {
  if (!expiryDue(record, ctx)) {
    if (!carrierTracked(record)) return record;
    // Asked outside the transaction (a real carrier is a remote call); a transaction only when there is something new.
    if (!recordTracking(record, await carrierEvents(record, ctx), lifecycleEnv(ctx))) return record;
  }
  return ctx.services.db.transaction(async (tx) => {
    const locked = await loadApplication(tx, record.number, true);
    if (!locked) return record;
    return { ...record, ...(await settle(tx, locked, ctx)) };
  });
}

/**
 * Ends every expired 补正 request at once (for a scheduled job of a deployment
 * with `supplementExpiry: 'reject'`); returns the numbers it ended.
 */
export async function sweepExpiredSupplements(services: Services, now: Date): Promise<string[]> {
  if (services.config.supplementExpiry !== 'reject') return [];
  const rows = await services.db.query<{ number: string }>("SELECT number FROM applications WHERE status = 'supplement_requested'");
  const ended: string[] = [];
  for (const { number } of rows) {
    const record = await loadApplication(services.db, number);
    if (!record) continue;
    const after = await settleNow(record, { now, services });
    if (after.status !== record.status) ended.push(number);
  }
  return ended;
}
