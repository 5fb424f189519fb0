// The department's actions after submission over real HTTP, with staff signed
// in through the development identity provider: 受理, 补正 and the applicant's
// answer, the 容缺 ledger, review tracks of two departments in parallel, 决定,
// 制证 into the applicant's wallet, 寄递 and 办结 — each an event naming the
// acting staff member; roles and departments are enforced; an unanswered 补正
// ends as the deployment configures (here `reject`) on the notifier's tick
// after its due date, and a late answer before that tick is refused.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CaseViewAuditPage, LicenseList, OutboxPage, Progress, StaffCase, StaffCasePage, StaffCaseSummary } from '@yiwang/contract';
import { TEST_ADMIN_TOKEN, TEST_OPERATOR_TOKEN } from '@yiwang/test/helpers/test-operator-token';
import { assertError, useServerApi } from '@yiwang/test/helpers/server-api';
import { TEST_AUDIENCE, useIdentityProvider } from '@yiwang/test/helpers/identity-provider';
import { foodBusinessData } from '@yiwang/test/fixtures/applications';
import { oidcConfig } from '../identity/oidc-config.ts';

const idp = useIdentityProvider();
const testApi = useServerApi(async () => ({
  oidc: oidcConfig({ issuer: (await idp.start()).issuer, audience: TEST_AUDIENCE }),
  identityHashKey: 'test-identity-hash-key',
  supplementExpiry: 'reject',
}));
const { api, tokens } = testApi;

/** 王敏 scjg intake+review, 赵磊 scjg certificate+dispatch, 刘洋 gaj intake, 孙丽 gaj review. */
const staff = { wangmin: '', zhaolei: '', liuyang: '', sunli: '' };

const ok = <T>(res: Awaited<ReturnType<typeof api>>, schema: { parse(v: unknown): T }, status = 200): T => {
  assert.equal(res.status, status, JSON.stringify(res.body));
  return schema.parse(res.body);
};
const post = (token: string, number: string, action: string, body: unknown = {}) =>
  api('POST', `/staff/cases/${number}/${action}`, { token, body });
const progress = async (number: string) => ok(await api('GET', `/applications/${number}/progress`, { token: tokens.person }), Progress);

/** 王敏 asks for one material within one working day. */
const askSupplementDueTomorrow = async (number: string) =>
  ok(
    await post(staff.wangmin, number, 'supplement', {
      reason: '缺少材料',
      materials: [{ materialId: 'premises-lease', note: '请补充' }],
      dueWorkingDays: 1,
    }),
    StaffCaseSummary,
  );

describe('staff actions after submission', () => {
  before(async () => {
    const provider = await idp.start();
    for (const name of Object.keys(staff) as Array<keyof typeof staff>) staff[name] = await provider.signIn(`staff-${name}`);
  });

  after(async () => {
    await api('PUT', '/operator/clock', { token: TEST_OPERATOR_TOKEN, body: { now: null } });
  });

  test('submit with 容缺 → accept → parallel tracks → 补正 → supplement → both departments decide → 决定 → 制证 → 寄递 → 办结', async () => {
    // A food business with the two 容缺 materials of the form left for later.
    const { number } = await testApi.submit({
      data: foodBusinessData(await testApi.uploadPdf(tokens.person)),
    });
    const submitted = await progress(number);
    assert.deepEqual(
      submitted.deferred?.map((d) => [d.materialId, d.suppliedAt, d.overdue]),
      [
        ['food-layout', null, false],
        ['food-safety-rules', null, false],
      ],
    );
    const owedQueue = ok(await api('GET', '/staff/cases?owed=true&pageSize=100', { token: staff.wangmin }), StaffCasePage);
    assert.deepEqual(owedQueue.items.find((c) => c.number === number)?.owed, { outstanding: 2, overdue: 0 });
    assert.ok(owedQueue.items.every((c) => (c.owed?.outstanding ?? 0) > 0));

    // 受理 straight from submitted (pre-review is its own event); then tracks for scjg and gaj.
    assert.equal(ok(await post(staff.wangmin, number, 'accept'), StaffCaseSummary).status, 'accepted');
    assertError(await post(staff.liuyang, number, 'tracks', { departments: ['gaj'] }), 403, 'ROLE_REQUIRED');
    assertError(await post(staff.wangmin, number, 'tracks', { departments: ['no-such-department'] }), 400, 'VALIDATION_FAILED');
    assert.equal(ok(await post(staff.wangmin, number, 'tracks', { departments: ['gaj'] }), StaffCaseSummary).status, 'reviewing');

    // 补正 under review: itemised, due in working days; the applicant sees it and answers.
    assertError(await post(staff.wangmin, number, 'supplement', { reason: '材料不清晰', materials: [] }), 400, 'VALIDATION_FAILED');
    const asked = ok(
      await post(staff.wangmin, number, 'supplement', {
        reason: '租赁合同不清晰',
        materials: [{ materialId: 'premises-lease', note: '请上传清晰的租赁合同扫描件' }],
        dueWorkingDays: 3,
      }),
      StaffCaseSummary,
    );
    assert.equal(asked.status, 'supplement_requested');
    assert.ok(asked.supplementDue);
    const waiting = ok(await api('GET', '/staff/cases?supplement=true&pageSize=100', { token: staff.wangmin }), StaffCasePage);
    assert.ok(waiting.items.some((c) => c.number === number));
    const seen = await progress(number);
    assert.deepEqual(seen.supplement?.materials, [
      { materialId: 'premises-lease', name: seen.supplement!.materials[0]!.name, note: '请上传清晰的租赁合同扫描件' },
    ]);
    assert.equal(seen.deadline?.paused, true);
    const clearLease = await testApi.uploadPdf(tokens.person, 'lease, scanned again');
    const answered = await api('POST', `/applications/${number}/supplement`, {
      token: tokens.person,
      body: { supplementId: seen.supplement!.id, materials: [{ materialId: 'premises-lease', fileIds: [clearLease] }], note: '已重新扫描' },
    });
    assert.equal(ok(answered, Progress).status, 'reviewing');

    // The desk sees the answer with its files, and staff of a handling department open them; each opening is audited.
    const afterAnswer = ok(await api('GET', `/staff/cases/${number}`, { token: staff.wangmin }), StaffCase);
    assert.equal(afterAnswer.supplementAnswer?.note, '已重新扫描');
    assert.deepEqual(
      afterAnswer.supplementAnswer?.materials.map((m) => [m.materialId, m.files.map((f) => f.id), m.licenseId]),
      [['premises-lease', [clearLease], null]],
    );
    assert.equal(afterAnswer.supplementAnswer?.materials[0]?.files[0]?.contentType, 'application/pdf');
    const opened = await fetch(`${testApi.server.apiUrl}/staff/cases/${number}/files/${clearLease}`, {
      headers: { Authorization: `Bearer ${staff.wangmin}` },
    });
    assert.equal(opened.status, 200);
    assert.equal(opened.headers.get('Content-Type'), 'application/pdf');
    assert.match(Buffer.from(await opened.arrayBuffer()).toString('latin1'), /lease, scanned again/);
    const audit = ok(await api('GET', `/admin/audit/case-views?number=${number}`, { token: TEST_ADMIN_TOKEN }), CaseViewAuditPage);
    assert.deepEqual(audit.items[0]?.fields, ['files'], 'the newest audit row is the file opening');
    assertError(await api('GET', `/staff/cases/${number}/files/${clearLease}`, { token: tokens.person }), 403, 'NOT_STAFF');
    const strangersFile = await testApi.uploadPdf(tokens.enterprise, 'not of this case');
    assertError(await api('GET', `/staff/cases/${number}/files/${strangersFile}`, { token: staff.wangmin }), 404, 'NOT_FOUND');

    // The 容缺 ledger clears material by material; a material not owed is refused.
    const layout = await testApi.uploadPdf(tokens.person, 'layout');
    const rules = await testApi.uploadPdf(tokens.person, 'rules');
    assertError(
      await api('POST', `/applications/${number}/deferred-materials`, {
        token: tokens.person,
        body: { materials: [{ materialId: 'premises-lease', fileIds: [layout] }] },
      }),
      400,
      'VALIDATION_FAILED',
    );
    const supplied = ok(
      await api('POST', `/applications/${number}/deferred-materials`, {
        token: tokens.person,
        body: {
          materials: [
            { materialId: 'food-layout', fileIds: [layout] },
            { materialId: 'food-safety-rules', fileIds: [rules] },
          ],
        },
      }),
      Progress,
    );
    assert.ok(supplied.deferred?.every((d) => d.suppliedAt !== null));

    // Each department decides its own track; intake staff decide nothing; gaj's reviewer sees the case as co-handler.
    assertError(await post(staff.liuyang, number, 'tracks/gaj/decision', { outcome: 'approved' }), 403, 'ROLE_REQUIRED');
    assertError(await post(staff.wangmin, number, 'tracks/gaj/decision', { outcome: 'approved' }), 403, 'OTHER_DEPARTMENT');
    assertError(await post(staff.sunli, number, 'tracks/scjg/decision', { outcome: 'approved' }), 403, 'OTHER_DEPARTMENT');
    assertError(await post(staff.sunli, number, 'tracks/gaj/decision', { outcome: 'denied' }), 400, 'VALIDATION_FAILED');
    const coQueue = ok(await api('GET', '/staff/cases?pageSize=100', { token: staff.sunli }), StaffCasePage);
    assert.equal(coQueue.items.find((c) => c.number === number)?.coHandling, true);
    assert.equal(coQueue.items.find((c) => c.number === number)?.department, 'scjg');
    ok(await post(staff.sunli, number, 'tracks/gaj/decision', { outcome: 'approved', opinion: '消防条件符合要求' }), StaffCaseSummary);
    assertError(await post(staff.sunli, number, 'decision', { outcome: 'approved' }), 404, 'NOT_FOUND');
    assertError(await post(staff.wangmin, number, 'decision', { outcome: 'approved' }), 409, 'CONFLICT');
    ok(await post(staff.wangmin, number, 'tracks/scjg/decision', { outcome: 'approved' }), StaffCaseSummary);
    assertError(await post(staff.wangmin, number, 'decision', { outcome: 'denied' }), 400, 'VALIDATION_FAILED');
    assertError(await post(staff.liuyang, number, 'decision', { outcome: 'approved' }), 403, 'ROLE_REQUIRED');
    assert.equal(ok(await post(staff.wangmin, number, 'decision', { outcome: 'approved' }), StaffCaseSummary).status, 'decided');

    // 制证 puts the e-license into the applicant's wallet; 寄递 by EMS; 办结.
    assertError(await post(staff.wangmin, number, 'certify'), 403, 'ROLE_REQUIRED');
    assert.equal(ok(await post(staff.zhaolei, number, 'certify', { validUntil: '2036-12-31' }), StaffCaseSummary).status, 'certifying');
    const certified = await progress(number);
    const wallet = ok(await api('GET', '/licenses', { token: tokens.person }), LicenseList);
    const license = wallet.items.find((l) => l.id === certified.result?.licenseId);
    assert.ok(license, 'the e-license is in the wallet');
    assert.equal(license.issuer, certified.departmentName);
    assert.equal(license.validUntil, '2036-12-31');
    assert.equal(license.status, 'valid');
    assert.equal((await api('GET', `/applications/${number}/result`, { token: tokens.person })).status, 200, 'the result PDF');
    assertError(await post(staff.zhaolei, number, 'dispatch', { waybillNumber: '123' }), 400, 'VALIDATION_FAILED');
    assert.equal(ok(await post(staff.zhaolei, number, 'dispatch'), StaffCaseSummary).status, 'delivering');
    assert.match((await progress(number)).delivery?.waybillNumber ?? '', /^11\d{11}$/);
    assert.equal(ok(await post(staff.zhaolei, number, 'complete'), StaffCaseSummary).status, 'completed');

    // Every step names who acted: in full for staff, masked for the applicant.
    const view = ok(await api('GET', `/staff/cases/${number}`, { token: staff.wangmin }), StaffCase);
    const actors = view.events.filter((e) => e.actor?.kind === 'staff').map((e) => `${e.to}:${e.actor!.name}`);
    for (const expected of [
      'prereview:王敏',
      'accepted:王敏',
      'reviewing:王敏',
      'supplement_requested:王敏',
      'reviewing:孙丽',
      'decided:王敏',
      'certifying:赵磊',
      'delivering:赵磊',
      'completed:赵磊',
    ])
      assert.ok(actors.includes(expected), `${expected} in ${actors.join(', ')}`);
    assert.deepEqual(
      view.tracks?.map((t) => [t.departmentId, t.state]),
      [
        ['scjg', 'approved'],
        ['gaj', 'approved'],
      ],
    );
    const applicantSees = (await progress(number)).events.filter((e) => e.actor?.kind === 'staff').map((e) => e.actor!.name);
    assert.ok(
      applicantSees.every((n) => n.endsWith('*')),
      applicantSees.join(', '),
    );
  });

  test('the clock: the lead department reviewers suspend (特别程序), resume and extend (延期) once; intake and co-handling staff may not', async () => {
    const { number } = await testApi.submit();
    assert.equal(ok(await post(staff.wangmin, number, 'accept'), StaffCaseSummary).status, 'accepted');
    ok(await post(staff.wangmin, number, 'tracks', { departments: ['gaj'] }), StaffCaseSummary);
    const hearing = { procedure: 'expert_review', reason: '组织专家对经营场所消防条件进行评审', expectedWorkingDays: 5 };
    // Roles: an intake clerk (gaj) and the certificate officer of the lead department are not reviewers.
    assertError(await post(staff.liuyang, number, 'extend', { workingDays: 5, reason: '延期' }), 403, 'ROLE_REQUIRED');
    assertError(await post(staff.zhaolei, number, 'extend', { workingDays: 5, reason: '延期' }), 403, 'ROLE_REQUIRED');
    assertError(await post(staff.zhaolei, number, 'suspend', hearing), 403, 'ROLE_REQUIRED');
    // The co-handling department's reviewer sees the case but does not run its clock.
    assertError(await post(staff.sunli, number, 'suspend', hearing), 404, 'NOT_FOUND');
    assertError(await post(staff.sunli, number, 'extend', { workingDays: 5, reason: '延期' }), 404, 'NOT_FOUND');
    assertError(await post(staff.wangmin, number, 'suspend', { ...hearing, procedure: 'nap' }), 400, 'VALIDATION_FAILED');
    assertError(await post(staff.wangmin, number, 'extend', { workingDays: 0, reason: '延期' }), 400, 'VALIDATION_FAILED');
    assertError(await post(staff.wangmin, number, 'resume'), 409, 'CONFLICT');

    const suspended = ok(await post(staff.wangmin, number, 'suspend', hearing), StaffCaseSummary);
    assert.equal(suspended.deadline?.suspended, true);
    assert.equal(suspended.deadline?.suspension?.procedure, 'expert_review');
    assert.equal(suspended.deadline?.suspension?.expectedWorkingDays, 5);
    assertError(await post(staff.wangmin, number, 'suspend', hearing), 409, 'CONFLICT');
    assertError(
      await post(staff.wangmin, number, 'supplement', { reason: '补正', materials: [{ materialId: 'premises-lease', note: '请补充' }] }),
      409,
      'CONFLICT',
    );
    // The applicant sees it: the running procedure and an event by the (masked) staff member.
    const seen = await progress(number);
    assert.equal(seen.deadline?.suspension?.reason, hearing.reason);
    assert.match(seen.events.at(-1)!.message, /专家评审.*暂停计时/);
    assert.equal(seen.events.at(-1)?.actor?.name, '王*');
    const queue = ok(await api('GET', '/staff/cases?pageSize=100', { token: staff.wangmin }), StaffCasePage);
    assert.equal(queue.items.find((c) => c.number === number)?.deadline?.suspended, true);

    const resumed = ok(await post(staff.wangmin, number, 'resume', { message: '专家评审意见已出具' }), StaffCaseSummary);
    assert.equal(resumed.deadline?.suspended, false);
    assert.equal(resumed.deadline?.suspension, null);

    const dueBefore = resumed.deadline!.dueDate;
    const extended = ok(
      await post(staff.wangmin, number, 'extend', { workingDays: 5, reason: '情况复杂，经负责人批准' }),
      StaffCaseSummary,
    );
    assert.equal(extended.deadline?.extendedDays, 5);
    assert.ok(extended.deadline!.dueDate > dueBefore);
    assert.match((await progress(number)).events.at(-1)!.message, /延长办理期限 5 个工作日/);
    assertError(await post(staff.wangmin, number, 'extend', { workingDays: 1, reason: '再次延期' }), 409, 'CONFLICT');
    const view = ok(await api('GET', `/staff/cases/${number}`, { token: staff.wangmin }), StaffCase);
    assert.deepEqual(
      view.events.slice(-3).map((e) => [e.from, e.to, e.actor?.name]),
      [
        ['reviewing', 'reviewing', '王敏'],
        ['reviewing', 'reviewing', '王敏'],
        ['reviewing', 'reviewing', '王敏'],
      ],
    );
  });

  test('a 补正 left unanswered ends as configured (reject) on the notifier tick after its due date: 不予受理 by the system, the applicant told, once', async () => {
    const { number } = await testApi.submit();
    const asked = await askSupplementDueTomorrow(number);
    const due = asked.supplementDue!;
    const { notifier } = testApi.server.services;
    const supplementQueue = async () =>
      ok(await api('GET', '/staff/cases?supplement=true&pageSize=100', { token: staff.wangmin }), StaffCasePage).items.map((c) => c.number);

    // The tick on the due date itself leaves it open.
    assert.equal(await notifier.expireSupplements(new Date(`${due}T23:00:00+08:00`)), 0);
    assert.equal((await progress(number)).status, 'supplement_requested', 'open until its due date');
    assert.ok((await supplementQueue()).includes(number));

    // The first tick of a later day ends it, with nobody reading the case.
    const late = new Date(`${due}T09:00:00+08:00`);
    late.setUTCDate(late.getUTCDate() + 3);
    await notifier.dispatchDue(late);
    const ended = await progress(number);
    assert.equal(ended.status, 'rejected');
    assert.equal(ended.result?.outcome, 'not_accepted');
    const last = ended.events.at(-1)!;
    assert.deepEqual([last.from, last.to, last.actor?.kind], ['supplement_requested', 'rejected', 'system']);
    assert.match(last.message, /逾期未补正.*由系统按补正期限自动处理/);
    assert.ok(!(await supplementQueue()).includes(number), 'the desk no longer sees it waiting');

    // The applicant is told, in the same step; no overdue reminder of a request that has ended.
    const outbox = OutboxPage.parse(
      (await api('GET', `/admin/notifications?number=${number}&pageSize=100`, { token: TEST_ADMIN_TOKEN })).body,
    ).items;
    const told = outbox.filter((m) => m.data.to === 'rejected');
    assert.equal(told.length, 1);
    assert.equal(told[0]!.kind, 'status_changed');
    assert.equal(told[0]!.data.from, 'supplement_requested');
    assert.match(told[0]!.text.zh, /不予受理.*逾期未补正/);
    assert.match(told[0]!.text.en, /not supplied by the due date/);
    assert.ok(!outbox.some((m) => m.kind === 'due_reminder' && m.data.reminder?.overdue));

    // Another tick (a later one, or another instance's) finds nothing more to end.
    late.setUTCDate(late.getUTCDate() + 1);
    assert.equal(await notifier.expireSupplements(late), 0);
    const events = (await progress(number)).events.filter((e) => e.to === 'rejected');
    assert.equal(events.length, 1);
  });

  test('between the due date and the next tick a read leaves the request as it is, and a late answer is refused', async () => {
    const { number, queryCode } = await testApi.submit();
    const asked = await askSupplementDueTomorrow(number);
    const supplementId = (await progress(number)).supplement!.id;
    const late = new Date(`${asked.supplementDue}T09:00:00+08:00`);
    late.setUTCDate(late.getUTCDate() + 3);
    await api('PUT', '/operator/clock', { token: TEST_OPERATOR_TOKEN, body: { now: late.toISOString() } });
    try {
      // Tokens issued before the jump have expired on the simulated clock: the query code reads the case, a new sign-in acts.
      const read = ok(await api('GET', `/applications/${number}/progress?queryCode=${queryCode}`), Progress);
      assert.equal(read.status, 'supplement_requested', 'reading does not end it: the tick does');
      const person = await testApi.signIn('demo-person');
      const answer = await api('POST', `/applications/${number}/supplement`, {
        token: person,
        body: { supplementId, materials: [{ materialId: 'premises-lease', fileIds: [await testApi.uploadPdf(person)] }] },
      });
      assertError(answer, 409, 'CONFLICT');
    } finally {
      await api('PUT', '/operator/clock', { token: TEST_OPERATOR_TOKEN, body: { now: null } });
    }
  });
});
