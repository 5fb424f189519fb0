// The pluggable parts of notifications: a channel sends one outbox message to
// the applicant (the dispatcher calls it for each of the channel's due
// deliveries, and records what happened); SMS is a channel over an SMS adapter
// (a gateway's, or the development inbox).
import type { NotificationData, NotificationKind } from '@yiwang/contract';
import type { Queryable } from '../db/db.ts';
import { insertSms } from './store.ts';

/** An outbox message as a channel gets it. */
export interface NotificationMessage {
  /** Stable id: the same on every retry. */
  id: string;
  /** Increases with every message of the server (commit order). */
  sequence: number;
  kind: NotificationKind;
  createdAt: Date;
  /** The application; null when the message is about a 预审代办 request (`agencyRequestNumber`). */
  applicationNumber: string | null;
  agencyRequestNumber: string | null;
  /** The applicant: user id, and the profile's mobile when it has one (for SMS only). */
  recipient: { userId: string; mobile: string | null };
  data: NotificationData;
  /** Plain text, zh-CN and English. */
  text: { zh: string; en: string };
}

/** Where a channel's send runs: the server's time (the simulated clock when one is set). */
export interface SendContext {
  now: Date;
}

export interface NotificationChannel {
  /** The delivery's channel name (`sms` …; `webhook:` names are the subscriptions'). */
  readonly name: string;
  /** Messages to an applicant without a mobile get no delivery on this channel. */
  readonly needsMobile?: boolean;
  /** Sends the message; throws (or rejects) when it was not delivered, so that it is retried later. */
  send(message: NotificationMessage, context: SendContext): Promise<void>;
}

/** One SMS: to a mobile number, plain text. */
export interface Sms {
  mobile: string;
  text: string;
  /** The outbox message's id, for the gateway's de-duplication where it has one. */
  messageId: string;
}

/**
 * An SMS gateway. A production adapter sends through the provider's API (with
 * the sign name, 短信签名, and template the provider approved) and throws when
 * the provider refuses or cannot be reached.
 */
export interface SmsAdapter {
  send(sms: Sms, context: SendContext): Promise<void>;
}

/** The SMS channel over an adapter: the zh-CN text to the profile's mobile. */
export function smsChannel(adapter: SmsAdapter): NotificationChannel {
  return {
    name: 'sms',
    needsMobile: true,
    async send(message, context) {
      const mobile = message.recipient.mobile;
      if (!mobile) throw new Error('the applicant has no mobile number');
      await adapter.send({ mobile, text: message.text.zh, messageId: message.id }, context);
    },
  };
}

/** The development SMS adapter: writes each SMS to the `sms_inbox` table, which `GET /dev/inbox` shows. */
export function devInboxSms(db: Queryable): SmsAdapter {
  return {
    send: (sms, context) => insertSms(db, { at: context.now, mobile: sms.mobile, text: sms.text, messageId: sms.messageId }),
  };
}
