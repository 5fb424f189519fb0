import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Progress } from '@yiwang/contract';
import { assertError, useServerApi } from '@yiwang/test/helpers/server-api';
import { TEST_OPERATOR_TOKEN } from '@yiwang/test/helpers/test-server';
import { createWorkingCalendar } from '../domain/workdays.ts';
import { toIso } from '../domain/time.ts';
import { developmentTimeline } from './carrier.ts';

const testApi = useServerApi();
const { api } = testApi;

describe('delivery coverage', () => {
  test('mainland divisions are covered, with days growing with distance', async () => {
    const days = async (code: string) => {
      const res = await api('GET', `/delivery/coverage?divisionCode=${code}`);
      assert.equal(res.status, 200, code);
      assert.equal(res.body.covered, true, code);
      assert.equal(res.body.carrier, 'EMS');
      return [res.body.estimatedDays.min, res.body.estimatedDays.max];
    };
    assert.deepEqual(await days('410702'), [1, 2]); // 新乡 itself
    assert.deepEqual(await days('410702003'), [1, 2]);
    assert.deepEqual(await days('410102'), [1, 3]); // 郑州, same province
    assert.deepEqual(await days('420102'), [2, 4]); // 武汉, neighbouring 湖北
    assert.deepEqual(await days('440106'), [3, 5]); // 广州
    assert.deepEqual(await days('650102'), [5, 8]); // 乌鲁木齐
  });

  test('Hong Kong, Macao and Taiwan are not covered, with a reason', async () => {
    for (const code of ['810000', '820000', '710000']) {
      const res = await api('GET', `/delivery/coverage?divisionCode=${code}`);
      assert.equal(res.status, 200);
      assert.equal(res.body.covered, false);
      assert.equal(res.body.estimatedDays, null);
      assert.match(res.body.message, /大陆/);
    }
    const en = await api('GET', '/delivery/coverage?divisionCode=810000', { headers: { 'Accept-Language': 'en' } });
    assert.match(en.body.message, /mainland/);
  });

  test('unknown codes are 404, malformed ones 400', async () => {
    assertError(await api('GET', '/delivery/coverage?divisionCode=410799'), 404, 'NOT_FOUND');
    assertError(await api('GET', '/delivery/coverage?divisionCode=12'), 400, 'VALIDATION_FAILED');
    assertError(await api('GET', '/delivery/coverage'), 400, 'VALIDATION_FAILED');
  });
});

describe('EMS tracking over the simulated clock', () => {
  const clockAt = async (iso: string | null) => {
    const res = await api('PUT', '/operator/clock', { token: TEST_OPERATOR_TOKEN, body: { now: iso } });
    assert.equal(res.status, 200, JSON.stringify(res.body));
  };
  after(() => clockAt(null));

  test("the development carrier's events appear as the clock passes them; 已签收 completes the application", async () => {
    // Monday 2026-11-16, a working day: dispatched at 10:00 Beijing time.
    await clockAt('2026-11-16T09:00:00+08:00');
    const { number } = await testApi.submit();
    await testApi.actAlong(number, 'certify');
    await clockAt('2026-11-16T10:00:00+08:00');
    const dispatcher = await testApi.signIn('demo-staff-certificate');
    const dispatched = await api('POST', `/staff/cases/${number}/dispatch`, { token: dispatcher, body: {} });
    assert.equal(dispatched.status, 200, JSON.stringify(dispatched.body));

    const progressAt = async (iso: string) => {
      await clockAt(iso);
      const res = await api('GET', `/applications/${number}/progress`, { token: testApi.tokens.person });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      return Progress.parse(res.body);
    };
    const descriptions = (p: Progress) => p.delivery!.events.map((e) => e.description.replace(/^【[^】]*】/, ''));

    // The timeline: 到达处理中心 3–5 working hours after dispatch, 派送中 10–12, 已签收 3–5 after that
    // (working hours 08:00–18:00 on working days; the spread depends on the waybill's digits).
    let p = await progressAt('2026-11-16T12:30:00+08:00');
    assert.equal(p.delivery!.events.length, 1);
    assert.match(descriptions(p)[0]!, /EMS已收寄/);
    assert.equal(p.status, 'delivering');

    p = await progressAt('2026-11-16T17:30:00+08:00');
    assert.equal(p.delivery!.events.length, 2);
    assert.match(descriptions(p)[1]!, /处理中心/);

    // Overnight nothing happens: the next working hours begin at 08:00.
    p = await progressAt('2026-11-17T09:30:00+08:00');
    assert.equal(p.delivery!.events.length, 2);

    p = await progressAt('2026-11-17T12:30:00+08:00');
    assert.equal(p.delivery!.events.length, 3);
    assert.match(descriptions(p)[2]!, /正在派送/);
    assert.equal(p.status, 'delivering');
    assert.equal(p.delivery!.status, 'in_transit');

    // The staff's case view reads at the same clock; nothing is recorded twice.
    // (Signed in again: a staff session does not outlast the simulated night.)
    const staffCase = await api('GET', `/staff/cases/${number}`, { token: await testApi.signIn('demo-staff-certificate') });
    assert.equal(staffCase.status, 200);
    assert.equal(staffCase.body.status, 'delivering');
    assert.equal((await progressAt('2026-11-17T12:30:00+08:00')).delivery!.events.length, 3);

    p = await progressAt('2026-11-17T18:30:00+08:00');
    assert.equal(p.delivery!.events.length, 4);
    assert.match(descriptions(p)[3]!, /已签收/);
    assert.equal(p.delivery!.status, 'delivered');
    assert.equal(p.status, 'completed');
    assert.equal(p.canEvaluate, true);
    // Completed at the time of signing (by 17:00 plus the seconds the test took), by the system.
    const done = p.events.at(-1)!;
    assert.equal(done.to, 'completed');
    assert.equal(done.actor?.kind, 'system');
    assert.equal(done.at, p.delivery!.events[3]!.at);
    assert.ok(done.at >= '2026-11-17T13:00' && done.at < '2026-11-17T17:01', done.at);

    // Reading again changes nothing.
    p = await progressAt('2026-11-18T10:00:00+08:00');
    assert.equal(p.delivery!.events.length, 4);
    assert.equal(p.events.filter((e) => e.to === 'completed').length, 1);
  });

  test("the timeline is the waybill's own, in working hours: a Friday dispatch waits for Monday", () => {
    const calendar = createWorkingCalendar({ holidays: [], makeupWorkdays: [] });
    const shipment = {
      dispatchedAt: new Date('2026-11-20T16:00:00+08:00'),
      origin: '新乡市',
      destination: [
        { level: 'province', name: '河南省' },
        { level: 'city', name: '新乡市' },
        { level: 'county', name: '红旗区' },
      ],
    };
    const timeline = developmentTimeline('1100000000000', shipment, calendar);
    assert.deepEqual(
      timeline.map((e) => [e.kind, toIso(e.at).slice(0, 16), e.location]),
      [
        ['accepted', '2026-11-20T16:00', '新乡市'],
        ['sorting', '2026-11-23T09:00', '新乡市'],
        ['out_for_delivery', '2026-11-23T16:00', '红旗区'],
        ['delivered', '2026-11-24T09:00', '红旗区'],
      ],
    );
    assert.deepEqual(developmentTimeline('1100000000000', shipment, calendar), timeline);
    // Other digits move the steps by up to two working hours each.
    const other = developmentTimeline('1100000000022', shipment, calendar);
    assert.equal(toIso(other[1]!.at).slice(0, 16), '2026-11-23T11:00');
  });
});
