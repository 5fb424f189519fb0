// Notifications end to end on one seeded server: a case moved by staff leaves
// one outbox message per step (in the step's transaction), the development SMS
// channel delivers them to the inbox page (mobiles masked, text only), a
// webhook receiver that is down for a while gets every event afterwards,
// exactly once, in order, signed; the delivery log shows the failed attempts;
// replay re-sends; a channel that fails keeps its messages and retries with
// backoff; only administrators reach the endpoints. Time is the simulated
// clock: the test calls dispatchDue(now) itself.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  NOTIFICATION_KINDS,
  OutboxPage,
  StaffCaseSummary,
  WebhookDeliveryPage,
  WebhookEvent,
  WebhookSubscriptionCreated,
} from '@yiwang/contract';
import { TEST_ADMIN_TOKEN } from '@yiwang/test/helpers/test-operator-token';
import { assertError, useServerApi } from '@yiwang/test/helpers/server-api';
import { foodBusinessData } from '@yiwang/test/fixtures/applications';
import { createNotifier } from './dispatcher.ts';
import { devInboxSms, smsChannel } from './channel.ts';
import { INBOX_CSP, inboxPage } from './inbox-page.ts';

const testApi = useServerApi({
  notify: { intervalMs: 0, backoffMs: 1000, maxBackoffMs: 60_000, webhookTimeoutMs: 5000, devSmsInbox: true },
});
const { api, tokens } = testApi;

const DEMO_MOBILE = '13837351286'; // demo-person's profile

/** A webhook receiver on a real port: answers 503 to the first `downFor` requests, then 200. */
function receiver(downFor: number) {
  const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
  let requests = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests++;
      if (requests <= downFor) {
        res.writeHead(503).end('down');
        return;
      }
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(204).end();
    });
  });
  return {
    received,
    requests: () => requests,
    async start() {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/yiwang`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Checks a delivery's signature the way a receiver would, independently of the server's code. */
function verifySignature(secret: string, headers: IncomingHttpHeaders, body: string): boolean {
  const timestamp = String(headers['yiwang-webhook-timestamp']);
  const match = /^v1=([0-9a-f]{64})$/.exec(String(headers['yiwang-webhook-signature']));
  if (!match || !/^\d+$/.test(timestamp)) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest();
  return timingSafeEqual(expected, Buffer.from(match[1]!, 'hex'));
}

describe('notifications', () => {
  const down = receiver(3);
  const secret = 'whsec_test_0123456789abcdefghijklmnop';
  let subscriptionId = '';
  let number = '';
  let wangmin = '';
  let zhaolei = '';
  const admin = { token: TEST_ADMIN_TOKEN };
  const now = () => testApi.server.services.clock.now();
  const outbox = async (n: string) => {
    const res = await api('GET', `/admin/notifications?number=${n}&pageSize=100`, admin);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return OutboxPage.parse(res.body).items.toReversed();
  };

  before(async () => {
    wangmin = await testApi.signIn('demo-staff');
    zhaolei = await testApi.signIn('demo-staff-certificate');
    // Every kind but the due-date reminders, which the server's dispatcher writes for the seed's cases on whatever
    // day the test runs (reminders.test.ts checks them): this receiver counts the messages of one case.
    const kinds = NOTIFICATION_KINDS.filter((k) => k !== 'due_reminder');
    const res = await api('POST', '/admin/webhooks', {
      ...admin,
      body: { url: await down.start(), secret, kinds, description: '测试接收端' },
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const created = WebhookSubscriptionCreated.parse(res.body);
    assert.equal(created.secret, secret);
    subscriptionId = created.id;
  });

  after(() => down.close());

  test('one outbox message per step, with kind and text, written with the step', async () => {
    const { number: n } = await testApi.submit({
      data: foodBusinessData(await testApi.uploadPdf(tokens.person)),
    });
    number = n;
    const post = async (token: string, action: string, body: unknown = {}) => {
      const res = await api('POST', `/staff/cases/${number}/${action}`, { token, body });
      assert.equal(res.status, 200, `${action}: ${JSON.stringify(res.body)}`);
      return StaffCaseSummary.parse(res.body);
    };
    await post(wangmin, 'accept');
    await post(wangmin, 'tracks', { departments: [] });
    await post(wangmin, 'supplement', {
      reason: '租赁合同不清晰',
      materials: [{ materialId: 'premises-lease', note: '请上传清晰扫描件' }],
      dueWorkingDays: 3,
    });
    const progress = await api('GET', `/applications/${number}/progress`, { token: tokens.person });
    const answered = await api('POST', `/applications/${number}/supplement`, {
      token: tokens.person,
      body: {
        supplementId: progress.body.supplement.id,
        materials: [{ materialId: 'premises-lease', fileIds: [await testApi.uploadPdf(tokens.person)] }],
      },
    });
    assert.equal(answered.status, 200, JSON.stringify(answered.body));
    await post(wangmin, 'tracks/scjg/decision', { outcome: 'approved' });
    await post(wangmin, 'decision', { outcome: 'approved' });
    await post(zhaolei, 'certify');
    await post(zhaolei, 'dispatch');
    await post(zhaolei, 'complete');

    const messages = await outbox(number);
    assert.deepEqual(
      messages.map((m) => [m.kind, m.data.to]),
      [
        ['status_changed', 'submitted'],
        ['deferred_due', 'submitted'],
        ['status_changed', 'prereview'],
        ['status_changed', 'accepted'],
        ['status_changed', 'reviewing'],
        ['supplement_requested', 'supplement_requested'],
        ['status_changed', 'reviewing'],
        ['status_changed', 'decided'],
        ['status_changed', 'certifying'],
        ['status_changed', 'delivering'],
        ['status_changed', 'completed'],
        ['evaluation_invited', 'completed'],
      ],
    );
    // Sequence numbers increase in the order of the steps; ids are distinct.
    assert.ok(messages.every((m, i) => i === 0 || m.sequence > messages[i - 1]!.sequence));
    assert.equal(new Set(messages.map((m) => m.id)).size, messages.length);
    const [submitted, deferred, , accepted, , supplement] = messages;
    assert.match(submitted!.text.zh, new RegExp(`申报号 ${number}.*已提交`));
    assert.deepEqual(
      deferred!.data.deferred?.map((d) => d.materialId),
      ['food-layout', 'food-safety-rules'],
    );
    assert.match(deferred!.text.zh, /2 项容缺材料待补交：.+（\d{4}-\d{2}-\d{2} 前）/);
    assert.match(accepted!.text.zh, /状态更新为“已受理”/);
    assert.match(accepted!.text.en, /is now accepted/);
    assert.deepEqual(
      supplement!.data.supplement?.materials.map((m) => [m.materialId, m.note]),
      [['premises-lease', '请上传清晰扫描件']],
    );
    assert.match(supplement!.text.zh, new RegExp(`原因：租赁合同不清晰。请于 ${supplement!.data.supplement!.dueDate} 前`));
    assert.match(messages.at(-1)!.text.zh, /好差评/);
    // Each message waits on the SMS channel (the applicant has a mobile) and on the subscription.
    for (const m of messages) {
      assert.deepEqual(m.deliveries.map((d) => [d.channel, d.state]).sort(), [
        ['sms', 'pending'],
        [`webhook:${subscriptionId}`, 'pending'],
      ]);
      assert.equal(m.recipient.mobileMasked, '138****1286');
    }
    assert.ok(!JSON.stringify(messages).includes(DEMO_MOBILE));
  });

  test('the SMS inbox gets every message; the inbox page shows text with the mobile masked', async () => {
    const report = await testApi.server.services.notifier.dispatchDue(await now());
    assert.ok(report.sent >= 12, JSON.stringify(report));
    const messages = await outbox(number);
    assert.ok(messages.every((m) => m.deliveries.find((d) => d.channel === 'sms')?.state === 'sent'));

    const page = await inboxPage(testApi.server.services.db).request('/dev/inbox');
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('Content-Security-Policy'), INBOX_CSP);
    assert.doesNotMatch(INBOX_CSP, /script-src|unsafe/);
    const body = await page.text();
    assert.ok(!body.includes(DEMO_MOBILE), 'the mobile is masked');
    assert.ok(body.includes('138****1286'));
    // Newest first: the evaluation invitation comes before the submission.
    const first = body.indexOf(messages.at(-1)!.id);
    const last = body.indexOf(messages[0]!.id);
    assert.ok(first > 0 && last > first, 'newest first');
    assert.ok(!/<script/i.test(body));
  });

  test('a receiver that is down gets every event afterwards, once each, in order, signed', async () => {
    const expected = (await outbox(number)).map((m) => m.id);
    let t = await now();
    const attemptsAt: number[] = [];
    for (let round = 0; round < 20 && down.received.length < expected.length; round++) {
      await testApi.server.services.notifier.dispatchDue(t);
      attemptsAt.push(down.requests());
      t = new Date(t.getTime() + 60_000); // the longest backoff of this test's configuration
    }
    assert.equal(down.requests(), expected.length + 3, 'three refused attempts, then each event once');
    const events = down.received.map((r) => ({ ...r, event: WebhookEvent.parse(JSON.parse(r.body)) }));
    assert.deepEqual(
      events.map((e) => e.event.id),
      expected,
    );
    for (const e of events) {
      assert.ok(verifySignature(secret, e.headers, e.body), `signature of ${e.event.id}`);
      assert.equal(e.headers['yiwang-webhook-id'], e.event.id);
      assert.equal(e.headers['yiwang-webhook-sequence'], String(e.event.sequence));
      assert.equal(e.headers['content-type'], 'application/json');
      assert.ok(!e.body.includes(DEMO_MOBILE), 'no mobile in webhook payloads');
    }
    assert.ok(!verifySignature('another-secret-0123456789abcdef', events[0]!.headers, events[0]!.body));
    assert.ok(!verifySignature(secret, events[0]!.headers, events[0]!.body.replace('status_changed', 'status_changeD')));

    // The delivery log: the first delivery failed three times (503) before it went through.
    const log = await api('GET', `/admin/webhooks/${subscriptionId}/deliveries?pageSize=100`, admin);
    assert.equal(log.status, 200, JSON.stringify(log.body));
    const deliveries = WebhookDeliveryPage.parse(log.body).items;
    const mine = deliveries.filter((d) => d.applicationNumber === number);
    assert.equal(mine.length, expected.length);
    assert.deepEqual(
      mine[0]!.attempts.map((a) => [a.ok, a.statusCode, a.error]),
      [
        [false, 503, 'HTTP 503'],
        [false, 503, 'HTTP 503'],
        [false, 503, 'HTTP 503'],
        [true, 204, null],
      ],
    );
    assert.ok(mine.every((d) => d.state === 'sent' && d.nextAttemptAt === null));
    assert.ok(mine.slice(1).every((d) => d.attempts.length === 1));
    // The retries backed off: 1 s, then 2 s, then 4 s after each failure.
    const times = mine[0]!.attempts.map((a) => Date.parse(a.at));
    assert.ok(times[1]! - times[0]! >= 1000 && times[2]! - times[1]! >= 2000 && times[3]! - times[2]! >= 4000, JSON.stringify(times));

    // Replay one delivery, then everything from the fifth message on: re-sent in order.
    const before = down.received.length;
    const one = await api('POST', `/admin/webhooks/${subscriptionId}/replay`, { ...admin, body: { deliveryId: mine[2]!.id } });
    assert.equal(one.status, 200, JSON.stringify(one.body));
    assert.equal(one.body.queued, 1);
    await testApi.server.services.notifier.dispatchDue(t);
    assert.deepEqual(
      down.received.slice(before).map((r) => JSON.parse(r.body).id),
      [expected[2]],
    );
    const from = await api('POST', `/admin/webhooks/${subscriptionId}/replay`, { ...admin, body: { fromSequence: mine[4]!.sequence } });
    assert.equal(from.status, 200, JSON.stringify(from.body));
    assert.equal(from.body.queued, expected.length - 4);
    await testApi.server.services.notifier.dispatchDue(t);
    const replayed = down.received
      .slice(before + 1)
      .map((r) => ({ id: JSON.parse(r.body).id, ok: verifySignature(secret, r.headers, r.body) }));
    assert.deepEqual(
      replayed.map((r) => r.id),
      expected.slice(4),
    );
    assert.ok(replayed.every((r) => r.ok));
    assertError(
      await api('POST', `/admin/webhooks/${subscriptionId}/replay`, { ...admin, body: { deliveryId: '999999999' } }),
      404,
      'NOT_FOUND',
    );
  });

  test('only administrators', async () => {
    assertError(await api('GET', '/admin/webhooks'), 401, 'UNAUTHORIZED');
    assertError(await api('GET', '/admin/webhooks', { token: tokens.person }), 403, 'NOT_STAFF');
    assertError(await api('GET', '/admin/notifications', { token: wangmin }), 403, 'ROLE_REQUIRED');
    assertError(await api('POST', '/admin/webhooks', { token: wangmin, body: { url: 'http://127.0.0.1:9/x' } }), 403, 'ROLE_REQUIRED');
    assertError(
      await api('POST', `/admin/webhooks/${subscriptionId}/replay`, { token: tokens.person, body: { fromSequence: 1 } }),
      403,
      'NOT_STAFF',
    );
    const listed = await api('GET', '/admin/webhooks', admin);
    assert.equal(listed.status, 200);
    assert.ok(listed.body.items.some((s: { id: string }) => s.id === subscriptionId));
    assert.ok(!JSON.stringify(listed.body).includes(secret), 'the secret is never shown again');
    assertError(await api('POST', '/admin/webhooks', { ...admin, body: { url: 'ftp://example.org/x' } }), 400, 'VALIDATION_FAILED');
    assertError(
      await api('POST', '/admin/webhooks', { ...admin, body: { url: 'https://example.org/x', secret: 'short' } }),
      400,
      'VALIDATION_FAILED',
    );
    assert.equal((await api('DELETE', `/admin/webhooks/${subscriptionId}`, admin)).status, 204);
    assertError(await api('DELETE', `/admin/webhooks/${subscriptionId}`, admin), 404, 'NOT_FOUND');
    assertError(await api('GET', `/admin/webhooks/${subscriptionId}/deliveries`, admin), 404, 'NOT_FOUND');
  });

  test('a failing channel keeps its messages and retries them with backoff', async () => {
    const { db, clock } = testApi.server.services;
    // The gateway refuses each message twice before it takes it.
    const refused = new Map<string, number>();
    const sent: string[] = [];
    const inbox = devInboxSms(db);
    const flaky = smsChannel({
      async send(sms, context) {
        const times = refused.get(sms.messageId) ?? 0;
        if (times < 2) {
          refused.set(sms.messageId, times + 1);
          throw new Error('gateway unavailable');
        }
        sent.push(sms.messageId);
        await inbox.send(sms, context);
      },
    });
    const notifier = await createNotifier(
      { db, channels: [flaky], backoffMs: 1000, maxBackoffMs: 60_000, webhookTimeoutMs: 5000 },
      await clock.now(),
    );
    const { number: n } = await testApi.submit();
    const messages = await outbox(n);
    const count = messages.length;
    assert.ok(count >= 1);
    const sms = async () => (await outbox(n)).map((m) => m.deliveries.find((d) => d.channel === 'sms')!);
    const t0 = await clock.now();
    assert.deepEqual(await notifier.dispatchDue(t0), { sent: 0, failed: count });
    for (const d of await sms()) {
      assert.equal(d.state, 'failed');
      assert.equal(d.attempts, 1);
      assert.equal(d.lastError, 'gateway unavailable');
      assert.equal(Date.parse(d.nextAttemptAt!) - t0.getTime(), 1000);
    }
    // Not due yet: nothing is tried.
    assert.deepEqual(await notifier.dispatchDue(new Date(t0.getTime() + 999)), { sent: 0, failed: 0 });
    assert.deepEqual(await notifier.dispatchDue(new Date(t0.getTime() + 1000)), { sent: 0, failed: count });
    for (const d of await sms()) assert.equal(Date.parse(d.nextAttemptAt!) - (t0.getTime() + 1000), 2000, 'the delay doubles');
    assert.deepEqual(await notifier.dispatchDue(new Date(t0.getTime() + 2999)), { sent: 0, failed: 0 });
    assert.deepEqual(await notifier.dispatchDue(new Date(t0.getTime() + 3000)), { sent: count, failed: 0 });
    for (const d of await sms()) {
      assert.equal(d.state, 'sent');
      assert.equal(d.attempts, 3);
    }
    assert.deepEqual(
      sent,
      messages.map((m) => m.id),
    );
  });

  test('two dispatchers on one database send each delivery once', async () => {
    const { db, clock } = testApi.server.services;
    const sent: string[] = [];
    const counting = smsChannel({
      async send(sms) {
        sent.push(sms.messageId);
        await new Promise((resolve) => setImmediate(resolve));
      },
    });
    const options = { db, channels: [counting], backoffMs: 1000, maxBackoffMs: 60_000, webhookTimeoutMs: 5000 };
    const [a, b] = [await createNotifier(options, await clock.now()), await createNotifier(options, await clock.now())];
    await testApi.submit();
    await testApi.submit();
    const t = await clock.now();
    const [ra, rb] = await Promise.all([a.dispatchDue(t), b.dispatchDue(t)]);
    assert.equal(ra.sent + rb.sent, sent.length);
    assert.equal(new Set(sent).size, sent.length, 'no delivery sent twice');
    assert.ok(sent.length >= 2);
  });
});
