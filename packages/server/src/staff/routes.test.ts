// The department side over real HTTP, with staff signed in through the
// development identity provider: a department's queue and cases are its own,
// 受理 needs the intake role, every case view is audited, the staff directory
// grants department and roles, and administrators are the token or a platform_admin.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CaseViewAuditPage, Progress, StaffCase, StaffCasePage, StaffCaseSummary, StaffEntry, StaffEntryList } from '@yiwang/contract';
import { TEST_ADMIN_TOKEN } from '@yiwang/test/helpers/test-server';
import { assertError, useServerApi } from '@yiwang/test/helpers/server-api';
import { NEW_CITIZEN, TEST_AUDIENCE, useIdentityProvider } from '@yiwang/test/helpers/identity-provider';
import { oidcConfig } from '../identity/oidc-config.ts';

const idp = useIdentityProvider();
const testApi = useServerApi(async () => ({
  oidc: oidcConfig({ issuer: (await idp.start()).issuer, audience: TEST_AUDIENCE }),
  identityHashKey: 'test-identity-hash-key',
}));
const { api, tokens } = testApi;
/** The seed's name of the scjg department, as events carry it. */
const SCJG = '新乡经济技术开发区市场监督管理局';

/** Provider tokens of the staff accounts (dev-provider/accounts.ts), signed in once. */
const staff = { wangmin: '', zhaolei: '', zhangwei: '', liuyang: '', chenjing: '' };
/** A case of 市场监督管理局 (scjg) in pre-review. */
let number: string;

const ok = <T>(res: Awaited<ReturnType<typeof api>>, schema: { parse(v: unknown): T }, status = 200): T => {
  assert.equal(res.status, status, JSON.stringify(res.body));
  return schema.parse(res.body);
};

// One describe around everything: its before hook runs after the file's server and provider have started.
describe('the department side', () => {
  before(async () => {
    const provider = await idp.start();
    for (const name of Object.keys(staff) as Array<keyof typeof staff>) staff[name] = await provider.signIn(`staff-${name}`);
    ({ number } = await testApi.submit());
    await testApi.actOk(number, { action: 'prereview' });
  });

  describe('the case queue and the audited case view', () => {
    test("a department's queue lists its cases, fewest working days left first; another department's staff see neither queue nor case", async () => {
      const queue = ok(await api('GET', '/staff/cases?pageSize=100', { token: staff.wangmin }), StaffCasePage);
      assert.ok(queue.items.some((c) => c.number === number));
      assert.ok(queue.items.every((c) => c.department === 'scjg' && !['rejected', 'completed', 'withdrawn'].includes(c.status)));
      const left = queue.items.filter((c) => c.deadline).map((c) => c.deadline!.workingDaysLeft);
      assert.deepEqual(
        left,
        [...left].sort((a, b) => a - b),
      );
      const prereview = ok(await api('GET', '/staff/cases?status=prereview&itemId=scjg-001', { token: staff.wangmin }), StaffCasePage);
      assert.ok(prereview.items.length > 0 && prereview.items.every((c) => c.status === 'prereview' && c.itemId === 'scjg-001'));
      const overdue = ok(await api('GET', '/staff/cases?overdue=true', { token: staff.wangmin }), StaffCasePage);
      assert.ok(overdue.items.every((c) => c.deadline?.overdue));

      const other = ok(await api('GET', '/staff/cases?pageSize=100', { token: staff.liuyang }), StaffCasePage);
      assert.ok(other.items.every((c) => c.department === 'gaj'));
      assert.ok(!other.items.some((c) => c.number === number));
      assertError(await api('GET', `/staff/cases/${number}`, { token: staff.liuyang }), 404, 'NOT_FOUND');
      assertError(await api('POST', `/staff/cases/${number}/accept`, { token: staff.liuyang, body: {} }), 404, 'NOT_FOUND');
      assertError(
        await api('POST', `/staff/cases/${number}/reject`, { token: staff.liuyang, body: { reason: '不属于本部门' } }),
        404,
        'NOT_FOUND',
      );
    });

    test('applicants are not staff; staff endpoints need a sign-in', async () => {
      assertError(await api('GET', '/staff/cases', { token: tokens.person }), 403, 'NOT_STAFF');
      assertError(await api('GET', '/staff/cases'), 401, 'UNAUTHORIZED');
    });

    test("each view of a case's personal data (the ID number among it) writes an audit row, which cannot be changed", async () => {
      const view = ok(await api('GET', `/staff/cases/${number}`, { token: staff.wangmin }), StaffCase);
      assert.equal(view.applicantName, '李文博');
      assert.ok(Object.keys(view.answers).length > 0);
      assert.ok(view.materials.length > 0 && view.materials.every((m) => m.name));
      // The ID number is shown in full only by the audited view (its answers); the queue, which writes no audit row, holds none.
      assert.equal(view.answers.operatorIdCard, '410721199005122355');
      assert.ok(view.viewedFields.includes('answers'));
      const queue = await api('GET', '/staff/cases?pageSize=100', { token: staff.wangmin });
      assert.ok(!JSON.stringify(queue.body).includes('410721199005122355'));
      await api('GET', `/staff/cases/${number}`, { token: staff.zhaolei });
      const log = ok(await api('GET', `/admin/audit/case-views?number=${number}`, { token: TEST_ADMIN_TOKEN }), CaseViewAuditPage);
      assert.equal(log.total, 2);
      assert.deepEqual(
        log.items.map((v) => v.staff.name),
        ['赵磊', '王敏'],
      );
      assert.ok(log.items.every((v) => v.number === number && v.staff.department === 'scjg' && v.fields.includes('answers')));
      // Append-only in the database itself.
      const db = testApi.server.services.db;
      await db.query('DELETE FROM case_views WHERE number = $1', [number]);
      await db.query("UPDATE case_views SET staff_name = 'x' WHERE number = $1", [number]);
      const again = ok(await api('GET', `/admin/audit/case-views?number=${number}`, { token: TEST_ADMIN_TOKEN }), CaseViewAuditPage);
      assert.deepEqual(again.items, log.items);
    });

    test("the submitted materials' files: named in the case view, opened by the handling department's staff only, each opening audited", async () => {
      const { number: other, fileId } = await testApi.submit();
      const view = ok(await api('GET', `/staff/cases/${other}`, { token: staff.wangmin }), StaffCase);
      const lease = view.materials.find((m) => m.provision.materialId === 'premises-lease');
      assert.deepEqual(lease && 'fileIds' in lease.provision ? lease.provision.fileIds : null, [fileId]);
      // The lease is the material's and the form's upload at once: listed once.
      assert.deepEqual(
        view.files?.map((f) => [f.id, f.name, f.contentType]),
        [[fileId, '租赁合同.pdf', 'application/pdf']],
      );
      const opened = await fetch(`${testApi.server.apiUrl}/staff/cases/${other}/files/${fileId}`, {
        headers: { Authorization: `Bearer ${staff.zhaolei}` },
      });
      assert.equal(opened.status, 200);
      assert.equal(opened.headers.get('Content-Type'), 'application/pdf');
      assert.match(Buffer.from(await opened.arrayBuffer()).toString('latin1'), /^%PDF-1\.4/);
      // Another department's staff: 404, as for a case that does not exist (and no audit row of theirs).
      assertError(await api('GET', `/staff/cases/${other}/files/${fileId}`, { token: staff.liuyang }), 404, 'NOT_FOUND');
      const log = ok(await api('GET', `/admin/audit/case-views?number=${other}`, { token: TEST_ADMIN_TOKEN }), CaseViewAuditPage);
      assert.deepEqual(
        log.items.map((v) => [v.staff.name, v.staff.department, v.fields]),
        [
          ['赵磊', 'scjg', ['files']],
          ['王敏', 'scjg', ['applicant', 'answers', 'materials', 'delivery', 'licenses']],
        ],
      );
    });
    test('the e-licenses the case used: each once, with where it was used and its status as of the view', async () => {
      const view = ok(await api('GET', `/staff/cases/${number}`, { token: staff.wangmin }), StaffCase);
      // The 居民身份证 e-license stands for the material id-card and answers the form's license field.
      assert.deepEqual(view.licenses, [
        {
          id: 'lic-person-id-card',
          type: 'id_card',
          name: '中华人民共和国居民身份证',
          number: '4107**********2355',
          holder: '李文博',
          issuer: '新乡县公安局',
          validUntil: '2036-03-18',
          status: 'valid',
          usedIn: [
            { source: 'material', materialId: 'id-card', materialName: '经营者居民身份证', path: null, label: null },
            { source: 'form', materialId: null, materialName: null, path: 'operatorIdLicense', label: '经营者电子身份证' },
          ],
        },
      ]);
      assert.ok(view.viewedFields.includes('licenses'));
      // Status as of the view: past its last valid day, the license is expired though the store still says valid.
      const db = testApi.server.services.db;
      const restore = (await db.query<{ data: unknown }>("SELECT data FROM licenses WHERE id = 'lic-person-id-card'"))[0]!.data;
      await db.query(`UPDATE licenses SET data = jsonb_set(data, '{validUntil}', '"2020-01-01"') WHERE id = 'lic-person-id-card'`);
      try {
        const later = ok(await api('GET', `/staff/cases/${number}`, { token: staff.wangmin }), StaffCase);
        assert.deepEqual(
          later.licenses?.map((l) => [l.id, l.validUntil, l.status]),
          [['lic-person-id-card', '2020-01-01', 'expired']],
        );
      } finally {
        await db.query("UPDATE licenses SET data = $1 WHERE id = 'lic-person-id-card'", [JSON.stringify(restore)]);
      }
    });
  });

  describe('受理 and 不予受理', () => {
    test('accepting needs the intake role', async () => {
      const res = await api('POST', `/staff/cases/${number}/accept`, { token: staff.zhaolei, body: {} });
      assertError(res, 403, 'ROLE_REQUIRED');
      assert.deepEqual(res.body.error.details, [{ path: 'roles', message: 'intake' }]);
    });

    test('a refusal without a reason is 400', async () => {
      assertError(await api('POST', `/staff/cases/${number}/reject`, { token: staff.wangmin, body: {} }), 400, 'VALIDATION_FAILED');
      assertError(
        await api('POST', `/staff/cases/${number}/reject`, { token: staff.wangmin, body: { reason: '  ' } }),
        400,
        'VALIDATION_FAILED',
      );
    });

    test('the acceptance is an event with the acting staff member: in full for staff, the department and a masked name for the applicant', async () => {
      const headers = { 'Idempotency-Key': `accept-${number}` };
      const accepted = ok(
        await api('POST', `/staff/cases/${number}/accept`, { token: staff.wangmin, body: {}, headers }),
        StaffCaseSummary,
      );
      assert.equal(accepted.status, 'accepted');
      assert.ok(accepted.deadline);
      const replay = await api('POST', `/staff/cases/${number}/accept`, { token: staff.wangmin, body: {}, headers });
      assert.equal(replay.headers.get('Idempotency-Replayed'), 'true');
      assertError(await api('POST', `/staff/cases/${number}/accept`, { token: staff.wangmin, body: {} }), 409, 'CONFLICT');

      const view = ok(await api('GET', `/staff/cases/${number}`, { token: staff.wangmin }), StaffCase);
      const event = view.events.at(-1)!;
      assert.equal(event.to, 'accepted');
      assert.deepEqual(event.actor, { kind: 'staff', name: '王敏', department: SCJG });

      const progress = await api('GET', `/applications/${number}/progress`, { token: tokens.person });
      const seen = Progress.parse(progress.body).events.at(-1)!;
      assert.deepEqual(seen.actor, { kind: 'staff', name: '王*', department: SCJG });
      const me = await api('GET', '/me', { token: staff.wangmin });
      assert.ok(!JSON.stringify(progress.body).includes(me.body.id), "the applicant never sees the staff member's user id");
      assert.ok(!JSON.stringify(progress.body).includes('王敏'));
    });

    test('不予受理 with a reason ends a case in pre-review', async () => {
      const { number: other } = await testApi.submit();
      await testApi.actOk(other, { action: 'prereview' });
      const rejected = ok(
        await api('POST', `/staff/cases/${other}/reject`, { token: staff.wangmin, body: { reason: '申请材料不齐全' } }),
        StaffCaseSummary,
      );
      assert.equal(rejected.status, 'rejected');
      const progress = Progress.parse((await api('GET', `/applications/${other}/progress`, { token: tokens.person })).body);
      assert.equal(progress.result?.outcome, 'not_accepted');
      assert.equal(progress.events.at(-1)!.actor?.department, SCJG);
    });
  });

  describe('the staff directory and administrators', () => {
    const citizenId = NEW_CITIZEN.claims.id_number as string;

    test('a directory entry grants department and roles to a person who signs in, and its removal takes them away', async () => {
      const citizen = await idp.signIn(NEW_CITIZEN.id);
      assertError(await api('GET', '/staff/cases', { token: citizen }), 403, 'NOT_STAFF');
      const entry = ok(
        await api('PUT', '/admin/staff', {
          token: TEST_ADMIN_TOKEN,
          body: { idNumber: citizenId, name: '周欣', department: 'gaj', roles: ['intake'] },
        }),
        StaffEntry,
      );
      assert.notEqual(entry.idNumberMasked, citizenId);
      const list = await api('GET', '/admin/staff', { token: TEST_ADMIN_TOKEN });
      ok(list, StaffEntryList);
      assert.ok(!JSON.stringify(list.body).includes(citizenId), 'identity numbers are masked when listed');
      const me = await api('GET', '/me', { token: await idp.signIn(NEW_CITIZEN.id) });
      assert.deepEqual(me.body.staff, { department: 'gaj', roles: ['intake'] });
      assert.equal((await api('GET', '/staff/cases', { token: citizen })).status, 200);

      assert.equal((await api('DELETE', `/admin/staff/${entry.id}`, { token: TEST_ADMIN_TOKEN })).status, 204);
      assertError(await api('GET', '/staff/cases', { token: citizen }), 403, 'NOT_STAFF');
    });

    test("a department administrator manages their own department's staff only", async () => {
      const body = { idNumber: citizenId, name: '周欣', roles: ['intake'] };
      assertError(
        await api('PUT', '/admin/staff', { token: staff.zhangwei, body: { ...body, department: 'gaj' } }),
        403,
        'OTHER_DEPARTMENT',
      );
      assertError(
        await api('PUT', '/admin/staff', { token: staff.zhangwei, body: { ...body, department: 'scjg', roles: ['platform_admin'] } }),
        403,
        'ROLE_REQUIRED',
      );
      const own = ok(await api('PUT', '/admin/staff', { token: staff.zhangwei, body: { ...body, department: 'scjg' } }), StaffEntry);
      const other = ok(
        await api('PUT', '/admin/staff', {
          token: TEST_ADMIN_TOKEN,
          body: { idNumber: '410702199106203315', name: '刘洋', department: 'gaj', roles: ['intake'] },
        }),
        StaffEntry,
      );
      const listed = ok(await api('GET', '/admin/staff', { token: staff.zhangwei }), StaffEntryList);
      assert.deepEqual(
        listed.items.map((e) => e.id),
        [own.id],
      );
      assertError(await api('GET', '/admin/staff?department=gaj', { token: staff.zhangwei }), 403, 'OTHER_DEPARTMENT');
      assertError(await api('DELETE', `/admin/staff/${other.id}`, { token: staff.zhangwei }), 403, 'OTHER_DEPARTMENT');
      // Nor can they take someone out of another department by putting them in their own.
      assertError(
        await api('PUT', '/admin/staff', {
          token: staff.zhangwei,
          body: { idNumber: '410702199106203315', name: '刘洋', department: 'scjg', roles: ['intake'] },
        }),
        403,
        'OTHER_DEPARTMENT',
      );
      assertError(await api('GET', '/admin/audit/case-views', { token: staff.zhangwei }), 403, 'ROLE_REQUIRED');
    });

    test('a signed-in platform_admin may call the admin endpoints; other staff and applicants may not', async () => {
      assert.equal((await api('GET', '/admin/search/zero-results', { token: staff.chenjing })).status, 200);
      ok(await api('GET', '/admin/audit/case-views', { token: staff.chenjing }), CaseViewAuditPage);
      const all = ok(await api('GET', '/admin/staff', { token: staff.chenjing }), StaffEntryList);
      assert.ok(new Set(all.items.map((e) => e.department)).size >= 2);
      const res = await api('GET', '/admin/search/zero-results', { token: staff.wangmin });
      assertError(res, 403, 'ROLE_REQUIRED');
      assert.deepEqual(res.body.error.details, [{ path: 'roles', message: 'platform_admin' }]);
      assertError(await api('GET', '/admin/search/zero-results', { token: tokens.person }), 403, 'NOT_STAFF');
      assertError(await api('GET', '/admin/search/zero-results', { token: 'not-a-token' }), 401, 'UNAUTHORIZED');
    });
  });
});
