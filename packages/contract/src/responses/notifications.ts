// Generated from the endpoint table (endpoints.ts) by `npm run openapi`. Do not edit.
// The response schemas of the notifications endpoints, by endpoint name.
export {
  OutboxPage as outbox,
  WebhookSubscriptionList as webhooks,
  WebhookSubscriptionCreated as createWebhook,
  WebhookDeliveryPage as webhookDeliveries,
  WebhookReplayResult as replayWebhook,
} from '../notifications.ts';
