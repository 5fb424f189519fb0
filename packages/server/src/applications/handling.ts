// What the applicant's, the staff's and the operator's application handlers
// share: the lifecycle environment of a request, the progress answer, the 404,
// and bringing a case up to now before it is read or acted on.
import type { Services } from '../services.ts';
import { notFound } from '../http/errors.ts';
import type { Queryable } from '../db/db.ts';
import { carrierTracked, recordTracking, SYSTEM_ACTOR } from './lifecycle.ts';
import type { LifecycleEnv } from './lifecycle.ts';
import { endExpiredSupplement } from './expiry.ts';
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
 * Brings a record up to the server's now before an action, inside the
 * caller's transaction with the row locked; returns the record as it is now
 * (or as it was, when nothing changed). A 补正 request left unanswered past its
 * due date ends by the deployment's rule (`supplementExpiry: 'reject'`): the
 * notifier's tick does that (expiry.ts), and an action between the due date
 * and the next tick applies it first, so it never acts on an ended request.
 * Then the carrier's tracking events of a dispatched result (`settleTracking`).
 */
export async function settle<R extends StoredApplication>(tx: Queryable, record: R, ctx: { now: Date; services: Services }): Promise<R> {
  if (ctx.services.config.supplementExpiry === 'reject') {
    const ended = await endExpiredSupplement(tx, record, lifecycleEnv(ctx));
    if (ended) return ended;
  }
  return settleTrackingIn(tx, record, ctx);
}

async function settleTrackingIn<R extends StoredApplication>(tx: Queryable, record: R, ctx: { now: Date; services: Services }): Promise<R> {
  if (!carrierTracked(record)) return record;
  const outcome = recordTracking(record, await carrierEvents(record, ctx), lifecycleEnv(ctx));
  if (!outcome) return record;
  outcome.events = outcome.events.map((e) => ({ ...e, actor: SYSTEM_ACTOR }));
  await saveOutcome(tx, outcome, ctx.now);
  return { ...record, ...outcome.snapshot, updatedAt: ctx.now };
}

/**
 * Before a case is read: the carrier's tracking events of a dispatched result
 * are recorded, its 已签收 completing the application — lazily, so no timer is
 * needed (and the simulated clock moves them). In a transaction of its own
 * only when there is something new. An expired 补正 request is not ended
 * here: the notifier's tick ends it (expiry.ts).
 */
export async function settleTracking<R extends StoredApplication>(record: R, ctx: { now: Date; services: Services }): Promise<R> {
  if (!carrierTracked(record)) return record;
  // Asked outside the transaction (a real carrier is a remote call).
  if (!recordTracking(record, await carrierEvents(record, ctx), lifecycleEnv(ctx))) return record;
  return ctx.services.db.transaction(async (tx) => {
    const locked = await loadApplication(tx, record.number, true);
    if (!locked) return record;
    return { ...record, ...(await settleTrackingIn(tx, locked, ctx)) };
  });
}
