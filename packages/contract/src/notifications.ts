// Notifications: the outbox of messages to applicants (one per step of their
// application), their delivery per channel, and signed webhooks for integrators
// (subscriptions, the delivery log, replay). The body a webhook receiver gets is
// `WebhookEvent`.
import { z } from './zod.ts';
import { Id, PageQuery, Timestamp, page, text } from './common.ts';
import { ApplicationNumber, ApplicationStatus } from './applications.ts';
import { AgencyEventKind, AgencyRequestNumber, AgencyStatus } from './agency.ts';

/**
 * What a message tells the applicant:
 * - `status_changed`: the application moved to another status (submitted, accepted, decided …);
 * - `supplement_requested`: a 补正 request, with its itemised materials and due date;
 * - `deferred_due`: 容缺 materials owed since submission, with their due dates;
 * - `evaluation_invited`: the case is completed; the applicant is invited to rate it (邀评, 好差评);
 * - `appointment_set`: staff set (or moved) the appointment at the hall of an offline-channel application;
 * - `evaluation_rectified`: the department recorded the 整改 of the applicant's 差评 (what was done);
 * - `due_reminder`: a 容缺 material or a 补正 request is due within a few working days, or became overdue;
 * - `agency_updated`: a 预审代办 request was assigned, progressed, linked to applications, completed or cancelled
 *   (about the request, not an application: `applicationNumber` is null, `agencyRequestNumber` says which).
 */
export const NOTIFICATION_KINDS = [
  'status_changed',
  'supplement_requested',
  'deferred_due',
  'evaluation_invited',
  'appointment_set',
  'agency_updated',
  'evaluation_rectified',
  'due_reminder',
] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS);
export type NotificationKind = z.infer<typeof NotificationKind>;

/** A delivery on one channel: not tried yet, delivered, or failed (and retried later with backoff). */
export const DELIVERY_STATES = ['pending', 'sent', 'failed'] as const;
export const DeliveryState = z.enum(DELIVERY_STATES);
export type DeliveryState = z.infer<typeof DeliveryState>;

/** A message's text: zh-CN (what the SMS says) and English. Plain text, never markup. */
export const NotificationText = z.object({ zh: z.string(), en: z.string() });
export type NotificationText = z.infer<typeof NotificationText>;

/** What a message is about, by kind (fields of other kinds are absent). */
export const NotificationData = z.object({
  /** The transition of the step (from is null at submission); absent from `agency_updated`, which is about no application. */
  from: z.optional(z.nullable(ApplicationStatus)),
  to: z.optional(ApplicationStatus),
  /** `supplement_requested`: the 补正 request. */
  supplement: z.optional(
    z.object({
      reason: z.string(),
      materials: z.array(z.object({ materialId: z.string(), name: z.string(), note: z.nullable(z.string()) })),
      dueDate: z.iso.date(),
    }),
  ),
  /** `deferred_due`: the owed 容缺 materials. */
  deferred: z.optional(z.array(z.object({ materialId: z.string(), name: z.string(), dueDate: z.iso.date() }))),
  /** `appointment_set`: when, where and what to bring. */
  appointment: z.optional(z.object({ at: z.iso.datetime({ offset: true }), place: z.string(), bring: z.array(z.string()) })),
  /** `evaluation_rectified`: what the department found and did about the 差评. */
  rectification: z.optional(z.object({ finding: z.string(), measures: z.string() })),
  /**
   * `due_reminder`: what is owed (`deferred`: 容缺 materials; `supplement`: the open 补正
   * request's), by when, and the working days left (0 on the due date; `overdue` once past it).
   */
  reminder: z.optional(
    z.object({
      subject: z.enum(['deferred', 'supplement']),
      materials: z.array(z.object({ materialId: z.string(), name: z.string() })),
      dueDate: z.iso.date(),
      workingDaysLeft: z.int().check(z.nonnegative()),
      overdue: z.boolean(),
    }),
  ),
  /** `agency_updated`: what happened to the request and its status now. */
  agency: z.optional(z.object({ event: AgencyEventKind, status: AgencyStatus, note: z.nullable(z.string()) })),
});
export type NotificationData = z.infer<typeof NotificationData>;

/** What every view of a message begins with: which message, of what kind, about which case. */
const MessageHeader = z.object({
  /** The message's stable id (also `Yiwang-Webhook-Id`): the same on every retry and replay. */
  id: Id,
  /** Increases with every message of the server, in commit order. */
  sequence: z.int().check(z.positive()),
  kind: NotificationKind,
  createdAt: Timestamp,
  /** The application the message is about; null for a 预审代办 request's message (`agency_updated`). */
  applicationNumber: z.nullable(ApplicationNumber),
  /** The 预审代办 request an `agency_updated` message is about (null otherwise). */
  agencyRequestNumber: z.optional(z.nullable(AgencyRequestNumber)),
});

/**
 * The JSON body of a webhook delivery (`POST` to the subscription's URL).
 * `sequence` increases with every message of the server; a subscription gets
 * its messages in that order. The applicant's mobile is never part of it.
 */
export const WebhookEvent = z.extend(MessageHeader, {
  /** The applicant's user id. */
  applicantId: z.string(),
  data: NotificationData,
  text: NotificationText,
});
export type WebhookEvent = z.infer<typeof WebhookEvent>;

/** One channel's delivery of an outbox message. */
export const ChannelDelivery = z.object({
  /** `sms`, another applicant channel, or `webhook:<subscription id>`. */
  channel: z.string(),
  state: DeliveryState,
  attempts: z.int().check(z.nonnegative()),
  lastError: z.nullable(z.string()),
  nextAttemptAt: z.nullable(Timestamp),
  sentAt: z.nullable(Timestamp),
});
export type ChannelDelivery = z.infer<typeof ChannelDelivery>;

/** An outbox message as an administrator sees it: the recipient's mobile masked. */
export const OutboxMessage = z.extend(MessageHeader, {
  recipient: z.object({ userId: z.string(), mobileMasked: z.nullable(z.string()) }),
  data: NotificationData,
  text: NotificationText,
  deliveries: z.array(ChannelDelivery),
});
export type OutboxMessage = z.infer<typeof OutboxMessage>;

export const OutboxPage = page(OutboxMessage);
export type OutboxPage = z.infer<typeof OutboxPage>;
export const OutboxQuery = z.extend(PageQuery, {
  number: z.optional(ApplicationNumber),
  kind: z.optional(NotificationKind),
});

/** An `http:` or `https:` URL without credentials. */
const WebhookUrl = z.string().check(
  z.trim(),
  z.maxLength(2000),
  z.refine((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol) && !new URL(s).username && !new URL(s).password, {
    message: 'An http(s) URL without credentials',
  }),
);

/** Body of `POST /admin/webhooks`. */
export const WebhookSubscriptionCreate = z.object({
  url: WebhookUrl,
  /** The signing secret (at least 24 characters); generated (`whsec_…`) when absent. */
  secret: z.optional(z.string().check(z.minLength(24), z.maxLength(200))),
  /** The kinds delivered; absent or empty: every kind. */
  kinds: z.optional(z.array(NotificationKind).check(z.maxLength(NOTIFICATION_KINDS.length))),
  description: z.optional(text(200)),
});
export type WebhookSubscriptionCreate = z.input<typeof WebhookSubscriptionCreate>;

export const WebhookSubscription = z.object({
  id: Id,
  url: z.string(),
  /** Empty: every kind. */
  kinds: z.array(NotificationKind),
  description: z.nullable(z.string()),
  createdAt: Timestamp,
  /** Deliveries not sent yet (pending or failed). */
  outstanding: z.int().check(z.nonnegative()),
});
export type WebhookSubscription = z.infer<typeof WebhookSubscription>;

/** The answer to creating a subscription: the only time its secret is shown. */
export const WebhookSubscriptionCreated = z.extend(WebhookSubscription, { secret: z.string() });
export type WebhookSubscriptionCreated = z.infer<typeof WebhookSubscriptionCreated>;

export const WebhookSubscriptionList = z.object({ items: z.array(WebhookSubscription) });
export type WebhookSubscriptionList = z.infer<typeof WebhookSubscriptionList>;

export const WebhookParams = z.object({ id: Id });

/** One try of a delivery: `ok`, the receiver's HTTP status when it answered, the error otherwise. */
export const DeliveryAttempt = z.object({
  at: Timestamp,
  ok: z.boolean(),
  statusCode: z.nullable(z.int()),
  error: z.nullable(z.string()),
});

/** A webhook delivery with its attempts, oldest first. */
export const WebhookDelivery = z.object({
  id: Id,
  sequence: z.int().check(z.positive()),
  messageId: Id,
  kind: NotificationKind,
  applicationNumber: z.nullable(ApplicationNumber),
  agencyRequestNumber: z.optional(z.nullable(AgencyRequestNumber)),
  state: DeliveryState,
  attempts: z.array(DeliveryAttempt),
  lastError: z.nullable(z.string()),
  nextAttemptAt: z.nullable(Timestamp),
  sentAt: z.nullable(Timestamp),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const WebhookDeliveryPage = page(WebhookDelivery);
export type WebhookDeliveryPage = z.infer<typeof WebhookDeliveryPage>;
export const WebhookDeliveryQuery = z.extend(PageQuery, {
  state: z.optional(DeliveryState),
  /** Deliveries of messages from this sequence number on. */
  fromSequence: z.optional(z.coerce.number().check(z.int(), z.minimum(1))),
});

/**
 * Body of `POST /admin/webhooks/{id}/replay`: send one delivery again, or every
 * message from a sequence number on (those of the subscription's kinds,
 * including messages from before it existed), in order.
 */
export const WebhookReplay = z.union([z.strictObject({ deliveryId: Id }), z.strictObject({ fromSequence: z.int().check(z.minimum(1)) })]);
export type WebhookReplay = z.infer<typeof WebhookReplay>;

export const WebhookReplayResult = z.object({
  /** Deliveries queued to be sent again (or for the first time). */
  queued: z.int().check(z.nonnegative()),
});
export type WebhookReplayResult = z.infer<typeof WebhookReplayResult>;
