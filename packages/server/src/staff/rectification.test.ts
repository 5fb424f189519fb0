// 差评整改 over real HTTP on one seeded server: the lead department's reviewers
// record the 整改 of an applicant's 差评 once (what was found, what was done, the
// follow-up call); other roles are refused, other departments get the 404 of a
// case not theirs, a second record is a 409; the record is an event naming the
// staff member, an outbox message to the applicant, part of the tracker's and
// the desk's evaluation; the performance view stops counting the 差评.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Evaluation, OutboxPage, Progress, StaffCase, StaffPerformance } from '@yiwang/contract';
import { TEST_ADMIN_TOKEN } from '@yiwang/test/helpers/test-operator-token';
import { assertError, useServerApi } from '@yiwang/test/helpers/server-api';

const testApi = useServerApi();
const { api, tokens } = testApi;

const RECORD = {
  finding: '经核实，受理窗口未一次性告知所需材料，导致申请人往返。',
  measures: '已对窗口人员开展业务培训，并在办事指南中补充材料说明。',
  contacted: true,
  applicantResponse: '申请人表示认可',
};

describe('差评整改', () => {
  const staff = { wangmin: '', zhaolei: '', sunli: '' };
  let bad = '';
  let good = '';

  /** A case of scjg taken to 办结 and rated `level` by the applicant. */
  const completedAndRated = async (level: number) => {
    const { number } = await testApi.submit();
    await testApi.actAlong(number, 'complete');
    const rated = await api('POST', `/applications/${number}/evaluation`, {
      token: tokens.person,
      body: {
        level,
        indicators: { overall: level, efficiency: level, guideAccuracy: level, convenience: level, platformUsability: level },
        tags: [],
        ...(level <= 2 ? { comment: '来回跑了两次' } : {}),
      },
    });
    assert.equal(rated.status, 201, JSON.stringify(rated.body));
    return number;
  };
  const rectify = (token: string, number: string, body: unknown = RECORD) =>
    api('POST', `/staff/cases/${number}/rectification`, { token, body });
  const performance = async () => {
    const res = await api('GET', '/staff/performance', { token: staff.wangmin });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return StaffPerformance.parse(res.body);
  };

  before(async () => {
    staff.wangmin = await testApi.signIn('demo-staff');
    staff.zhaolei = await testApi.signIn('demo-staff-certificate');
    staff.sunli = await testApi.signIn('demo-staff-gaj-review');
    bad = await completedAndRated(1);
    good = await completedAndRated(4);
  });

  test('who may record it, what it must say, and only for a 差评', async () => {
    assertError(await rectify(tokens.person, bad), 403, 'NOT_STAFF');
    assertError(await rectify(staff.zhaolei, bad), 403, 'ROLE_REQUIRED');
    assertError(await rectify(staff.sunli, bad), 404, 'NOT_FOUND');
    assertError(await rectify(staff.wangmin, bad, { ...RECORD, applicantResponse: undefined }), 400, 'VALIDATION_FAILED');
    assertError(await rectify(staff.wangmin, bad, { ...RECORD, contacted: false }), 400, 'VALIDATION_FAILED');
    assertError(await rectify(staff.wangmin, bad, { ...RECORD, finding: '  ' }), 400, 'VALIDATION_FAILED');
    assertError(await rectify(staff.wangmin, good), 409, 'CONFLICT');
    const { number: open } = await testApi.submit();
    assertError(await rectify(staff.wangmin, open), 409, 'CONFLICT');
  });

  test('recorded once: the event, the message, the tracker, the desk and the performance view', async () => {
    const before = await performance();
    const scjgBefore = before.departments.find((d) => d.departmentId === 'scjg')!;
    assert.ok(before.attention.badAwaitingRectification.includes(bad));
    // Oldest 差评 first.
    const evaluatedAt = async (number: string) =>
      (
        await testApi.server.services.db.query<{ at: string }>(
          "SELECT state->'evaluation'->>'createdAt' AS at FROM applications WHERE number = $1",
          [number],
        )
      )[0]!.at;
    const dates = await Promise.all(before.attention.badAwaitingRectification.map(evaluatedAt));
    assert.deepEqual(dates, dates.toSorted());

    const desk = StaffCase.parse((await api('GET', `/staff/cases/${bad}`, { token: staff.wangmin })).body);
    assert.equal(desk.evaluation?.level, 1);
    assert.equal(desk.evaluation?.rectification, null);

    const res = await rectify(staff.wangmin, bad);
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const recorded = Evaluation.parse(res.body).rectification!;
    assert.deepEqual(
      { ...recorded, recordedAt: undefined },
      { ...RECORD, recordedAt: undefined, by: { name: '王敏', department: recorded.by.department } },
    );
    assertError(await rectify(staff.wangmin, bad, { ...RECORD, measures: '改写' }), 409, 'CONFLICT');

    const seen = StaffCase.parse((await api('GET', `/staff/cases/${bad}`, { token: staff.wangmin })).body);
    assert.equal(seen.status, 'completed');
    assert.equal(seen.evaluation?.rectification?.measures, RECORD.measures);
    const event = seen.events.at(-1)!;
    assert.match(event.message, /差评整改已完成/);
    assert.deepEqual(event.actor, { kind: 'staff', name: '王敏', department: recorded.by.department });

    const tracked = Progress.parse((await api('GET', `/applications/${bad}/progress`, { token: tokens.person })).body);
    assert.equal(tracked.evaluation?.rectification?.measures, RECORD.measures);
    assert.equal(tracked.evaluation?.rectification?.by.name, '王*', 'the staff name is masked for the applicant');

    const outbox = await api('GET', `/admin/notifications?number=${bad}&kind=evaluation_rectified`, { token: TEST_ADMIN_TOKEN });
    const [message] = OutboxPage.parse(outbox.body).items;
    assert.deepEqual(message?.data.rectification, { finding: RECORD.finding, measures: RECORD.measures });
    assert.match(message!.text.zh, /已核实并完成整改/);

    const after = await performance();
    const scjgAfter = after.departments.find((d) => d.departmentId === 'scjg')!;
    assert.equal(scjgAfter.badAwaitingRectification, scjgBefore.badAwaitingRectification - 1);
    assert.equal(scjgAfter.evaluations.bad, scjgBefore.evaluations.bad, 'still a 差评 of the period');
    assert.ok(!after.attention.badAwaitingRectification.includes(bad));
  });
});
