// The staff side of 预审代办 requests and the offline channel's appointment over
// real HTTP: the department's 受理 staff list, assign, note progress, link the
// requester's applications and complete or cancel; another department sees
// nothing (404) and a role without 代办 is refused; every change is an event the
// requester sees and an outbox message. An offline-channel case is in the
// "needs appointment" queue; the appointment must be a future working day and
// hour, reaches the tracker and the outbox, and setting it again replaces it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AgencyRequestList,
  OutboxPage,
  Progress,
  StaffAgencyPage,
  StaffAgencyRequest,
  StaffCasePage,
  StaffCaseSummary,
} from '@yiwang/contract';
import { TEST_ADMIN_TOKEN, TEST_OPERATOR_TOKEN } from '@yiwang/test/helpers/test-operator-token';
import { assertError, useServerApi } from '@yiwang/test/helpers/server-api';

const testApi = useServerApi();
const { api, tokens } = testApi;

/** The item of the default test application (个体工商户设立登记, 市场监管局), offered with agency help here. */
const ITEM = 'scjg-001';
/** 王敏 scjg intake+review, 赵磊 scjg certificate+dispatch, 刘洋 gaj intake. */
const staff = { wangmin: '', zhaolei: '', liuyang: '' };

const ok = <T>(res: Awaited<ReturnType<typeof api>>, schema: { parse(v: unknown): T }, status = 200): T => {
  assert.equal(res.status, status, JSON.stringify(res.body));
  return schema.parse(res.body);
};
const outbox = async (query: string) =>
  ok(await api('GET', `/admin/notifications?${query}&pageSize=100`, { token: TEST_ADMIN_TOKEN }), OutboxPage);
const setClock = (now: string | null) => api('PUT', '/operator/clock', { token: TEST_OPERATOR_TOKEN, body: { now } });

describe('agency and appointments', () => {
  before(async () => {
    staff.wangmin = await testApi.signIn('demo-staff');
    staff.zhaolei = await testApi.signIn('demo-staff-certificate');
    staff.liuyang = await testApi.signIn('demo-staff-gaj');
    const { services } = testApi.server;
    await services.db.query(`UPDATE items SET data = jsonb_set(data, '{agencyAvailable}', 'true') WHERE id = $1`, [ITEM]);
    await services.catalogs.reload();
    assert.equal(services.catalog.item(ITEM)?.agencyAvailable, true);
  });

  after(async () => {
    await setClock(null);
  });

  describe('预审代办 requests, staff side', () => {
    test('assign, progress, link, complete: role- and department-checked, each an event and a message', async () => {
      const created = await api('POST', '/agency-requests', {
        token: tokens.person,
        body: {
          itemId: ITEM,
          contactName: '张三',
          mobile: '13800001234',
          description: '请帮我准备开店材料',
          preferredContact: 'phone',
          preferredTime: '工作日上午',
        },
      });
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const id: string = created.body.id;
      const path = `/staff/agency-requests/${id}`;

      const queue = ok(await api('GET', '/staff/agency-requests', { token: staff.wangmin }), StaffAgencyPage);
      const mine = queue.items.find((r) => r.id === id);
      assert.equal(mine?.mobile, '13800001234', 'staff see the mobile to call');
      assert.equal(mine?.preferredTime, '工作日上午');
      // Another department: as if it did not exist. A role without 代办: refused.
      assertError(await api('GET', path, { token: staff.liuyang }), 404, 'NOT_FOUND');
      assertError(await api('POST', `${path}/progress`, { token: staff.liuyang, body: { note: 'x' } }), 404, 'NOT_FOUND');
      assert.ok(ok(await api('GET', '/staff/agency-requests', { token: staff.liuyang }), StaffAgencyPage).items.every((r) => r.id !== id));
      assertError(await api('GET', '/staff/agency-requests', { token: staff.zhaolei }), 403, 'ROLE_REQUIRED');
      assertError(await api('GET', '/staff/agency-requests', { token: tokens.person }), 403, 'NOT_STAFF');

      // Not before an agent has it; the agent must be of the department.
      assertError(await api('POST', `${path}/progress`, { token: staff.wangmin, body: { note: '已电话联系' } }), 409, 'CONFLICT');
      const colleagues = ok(await api('GET', '/staff/colleagues', { token: staff.wangmin }), { parse: (v: any) => v });
      const zhaolei = colleagues.items.find((c: { name: string }) => c.name === '赵磊');
      assert.ok(zhaolei && colleagues.items.every((c: { name: string }) => c.name !== '刘洋'), JSON.stringify(colleagues));
      assertError(
        await api('POST', `${path}/assign`, { token: staff.wangmin, body: { agentUserId: 'demo-staff-gaj' } }),
        400,
        'VALIDATION_FAILED',
      );
      const assigned = ok(
        await api('POST', `${path}/assign`, { token: staff.wangmin, body: { agentUserId: zhaolei.userId } }),
        StaffAgencyRequest,
      );
      assert.equal(assigned.status, 'assigned');
      assert.equal(assigned.agent?.name, '赵磊');
      assert.equal(assigned.agentUserId, zhaolei.userId);

      const noted = ok(
        await api('POST', `${path}/progress`, { token: staff.wangmin, body: { note: '已电话联系，约定材料清单' } }),
        StaffAgencyRequest,
      );
      assert.equal(noted.status, 'in_progress');

      // Linking: only the requester's applications of this item.
      const { number } = await testApi.submit();
      const other = await api('POST', `${path}/applications`, { token: staff.wangmin, body: { numbers: ['YW2099010100001'] } });
      assertError(other, 400, 'VALIDATION_FAILED');
      const linked = ok(
        await api('POST', `${path}/applications`, { token: staff.wangmin, body: { numbers: [number] } }),
        StaffAgencyRequest,
      );
      assert.deepEqual(
        linked.applications.map((a) => a.number),
        [number],
      );
      const done = ok(await api('POST', `${path}/complete`, { token: staff.wangmin, body: { note: '已完成申报' } }), StaffAgencyRequest);
      assert.equal(done.status, 'completed');
      assertError(await api('POST', `${path}/cancel`, { token: staff.wangmin, body: { reason: '重复' } }), 409, 'CONFLICT');

      // The requester sees each step with who acted, and the linked application.
      const list = ok(await api('GET', '/agency-requests', { token: tokens.person }), AgencyRequestList);
      const theirs = list.items.find((r) => r.id === id)!;
      assert.equal(theirs.mobile, '138****1234');
      assert.deepEqual(
        theirs.events?.map((e) => [e.kind, e.status, e.actor.name]),
        [
          ['submitted', 'submitted', '张三'],
          ['assigned', 'assigned', '王敏'],
          ['progress', 'in_progress', '王敏'],
          ['applications_linked', 'in_progress', '王敏'],
          ['completed', 'completed', '王敏'],
        ],
      );
      assert.deepEqual(
        theirs.applications?.map((a) => a.number),
        [number],
      );
      assert.equal(theirs.agent?.name, '赵磊');

      const messages = (await outbox('kind=agency_updated')).items.filter((m) => m.agencyRequestNumber === created.body.number);
      assert.deepEqual(messages.map((m) => m.data.agency?.event).sort(), ['applications_linked', 'assigned', 'completed', 'progress']);
      assert.ok(messages.every((m) => m.applicationNumber === null && m.recipient.userId === 'demo-person'));
      assert.match(messages.find((m) => m.data.agency?.event === 'assigned')!.text.zh, /赵磊/);
    });

    test('cancel needs a reason and ends the request', async () => {
      const created = await api('POST', '/agency-requests', {
        token: tokens.person,
        body: { itemId: ITEM, contactName: '张三', mobile: '13800001234', description: '咨询', preferredContact: 'online' },
      });
      const path = `/staff/agency-requests/${created.body.id}`;
      assertError(await api('POST', `${path}/cancel`, { token: staff.wangmin, body: {} }), 400, 'VALIDATION_FAILED');
      const cancelled = ok(
        await api('POST', `${path}/cancel`, { token: staff.wangmin, body: { reason: '申请人已自行办理' } }),
        StaffAgencyRequest,
      );
      assert.equal(cancelled.status, 'closed');
      assert.equal(cancelled.events.at(-1)?.note, '申请人已自行办理');
      const closed = ok(await api('GET', '/staff/agency-requests?status=closed', { token: staff.wangmin }), StaffAgencyPage);
      assert.ok(closed.items.some((r) => r.id === created.body.id));
      assert.ok(
        ok(await api('GET', '/staff/agency-requests', { token: staff.wangmin }), StaffAgencyPage).items.every(
          (r) => r.id !== created.body.id,
        ),
      );
    });
  });

  describe('offline channel: the appointment at the hall', () => {
    test('needs-appointment queue, validation on the server clock, tracker, outbox, rescheduling', async () => {
      // 2026-09-28 (Monday) 10:00 Beijing time: National Day (10-01 … 10-08) is ahead.
      assert.equal((await setClock('2026-09-28T10:00:00+08:00')).status, 200);
      const { number } = await testApi.submit({ channel: 'offline' });
      const online = await testApi.submit();
      const path = `/staff/cases/${number}/appointment`;
      const body = { at: '2026-09-30T09:30:00+08:00', place: '市民之家二楼 市场监管窗口 12 号', bring: ['身份证原件', '经营场所证明'] };

      const needs = ok(await api('GET', '/staff/cases?needsAppointment=true&pageSize=100', { token: staff.wangmin }), StaffCasePage);
      assert.ok(needs.items.some((c) => c.number === number && c.channel === 'offline' && c.appointment === null));
      assert.ok(needs.items.every((c) => c.channel === 'offline'));

      assertError(await api('POST', `/staff/cases/${online.number}/appointment`, { token: staff.wangmin, body }), 409, 'CONFLICT');
      assertError(await api('POST', path, { token: staff.zhaolei, body }), 403, 'ROLE_REQUIRED');
      assertError(await api('POST', path, { token: staff.liuyang, body }), 404, 'NOT_FOUND');
      const past = await api('POST', path, { token: staff.wangmin, body: { ...body, at: '2026-09-28T09:00:00+08:00' } });
      assertError(past, 400, 'VALIDATION_FAILED');
      assert.match(past.body.error.message, /晚于当前时间/);
      const holiday = await api('POST', path, { token: staff.wangmin, body: { ...body, at: '2026-10-02T10:00:00+08:00' } });
      assertError(holiday, 400, 'VALIDATION_FAILED');
      assert.match(holiday.body.error.message, /不是工作日/);
      assertError(
        await api('POST', path, { token: staff.wangmin, body: { ...body, at: '2026-09-30T18:30:00+08:00' } }),
        400,
        'VALIDATION_FAILED',
      );

      const set = ok(await api('POST', path, { token: staff.wangmin, body }), StaffCaseSummary);
      assert.equal(set.status, 'submitted', 'the status stays');
      assert.equal(set.appointment?.place, body.place);
      const later = ok(await api('GET', '/staff/cases?needsAppointment=false&pageSize=100', { token: staff.wangmin }), StaffCasePage);
      assert.ok(later.items.some((c) => c.number === number));

      // Rescheduling replaces it; each is an event and a message.
      const moved = { ...body, at: '2026-10-09T14:00:00+08:00', bring: ['身份证原件'] };
      ok(await api('POST', path, { token: staff.wangmin, body: moved }), StaffCaseSummary);
      const progress = ok(await api('GET', `/applications/${number}/progress`, { token: tokens.person }), Progress);
      assert.deepEqual(progress.appointment && [progress.appointment.at, progress.appointment.place, progress.appointment.bring], [
        '2026-10-09T14:00:00.000+08:00',
        body.place,
        ['身份证原件'],
      ]);
      const events = progress.events.filter((e) => /预约/.test(e.message));
      assert.equal(events.length, 2);
      assert.match(events[1]!.message, /改期.*2026-10-09 14:00/);
      const messages = (await outbox(`number=${number}&kind=appointment_set`)).items;
      assert.equal(messages.length, 2);
      assert.deepEqual(messages.map((m) => m.data.appointment?.at).sort(), [
        '2026-09-30T09:30:00.000+08:00',
        '2026-10-09T14:00:00.000+08:00',
      ]);
      assert.match(messages.find((m) => m.data.appointment?.at.startsWith('2026-10-09'))!.text.zh, /2026-10-09 14:00.*身份证原件/);
    });
  });
});
