// The contract's HTTP behaviour, checked against any base URL: every endpoint's
// happy path, bad input, auth and ownership, and idempotency. Run against the
// reference server (PGlite and PostgreSQL) and the msw mock by `npm test`, and
// against any backend with `npm run conformance -- --base-url http://host:port`.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  CalendarYear,
  HolidayCalendar,
  Address,
  AddressList,
  AddressParseResult,
  AgencyRequest,
  AgencyRequestList,
  ApplicationPage,
  CatalogImportResult,
  ApplicationReceipt,
  CatalogStats,
  PublicPerformance,
  StaffPerformance,
  Clock,
  Coverage,
  DepartmentList,
  Draft,
  DraftList,
  Evaluation,
  FileMeta,
  FormSchema,
  FormVersionList,
  HotResult,
  ItemDetail,
  ItemSearchResult,
  EnterpriseAuthorisationList,
  LicenseList,
  Profile,
  Progress,
  CaseViewAuditPage,
  ColleagueList,
  StaffAgencyPage,
  StaffAgencyRequest,
  StaffCase,
  StaffCasePage,
  StaffCaseSummary,
  StaffEntry,
  StaffEntryList,
  SuggestResult,
  ZeroResultList,
  DivisionList,
  DocumentVerification,
  OutboxPage,
  WebhookDeliveryPage,
  WebhookReplayResult,
  WebhookSubscriptionCreated,
  WebhookSubscriptionList,
  beijingDate,
  listEndpoints,
} from '@yiwang/contract';
import type { FormSchema as FormSchemaType, ItemDetail as ItemDetailType, License } from '@yiwang/contract';
import { ACTING_FOR_HEADER, TOKEN_ERROR_CODES } from '@yiwang/contract';
import { fails, makeCaller, ok } from './http.ts';
import type { Caller } from './http.ts';
import { fillForm } from './form-fill.ts';

export interface ConformanceTarget {
  /** e.g. http://localhost:8080/api/v1 */
  apiUrl: string;
  fetch?: typeof fetch;
  /** Tokens of two different applicants: A (a person) and B (anyone else). */
  tokens(call: Caller): Promise<{ a: string; b: string }>;
  /**
   * Tokens of two staff members with the intake role (受理) in different
   * departments: enables the staff checks (queue, audited case view, 受理 /
   * 不予受理 with the operator token, the staff directory with the admin token).
   */
  staffTokens?(call: Caller): Promise<{
    clerk: string;
    otherClerk: string;
    /** With the clerk's department's 制证 and 寄递 roles (the clerk must also review): enables the actions after 受理. */
    officer?: string;
    /** A reviewer of the other clerk's department: its parallel review track. */
    otherReviewer?: string;
  }>;
  /** Operator token: enables the lifecycle checks. */
  operatorToken?: string;
  /** Catalog administrator token: enables the administrator checks (imports: dry runs and bad files only, nothing is written; zero-result searches). */
  adminToken?: string;
  /** Anonymous progress queries allowed per client and number per window, to check the 429. */
  progressRateLimit?: number;
  /** Header that makes the server see a different client address (rate-limit isolation), if any. */
  clientHeader?: string;
}

/** A minimal valid PDF. */
export const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** Registers the conformance tests; `target` is resolved before they run. */
export function conformanceSuite(name: string, target: () => ConformanceTarget) {
  describe(`contract conformance: ${name}`, { concurrency: false }, () => {
    let call: Caller;
    let a: string;
    let b: string;
    let t: ConformanceTarget;
    let item: ItemDetailType;
    let form: FormSchemaType;
    let licenses: License[];
    const covered = new Set<string>();

    const upload = async (token: string, bytes: Uint8Array = PDF, type = 'application/pdf', name = '材料.pdf', key?: string) => {
      const body = new FormData();
      body.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), name);
      return call('POST', '/files', { token, raw: body, headers: key ? { 'Idempotency-Key': key } : {} });
    };
    const note = (id: string) => covered.add(id);

    /**
     * The result document of a certified case: where the target seals (its
     * download says `Yiwang-Result-Seal: signed`), GET and POST /verify say
     * valid, and the department's 制证 staff revoke it; a target without a
     * sealer serves the unsigned PDF, knows no such document, and answers the
     * upload check 501 (an optional endpoint).
     */
    const checkSealedResult = async (number: string, officer: string, clerk: string) => {
      const documentNumber = `YWD${number.slice(2)}`;
      const download = await (t.fetch ?? fetch)(`${t.apiUrl}/applications/${number}/result`, { headers: { Authorization: `Bearer ${a}` } });
      assert.equal(download.status, 200);
      const seal = download.headers.get('Yiwang-Result-Seal');
      assert.ok(seal === 'signed' || seal === 'unsigned', `Yiwang-Result-Seal: ${seal}`);
      const pdf = new Uint8Array(await download.arrayBuffer());
      fails(await call('GET', '/verify/YWD1'), 400, 'VALIDATION_FAILED');
      const upload = () => {
        const body = new FormData();
        body.append('file', new Blob([pdf], { type: 'application/pdf' }), 'result.pdf');
        return call('POST', '/verify', { raw: body });
      };
      if (seal === 'unsigned') {
        assert.equal(ok(await call('GET', `/verify/${documentNumber}`), 200, DocumentVerification).status, 'unknown');
        const checked = await upload();
        if (checked.status !== 501) assert.equal(ok(checked, 200, DocumentVerification).status, 'unknown');
        fails(
          await call('POST', `/admin/documents/${documentNumber}/revoke`, { token: officer, body: { reason: '测试' } }),
          404,
          'NOT_FOUND',
        );
        return;
      }
      const shown = ok(await call('GET', `/verify/${documentNumber}`), 200, DocumentVerification);
      assert.equal(shown.status, 'valid');
      assert.equal(shown.document?.documentNumber, documentNumber);
      assert.equal(ok(await upload(), 200, DocumentVerification).status, 'valid');
      const revoke = (token: string | undefined, reason: string) =>
        call('POST', `/admin/documents/${documentNumber}/revoke`, { ...(token ? { token } : {}), body: { reason } });
      fails(await revoke(undefined, '测试'), 401, 'UNAUTHORIZED');
      fails(await revoke(clerk, '测试'), 403, 'ROLE_REQUIRED');
      assert.equal(ok(await revoke(officer, '核发有误'), 200, DocumentVerification).status, 'revoked');
      fails(await revoke(officer, '再次撤销'), 409, 'CONFLICT');
      assert.equal(ok(await call('GET', `/verify/${documentNumber}`), 200, DocumentVerification).document?.revokedReason, '核发有误');
      assert.equal(ok(await upload(), 200, DocumentVerification).status, 'revoked');
    };

    before(async () => {
      t = target();
      call = makeCaller(t.apiUrl, t.fetch);
      ({ a, b } = await t.tokens(call));
    });

    describe('envelope and routing', () => {
      it('answers an unknown route with 404 in the error envelope', async () => {
        fails(await call('GET', '/no-such-thing'), 404, 'NOT_FOUND');
      });
      it('answers malformed JSON with 400 VALIDATION_FAILED', async () => {
        const answer = await call('POST', '/addresses/parse', { raw: '{"text": ', headers: { 'Content-Type': 'application/json' } });
        fails(answer, 400, 'VALIDATION_FAILED');
      });
      it('sends security headers', async () => {
        const answer = await call('GET', '/departments');
        assert.equal(answer.headers.get('x-content-type-options'), 'nosniff');
      });
    });

    describe('catalog (public)', () => {
      it('departments.list', async () => {
        note('departments.list');
        const list = ok(await call('GET', '/departments'), 200, DepartmentList);
        assert.ok(list.items.length > 0);
      });
      it('items.search by Chinese text, full pinyin and initials, with facets and highlights', async () => {
        note('items.search');
        for (const q of ['营业执照', 'yyzz', 'yingyezhizhao']) {
          const result = ok(await call('GET', '/items', { query: { q } }), 200, ItemSearchResult);
          assert.ok(result.total > 0, `search for ${q} finds items`);
          assert.ok(
            result.items.some((hit) => /营业执照|个体工商户|企业/.test(hit.item.name + hit.item.keywords.join())),
            `${q} finds a 营业执照 item`,
          );
          assert.ok(result.items[0]!.highlights.length > 0, `${q} hits carry highlights`);
          for (const h of result.items[0]!.highlights) assert.ok(h.end > h.start);
        }
        const all = ok(await call('GET', '/items', { query: { pageSize: 100 } }), 200, ItemSearchResult);
        assert.ok(all.facets.department.length > 0);
        const dept = all.facets.department[0]!;
        const filtered = ok(await call('GET', '/items', { query: { department: dept.value, pageSize: 100 } }), 200, ItemSearchResult);
        assert.equal(filtered.total, dept.count, 'a facet count equals the filtered total');
        assert.ok(filtered.items.every((hit) => hit.item.departmentId === dept.value));
      });
      it('items.search rejects bad queries with field details', async () => {
        const error = fails(await call('GET', '/items', { query: { pageSize: 1000 } }), 400, 'VALIDATION_FAILED');
        assert.ok(
          error.details?.some((d) => d.path === 'query.pageSize'),
          JSON.stringify(error.details),
        );
        fails(await call('GET', '/items', { query: { audience: 'alien' } }), 400, 'VALIDATION_FAILED');
      });
      it('items.suggest and items.hot', async () => {
        note('items.suggest');
        note('items.hot');
        const suggestions = ok(await call('GET', '/items/suggest', { query: { q: 'yyzz', limit: 5 } }), 200, SuggestResult);
        assert.ok(suggestions.items.length > 0 && suggestions.items.length <= 5);
        fails(await call('GET', '/items/suggest'), 400, 'VALIDATION_FAILED');
        const hot = ok(await call('GET', '/items/hot', { query: { limit: 3 } }), 200, HotResult);
        assert.ok(hot.items.length > 0 && hot.items.length <= 3);
      });
      it('items.get returns the guide; unknown ids are 404', async () => {
        note('items.get');
        const all = ok(await call('GET', '/items', { query: { pageSize: 100 } }), 200, ItemSearchResult);
        const withForm =
          all.items.find((hit) => hit.item.formId && hit.item.audiences.includes('person')) ?? all.items.find((hit) => hit.item.formId);
        assert.ok(withForm, 'some item has an online form');
        item = ok(await call('GET', `/items/${withForm.item.id}`), 200, ItemDetail);
        assert.ok(item.guide.materials.length > 0);
        fails(await call('GET', '/items/no-such-item'), 404, 'NOT_FOUND');
        fails(await call('GET', '/items/bad%20id'), 400, 'VALIDATION_FAILED');
      });
      it('catalog.stats is consistent', async () => {
        note('catalog.stats');
        const stats = ok(await call('GET', '/catalog/stats'), 200, CatalogStats);
        const sum = stats.departments.reduce((n, d) => n + d.items, 0);
        assert.equal(sum, stats.total.items);
        assert.ok(Math.abs(stats.total.ratio - stats.total.zeroVisitItems / stats.total.items) < 1e-9);
      });
      it('catalog.performance: figures per department that add up to the total, no case numbers; a bad period is 400', async () => {
        note('catalog.performance');
        const report = ok(await call('GET', '/catalog/performance'), 200, PublicPerformance);
        assert.ok(report.from <= report.to);
        const sum = (key: 'received' | 'completed' | 'decided' | 'decidedOnTime' | 'openSupplements' | 'overdue') =>
          report.departments.reduce((n, d) => n + d[key], 0);
        for (const key of ['received', 'completed', 'decided', 'decidedOnTime', 'openSupplements', 'overdue'] as const)
          assert.equal(sum(key), report.total[key], key);
        for (const d of [...report.departments, report.total]) {
          assert.ok(d.decidedOnTime <= d.decided);
          assert.equal(d.onTimeRate === null, d.decided === 0);
          assert.ok(d.evaluations.bad <= d.evaluations.count);
        }
        assert.doesNotMatch(JSON.stringify(report), /YW\d{13}/, 'no case numbers in public');
        fails(await call('GET', '/catalog/performance', { query: { from: '2026-02-01', to: '2026-01-01' } }), 400, 'VALIDATION_FAILED');
      });
      it('forms.get', async () => {
        note('forms.get');
        form = ok(await call('GET', `/forms/${item.formId}`), 200, FormSchema);
        assert.equal(form.itemId, item.id);
        fails(await call('GET', '/forms/no-such-form'), 404, 'NOT_FOUND');
      });
      it('forms.getVersion: a published version by number; forms.starter: a form from the guide', async () => {
        note('forms.getVersion');
        note('forms.starter');
        const same = ok(await call('GET', `/forms/${form.id}/versions/${form.version}`), 200, FormSchema);
        assert.deepEqual(same, form);
        fails(await call('GET', `/forms/${form.id}/versions/${form.version + 1000}`), 404, 'NOT_FOUND');
        fails(await call('GET', `/forms/${form.id}/versions/0`), 400, 'VALIDATION_FAILED');
        const starter = ok(await call('GET', `/items/${item.id}/form-starter`), 200, FormSchema);
        assert.equal(starter.itemId, item.id);
        const files = starter.steps.flatMap((s) => s.sections.flatMap((x) => x.fields)).filter((f) => f.type === 'file');
        for (const f of files) assert.ok(item.guide.materials.some((m) => f.type === 'file' && m.id === f.materialId));
        fails(await call('GET', '/items/no-such-item/form-starter'), 404, 'NOT_FOUND');
      });
    });

    describe('catalog administration (admin token)', () => {
      it('admin.zeroResults lists a search that found nothing, most frequent first', async (ctx) => {
        note('admin.zeroResults');
        if (!t.adminToken) {
          ctx.skip('no admin token: administrator endpoints not checked');
          return;
        }
        fails(await call('GET', '/admin/search/zero-results'), 401, 'UNAUTHORIZED');
        fails(await call('GET', '/admin/search/zero-results', { token: a }), 403, 'NOT_STAFF');
        // A text no catalog holds (letters only: digits could read as personal data), unique to this run,
        // searched twice, the second time upper-case and padded as typed.
        const word = `zzq${Date.now()
          .toString(36)
          .replace(/[0-9]/g, (d) => 'qwertyuiop'[Number(d)]!)}`;
        for (const q of [word, `  ${word.toUpperCase()} `]) {
          const result = ok(await call('GET', '/items', { query: { q } }), 200, ItemSearchResult);
          assert.equal(result.total, 0);
        }
        const list = ok(
          await call('GET', '/admin/search/zero-results', { token: t.adminToken, query: { limit: 500 } }),
          200,
          ZeroResultList,
        );
        const row = list.items.find((r) => r.query === word);
        assert.ok(row, `${word} is listed: ${JSON.stringify(list.items.slice(0, 5))}`);
        assert.ok(row.count >= 1 && row.firstSeen <= row.lastSeen);
        assert.ok(list.items.every((r, k) => k === 0 || list.items[k - 1]!.count >= r.count));
        const later = ok(
          await call('GET', '/admin/search/zero-results', { token: t.adminToken, query: { since: '2999-01-01' } }),
          200,
          ZeroResultList,
        );
        assert.deepEqual(later.items, []);
        fails(await call('GET', '/admin/search/zero-results', { token: t.adminToken, query: { limit: 0 } }), 400, 'VALIDATION_FAILED');
      });
    });

    describe('the holiday calendar (admin token)', () => {
      it('admin.calendar and admin.calendarPut: a year holds its own dates, none in both lists', async (ctx) => {
        note('admin.calendar');
        note('admin.calendarPut');
        fails(await call('GET', '/admin/calendar'), 401, 'UNAUTHORIZED');
        fails(await call('GET', '/admin/calendar', { token: a }), 403, 'NOT_STAFF');
        if (!t.adminToken) {
          ctx.skip('no admin token: administrator endpoints not checked');
          return;
        }
        const calendar = ok(await call('GET', '/admin/calendar', { token: t.adminToken }), 200, HolidayCalendar);
        const latest = calendar.years.at(-1);
        if (!latest) {
          ctx.skip('the calendar is empty');
          return;
        }
        assert.equal(calendar.lastKnownDay, `${latest.year}-12-31`);
        const put = (year: number | string, body: unknown) => call('PUT', `/admin/calendar/${year}`, { token: t.adminToken, body });
        fails(await put(latest.year, { holidays: [`${latest.year - 1}-12-31`], makeupWorkdays: [] }), 400, 'VALIDATION_FAILED');
        const day = latest.holidays[0] ?? `${latest.year}-01-01`;
        fails(await put(latest.year, { holidays: [day], makeupWorkdays: [day] }), 400, 'VALIDATION_FAILED');
        fails(await put('twenty', { holidays: [], makeupWorkdays: [] }), 400, 'VALIDATION_FAILED');
        fails(
          await call('PUT', `/admin/calendar/${latest.year}`, { token: a, body: { holidays: [], makeupWorkdays: [] } }),
          403,
          'NOT_STAFF',
        );
        // The latest year set again as it is: nothing changes but who set it.
        const same = {
          holidays: latest.holidays,
          makeupWorkdays: latest.makeupWorkdays,
          ...(latest.source ? { source: latest.source } : {}),
        };
        const saved = ok(await put(latest.year, same), 200, CalendarYear);
        assert.equal(saved.origin, 'administrator');
        assert.deepEqual([saved.holidays, saved.makeupWorkdays], [latest.holidays, latest.makeupWorkdays]);
        const after = ok(await call('GET', '/admin/calendar', { token: t.adminToken }), 200, HolidayCalendar);
        assert.equal(after.lastKnownDay, calendar.lastKnownDay);
        assert.equal(after.years.find((y) => y.year === latest.year)?.origin, 'administrator');
      });
    });

    describe('divisions and delivery (public)', () => {
      it('divisions.children, path and search', async () => {
        note('divisions.children');
        note('divisions.path');
        note('divisions.search');
        const provinces = ok(await call('GET', '/divisions'), 200, DivisionList);
        assert.ok(provinces.items.some((d) => d.name === '河南省'));
        const cities = ok(await call('GET', '/divisions', { query: { parent: '410000' } }), 200, DivisionList);
        assert.ok(cities.items.some((d) => d.code === '410700' && d.name === '新乡市'));
        const path = ok(await call('GET', '/divisions/410702/path'), 200, DivisionList);
        assert.deepEqual(
          path.items.map((d) => d.code),
          ['410000', '410700', '410702'],
        );
        for (const q of ['xinxiang', 'xx', '新乡']) {
          const found = ok(await call('GET', '/divisions/search', { query: { q } }), 200, DivisionList);
          assert.ok(
            found.items.some((d) => d.code === '410700'),
            `${q} finds 新乡市`,
          );
        }
        fails(await call('GET', '/divisions/abc/path'), 400, 'VALIDATION_FAILED');
      });
      it('delivery.coverage', async () => {
        note('delivery.coverage');
        const coverage = ok(await call('GET', '/delivery/coverage', { query: { divisionCode: '410702' } }), 200, Coverage);
        assert.equal(coverage.covered, true);
        fails(await call('GET', '/delivery/coverage', { query: { divisionCode: 'x' } }), 400, 'VALIDATION_FAILED');
      });
      it('addresses.parse splits a pasted line', async () => {
        note('addresses.parse');
        const parsed = ok(
          await call('POST', '/addresses/parse', { body: { text: '河南省新乡市红旗区人民路12号 张三 13800000000' } }),
          200,
          AddressParseResult,
        );
        assert.deepEqual(
          parsed.divisionPath.map((d) => d.name),
          ['河南省', '新乡市', '红旗区'],
        );
        assert.equal(parsed.recipient, '张三');
        assert.equal(parsed.mobile, '13800000000');
        assert.match(parsed.detail ?? '', /人民路12号/);
      });
    });

    describe('the signed-in applicant', () => {
      it('refuses missing and forged tokens with 401', async () => {
        fails(await call('GET', '/me'), 401, 'UNAUTHORIZED');
        fails(await call('GET', '/me', { token: 'forged.token' }), 401, 'UNAUTHORIZED');
        // A's token altered: UNAUTHORIZED, or (an identity provider's token) the reason it was refused.
        const altered = await call('GET', '/licenses', { token: `${a}x` });
        assert.equal(altered.status, 401, altered.text.slice(0, 300));
        const code = (altered.body as { error?: { code?: string } }).error?.code ?? '';
        assert.ok(['UNAUTHORIZED', ...TOKEN_ERROR_CODES].includes(code), `a 401 code of the contract, not ${code}`);
        fails(altered, 401, code);
      });
      it('me masks identity numbers', async () => {
        note('me.get');
        const me = ok(await call('GET', '/me', { token: a }), 200, Profile);
        if (me.idCardMasked) assert.match(me.idCardMasked, /\*/);
        if (me.mobileMasked) assert.match(me.mobileMasked, /\*/);
      });
      it('enterprises: my authorisations; acting for, and managing, an enterprise that did not authorise me is refused', async () => {
        note('enterprises.mine');
        note('enterprises.agents');
        note('enterprises.grantAgent');
        note('enterprises.revokeAgent');
        const me = ok(await call('GET', '/me', { token: a }), 200, Profile);
        const mine = ok(await call('GET', '/me/enterprises', { token: a }), 200, EnterpriseAuthorisationList);
        const live = new Set(mine.items.filter((x) => x.status === 'live').map((x) => x.enterpriseId));
        if (me.enterprises) assert.deepEqual(new Set(me.enterprises.map((e) => e.enterpriseId)), live);
        fails(await call('GET', '/me/enterprises'), 401, 'UNAUTHORIZED');
        // B's id is an enterprise that A holds no authorisation for (the demo citizen and the demo enterprise).
        const other = ok(await call('GET', '/me', { token: b }), 200, Profile).id;
        assert.ok(!live.has(other), 'A is not authorised for B');
        fails(await call('GET', '/licenses', { token: a, headers: { [ACTING_FOR_HEADER]: other } }), 403, 'NOT_AUTHORISED_FOR_ENTERPRISE');
        fails(await call('GET', `/enterprises/${other}/agents`, { token: a }), 403, 'NOT_AUTHORISED_FOR_ENTERPRISE');
        fails(
          await call('POST', `/enterprises/${other}/agents`, { token: a, body: { name: '张三', idNumber: '11010519491231002X' } }),
          403,
          'NOT_AUTHORISED_FOR_ENTERPRISE',
        );
        fails(await call('DELETE', `/enterprises/${other}/agents/auth_none`, { token: a }), 403, 'NOT_AUTHORISED_FOR_ENTERPRISE');
        // Naming oneself is acting for oneself.
        assert.equal(ok(await call('GET', '/me', { token: a, headers: { [ACTING_FOR_HEADER]: me.id } }), 200, Profile).id, me.id);
      });
      it('licenses.list', async () => {
        note('licenses.list');
        licenses = ok(await call('GET', '/licenses', { token: a }), 200, LicenseList).items;
      });
      it('addresses: create (idempotent), list, update, delete, ownership', async () => {
        note('addresses.list');
        note('addresses.create');
        note('addresses.update');
        note('addresses.delete');
        const input = { recipient: '张三', mobile: '+86 138-0000-0000', divisionCode: '410702', detail: '人民路12号' };
        const key = `addr-${Date.now()}-${Math.random().toString(36).slice(2)}`;
        const first = ok(await call('POST', '/addresses', { token: a, body: input, headers: { 'Idempotency-Key': key } }), 201, Address);
        assert.equal(first.mobile, '13800000000', 'the mobile is normalised');
        const again = await call('POST', '/addresses', { token: a, body: input, headers: { 'Idempotency-Key': key } });
        assert.deepEqual(ok(again, 201, Address).id, first.id, 'the same key replays the first answer');
        fails(
          await call('POST', '/addresses', { token: a, body: { ...input, detail: '别的地址1号' }, headers: { 'Idempotency-Key': key } }),
          409,
          'IDEMPOTENCY_MISMATCH',
        );
        const list = ok(await call('GET', '/addresses', { token: a }), 200, AddressList);
        assert.equal(list.items.filter((x) => x.id === first.id).length, 1, 'one address, not two');
        const bad = fails(await call('POST', '/addresses', { token: a, body: { ...input, mobile: '12345' } }), 400, 'VALIDATION_FAILED');
        assert.ok(bad.details?.some((d) => d.path === 'body.mobile'));
        fails(await call('PUT', `/addresses/${first.id}`, { token: b, body: input }), 404, 'NOT_FOUND');
        fails(await call('DELETE', `/addresses/${first.id}`, { token: b }), 404, 'NOT_FOUND');
        const others = ok(await call('GET', '/addresses', { token: b }), 200, AddressList);
        assert.ok(!others.items.some((x) => x.id === first.id), "B never sees A's address");
        const updated = ok(
          await call('PUT', `/addresses/${first.id}`, { token: a, body: { ...input, detail: '人民路13号' } }),
          200,
          Address,
        );
        assert.equal(updated.detail, '人民路13号');
        const gone = await call('DELETE', `/addresses/${first.id}`, { token: a });
        assert.equal(gone.status, 204);
        fails(await call('DELETE', `/addresses/${first.id}`, { token: a }), 404, 'NOT_FOUND');
      });
      it('drafts: save, read back, stale version, ownership, delete', async () => {
        note('drafts.save');
        note('drafts.get');
        note('drafts.list');
        note('drafts.delete');
        fails(await call('GET', '/drafts'), 401, 'UNAUTHORIZED');
        const saved = ok(await call('PUT', `/drafts/${form.id}`, { token: a, body: { data: { note: '草稿' } } }), 200, Draft);
        const read = ok(await call('GET', `/drafts/${form.id}`, { token: a }), 200, Draft);
        assert.deepEqual(read.data, { note: '草稿' });
        const next = ok(
          await call('PUT', `/drafts/${form.id}`, { token: a, body: { data: { note: '第二稿' }, baseVersion: saved.version } }),
          200,
          Draft,
        );
        assert.ok(next.version > saved.version);
        fails(await call('PUT', `/drafts/${form.id}`, { token: a, body: { data: {}, baseVersion: saved.version } }), 409, 'CONFLICT');
        fails(await call('GET', `/drafts/${form.id}`, { token: b }), 404, 'NOT_FOUND');
        const list = ok(await call('GET', '/drafts', { token: a }), 200, DraftList);
        assert.ok(list.items.some((d) => d.formId === form.id));
        assert.equal((await call('DELETE', `/drafts/${form.id}`, { token: a })).status, 204);
        fails(await call('GET', `/drafts/${form.id}`, { token: a }), 404, 'NOT_FOUND');
      });
      it('files: upload, metadata, content, type check, ownership', async () => {
        note('files.upload');
        note('files.get');
        note('files.content');
        note('files.delete');
        const meta = ok(await upload(a), 201, FileMeta);
        assert.equal(meta.size, PDF.byteLength);
        ok(await call('GET', `/files/${meta.id}`, { token: a }), 200, FileMeta);
        const content = await call('GET', `/files/${meta.id}/content`, { token: a });
        assert.equal(content.status, 200);
        assert.ok(content.text.startsWith('%PDF'));
        fails(await call('GET', `/files/${meta.id}`, { token: b }), 404, 'NOT_FOUND');
        fails(await call('GET', `/files/${meta.id}/content`, { token: b }), 404, 'NOT_FOUND');
        fails(
          await upload(a, new TextEncoder().encode('MZ not a pdf'), 'application/x-msdownload', 'a.exe'),
          415,
          'UNSUPPORTED_MEDIA_TYPE',
        );
        const spare = ok(await upload(a), 201, FileMeta);
        fails(await call('DELETE', `/files/${spare.id}`, { token: b }), 404, 'NOT_FOUND');
        assert.equal((await call('DELETE', `/files/${spare.id}`, { token: a })).status, 204);
      });
      it('agency requests', async () => {
        note('agencyRequests.create');
        note('agencyRequests.list');
        const all = ok(await call('GET', '/items', { query: { pageSize: 100 } }), 200, ItemSearchResult);
        const withAgency = all.items.find((hit) => hit.item.agencyAvailable);
        assert.ok(withAgency, 'some item offers 帮办代办');
        const created = ok(
          await call('POST', '/agency-requests', {
            token: a,
            headers: { 'Idempotency-Key': `agency-${Date.now()}` },
            body: {
              itemId: withAgency.item.id,
              contactName: '张三',
              mobile: '13800000000',
              description: '需要帮办',
              preferredContact: 'phone',
            },
          }),
          201,
          AgencyRequest,
        );
        assert.match(created.mobile, /\*/, 'the mobile is masked');
        const mine = ok(await call('GET', '/agency-requests', { token: a }), 200, AgencyRequestList);
        assert.ok(mine.items.some((r) => r.id === created.id));
        const theirs = ok(await call('GET', '/agency-requests', { token: b }), 200, AgencyRequestList);
        assert.ok(!theirs.items.some((r) => r.id === created.id));
      });
    });

    describe('applications', () => {
      let number = '';
      let queryCode = '';

      it('applications.create validates, is idempotent, and is owned', async () => {
        note('applications.create');
        note('applications.list');
        const data = await fillForm(form, {
          upload: async () => ok(await upload(a), 201, FileMeta).id,
          licenses,
          // 'today' in a schema is Beijing's date (between 16:00 and 24:00 UTC it is already tomorrow there).
          today: beijingDate(new Date()),
        });
        const materials = [];
        for (const m of item.guide.materials.filter((x) => !x.conditional)) {
          const license = m.licenseType ? licenses.find((l) => l.type === m.licenseType) : undefined;
          materials.push(
            license ? { materialId: m.id, licenseId: license.id } : { materialId: m.id, fileIds: [ok(await upload(a), 201, FileMeta).id] },
          );
        }
        const body = {
          itemId: item.id,
          formId: form.id,
          data,
          materials,
          channel: 'online',
          delivery: {
            method: 'express',
            address: { recipient: '张三', mobile: '13800000000', divisionCode: '410702', detail: '人民路12号' },
          },
        };
        const key = `app-${Date.now()}-${Math.random().toString(36).slice(2)}`;
        const first = await call('POST', '/applications', { token: a, body, headers: { 'Idempotency-Key': key } });
        const receipt = ok(first, 201, ApplicationReceipt);
        number = receipt.number;
        queryCode = receipt.queryCode;
        const replay = ok(
          await call('POST', '/applications', { token: a, body, headers: { 'Idempotency-Key': key } }),
          201,
          ApplicationReceipt,
        );
        assert.equal(replay.number, number, 'a retried submission does not create a second application');
        fails(
          await call('POST', '/applications', { token: a, body: { ...body, channel: 'offline' }, headers: { 'Idempotency-Key': key } }),
          409,
          'IDEMPOTENCY_MISMATCH',
        );
        const mine = ok(await call('GET', '/applications', { token: a, query: { pageSize: 100 } }), 200, ApplicationPage);
        assert.equal(mine.items.filter((x) => x.number === number).length, 1);
        const theirs = ok(await call('GET', '/applications', { token: b, query: { pageSize: 100 } }), 200, ApplicationPage);
        assert.ok(!theirs.items.some((x) => x.number === number), "B does not see A's application");

        const invalid = fails(
          await call('POST', '/applications', { token: a, body: { ...body, itemId: 'no-such-item' } }),
          404,
          'NOT_FOUND',
        );
        assert.ok(invalid.message);
        fails(
          await call('POST', '/applications', { token: a, body: { ...body, delivery: { method: 'drone' } } }),
          400,
          'VALIDATION_FAILED',
        );
        fails(await call('POST', '/applications', { body }), 401, 'UNAUTHORIZED');
      });

      it('applications.progress: owner, anonymous with the query code, same 404 for a wrong code', async () => {
        note('applications.progress');
        const own = ok(await call('GET', `/applications/${number}/progress`, { token: a }), 200, Progress);
        assert.equal(own.status, 'submitted');
        const anon = ok(await call('GET', `/applications/${number}/progress`, { query: { queryCode } }), 200, Progress);
        assert.equal(anon.number, number);
        const wrongCode = fails(
          await call('GET', `/applications/${number}/progress`, { query: { queryCode: queryCode === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA' } }),
          404,
          'NOT_FOUND',
        );
        const noSuch = fails(
          await call('GET', '/applications/YW2000010100001/progress', { query: { queryCode: 'AAAAAA' } }),
          404,
          'NOT_FOUND',
        );
        assert.equal(wrongCode.message, noSuch.message, 'no hint whether the number exists');
        fails(await call('GET', `/applications/${number}/progress`, { token: b }), 404, 'NOT_FOUND');
      });

      it('withdraw, supplement, evaluation and result follow the lifecycle', async (ctx) => {
        note('applications.withdraw');
        note('applications.supplement');
        note('applications.evaluate');
        note('applications.result');
        note('operator.act');
        note('operator.clock');
        note('operator.setClock');
        fails(
          await call('POST', `/applications/${number}/evaluation`, {
            token: a,
            body: { level: 5, indicators: { overall: 5, efficiency: 5, guideAccuracy: 5, convenience: 5, platformUsability: 5 }, tags: [] },
          }),
          409,
          'CONFLICT',
        );
        fails(await call('GET', `/applications/${number}/result`, { token: a }), 404, 'NOT_FOUND');
        if (!t.operatorToken) {
          ctx.skip('no operator token: lifecycle moves not checked');
          return;
        }
        const op = (action: Record<string, unknown>) =>
          call('POST', `/operator/applications/${number}/actions`, {
            token: t.operatorToken,
            body: action,
            headers: { 'Idempotency-Key': `op-${Date.now()}-${Math.random().toString(36).slice(2)}` },
          });
        fails(
          await call('POST', `/operator/applications/${number}/actions`, { token: a, body: { action: 'advance' } }),
          401,
          'UNAUTHORIZED',
        );
        ok(await op({ action: 'prereview' }), 200, Progress);
        const material = item.guide.materials[0]!;
        const paused = ok(
          await op({ action: 'request_supplement', reason: '材料不清晰', materials: [{ materialId: material.id }] }),
          200,
          Progress,
        );
        assert.equal(paused.status, 'supplement_requested');
        assert.ok(paused.supplement);
        fails(await op({ action: 'complete' }), 409, 'CONFLICT');
        const fileId = ok(await upload(a), 201, FileMeta).id;
        fails(
          await call('POST', `/applications/${number}/supplement`, {
            token: b,
            body: { supplementId: paused.supplement.id, materials: [{ materialId: material.id, fileIds: [fileId] }] },
          }),
          404,
          'NOT_FOUND',
        );
        const resumed = ok(
          await call('POST', `/applications/${number}/supplement`, {
            token: a,
            headers: { 'Idempotency-Key': `sup-${Date.now()}` },
            body: { supplementId: paused.supplement.id, materials: [{ materialId: material.id, fileIds: [fileId] }] },
          }),
          200,
          Progress,
        );
        assert.notEqual(resumed.status, 'supplement_requested');
        ok(await op({ action: 'accept' }), 200, Progress);
        const review = ok(await op({ action: 'start_review', departments: ['市场监管局', '消防救援大队'] }), 200, Progress);
        assert.equal(review.tracks.length, 2);
        assert.ok(review.deadline, 'the deadline counts from acceptance');
        let progress = review;
        for (let i = 0; i < 12 && progress.status !== 'completed'; i++) progress = ok(await op({ action: 'advance' }), 200, Progress);
        assert.equal(progress.status, 'completed');
        assert.ok(progress.events.length >= 8, 'every transition is an event');
        const owned = ok(await call('GET', `/applications/${number}/progress`, { token: a }), 200, Progress);
        assert.ok(owned.canEvaluate, 'the owner may evaluate a completed application');
        const evaluation = {
          level: 2,
          indicators: { overall: 2, efficiency: 2, guideAccuracy: 3, convenience: 2, platformUsability: 3 },
          tags: ['办理慢'],
        };
        fails(await call('POST', `/applications/${number}/evaluation`, { token: a, body: evaluation }), 400, 'VALIDATION_FAILED');
        ok(
          await call('POST', `/applications/${number}/evaluation`, { token: a, body: { ...evaluation, comment: '等待时间较长' } }),
          201,
          Evaluation,
        );
        fails(
          await call('POST', `/applications/${number}/evaluation`, { token: a, body: { ...evaluation, comment: '再评一次' } }),
          409,
          'CONFLICT',
        );
        const result = await call('GET', `/applications/${number}/result`, { token: a });
        if (progress.result?.outcome === 'approved') {
          assert.equal(result.status, 200);
          assert.ok(result.text.startsWith('%PDF'));
        }
        const clock = ok(await call('GET', '/operator/clock', { token: t.operatorToken }), 200, Clock);
        assert.equal(typeof clock.simulated, 'boolean');
        const set = ok(await call('PUT', '/operator/clock', { token: t.operatorToken, body: { now: null } }), 200, Clock);
        assert.equal(set.simulated, false);
      });

      it('notifications: one outbox message per step; webhook subscriptions queue them, log them and replay them', async (ctx) => {
        for (const id of ['outbox', 'webhooks', 'createWebhook', 'deleteWebhook', 'webhookDeliveries', 'replayWebhook'])
          note(`notifications.${id}`);
        if (!t.adminToken) {
          ctx.skip('no admin token: notifications not checked');
          return;
        }
        const admin = { token: t.adminToken };
        fails(await call('GET', '/admin/notifications'), 401, 'UNAUTHORIZED');
        fails(await call('GET', '/admin/webhooks', { token: a }), 403, 'NOT_STAFF');
        // The application of this describe: its steps are messages, oldest first by sequence.
        const outbox = ok(await call('GET', '/admin/notifications', { ...admin, query: { number, pageSize: 100 } }), 200, OutboxPage);
        const messages = outbox.items.toReversed();
        assert.equal(messages[0]?.kind, 'status_changed');
        assert.equal(messages[0]?.data.to, 'submitted');
        assert.ok(messages.every((m, i) => m.applicationNumber === number && (i === 0 || m.sequence > messages[i - 1]!.sequence)));
        assert.ok(messages.every((m) => m.text.zh.includes(number)));
        const status = ok(await call('GET', `/applications/${number}/progress`, { token: a }), 200, Progress).status;
        if (status === 'completed') {
          assert.ok(messages.some((m) => m.kind === 'supplement_requested' && m.data.supplement?.dueDate));
          assert.equal(messages.at(-1)?.kind, 'evaluation_invited');
        }
        fails(await call('POST', '/admin/webhooks', { ...admin, body: { url: 'javascript:alert(1)' } }), 400, 'VALIDATION_FAILED');
        const created = ok(
          await call('POST', '/admin/webhooks', {
            ...admin,
            body: { url: 'https://receiver.invalid/yiwang', kinds: ['status_changed'], description: 'conformance' },
            headers: { 'Idempotency-Key': `whk-${Date.now()}` },
          }),
          201,
          WebhookSubscriptionCreated,
        );
        assert.ok(created.secret.length >= 24);
        const listed = ok(await call('GET', '/admin/webhooks', admin), 200, WebhookSubscriptionList);
        assert.ok(listed.items.some((s) => s.id === created.id));
        assert.ok(!JSON.stringify(listed).includes(created.secret), 'the secret is shown once');
        // Messages from before the subscription are queued by a replay from their sequence, of its kinds only.
        const first = messages[0]!.sequence;
        const replay = ok(
          await call('POST', `/admin/webhooks/${created.id}/replay`, { ...admin, body: { fromSequence: first } }),
          200,
          WebhookReplayResult,
        );
        const mine = messages.filter((m) => m.kind === 'status_changed');
        assert.ok(replay.queued >= mine.length);
        const log = ok(
          await call('GET', `/admin/webhooks/${created.id}/deliveries`, { ...admin, query: { fromSequence: first, pageSize: 100 } }),
          200,
          WebhookDeliveryPage,
        );
        const queued = log.items.filter((d) => d.applicationNumber === number);
        assert.deepEqual(
          queued.map((d) => d.messageId),
          mine.map((m) => m.id),
        );
        assert.ok(
          log.items.every((d, i) => i === 0 || d.sequence > log.items[i - 1]!.sequence),
          'in sequence order',
        );
        ok(
          await call('POST', `/admin/webhooks/${created.id}/replay`, { ...admin, body: { deliveryId: queued[0]!.id } }),
          200,
          WebhookReplayResult,
        );
        fails(
          await call('POST', `/admin/webhooks/${created.id}/replay`, { ...admin, body: { fromSequence: 0 } }),
          400,
          'VALIDATION_FAILED',
        );
        assert.equal((await call('DELETE', `/admin/webhooks/${created.id}`, admin)).status, 204);
        fails(await call('DELETE', `/admin/webhooks/${created.id}`, admin), 404, 'NOT_FOUND');
      });

      it("withdrawing is the owner's, and only before a decision", async () => {
        const list = ok(await call('GET', '/applications', { token: a, query: { pageSize: 100 } }), 200, ApplicationPage);
        const open = list.items.find((x) => ['submitted', 'prereview', 'accepted', 'reviewing', 'supplement_requested'].includes(x.status));
        if (!open) return;
        fails(await call('POST', `/applications/${open.number}/withdraw`, { token: b, body: { reason: '不需要了' } }), 404, 'NOT_FOUND');
        const withdrawn = ok(
          await call('POST', `/applications/${open.number}/withdraw`, {
            token: a,
            body: { reason: '不需要了' },
            headers: { 'Idempotency-Key': `wd-${Date.now()}` },
          }),
          200,
          Progress,
        );
        assert.equal(withdrawn.status, 'withdrawn');
        fails(await call('POST', `/applications/${open.number}/withdraw`, { token: a, body: { reason: '再撤一次' } }), 409, 'CONFLICT');
      });

      it('rate-limits anonymous progress queries with Retry-After', async (ctx) => {
        if (!t.progressRateLimit) {
          ctx.skip('rate limit not configured for this target');
          return;
        }
        const headers = t.clientHeader ? { [t.clientHeader]: `rate-${Date.now()}` } : {};
        let last = await call('GET', `/applications/${number}/progress`, { query: { queryCode }, headers });
        for (let i = 0; i < t.progressRateLimit + 1 && last.status !== 429; i++) {
          last = await call('GET', `/applications/${number}/progress`, { query: { queryCode }, headers });
        }
        fails(last, 429, 'RATE_LIMITED');
        assert.ok(Number(last.headers.get('retry-after')) > 0);
      });
    });

    describe('catalog administration', () => {
      const importFile = (content: string, name: string, type: string) => {
        const body = new FormData();
        body.append('file', new Blob([content], { type }), name);
        return body;
      };
      const CODE = '511A0116999001-511602000000-000-11511300008778693M-1-00';
      const NAME = '一致性检查试导入事项';

      it('admin.importCatalog: a dry run answers the diff and writes nothing; a bad row is 400 naming row and column', async (ctx) => {
        note('admin.importCatalog');
        const good = () =>
          importFile(
            JSON.stringify([{ name: NAME, code: CODE, department: '一致性检查局', type: 'licensing' }]),
            'c.json',
            'application/json',
          );
        const unauthorized = await call('POST', '/admin/catalog/imports', { raw: good(), query: { dryRun: 'true' } });
        assert.ok(
          [401, 403].includes(unauthorized.status),
          `without a token: 401, or 403 where imports are disabled (got ${unauthorized.status})`,
        );
        fails(unauthorized, unauthorized.status, unauthorized.status === 401 ? 'UNAUTHORIZED' : 'FORBIDDEN');
        // An applicant's token is no administrator's: 403 (NOT_STAFF, or FORBIDDEN where imports are disabled).
        const applicant = await call('POST', '/admin/catalog/imports', { token: a, raw: good(), query: { dryRun: 'true' } });
        fails(applicant, 403, unauthorized.status === 401 ? 'NOT_STAFF' : 'FORBIDDEN');
        if (!t.adminToken) {
          ctx.skip('no administrator token: imports not checked');
          return;
        }
        const dry = await call('POST', '/admin/catalog/imports', {
          token: t.adminToken,
          raw: good(),
          query: { dryRun: 'true', batch: '一致性检查' },
        });
        if (dry.status === 501) {
          fails(dry, 501, 'NOT_IMPLEMENTED');
          ctx.skip('the target offers no catalog import (501)');
          return;
        }
        const result = ok(dry, 200, CatalogImportResult);
        assert.deepEqual(result.diff.added, [CODE]);
        assert.equal(result.version, null, 'a dry run records no version');
        const search = ok(await call('GET', '/items', { query: { q: NAME } }), 200, ItemSearchResult);
        assert.ok(!search.items.some((hit) => hit.item.code === CODE), 'a dry run writes nothing');

        const csv = `事项名称,实施编码,实施主体,事项类型\n${NAME},${CODE},一致性检查局,不是类型\n`;
        const bad = fails(
          await call('POST', '/admin/catalog/imports', {
            token: t.adminToken,
            raw: importFile(csv, 'c.csv', 'text/csv'),
            headers: { 'Accept-Language': 'en' },
          }),
          400,
          'VALIDATION_FAILED',
        );
        assert.ok(
          bad.details?.some((d) => d.path === 'file.rows.2.事项类型' && /row 2/.test(d.message)),
          JSON.stringify(bad.details),
        );
        fails(
          await call('POST', '/admin/catalog/imports', { token: t.adminToken, raw: good(), query: { dryRun: 'maybe' } }),
          400,
          'VALIDATION_FAILED',
        );
      });
    });

    describe('staff (受理 clerks of two departments)', () => {
      let clerk = '';
      let otherClerk = '';
      let officer = '';
      let otherReviewer = '';
      let otherDepartment = '';
      let department = '';
      let number = '';

      const cases: string[] = [];

      /** Submits an application as A for an online item of `dept` (a person may apply for): its number. */
      const submitIn = async (dept: string, channel: 'online' | 'offline' = 'online'): Promise<string | null> => {
        const found = ok(await call('GET', '/items', { query: { department: dept, pageSize: 100 } }), 200, ItemSearchResult);
        const hit = found.items.find((h) => h.item.formId && h.item.audiences.includes('person'));
        if (!hit) return null;
        const target = ok(await call('GET', `/items/${hit.item.id}`), 200, ItemDetail);
        const schema = ok(await call('GET', `/forms/${target.formId}`), 200, FormSchema);
        const data = await fillForm(schema, {
          upload: async () => ok(await upload(a), 201, FileMeta).id,
          licenses,
          today: beijingDate(new Date()),
        });
        const materials = [];
        for (const m of target.guide.materials.filter((x) => !x.conditional)) {
          const license = m.licenseType ? licenses.find((l) => l.type === m.licenseType) : undefined;
          materials.push(
            license ? { materialId: m.id, licenseId: license.id } : { materialId: m.id, fileIds: [ok(await upload(a), 201, FileMeta).id] },
          );
        }
        const body = { itemId: target.id, formId: schema.id, data, materials, channel, delivery: { method: 'pickup' } };
        return ok(await call('POST', '/applications', { token: a, body }), 201, ApplicationReceipt).number;
      };

      before(async () => {
        if (!t.staffTokens) return;
        ({ clerk, otherClerk, officer = '', otherReviewer = '' } = await t.staffTokens(call));
        department = ok(await call('GET', '/me', { token: clerk }), 200, Profile).staff?.department ?? '';
        otherDepartment = ok(await call('GET', '/me', { token: otherClerk }), 200, Profile).staff?.department ?? '';
        for (let i = 0; i < 3; i++) {
          const submitted = department ? await submitIn(department) : null;
          if (submitted) cases.push(submitted);
        }
        number = cases[0] ?? '';
      });

      it('forms.versions and forms.publish: staff only; a publication is checked before anything is written', async (ctx) => {
        note('forms.versions');
        note('forms.publish');
        fails(await call('GET', `/forms/${form.id}/versions`), 401, 'UNAUTHORIZED');
        fails(await call('GET', `/forms/${form.id}/versions`, { token: a }), 403, 'NOT_STAFF');
        fails(await call('POST', `/forms/${form.id}/versions`, { token: a, body: form }), 403, 'NOT_STAFF');
        if (!t.staffTokens) {
          ctx.skip('no staff tokens: form versions not checked');
          return;
        }
        const list = ok(await call('GET', `/forms/${form.id}/versions`, { token: clerk }), 200, FormVersionList);
        assert.equal(list.items[0]!.version, form.version);
        assert.ok(list.items.every((v, i) => i === 0 || v.version < list.items[i - 1]!.version));
        fails(await call('GET', '/forms/no-such-form/versions', { token: clerk }), 404, 'NOT_FOUND');
        // Nothing below is valid, so nothing is published.
        const wrongId = fails(
          await call('POST', `/forms/${form.id}/versions`, { token: clerk, body: { ...form, id: 'other-form' } }),
          400,
          'VALIDATION_FAILED',
        );
        assert.ok(wrongId.details?.some((d) => d.path === 'body.id'));
        const { steps: _steps, ...noSteps } = form;
        fails(await call('POST', `/forms/${form.id}/versions`, { token: clerk, body: noSteps }), 400, 'VALIDATION_FAILED');
        if (item.departmentId !== department)
          fails(await call('POST', `/forms/${form.id}/versions`, { token: clerk, body: form }), 403, 'OTHER_DEPARTMENT');
        assert.equal(ok(await call('GET', `/forms/${form.id}`), 200, FormSchema).version, form.version);
      });

      it("staff.performance: the clerk's department only, with the public figures; applicants are not staff", async (ctx) => {
        note('staff.performance');
        fails(await call('GET', '/staff/performance'), 401, 'UNAUTHORIZED');
        fails(await call('GET', '/staff/performance', { token: a }), 403, 'NOT_STAFF');
        if (!t.staffTokens) {
          ctx.skip('no staff tokens: staff endpoints not checked');
          return;
        }
        const mine = ok(await call('GET', '/staff/performance', { token: clerk }), 200, StaffPerformance);
        assert.deepEqual(
          mine.departments.map((d) => d.departmentId),
          [department],
        );
        const open = ok(await call('GET', '/catalog/performance', { query: { from: mine.from, to: mine.to } }), 200, PublicPerformance);
        const { attention, ...figures } = mine;
        assert.deepEqual(
          figures.departments,
          open.departments.filter((d) => d.departmentId === department),
        );
        assert.ok(attention.overdue.length <= figures.departments[0]!.overdue);
      });

      it("staff.cases and staff.get: the clerk's department only; applicants are not staff", async (ctx) => {
        note('staff.cases');
        note('staff.get');
        fails(await call('GET', '/staff/cases'), 401, 'UNAUTHORIZED');
        fails(await call('GET', '/staff/cases', { token: a }), 403, 'NOT_STAFF');
        if (!t.staffTokens) {
          ctx.skip('no staff tokens: staff endpoints not checked');
          return;
        }
        assert.ok(department, "GET /me names the staff member's department");
        const queue = ok(await call('GET', '/staff/cases', { token: clerk, query: { pageSize: 100 } }), 200, StaffCasePage);
        assert.ok(queue.items.every((c) => c.department === department));
        const left = queue.items.filter((c) => c.deadline).map((c) => c.deadline!.workingDaysLeft);
        assert.deepEqual(
          left,
          [...left].sort((x, y) => x - y),
          'fewest working days left first',
        );
        if (!number) {
          ctx.skip(`no online item of ${department} to apply for`);
          return;
        }
        assert.ok(
          queue.items.some((c) => c.number === number && c.status === 'submitted'),
          'the new case is in the queue',
        );
        const view = ok(await call('GET', `/staff/cases/${number}`, { token: clerk }), 200, StaffCase);
        assert.equal(view.number, number);
        assert.ok(view.viewedFields.length > 0);
        fails(await call('GET', `/staff/cases/${number}`, { token: otherClerk }), 404, 'NOT_FOUND');
        fails(await call('GET', '/staff/cases', { token: clerk, query: { overdue: 'perhaps' } }), 400, 'VALIDATION_FAILED');
      });

      it('staff.accept and staff.reject: a reason is required; the acting clerk is on the event', async (ctx) => {
        note('staff.accept');
        note('staff.reject');
        if (!t.staffTokens || !t.operatorToken) {
          ctx.skip('needs staff tokens, the operator token and a case');
          return;
        }
        // The new cases of the clerk's department, moved to pre-review by the operator.
        for (const c of cases) {
          const moved = await call('POST', `/operator/applications/${c}/actions`, {
            token: t.operatorToken,
            body: { action: 'prereview' },
          });
          ok(moved, 200, Progress);
        }
        if (cases.length < 2) {
          ctx.skip(`fewer than two cases of ${department} to accept and refuse`);
          return;
        }
        const [toAccept, toReject] = cases as [string, string];
        fails(await call('POST', `/staff/cases/${toAccept}/accept`, { token: otherClerk, body: {} }), 404, 'NOT_FOUND');
        fails(await call('POST', `/staff/cases/${toAccept}/accept`, { token: a, body: {} }), 403, 'NOT_STAFF');
        const key = { 'Idempotency-Key': `accept-${Date.now()}-${Math.random().toString(36).slice(2)}` };
        const accepted = ok(
          await call('POST', `/staff/cases/${toAccept}/accept`, { token: clerk, body: {}, headers: key }),
          200,
          StaffCaseSummary,
        );
        assert.equal(accepted.status, 'accepted');
        const replay = await call('POST', `/staff/cases/${toAccept}/accept`, { token: clerk, body: {}, headers: key });
        assert.equal(ok(replay, 200, StaffCaseSummary).status, 'accepted', 'the same key replays the acceptance');
        fails(await call('POST', `/staff/cases/${toAccept}/accept`, { token: clerk, body: {} }), 409, 'CONFLICT');
        const view = ok(await call('GET', `/staff/cases/${toAccept}`, { token: clerk }), 200, StaffCase);
        assert.equal(view.events.at(-1)?.actor?.kind, 'staff');

        fails(await call('POST', `/staff/cases/${toReject}/reject`, { token: clerk, body: {} }), 400, 'VALIDATION_FAILED');
        const rejected = ok(
          await call('POST', `/staff/cases/${toReject}/reject`, { token: clerk, body: { reason: '一致性检查：材料不齐全' } }),
          200,
          StaffCaseSummary,
        );
        assert.equal(rejected.status, 'rejected');
      });

      it('staff actions after 受理: 补正, tracks of two departments, 决定, 制证, 寄递, 办结; applications.supplyDeferred', async (ctx) => {
        for (const id of [
          'supplement',
          'openTracks',
          'decideTrack',
          'decide',
          'certify',
          'dispatch',
          'complete',
          'suspend',
          'resume',
          'extend',
          'file',
        ])
          note(`staff.${id}`);
        for (const id of ['verify', 'check', 'revoke']) note(`documents.${id}`);
        note('applications.supplyDeferred');
        fails(
          await call('POST', `/applications/${number || 'YW2026010100001'}/deferred-materials`, { body: { materials: [] } }),
          401,
          'UNAUTHORIZED',
        );
        const third = cases[2];
        if (!third || !officer || !otherReviewer) {
          ctx.skip('needs a third case, an officer (制证, 寄递) and a reviewer of the other department');
          return;
        }
        const act = (token: string, path: string, body: unknown = {}) => call('POST', `/staff/cases/${third}/${path}`, { token, body });
        const status = async (token: string, path: string, body: unknown = {}) =>
          ok(await act(token, path, body), 200, StaffCaseSummary).status;
        fails(
          await call('POST', `/applications/${third}/deferred-materials`, {
            token: a,
            body: { materials: [{ materialId: 'none', fileIds: ['x'] }] },
          }),
          400,
          'VALIDATION_FAILED',
        );
        assert.equal(await status(clerk, 'accept'), 'accepted');
        fails(await act(otherReviewer, 'tracks', { departments: [] }), 404, 'NOT_FOUND');
        fails(await act(officer, 'tracks', { departments: [] }), 403, 'ROLE_REQUIRED');
        assert.equal(await status(clerk, 'tracks', { departments: [otherDepartment] }), 'reviewing');
        // The clock: a special procedure suspends it, resuming runs it again, one extension lengthens it.
        const procedure = { procedure: 'hearing', reason: '一致性检查：听证', expectedWorkingDays: 3 };
        fails(await act(officer, 'suspend', procedure), 403, 'ROLE_REQUIRED');
        fails(await act(clerk, 'suspend', { ...procedure, procedure: 'nap' }), 400, 'VALIDATION_FAILED');
        fails(await act(clerk, 'resume'), 409, 'CONFLICT');
        const suspended = ok(await act(clerk, 'suspend', procedure), 200, StaffCaseSummary);
        assert.equal(suspended.deadline?.suspended, true);
        assert.equal(suspended.deadline?.suspension?.procedure, 'hearing');
        assert.equal(ok(await call('GET', `/applications/${third}/progress`, { token: a }), 200, Progress).deadline?.suspended, true);
        fails(await act(clerk, 'suspend', procedure), 409, 'CONFLICT');
        assert.equal(ok(await act(clerk, 'resume'), 200, StaffCaseSummary).deadline?.suspended, false);
        fails(await act(otherClerk, 'extend', { workingDays: 2, reason: '一致性检查' }), 403, 'ROLE_REQUIRED');
        fails(await act(clerk, 'extend', { workingDays: 0, reason: '一致性检查' }), 400, 'VALIDATION_FAILED');
        const extended = ok(await act(clerk, 'extend', { workingDays: 2, reason: '一致性检查：延期' }), 200, StaffCaseSummary);
        assert.equal(extended.deadline?.extendedDays, 2);
        const view = ok(await call('GET', `/staff/cases/${third}`, { token: clerk }), 200, StaffCase);
        const materialId = view.materials[0]?.provision.materialId;
        if (materialId) {
          fails(await act(clerk, 'supplement', { reason: '补正', materials: [] }), 400, 'VALIDATION_FAILED');
          assert.equal(
            await status(clerk, 'supplement', { reason: '材料不清晰', materials: [{ materialId, note: '请重新上传' }] }),
            'supplement_requested',
          );
          const asked = ok(await call('GET', `/applications/${third}/progress`, { token: a }), 200, Progress);
          const answer = {
            supplementId: asked.supplement!.id,
            materials: [{ materialId, fileIds: [ok(await upload(a), 201, FileMeta).id] }],
          };
          ok(await call('POST', `/applications/${third}/supplement`, { token: a, body: answer }), 200, Progress);
          // The desk sees the answer's files and opens them: the handling departments' staff, not the applicant.
          const answered = ok(await call('GET', `/staff/cases/${third}`, { token: clerk }), 200, StaffCase);
          const fileId = answer.materials[0]!.fileIds[0]!;
          if (answered.supplementAnswer !== undefined) {
            assert.deepEqual(
              answered.supplementAnswer?.materials.flatMap((m) => m.files.map((f) => f.id)),
              [fileId],
            );
          }
          const opened = await call('GET', `/staff/cases/${third}/files/${fileId}`, { token: clerk });
          assert.equal(opened.status, 200);
          fails(await call('GET', `/staff/cases/${third}/files/${fileId}`, { token: a }), 403, 'NOT_STAFF');
          fails(await call('GET', `/staff/cases/${third}/files/no-such-file`, { token: clerk }), 404, 'NOT_FOUND');
        }
        fails(await act(clerk, `tracks/${otherDepartment}/decision`, { outcome: 'approved' }), 403, 'OTHER_DEPARTMENT');
        fails(await act(otherReviewer, 'decision', { outcome: 'approved' }), 404, 'NOT_FOUND');
        assert.equal(await status(otherReviewer, `tracks/${otherDepartment}/decision`, { outcome: 'approved' }), 'reviewing');
        fails(await act(clerk, 'decision', { outcome: 'approved' }), 409, 'CONFLICT');
        assert.equal(await status(clerk, `tracks/${department}/decision`, { outcome: 'approved' }), 'reviewing');
        fails(await act(clerk, 'decision', { outcome: 'denied' }), 400, 'VALIDATION_FAILED');
        fails(await act(otherClerk, 'decision', { outcome: 'approved' }), 403, 'ROLE_REQUIRED');
        assert.equal(await status(clerk, 'decision', { outcome: 'approved' }), 'decided');
        const decided = ok(await call('GET', `/applications/${third}/progress`, { token: a }), 200, Progress);
        if (decided.stages.find((s) => s.key === 'certifying')?.state !== 'skipped') {
          fails(await act(clerk, 'certify'), 403, 'ROLE_REQUIRED');
          assert.equal(await status(officer, 'certify'), 'certifying');
          await checkSealedResult(third, officer, clerk);
          const licenseId = ok(await call('GET', `/applications/${third}/progress`, { token: a }), 200, Progress).result?.licenseId;
          if (licenseId)
            assert.ok(ok(await call('GET', '/licenses', { token: a }), 200, LicenseList).items.some((l) => l.id === licenseId));
          const key = { 'Idempotency-Key': `dispatch-${Date.now()}-${Math.random().toString(36).slice(2)}` };
          const dispatched = await call('POST', `/staff/cases/${third}/dispatch`, { token: officer, body: {}, headers: key });
          assert.equal(ok(dispatched, 200, StaffCaseSummary).status, 'delivering');
          const replay = await call('POST', `/staff/cases/${third}/dispatch`, { token: officer, body: {}, headers: key });
          assert.equal(ok(replay, 200, StaffCaseSummary).status, 'delivering', 'the same key replays the dispatch');
        }
        assert.equal(await status(officer, 'complete'), 'completed');
        const events = ok(await call('GET', `/staff/cases/${third}`, { token: clerk }), 200, StaffCase).events;
        assert.ok(
          // From 受理 on: the operator moved the case to pre-review, which names no one.
          events.slice(events.findIndex((e) => e.to === 'accepted')).every((e) => e.actor),
          'every step names who acted',
        );
        // 差评整改: the applicant rates it 非常不满意; the lead department's reviewer records the 整改 once.
        note('staff.rectify');
        const rating = { overall: 1, efficiency: 1, guideAccuracy: 2, convenience: 1, platformUsability: 2 };
        const rated = await call('POST', `/applications/${third}/evaluation`, {
          token: a,
          body: { level: 1, indicators: rating, tags: [], comment: '一致性检查：差评' },
        });
        ok(rated, 201, Evaluation);
        const record = { finding: '一致性检查：核实情况', measures: '一致性检查：整改措施', contacted: true, applicantResponse: '认可' };
        fails(await act(clerk, 'rectification', { ...record, applicantResponse: undefined }), 400, 'VALIDATION_FAILED');
        fails(await act(officer, 'rectification', record), 403, 'ROLE_REQUIRED');
        fails(await act(otherReviewer, 'rectification', record), 404, 'NOT_FOUND');
        const rectified = ok(await act(clerk, 'rectification', record), 201, Evaluation);
        assert.equal(rectified.rectification?.measures, record.measures);
        fails(await act(clerk, 'rectification', record), 409, 'CONFLICT');
        const tracked = ok(await call('GET', `/applications/${third}/progress`, { token: a }), 200, Progress);
        assert.equal(tracked.evaluation?.rectification?.measures, record.measures);
      });

      it('staff.appointment: offline cases only, on a future working day; the tracker shows it', async (ctx) => {
        note('staff.appointment');
        fails(await call('POST', `/staff/cases/${number || 'YW2026010100001'}/appointment`, { token: a, body: {} }), 403, 'NOT_STAFF');
        const offline = department ? await submitIn(department, 'offline') : null;
        if (!t.staffTokens || !offline || !number) {
          ctx.skip("needs staff tokens and an online item of the clerk's department");
          return;
        }
        const at = (days: number) => `${beijingDate(new Date(Date.now() + days * 86_400_000))}T10:00:00+08:00`;
        const body = (days: number) => ({ at: at(days), place: '政务服务中心 一致性检查窗口', bring: ['身份证原件'] });
        fails(await call('POST', `/staff/cases/${number}/appointment`, { token: clerk, body: body(3) }), 409, 'CONFLICT');
        fails(await call('POST', `/staff/cases/${offline}/appointment`, { token: otherClerk, body: body(3) }), 404, 'NOT_FOUND');
        fails(await call('POST', `/staff/cases/${offline}/appointment`, { token: clerk, body: body(-1) }), 400, 'VALIDATION_FAILED');
        const needs = ok(
          await call('GET', '/staff/cases', { token: clerk, query: { needsAppointment: 'true', pageSize: 100 } }),
          200,
          StaffCasePage,
        );
        assert.ok(needs.items.some((c) => c.number === offline));
        // The first of the next two weeks' days the server counts as a working day (its holiday table decides).
        let set = null;
        for (let days = 1; days <= 14 && !set; days++) {
          const res = await call('POST', `/staff/cases/${offline}/appointment`, { token: clerk, body: body(days) });
          if (res.status === 200) set = ok(res, 200, StaffCaseSummary);
          else fails(res, 400, 'VALIDATION_FAILED');
        }
        assert.ok(set?.appointment, 'an appointment on a working day within two weeks');
        const tracked = ok(await call('GET', `/applications/${offline}/progress`, { token: a }), 200, Progress);
        assert.equal(tracked.appointment?.place, '政务服务中心 一致性检查窗口');
        assert.deepEqual(tracked.appointment?.bring, ['身份证原件']);
      });

      it("staff agency endpoints: 受理 staff of the item's department; another department sees nothing", async (ctx) => {
        for (const id of [
          'colleagues',
          'agencyRequests',
          'agencyRequest',
          'agencyAssign',
          'agencyProgress',
          'agencyLink',
          'agencyComplete',
          'agencyCancel',
        ])
          note(`staff.${id}`);
        fails(await call('GET', '/staff/agency-requests'), 401, 'UNAUTHORIZED');
        fails(await call('GET', '/staff/agency-requests', { token: a }), 403, 'NOT_STAFF');
        if (!t.staffTokens) {
          ctx.skip('no staff tokens');
          return;
        }
        ok(await call('GET', '/staff/agency-requests', { token: clerk }), 200, StaffAgencyPage);
        fails(await call('GET', '/staff/agency-requests', { token: clerk, query: { status: 'lost' } }), 400, 'VALIDATION_FAILED');
        const colleagues = ok(await call('GET', '/staff/colleagues', { token: clerk }), 200, ColleagueList);
        assert.ok(colleagues.items.length >= 1, "the clerk is among the department's staff");
        fails(
          await call('POST', '/staff/agency-requests/no-such-request/progress', { token: clerk, body: { note: '进展' } }),
          404,
          'NOT_FOUND',
        );
        const found = ok(await call('GET', '/items', { query: { department, pageSize: 100 } }), 200, ItemSearchResult);
        const hit = found.items.find((h) => h.item.agencyAvailable);
        if (!hit) {
          ctx.skip(`no item of ${department} offers agency help`);
          return;
        }
        const created = await call('POST', '/agency-requests', {
          token: a,
          body: {
            itemId: hit.item.id,
            contactName: '一致性检查',
            mobile: '13800001234',
            description: '一致性检查',
            preferredContact: 'phone',
          },
        });
        const id = ok(created, 201, AgencyRequest).id;
        const path = `/staff/agency-requests/${id}`;
        fails(await call('GET', path, { token: otherClerk }), 404, 'NOT_FOUND');
        fails(await call('POST', `${path}/progress`, { token: clerk, body: { note: '进展' } }), 409, 'CONFLICT');
        const assigned = ok(
          await call('POST', `${path}/assign`, { token: clerk, body: { agentUserId: colleagues.items[0]!.userId } }),
          200,
          StaffAgencyRequest,
        );
        assert.equal(assigned.status, 'assigned');
        assert.equal(
          ok(await call('POST', `${path}/progress`, { token: clerk, body: { note: '已联系' } }), 200, StaffAgencyRequest).status,
          'in_progress',
        );
        fails(
          await call('POST', `${path}/applications`, { token: clerk, body: { numbers: ['YW2099010100001'] } }),
          400,
          'VALIDATION_FAILED',
        );
        assert.equal(ok(await call('GET', path, { token: clerk }), 200, StaffAgencyRequest).events.length, 3);
        assert.equal(ok(await call('POST', `${path}/complete`, { token: clerk, body: {} }), 200, StaffAgencyRequest).status, 'completed');
        fails(await call('POST', `${path}/cancel`, { token: clerk, body: { reason: '重复' } }), 409, 'CONFLICT');
        const mine = ok(await call('GET', '/agency-requests', { token: a }), 200, AgencyRequestList).items.find((r) => r.id === id);
        assert.deepEqual(
          mine?.events?.map((e) => e.kind),
          ['submitted', 'assigned', 'progress', 'completed'],
        );
      });

      it('admin.caseViews lists the views; the staff directory masks identity numbers', async (ctx) => {
        note('admin.caseViews');
        note('admin.staffList');
        note('admin.staffPut');
        note('admin.staffDelete');
        fails(await call('GET', '/admin/staff', { token: a }), 403, 'NOT_STAFF');
        if (!t.adminToken) {
          ctx.skip('no administrator token');
          return;
        }
        if (number) {
          const views = ok(
            await call('GET', '/admin/audit/case-views', { token: t.adminToken, query: { number } }),
            200,
            CaseViewAuditPage,
          );
          assert.ok(views.items.length >= 1 && views.items.every((v) => v.number === number));
        }
        // A synthetic identity number (valid check character) no one signs in with.
        const idNumber = '11010519491231002X';
        const departments = ok(await call('GET', '/departments'), 200, DepartmentList);
        const put = { idNumber, name: '一致性检查', department: departments.items[0]!.id, roles: ['review'] };
        fails(
          await call('PUT', '/admin/staff', { token: t.adminToken, body: { ...put, idNumber: '110105194912310021' } }),
          400,
          'VALIDATION_FAILED',
        );
        const entry = ok(await call('PUT', '/admin/staff', { token: t.adminToken, body: put }), 200, StaffEntry);
        const again = ok(
          await call('PUT', '/admin/staff', { token: t.adminToken, body: { ...put, roles: ['review', 'certificate'] } }),
          200,
          StaffEntry,
        );
        assert.equal(again.id, entry.id, 'one entry per identity number');
        const list = await call('GET', '/admin/staff', { token: t.adminToken });
        assert.ok(ok(list, 200, StaffEntryList).items.some((e) => e.id === entry.id));
        assert.ok(!JSON.stringify(list.body).includes(idNumber), 'identity numbers are masked');
        assert.equal((await call('DELETE', `/admin/staff/${entry.id}`, { token: t.adminToken })).status, 204);
        fails(await call('DELETE', `/admin/staff/${entry.id}`, { token: t.adminToken }), 404, 'NOT_FOUND');
      });
    });

    describe('coverage of the endpoint table', () => {
      it('every endpoint of the contract was exercised', () => {
        note('auth.demoSignIn'); // used by the targets' token step where the backend offers it
        const missing = listEndpoints()
          .map((e) => e.id)
          .filter((id) => !covered.has(id));
        assert.deepEqual(missing, [], `endpoints without a conformance check: ${missing.join(', ')}`);
      });
    });
  });
}
