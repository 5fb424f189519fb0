// Notifications' SQL: the outbox (`notifications`), each channel's deliveries
// with their attempts and leases, the applicant channels in use, webhook
// subscriptions, and the development SMS inbox.
import type { DeliveryState, NotificationData, NotificationKind } from '@yiwang/contract';
import type { Queryable } from '../db/db.ts';
import { json } from '../db/db.ts';
import { nextInSequence } from '../db/sequences.ts';
import type { DraftMessage } from './messages.ts';

/** The name of the outbox's counter in `sequences`. */
const SEQUENCE = 'notification';

/** The delivery channel name of a webhook subscription. */
export const webhookChannel = (subscriptionId: string) => `webhook:${subscriptionId}`;

// ---------------------------------------------------------------------------
// Applicant channels

/**
 * Records the applicant channels this process sends through: they are active,
 * every other one recorded before is not (its pending deliveries stay, nothing
 * new is queued on it). Every process of one database is configured alike.
 */
export async function registerChannels(
  q: Queryable,
  channels: ReadonlyArray<{ name: string; needsMobile: boolean }>,
  now: Date,
): Promise<void> {
  await q.query('UPDATE notify_channels SET active = false, updated_at = $2 WHERE active AND NOT (name = ANY($1::text[]))', [
    channels.map((c) => c.name),
    now,
  ]);
  for (const c of channels) {
    await q.query(
      `INSERT INTO notify_channels (name, needs_mobile, active, updated_at) VALUES ($1, $2, true, $3)
       ON CONFLICT (name) DO UPDATE SET needs_mobile = EXCLUDED.needs_mobile, active = true, updated_at = EXCLUDED.updated_at`,
      [c.name, c.needsMobile, now],
    );
  }
}

// ---------------------------------------------------------------------------
// The outbox

/** The mobile number of a user's profile, if any. */
export async function userMobile(q: Queryable, userId: string): Promise<string | null> {
  const [row] = await q.query<{ mobile: string | null }>("SELECT data->>'mobile' AS mobile FROM users WHERE id = $1", [userId]);
  return row?.mobile || null;
}

/** A message to store: what it says (kind, data, text, at: messages.ts) and to whom. */
export interface NewNotification extends DraftMessage {
  id: string;
  /** The application the message is about; null for a message about a 预审代办 request. */
  number: string | null;
  /** The 预审代办 request's number, when the message is about one. */
  agencyNumber?: string | null;
  userId: string;
  mobile: string | null;
}

/**
 * Stores one outbox message with a pending delivery on every active applicant
 * channel (those needing a mobile only when there is one) and every webhook
 * subscription of its kind. Its sequence number comes from `sequences`, whose
 * row stays locked until the transaction ends: a later number is never
 * committed before an earlier one, so dispatchers see the outbox in order.
 */
export async function insertNotification(q: Queryable, n: NewNotification): Promise<number> {
  const seq = await nextInSequence(q, SEQUENCE);
  await q.query(
    `INSERT INTO notifications (seq, id, number, agency_number, user_id, mobile, kind, data, text_zh, text_en, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [seq, n.id, n.number, n.agencyNumber ?? null, n.userId, n.mobile, n.kind, json(n.data), n.text.zh, n.text.en, n.at],
  );
  await q.query(
    `INSERT INTO notification_deliveries (seq, channel, state, next_attempt_at)
     SELECT $1, name, 'pending', $2 FROM notify_channels WHERE active AND (NOT needs_mobile OR $3::boolean)`,
    [seq, n.at, n.mobile !== null],
  );
  await q.query(
    `INSERT INTO notification_deliveries (seq, channel, subscription_id, state, next_attempt_at)
     SELECT $1, 'webhook:' || id, id, 'pending', $2 FROM webhook_subscriptions
     WHERE jsonb_array_length(kinds) = 0 OR kinds @> jsonb_build_array($3::text)`,
    [seq, n.at, n.kind],
  );
  return seq;
}

interface NotificationRow {
  seq: string | number;
  id: string;
  number: string | null;
  agency_number: string | null;
  user_id: string;
  mobile: string | null;
  kind: NotificationKind;
  data: NotificationData;
  text_zh: string;
  text_en: string;
  created_at: Date;
}

/** A stored message: as it was written, with its sequence number; `at` is `createdAt`. */
export interface StoredNotification extends Omit<NewNotification, 'agencyNumber' | 'at'> {
  seq: number;
  agencyNumber: string | null;
  createdAt: Date;
}

const NOTIFICATION_COLUMNS =
  'n.seq, n.id, n.number, n.agency_number, n.user_id, n.mobile, n.kind, n.data, n.text_zh, n.text_en, n.created_at';

const toNotification = (r: NotificationRow): StoredNotification => ({
  seq: Number(r.seq),
  id: r.id,
  number: r.number,
  agencyNumber: r.agency_number,
  userId: r.user_id,
  mobile: r.mobile,
  kind: r.kind,
  data: r.data,
  text: { zh: r.text_zh, en: r.text_en },
  createdAt: new Date(r.created_at),
});

export interface DeliveryRow {
  id: number;
  seq: number;
  channel: string;
  state: DeliveryState;
  attempts: number;
  failures: number;
  nextAttemptAt: Date;
  lastError: string | null;
  sentAt: Date | null;
}

interface RawDelivery {
  id: string | number;
  seq: string | number;
  channel: string;
  state: DeliveryState;
  attempts: number;
  failures: number;
  next_attempt_at: Date;
  last_error: string | null;
  sent_at: Date | null;
}

const DELIVERY_COLUMNS = 'd.id, d.seq, d.channel, d.state, d.attempts, d.failures, d.next_attempt_at, d.last_error, d.sent_at';

const toDelivery = (r: RawDelivery): DeliveryRow => ({
  id: Number(r.id),
  seq: Number(r.seq),
  channel: r.channel,
  state: r.state,
  attempts: r.attempts,
  failures: r.failures,
  nextAttemptAt: new Date(r.next_attempt_at),
  lastError: r.last_error,
  sentAt: r.sent_at ? new Date(r.sent_at) : null,
});

/** A page of the outbox, newest first, each message with its deliveries. */
export async function listOutbox(
  q: Queryable,
  options: { number: string | null; kind: NotificationKind | null; limit: number; offset: number },
): Promise<{ items: Array<StoredNotification & { deliveries: DeliveryRow[] }>; total: number }> {
  const where = 'WHERE ($1::text IS NULL OR n.number = $1) AND ($2::text IS NULL OR n.kind = $2)';
  const params = [options.number, options.kind];
  const [count] = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM notifications n ${where}`, params);
  const rows = await q.query<NotificationRow>(
    `SELECT ${NOTIFICATION_COLUMNS} FROM notifications n ${where} ORDER BY n.seq DESC LIMIT ${Number(options.limit)} OFFSET ${Number(options.offset)}`,
    params,
  );
  const seqs = rows.map((r) => Number(r.seq));
  const deliveries = seqs.length
    ? (
        await q.query<RawDelivery>(
          `SELECT ${DELIVERY_COLUMNS} FROM notification_deliveries d WHERE d.seq = ANY($1::bigint[]) ORDER BY d.id`,
          [seqs],
        )
      ).map(toDelivery)
    : [];
  return {
    items: rows.map((r) => {
      const n = toNotification(r);
      return { ...n, deliveries: deliveries.filter((d) => d.seq === n.seq) };
    }),
    total: count?.n ?? 0,
  };
}

// ---------------------------------------------------------------------------
// Claiming and recording deliveries

/**
 * Claims up to `limit` due deliveries of the applicant channels `channels`
 * (oldest message first) for `leaseUntil`: rows another dispatcher has locked
 * or leased are skipped (FOR UPDATE SKIP LOCKED, then the lease), so several
 * server processes never send one delivery twice at once. Returns them with their messages.
 */
export async function claimChannelDeliveries(
  q: Queryable,
  options: { channels: readonly string[]; now: Date; leaseUntil: Date; token: string; limit: number },
): Promise<Array<{ delivery: DeliveryRow; message: StoredNotification }>> {
  if (options.channels.length === 0) return [];
  const claimed = await q.query<{ id: string | number }>(
    `UPDATE notification_deliveries SET lease_until = $3, lease_token = $4
     WHERE id IN (
       SELECT id FROM notification_deliveries
       WHERE subscription_id IS NULL AND channel = ANY($1::text[]) AND state <> 'sent' AND next_attempt_at <= $2
         AND (lease_until IS NULL OR lease_until <= $2)
       ORDER BY seq LIMIT ${Number(options.limit)}
       FOR UPDATE SKIP LOCKED)
     RETURNING id`,
    [[...options.channels], options.now, options.leaseUntil, options.token],
  );
  if (claimed.length === 0) return [];
  const rows = await q.query<RawDelivery & NotificationRow & { delivery_id: string | number }>(
    `SELECT ${DELIVERY_COLUMNS}, d.id AS delivery_id, ${NOTIFICATION_COLUMNS}
     FROM notification_deliveries d JOIN notifications n ON n.seq = d.seq
     WHERE d.id = ANY($1::bigint[]) ORDER BY d.seq`,
    [claimed.map((c) => Number(c.id))],
  );
  return rows.map((r) => ({ delivery: toDelivery({ ...r, id: r.delivery_id }), message: toNotification(r) }));
}

/**
 * Records one attempt of a delivery and releases its lease: sent, or failed
 * with the error and the time of the next attempt.
 */
export async function recordAttempt(
  q: Queryable,
  deliveryId: number,
  attempt: { at: Date; ok: boolean; statusCode: number | null; error: string | null; nextAttemptAt: Date | null },
): Promise<void> {
  await q.query('INSERT INTO notification_attempts (delivery_id, at, ok, status_code, error) VALUES ($1, $2, $3, $4, $5)', [
    deliveryId,
    attempt.at,
    attempt.ok,
    attempt.statusCode,
    attempt.error,
  ]);
  if (attempt.ok)
    await q.query(
      `UPDATE notification_deliveries SET state = 'sent', attempts = attempts + 1, failures = 0, sent_at = $2,
         last_error = NULL, lease_until = NULL, lease_token = NULL WHERE id = $1`,
      [deliveryId, attempt.at],
    );
  else
    await q.query(
      `UPDATE notification_deliveries SET state = 'failed', attempts = attempts + 1, failures = failures + 1,
         last_error = $2, next_attempt_at = $3, lease_until = NULL, lease_token = NULL WHERE id = $1`,
      [deliveryId, attempt.error, attempt.nextAttemptAt],
    );
}

// ---------------------------------------------------------------------------
// Webhook subscriptions

export interface SubscriptionRow {
  id: string;
  url: string;
  secret: string;
  kinds: NotificationKind[];
  description: string | null;
  createdAt: Date;
  outstanding: number;
}

interface RawSubscription {
  id: string;
  url: string;
  secret: string;
  kinds: NotificationKind[];
  description: string | null;
  created_at: Date;
  outstanding?: number;
}

const toSubscription = (r: RawSubscription): SubscriptionRow => ({
  id: r.id,
  url: r.url,
  secret: r.secret,
  kinds: r.kinds,
  description: r.description,
  createdAt: new Date(r.created_at),
  outstanding: r.outstanding ?? 0,
});

const SUBSCRIPTION_SELECT = `SELECT s.id, s.url, s.secret, s.kinds, s.description, s.created_at,
  (SELECT count(*)::int FROM notification_deliveries d WHERE d.subscription_id = s.id AND d.state <> 'sent') AS outstanding
  FROM webhook_subscriptions s`;

export async function insertSubscription(
  q: Queryable,
  s: {
    id: string;
    url: string;
    secret: string;
    kinds: readonly NotificationKind[];
    description: string | null;
    createdBy: string;
    at: Date;
  },
): Promise<SubscriptionRow> {
  await q.query(
    'INSERT INTO webhook_subscriptions (id, url, secret, kinds, description, created_at, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [s.id, s.url, s.secret, json(s.kinds), s.description, s.at, s.createdBy],
  );
  return (await findSubscription(q, s.id))!;
}

export async function listSubscriptions(q: Queryable): Promise<SubscriptionRow[]> {
  return (await q.query<RawSubscription>(`${SUBSCRIPTION_SELECT} ORDER BY s.created_at, s.id`)).map(toSubscription);
}

export async function findSubscription(q: Queryable, id: string): Promise<SubscriptionRow | null> {
  const [row] = await q.query<RawSubscription>(`${SUBSCRIPTION_SELECT} WHERE s.id = $1`, [id]);
  return row ? toSubscription(row) : null;
}

/** Removes a subscription with its deliveries and their attempts; false when there was none. */
export async function deleteSubscription(q: Queryable, id: string): Promise<boolean> {
  const rows = await q.query('DELETE FROM webhook_subscriptions WHERE id = $1 RETURNING id', [id]);
  return rows.length > 0;
}

/**
 * Claims up to `limit` subscriptions with deliveries not sent yet for
 * `leaseUntil`, skipping those another dispatcher holds: one dispatcher at a
 * time works through a subscription, which keeps its deliveries in order.
 */
export async function claimSubscriptions(
  q: Queryable,
  options: { now: Date; leaseUntil: Date; token: string; limit: number; exclude: readonly string[] },
): Promise<SubscriptionRow[]> {
  const rows = await q.query<RawSubscription>(
    `UPDATE webhook_subscriptions SET lease_until = $2, lease_token = $3
     WHERE id IN (
       SELECT s.id FROM webhook_subscriptions s
       WHERE (s.lease_until IS NULL OR s.lease_until <= $1) AND NOT (s.id = ANY($4::text[]))
         AND EXISTS (SELECT 1 FROM notification_deliveries d WHERE d.subscription_id = s.id AND d.state <> 'sent' AND d.next_attempt_at <= $1)
       ORDER BY s.created_at LIMIT ${Number(options.limit)}
       FOR UPDATE SKIP LOCKED)
     RETURNING id, url, secret, kinds, description, created_at`,
    [options.now, options.leaseUntil, options.token, [...options.exclude]],
  );
  return rows.map(toSubscription);
}

/** Releases a subscription this dispatcher claimed. */
export async function releaseSubscription(q: Queryable, id: string, token: string): Promise<void> {
  await q.query('UPDATE webhook_subscriptions SET lease_until = NULL, lease_token = NULL WHERE id = $1 AND lease_token = $2', [id, token]);
}

/** The first delivery of a subscription not sent yet (the lowest sequence), with its message. */
export async function headDelivery(
  q: Queryable,
  subscriptionId: string,
): Promise<{ delivery: DeliveryRow; message: StoredNotification } | null> {
  const [row] = await q.query<RawDelivery & NotificationRow & { delivery_id: string | number }>(
    `SELECT ${DELIVERY_COLUMNS}, d.id AS delivery_id, ${NOTIFICATION_COLUMNS}
     FROM notification_deliveries d JOIN notifications n ON n.seq = d.seq
     WHERE d.subscription_id = $1 AND d.state <> 'sent' ORDER BY d.seq LIMIT 1`,
    [subscriptionId],
  );
  return row ? { delivery: toDelivery({ ...row, id: row.delivery_id }), message: toNotification(row) } : null;
}

export interface AttemptRow {
  deliveryId: number;
  at: Date;
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

/** A page of a subscription's deliveries in sequence order, each with its attempts. */
export async function listSubscriptionDeliveries(
  q: Queryable,
  subscriptionId: string,
  options: { state: DeliveryState | null; fromSequence: number | null; limit: number; offset: number },
): Promise<{ items: Array<{ delivery: DeliveryRow; message: StoredNotification; attempts: AttemptRow[] }>; total: number }> {
  const where = 'WHERE d.subscription_id = $1 AND ($2::text IS NULL OR d.state = $2) AND ($3::bigint IS NULL OR d.seq >= $3)';
  const params = [subscriptionId, options.state, options.fromSequence];
  const [count] = await q.query<{ n: number }>(`SELECT count(*)::int AS n FROM notification_deliveries d ${where}`, params);
  const rows = await q.query<RawDelivery & NotificationRow & { delivery_id: string | number }>(
    `SELECT ${DELIVERY_COLUMNS}, d.id AS delivery_id, ${NOTIFICATION_COLUMNS}
     FROM notification_deliveries d JOIN notifications n ON n.seq = d.seq ${where}
     ORDER BY d.seq LIMIT ${Number(options.limit)} OFFSET ${Number(options.offset)}`,
    params,
  );
  const ids = rows.map((r) => Number(r.delivery_id));
  const attempts = ids.length
    ? await q.query<{ delivery_id: string | number; at: Date; ok: boolean; status_code: number | null; error: string | null }>(
        'SELECT delivery_id, at, ok, status_code, error FROM notification_attempts WHERE delivery_id = ANY($1::bigint[]) ORDER BY id',
        [ids],
      )
    : [];
  return {
    items: rows.map((r) => {
      const delivery = toDelivery({ ...r, id: r.delivery_id });
      return {
        delivery,
        message: toNotification(r),
        attempts: attempts
          .filter((a) => Number(a.delivery_id) === delivery.id)
          .map((a) => ({ deliveryId: delivery.id, at: new Date(a.at), ok: a.ok, statusCode: a.status_code, error: a.error })),
      };
    }),
    total: count?.n ?? 0,
  };
}

/** Queues one delivery of the subscription to be sent again now; false when it has no such delivery. */
export async function replayDelivery(q: Queryable, subscriptionId: string, deliveryId: number, now: Date): Promise<boolean> {
  const rows = await q.query(
    `UPDATE notification_deliveries SET state = 'pending', failures = 0, next_attempt_at = $3
     WHERE id = $2 AND subscription_id = $1 RETURNING id`,
    [subscriptionId, deliveryId, now],
  );
  return rows.length > 0;
}

/**
 * Queues every message from `fromSequence` on that is of the subscription's
 * kinds to be sent (again) now: its delivery is reset, or made when the message
 * predates the subscription. Returns how many were queued.
 */
export async function replayFrom(q: Queryable, subscription: SubscriptionRow, fromSequence: number, now: Date): Promise<number> {
  const rows = await q.query(
    `INSERT INTO notification_deliveries (seq, channel, subscription_id, state, next_attempt_at)
     SELECT n.seq, $2, $1, 'pending', $4 FROM notifications n
     WHERE n.seq >= $3 AND (jsonb_array_length($5::jsonb) = 0 OR $5::jsonb @> jsonb_build_array(n.kind))
     ON CONFLICT (channel, seq) DO UPDATE SET state = 'pending', failures = 0, next_attempt_at = EXCLUDED.next_attempt_at
     RETURNING id`,
    [subscription.id, webhookChannel(subscription.id), fromSequence, now, json(subscription.kinds)],
  );
  return rows.length;
}

// ---------------------------------------------------------------------------
// The development SMS inbox

export async function insertSms(q: Queryable, sms: { at: Date; mobile: string; text: string; messageId: string }): Promise<void> {
  await q.query('INSERT INTO sms_inbox (at, mobile, text, notification_id) VALUES ($1, $2, $3, $4)', [
    sms.at,
    sms.mobile,
    sms.text,
    sms.messageId,
  ]);
}

/** The newest SMS of the development inbox, newest first. */
export async function listSms(q: Queryable, limit: number): Promise<Array<{ at: Date; mobile: string; text: string; messageId: string }>> {
  const rows = await q.query<{ at: Date; mobile: string; text: string; notification_id: string }>(
    `SELECT at, mobile, text, notification_id FROM sms_inbox ORDER BY id DESC LIMIT ${Number(limit)}`,
  );
  return rows.map((r) => ({ at: new Date(r.at), mobile: r.mobile, text: r.text, messageId: r.notification_id }));
}

// ---------------------------------------------------------------------------
// Due-date reminders

/** The numbers of open applications with a 容缺 material still owed or a 补正 request waiting for the applicant. */
export async function listOwingApplications(q: Queryable): Promise<Array<{ number: string }>> {
  return q.query<{ number: string }>(
    `SELECT number FROM applications
     WHERE status NOT IN ('rejected', 'completed', 'withdrawn')
       AND (status = 'supplement_requested' OR state->'deferred' @> '[{"suppliedAt": null}]'::jsonb)
     ORDER BY number`,
  );
}

/**
 * Claims reminders of one application: inserts each (subject, threshold) key
 * not recorded yet and returns the subjects this call inserted. Another
 * dispatcher's uncommitted insert of the same key makes this one wait for it and
 * then skip the key, so each reminder is claimed exactly once. Keys go in a
 * fixed order, so two claimants never wait on each other in a circle.
 */
export async function claimReminders(
  q: Queryable,
  r: { number: string; subjects: readonly string[]; threshold: string; dueDate: string; notificationId: string; at: Date },
): Promise<string[]> {
  const claimed: string[] = [];
  for (const subject of [...r.subjects].sort()) {
    const rows = await q.query<{ subject: string }>(
      `INSERT INTO due_reminders (number, subject, threshold, due_date, notification_id, at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT DO NOTHING RETURNING subject`,
      [r.number, subject, r.threshold, r.dueDate, r.notificationId, r.at],
    );
    if (rows.length > 0) claimed.push(subject);
  }
  return claimed;
}
