// Handlers of the notifications group (administrators): the outbox with each
// channel's delivery, webhook subscriptions (the secret is shown once, in the
// answer that creates it), a subscription's delivery log, and replay.
import { maskMobile } from '@yiwang/contract';
import type { ChannelDelivery, WebhookDelivery, WebhookSubscription } from '@yiwang/contract';
import type { GroupHandlers } from '../http/handler.ts';
import { notFound } from '../http/errors.ts';
import { toIso } from '../domain/time.ts';
import { newId } from '../domain/ids.ts';
import type { DeliveryRow, SubscriptionRow } from './store.ts';
import {
  deleteSubscription,
  findSubscription,
  insertSubscription,
  listOutbox,
  listSubscriptionDeliveries,
  listSubscriptions,
  replayDelivery,
  replayFrom,
} from './store.ts';
import { generateSecret } from './webhooks.ts';

const noSuchSubscription = () => notFound({ zh: '没有该 Webhook 订阅', en: 'No such webhook subscription' });

const toSubscription = (s: SubscriptionRow): WebhookSubscription => ({
  id: s.id,
  url: s.url,
  kinds: s.kinds,
  description: s.description,
  createdAt: toIso(s.createdAt),
  outstanding: s.outstanding,
});

const deliveryFields = (d: DeliveryRow) => ({
  state: d.state,
  lastError: d.lastError,
  nextAttemptAt: d.state === 'sent' ? null : toIso(d.nextAttemptAt),
  sentAt: d.sentAt ? toIso(d.sentAt) : null,
});

const toChannelDelivery = (d: DeliveryRow): ChannelDelivery => ({ channel: d.channel, attempts: d.attempts, ...deliveryFields(d) });

const paging = (q: { page?: number | undefined; pageSize?: number | undefined }) => {
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 50;
  return { page, pageSize, limit: pageSize, offset: (page - 1) * pageSize };
};

export const notificationRoutes: { notifications: GroupHandlers<'notifications'> } = {
  notifications: {
    outbox: async (ctx) => {
      const { page, pageSize, limit, offset } = paging(ctx.query);
      const { items, total } = await listOutbox(ctx.services.db, {
        number: ctx.query.number ?? null,
        kind: ctx.query.kind ?? null,
        limit,
        offset,
      });
      return {
        items: items.map((n) => ({
          id: n.id,
          sequence: n.seq,
          kind: n.kind,
          createdAt: toIso(n.createdAt),
          applicationNumber: n.number,
          agencyRequestNumber: n.agencyNumber,
          recipient: { userId: n.userId, mobileMasked: n.mobile ? maskMobile(n.mobile) : null },
          data: n.data,
          text: n.text,
          deliveries: n.deliveries.map(toChannelDelivery),
        })),
        total,
        page,
        pageSize,
      };
    },

    webhooks: async (ctx) => ({ items: (await listSubscriptions(ctx.services.db)).map(toSubscription) }),

    createWebhook: async (ctx) => {
      const secret = ctx.body.secret ?? generateSecret();
      const row = await insertSubscription(ctx.services.db, {
        id: newId('whk'),
        url: ctx.body.url,
        secret,
        kinds: [...new Set(ctx.body.kinds ?? [])],
        description: ctx.body.description ?? null,
        createdBy: ctx.user?.id ?? 'administrator',
        at: ctx.now,
      });
      return { ...toSubscription(row), secret };
    },

    deleteWebhook: async (ctx) => {
      if (!(await deleteSubscription(ctx.services.db, ctx.params.id))) throw noSuchSubscription();
    },

    webhookDeliveries: async (ctx) => {
      if (!(await findSubscription(ctx.services.db, ctx.params.id))) throw noSuchSubscription();
      const { page, pageSize, limit, offset } = paging(ctx.query);
      const { items, total } = await listSubscriptionDeliveries(ctx.services.db, ctx.params.id, {
        state: ctx.query.state ?? null,
        fromSequence: ctx.query.fromSequence ?? null,
        limit,
        offset,
      });
      return {
        items: items.map(({ delivery, message, attempts }): WebhookDelivery => ({
          id: String(delivery.id),
          sequence: message.seq,
          messageId: message.id,
          kind: message.kind,
          applicationNumber: message.number,
          agencyRequestNumber: message.agencyNumber,
          attempts: attempts.map((a) => ({ at: toIso(a.at), ok: a.ok, statusCode: a.statusCode, error: a.error })),
          ...deliveryFields(delivery),
        })),
        total,
        page,
        pageSize,
      };
    },

    replayWebhook: async (ctx) => {
      const { db } = ctx.services;
      const subscription = await findSubscription(db, ctx.params.id);
      if (!subscription) throw noSuchSubscription();
      if ('deliveryId' in ctx.body) {
        const id = Number(ctx.body.deliveryId);
        if (!Number.isSafeInteger(id) || !(await replayDelivery(db, subscription.id, id, ctx.now)))
          throw notFound({ zh: '该订阅没有这条投递记录', en: 'No such delivery of this subscription' });
        return { queued: 1 };
      }
      return { queued: await replayFrom(db, subscription, ctx.body.fromSequence, ctx.now) };
    },
  },
};
