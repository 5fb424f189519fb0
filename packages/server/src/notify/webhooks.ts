// Signed webhooks: the body a subscription's URL receives and its headers.
//
//   POST <url>
//   Content-Type: application/json
//   Yiwang-Webhook-Id: <message id>            the same on every retry and replay
//   Yiwang-Webhook-Sequence: <sequence>
//   Yiwang-Webhook-Timestamp: <seconds since the epoch, when this attempt was sent>
//   Yiwang-Webhook-Signature: v1=<hex HMAC-SHA256 over "<timestamp>.<body>" with the subscription's secret>
//
// A receiver recomputes the HMAC over the timestamp header, a dot and the raw
// body, compares it in constant time, and refuses timestamps too far from its
// clock (replays); it de-duplicates by the id. Any 2xx answer is delivered;
// anything else (or no answer within the timeout) is retried with backoff, and
// the subscription's later messages wait. Web Crypto, so the module also loads
// in the browser mock.
import type { WebhookEvent } from '@yiwang/contract';
import { toIso } from '../domain/time.ts';
import type { NotificationMessage } from './channel.ts';

export const WEBHOOK_HEADERS = {
  id: 'Yiwang-Webhook-Id',
  sequence: 'Yiwang-Webhook-Sequence',
  timestamp: 'Yiwang-Webhook-Timestamp',
  signature: 'Yiwang-Webhook-Signature',
} as const;

const encoder = new TextEncoder();

/** A new signing secret: `whsec_` and 32 random bytes, base64url. */
export function generateSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `whsec_${btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')}`;
}

/** The hex HMAC-SHA256 of `<timestamp>.<body>` under `secret`. */
export async function signWebhook(secret: string, timestamp: number, body: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(`${timestamp}.${body}`)));
  return Array.from(mac, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The JSON a receiver gets for a message: never the applicant's mobile. */
export function webhookEvent(message: NotificationMessage): WebhookEvent {
  return {
    id: message.id,
    sequence: message.sequence,
    kind: message.kind,
    createdAt: toIso(message.createdAt),
    applicationNumber: message.applicationNumber,
    agencyRequestNumber: message.agencyRequestNumber,
    applicantId: message.recipient.userId,
    data: message.data,
    text: message.text,
  };
}

export interface WebhookResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

/** POSTs one message to a subscription's URL, signed; never throws. */
export async function sendWebhook(
  subscription: { url: string; secret: string },
  message: NotificationMessage,
  options: { fetch: typeof fetch; timeoutMs: number; timestamp: number },
): Promise<WebhookResult> {
  const body = JSON.stringify(webhookEvent(message));
  const signature = await signWebhook(subscription.secret, options.timestamp, body);
  try {
    const res = await options.fetch(subscription.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'yiwang-webhooks/1',
        [WEBHOOK_HEADERS.id]: message.id,
        [WEBHOOK_HEADERS.sequence]: String(message.sequence),
        [WEBHOOK_HEADERS.timestamp]: String(options.timestamp),
        [WEBHOOK_HEADERS.signature]: `v1=${signature}`,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    // The answer's body is not needed; reading it lets the connection be reused.
    await res.arrayBuffer().catch(() => undefined);
    if (res.status >= 200 && res.status < 300) return { ok: true, statusCode: res.status, error: null };
    return { ok: false, statusCode: res.status, error: `HTTP ${res.status}` };
  } catch (error) {
    const cause =
      error instanceof Error && error.cause instanceof Error ? ` (${(error.cause as { code?: string }).code ?? error.cause.message})` : '';
    const reason =
      error instanceof Error
        ? error.name === 'TimeoutError'
          ? `no answer within ${options.timeoutMs} ms`
          : `${error.message}${cause}`
        : String(error);
    return { ok: false, statusCode: null, error: reason.slice(0, 500) };
  }
}
