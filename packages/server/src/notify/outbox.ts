// Writing the outbox: the messages of an application's new events go into
// `notifications` in the transaction that records the events, so a message
// exists exactly when its step does (a rolled-back step leaves none, and a
// crash after the commit loses none).
import type { Queryable } from '../db/db.ts';
import type { LifecycleEvent, Snapshot } from '../applications/lifecycle.ts';
import { newId } from '../domain/ids.ts';
import { messagesFor } from './messages.ts';
import type { DraftMessage } from './messages.ts';
import { insertNotification, userMobile } from './store.ts';

/** Queues the messages `events` make for the applicant of `snapshot` (in the caller's transaction). */
export async function enqueueNotifications(q: Queryable, snapshot: Snapshot, events: readonly LifecycleEvent[]): Promise<void> {
  const messages = messagesFor(snapshot, events);
  if (messages.length === 0) return;
  const mobile = await userMobile(q, snapshot.userId);
  for (const m of messages)
    await insertNotification(q, { id: newId('ntf'), number: snapshot.number, userId: snapshot.userId, mobile, ...m });
}

/** Queues a message about a 预审代办 request to its requester (in the caller's transaction). */
export async function enqueueAgencyNotification(
  q: Queryable,
  request: { number: string; userId: string },
  message: DraftMessage,
): Promise<void> {
  await insertNotification(q, {
    id: newId('ntf'),
    number: null,
    agencyNumber: request.number,
    userId: request.userId,
    mobile: await userMobile(q, request.userId),
    ...message,
  });
}
