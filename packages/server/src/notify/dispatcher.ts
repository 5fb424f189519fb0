// Sending what the outbox holds: `dispatchDue(now)` claims the deliveries that
// are due, sends them, and records each attempt. Applicant channels (SMS …)
// are claimed per delivery; a webhook subscription is claimed whole and worked
// through in sequence order, stopping at the first failure, so a receiver gets
// its messages in order and a later one never overtakes a failed one. A failed
// delivery is tried again after an exponential backoff (capped), on the
// server's clock; nothing is dropped. Claims are leases taken with
// `FOR UPDATE SKIP LOCKED`, so several server processes can dispatch from one
// database; a lease that outlives a crashed process expires. Each round first
// does what a new Beijing date brings, once per date per process: 补正 requests
// past their due date end when the deployment says so (`expireSupplements`,
// applications/expiry.ts), then the day's due-date reminders (容缺, 补正) go to
// the outbox (reminders.ts) — in that order, so a request that has just ended
// is not reminded of as overdue.
import type { Db } from '../db/db.ts';
import { randomChars } from '../domain/ids.ts';
import type { NotificationChannel, NotificationMessage } from './channel.ts';
import type { DeliveryRow, StoredNotification } from './store.ts';
import { claimChannelDeliveries, claimSubscriptions, headDelivery, recordAttempt, registerChannels, releaseSubscription } from './store.ts';
import { sendWebhook } from './webhooks.ts';
import { queueDueReminders } from './reminders.ts';
import type { ReminderOptions } from './reminders.ts';
import { beijingDate } from '../domain/time.ts';

export interface NotifierOptions {
  db: Db;
  /** The applicant channels (SMS …); each delivery names one. */
  channels: readonly NotificationChannel[];
  /** First retry delay, ms; it doubles with every further failure. */
  backoffMs: number;
  /** Longest retry delay, ms. */
  maxBackoffMs: number;
  /** How long a webhook receiver has to answer, ms. */
  webhookTimeoutMs: number;
  /** The HTTP client of webhooks (global fetch by default). */
  fetch?: typeof fetch;
  /** Wall-clock seconds for the signature timestamp (a receiver checks it against its own clock); Date.now by default. */
  wallClock?: () => number;
  /** Due-date reminders (容缺, 补正) written to the outbox before each dispatch; none when absent. */
  reminders?: ReminderOptions;
  /**
   * Ends the 补正 requests past their due date at `now` (with their events and
   * outbox messages) and returns how many it ended; run before the reminders.
   * Absent where unanswered requests stay open (`supplementExpiry: 'stay'`).
   */
  expireSupplements?: (now: Date) => Promise<number>;
  /** Where failures of the interval loop are logged; the console by default. */
  log?: (message: string, error: unknown) => void;
}

export interface DispatchReport {
  sent: number;
  failed: number;
}

export interface Notifier {
  readonly channels: readonly NotificationChannel[];
  /** Sends every delivery due at `now` (each subscription up to a batch); resolves when done. */
  dispatchDue(now: Date): Promise<DispatchReport>;
  /**
   * Writes the due-date reminders of `now`'s Beijing date to the outbox (see
   * reminders.ts), unless this notifier already did for that date; how many
   * messages it wrote. `dispatchDue` calls it first.
   */
  queueReminders(now: Date): Promise<number>;
  /**
   * Ends the 补正 requests past their due date at `now` (`expireSupplements`),
   * unless this notifier already did for `now`'s Beijing date (a request only
   * expires as the date changes); how many it ended. `dispatchDue` calls it first.
   */
  expireSupplements(now: Date): Promise<number>;
  /** Runs `dispatchDue` every `intervalMs` on `clock`'s time (one run at a time) until `stop()`. */
  start(intervalMs: number, clock: { now(): Promise<Date> }): void;
  /** Stops the interval and waits for a run in progress. */
  stop(): Promise<void>;
}

/** Deliveries of applicant channels claimed per round. */
const CHANNEL_BATCH = 100;
/** Subscriptions claimed per round, and deliveries sent to one subscription per round. */
const SUBSCRIPTION_BATCH = 20;
const PER_SUBSCRIPTION = 100;
/** How long a claim holds (server clock): longer than a round takes. */
const LEASE_MS = 10 * 60_000;

const toMessage = (n: StoredNotification): NotificationMessage => ({
  id: n.id,
  sequence: n.seq,
  kind: n.kind,
  createdAt: n.createdAt,
  applicationNumber: n.number,
  agencyRequestNumber: n.agencyNumber,
  recipient: { userId: n.userId, mobile: n.mobile },
  data: n.data,
  text: n.text,
});

/** The delay before the next attempt after `failures` failures in a row: base · 2^(failures−1), at most `max`. */
export function backoffDelay(failures: number, baseMs: number, maxMs: number): number {
  return Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(0, failures - 1), 30));
}

/** Registers the applicant channels on the database and returns the dispatcher over them. */
export async function createNotifier(options: NotifierOptions, now: Date): Promise<Notifier> {
  const { db } = options;
  await registerChannels(
    db,
    options.channels.map((c) => ({ name: c.name, needsMobile: c.needsMobile ?? false })),
    now,
  );
  const byName = new Map(options.channels.map((c) => [c.name, c]));
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const wallClock = options.wallClock ?? (() => Math.floor(Date.now() / 1000));
  const log = options.log ?? ((message, error) => console.error(message, error));

  const record = async (delivery: DeliveryRow, now: Date, result: { ok: boolean; statusCode: number | null; error: string | null }) => {
    const nextAttemptAt = result.ok
      ? null
      : new Date(now.getTime() + backoffDelay(delivery.failures + 1, options.backoffMs, options.maxBackoffMs));
    await recordAttempt(db, delivery.id, { at: now, ...result, nextAttemptAt });
  };

  async function dispatchChannels(now: Date, token: string, report: DispatchReport): Promise<void> {
    for (;;) {
      const claimed = await claimChannelDeliveries(db, {
        channels: [...byName.keys()],
        now,
        leaseUntil: new Date(now.getTime() + LEASE_MS),
        token,
        limit: CHANNEL_BATCH,
      });
      for (const { delivery, message } of claimed) {
        const channel = byName.get(delivery.channel)!;
        let error: string | null = null;
        try {
          await channel.send(toMessage(message), { now });
        } catch (e) {
          error = (e instanceof Error ? e.message : String(e)).slice(0, 500) || 'failed';
        }
        await record(delivery, now, { ok: error === null, statusCode: null, error });
        if (error === null) report.sent++;
        else report.failed++;
      }
      if (claimed.length < CHANNEL_BATCH) return;
    }
  }

  async function dispatchSubscription(
    subscription: { id: string; url: string; secret: string },
    now: Date,
    token: string,
    report: DispatchReport,
  ): Promise<void> {
    try {
      for (let i = 0; i < PER_SUBSCRIPTION; i++) {
        const head = await headDelivery(db, subscription.id);
        if (!head || head.delivery.nextAttemptAt > now) return;
        const result = await sendWebhook(subscription, toMessage(head.message), {
          fetch: doFetch,
          timeoutMs: options.webhookTimeoutMs,
          timestamp: wallClock(),
        });
        await record(head.delivery, now, result);
        if (!result.ok) {
          report.failed++;
          return; // later messages wait for this one
        }
        report.sent++;
      }
    } finally {
      await releaseSubscription(db, subscription.id, token);
    }
  }

  // Both change with the Beijing date only (a due date passes, a reminder threshold is reached): once a date each.
  const expireSupplements = oncePerDate(options.expireSupplements);
  const reminders = options.reminders;
  const queueReminders = oncePerDate(reminders && ((now: Date) => queueDueReminders(db, now, reminders)));

  async function dispatchDue(now: Date): Promise<DispatchReport> {
    // A failure here holds up no delivery; each is tried again on the next round.
    await expireSupplements(now).catch((error: unknown) => log('notifications: ending expired 补正 requests failed', error));
    await queueReminders(now).catch((error: unknown) => log('notifications: due-date reminders failed', error));
    const token = randomChars('abcdefghijklmnopqrstuvwxyz0123456789', 16);
    const report: DispatchReport = { sent: 0, failed: 0 };
    await dispatchChannels(now, token, report);
    // Each subscription once per round: one with more due than a batch continues in the next round.
    const seen: string[] = [];
    for (;;) {
      const subscriptions = await claimSubscriptions(db, {
        now,
        leaseUntil: new Date(now.getTime() + LEASE_MS),
        token,
        limit: SUBSCRIPTION_BATCH,
        exclude: seen,
      });
      if (subscriptions.length === 0) return report;
      seen.push(...subscriptions.map((s) => s.id));
      // Subscriptions are independent: one slow receiver does not hold up the others.
      await Promise.all(subscriptions.map((s) => dispatchSubscription(s, now, token, report)));
    }
  }

  let timer: ReturnType<typeof setInterval> | null = null;
  let running: Promise<unknown> | null = null;
  return {
    channels: options.channels,
    dispatchDue,
    queueReminders,
    expireSupplements,
    start(intervalMs, clock) {
      if (timer || intervalMs <= 0) return;
      timer = setInterval(() => {
        if (running) return;
        running = clock
          .now()
          .then(dispatchDue)
          .catch((error: unknown) => log('notifications: dispatch failed', error))
          .finally(() => {
            running = null;
          });
      }, intervalMs);
      // The loop alone does not keep the process alive.
      (timer as { unref?: () => void }).unref?.();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}

/**
 * `task` run at most once per Beijing date by this process (0 on the other calls, and when there is no
 * task); a run that fails is tried again on the next call.
 */
function oncePerDate(task: ((now: Date) => Promise<number>) | undefined): (now: Date) => Promise<number> {
  let doneOn: string | null = null;
  return async (now) => {
    const today = beijingDate(now);
    if (!task || doneOn === today) return 0;
    const result = await task(now);
    doneOn = today;
    return result;
  };
}
