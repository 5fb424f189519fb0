// The applications endpoints over real HTTP: submitting, my applications, progress.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertError, freshClient, useServerApi } from '@yiwang/test/helpers/server-api';
import type { Answer } from '@yiwang/test/helpers/server-api';
import { ADDRESS, createBody, personData } from '@yiwang/test/fixtures/applications';
import { beijingDate } from '../domain/time.ts';
import { DEMO_APPLICATIONS } from '../seed/demo-applications.ts';

const MAX_UPLOAD = 64 * 1024;
const testApi = useServerApi({ maxUploadBytes: MAX_UPLOAD });
const { api, uploadPdf, submit, actOk, tokens } = testApi;

describe('creating applications', () => {
  test('valid data answers 201 with the receipt and the query code', async () => {
    const fileId = await uploadPdf(tokens.person);
    await api('PUT', '/drafts/form-scjg-001', { token: tokens.person, body: { data: { operatorName: '李文博' } } });
    const res = await api('POST', '/applications', { token: tokens.person, body: createBody(fileId) });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const today = beijingDate(await testApi.server.services.clock.now()).replaceAll('-', '');
    assert.match(res.body.number, new RegExp(`^YW${today}\\d{5}$`));
    assert.match(res.body.queryCode, /^[A-HJ-KM-NP-Z2-9]{6}$/);
    assert.equal(res.body.status, 'submitted');
    assert.equal(res.body.itemName, '个体工商户设立登记');
    assert.equal(res.body.applicantName, '李**');
    assert.equal(res.body.dueDate, null);
    // The draft became the application.
    assertError(await api('GET', '/drafts/form-scjg-001', { token: tokens.person }), 404, 'NOT_FOUND');
    const progress = await api('GET', `/applications/${res.body.number}/progress`, { token: tokens.person });
    assert.equal(progress.body.events[0].to, 'submitted');
    assert.match(progress.body.events[0].message, /申请已提交/);
  });

  test('numbers of one day follow each other', async () => {
    const a = await submit();
    const b = await submit();
    assert.equal(Number(b.number.slice(-5)), Number(a.number.slice(-5)) + 1);
    assert.equal(a.number.slice(0, 10), b.number.slice(0, 10));
  });

  test('an invalid id card is 400 with the field path', async () => {
    const fileId = await uploadPdf(tokens.person);
    const body = createBody(fileId);
    body.data = { ...personData(fileId), operatorIdCard: '410721199005122356' };
    const res = await api('POST', '/applications', { token: tokens.person, body });
    assertError(res, 400, 'VALIDATION_FAILED');
    assert.deepEqual(
      res.body.error.details.map((d: any) => d.path),
      ['body.data.operatorIdCard'],
    );
  });

  test('fields shown by a condition are required, inside repeatable groups too', async () => {
    const fileId = await uploadPdf(tokens.person);
    const body = createBody(fileId);
    body.data = {
      ...personData(fileId),
      composition: 'family',
      familyMembers: [{ memberName: '王芳', memberIdCard: '123', memberRelation: 'spouse' }],
      employees: 0,
    };
    const res = await api('POST', '/applications', { token: tokens.person, body });
    assertError(res, 400, 'VALIDATION_FAILED');
    const paths = res.body.error.details.map((d: any) => d.path).sort();
    assert.deepEqual(paths, ['body.data.employees', 'body.data.familyMembers.0.memberIdCard', 'body.data.familyProof']);
  });

  test("someone else's file or license cannot be used", async () => {
    const theirs = await uploadPdf(tokens.enterprise);
    const mine = await uploadPdf(tokens.person);
    const body = createBody(mine);
    body.data = { ...personData(theirs), operatorIdLicense: 'lic-ent-business' };
    body.materials = [{ materialId: 'premises-lease', fileIds: [theirs] }];
    const res = await api('POST', '/applications', { token: tokens.person, body });
    assertError(res, 400, 'VALIDATION_FAILED');
    const paths = res.body.error.details.map((d: any) => d.path).sort();
    assert.deepEqual(paths, ['body.data.operatorIdLicense', 'body.data.premisesLease.0', 'body.materials.0.fileIds.0']);
  });

  test('a required material the applicant can neither upload nor reuse from an e-license is missing', async () => {
    // demo-enterprise holds no 居民身份证 e-license, so the person form cannot be completed by it.
    const fileId = await uploadPdf(tokens.enterprise);
    const res = await api('POST', '/applications', {
      token: tokens.enterprise,
      body: { ...createBody(fileId), data: { ...personData(fileId), operatorIdLicense: undefined } },
    });
    assertError(res, 400, 'VALIDATION_FAILED');
    const details: Array<{ path: string; message: string }> = res.body.error.details;
    assert.ok(
      details.some((d) => d.path === 'body.materials' && /居民身份证/.test(d.message)),
      JSON.stringify(details),
    );
    assert.ok(details.some((d) => d.path === 'body.data.operatorIdLicense'));
  });

  test('unknown item 404, the wrong form 400, an unknown division 400', async () => {
    const fileId = await uploadPdf(tokens.person);
    assertError(
      await api('POST', '/applications', { token: tokens.person, body: createBody(fileId, { itemId: 'scjg-999' }) }),
      404,
      'NOT_FOUND',
    );
    const wrongForm = await api('POST', '/applications', { token: tokens.person, body: createBody(fileId, { formId: 'form-bdc-002' }) });
    assertError(wrongForm, 400, 'VALIDATION_FAILED');
    assert.equal(wrongForm.body.error.details[0].path, 'body.formId');
    const nowhere = await api('POST', '/applications', {
      token: tokens.person,
      body: createBody(fileId, { delivery: { method: 'express', address: { ...ADDRESS, divisionCode: '410799' } } }),
    });
    assertError(nowhere, 400, 'VALIDATION_FAILED');
    assert.ok(
      nowhere.body.error.details.some((d: any) => d.path.startsWith('body.delivery.address.divisionCode')),
      JSON.stringify(nowhere.body),
    );
    // Where EMS does not deliver (香港), the answer says so, as the address picker does.
    const hongKong = await api('POST', '/applications', {
      token: tokens.person,
      body: createBody(fileId, { delivery: { method: 'express', address: { ...ADDRESS, divisionCode: '810000' } } }),
    });
    assertError(hongKong, 400, 'VALIDATION_FAILED');
    const detail = hongKong.body.error.details.find((d: any) => d.path === 'body.delivery.address.divisionCode');
    assert.match(detail?.message ?? '', /仅限中国大陆地区/, JSON.stringify(hongKong.body));
  });

  test('the same Idempotency-Key replays the first answer; another body with it is IDEMPOTENCY_MISMATCH', async () => {
    const fileId = await uploadPdf(tokens.person);
    const before = (await api('GET', '/applications?pageSize=100', { token: tokens.person })).body.total;
    const key = `submit-${Date.now()}-abcdef`;
    const first = await api('POST', '/applications', {
      token: tokens.person,
      body: createBody(fileId),
      headers: { 'Idempotency-Key': key },
    });
    const again = await api('POST', '/applications', {
      token: tokens.person,
      body: createBody(fileId),
      headers: { 'Idempotency-Key': key },
    });
    assert.equal(first.status, 201);
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('Idempotency-Replayed'), 'true');
    assert.equal(first.headers.get('Idempotency-Replayed'), null);
    assert.equal(again.body.number, first.body.number);
    assert.equal(again.body.queryCode, first.body.queryCode);
    const list = await api('GET', '/applications?pageSize=100', { token: tokens.person });
    assert.equal(list.body.total, before + 1);
    assert.equal(list.body.items.filter((a: any) => a.number === first.body.number).length, 1);
    const other = await api('POST', '/applications', {
      token: tokens.person,
      body: createBody(fileId, { channel: 'offline' }),
      headers: { 'Idempotency-Key': key },
    });
    assertError(other, 409, 'IDEMPOTENCY_MISMATCH');
  });

  test('a retry after a crash between creating the application and recording the answer finds the application, with a new query code', async () => {
    const fileId = await uploadPdf(tokens.person);
    const before = (await api('GET', '/applications?pageSize=100', { token: tokens.person })).body.total;
    const key = `crash-${Date.now()}-abcdef`;
    const first = await api('POST', '/applications', {
      token: tokens.person,
      body: createBody(fileId),
      headers: { 'Idempotency-Key': key },
    });
    assert.equal(first.status, 201);
    // As if the process stopped before recording the answer, more than a minute ago: the key counts as abandoned.
    await testApi.server.services.db.query(
      "UPDATE idempotency_keys SET status = NULL, response = NULL, created_at = now() - interval '2 minutes' WHERE key = $1",
      [key],
    );
    const retry = await api('POST', '/applications', {
      token: tokens.person,
      body: createBody(fileId),
      headers: { 'Idempotency-Key': key },
    });
    assert.equal(retry.status, 201, JSON.stringify(retry.body));
    assert.equal(retry.body.number, first.body.number, 'the same application');
    assert.notEqual(retry.body.queryCode, first.body.queryCode, 'a new query code (the first was never shown)');
    assert.equal(
      (await api('GET', '/applications?pageSize=100', { token: tokens.person })).body.total,
      before + 1,
      'exactly one application',
    );
    const anonymous = freshClient();
    assert.equal(
      (await api('GET', `/applications/${retry.body.number}/progress?queryCode=${retry.body.queryCode}`, { client: anonymous })).status,
      200,
      'the new code works',
    );
    assert.equal(
      (await api('GET', `/applications/${retry.body.number}/progress?queryCode=${first.body.queryCode}`, { client: anonymous })).status,
      404,
      'the old one does not',
    );
    // And now the answer is recorded: a further retry replays it.
    const replay = await api('POST', '/applications', {
      token: tokens.person,
      body: createBody(fileId),
      headers: { 'Idempotency-Key': key },
    });
    assert.equal(replay.headers.get('Idempotency-Replayed'), 'true');
    assert.equal(replay.body.queryCode, retry.body.queryCode);
  });

  test('after a failure that forgot the key, the same key with an edited submission is IDEMPOTENCY_MISMATCH, not the earlier application', async () => {
    const fileId = await uploadPdf(tokens.person);
    const key = `edited-${Date.now()}-abcdef`;
    const first = await api('POST', '/applications', {
      token: tokens.person,
      body: createBody(fileId),
      headers: { 'Idempotency-Key': key },
    });
    assert.equal(first.status, 201);
    // As if the answer failed after the commit: the key's record is gone (withIdempotency deletes it on a throw).
    await testApi.server.services.db.query('DELETE FROM idempotency_keys WHERE key = $1', [key]);
    const edited = await api('POST', '/applications', {
      token: tokens.person,
      body: createBody(fileId, { channel: 'offline' }),
      headers: { 'Idempotency-Key': key },
    });
    assertError(edited, 409, 'IDEMPOTENCY_MISMATCH');
  });
});

describe('my applications and progress', () => {
  test('the list is mine, newest first, masked, paged and filterable by status', async () => {
    const { number } = await submit();
    const list = await api('GET', '/applications?pageSize=5', { token: tokens.person });
    assert.equal(list.status, 200);
    assert.equal(list.body.items[0].number, number);
    assert.equal(list.body.pageSize, 5);
    assert.ok(list.body.total > 5);
    const times = list.body.items.map((a: any) => Date.parse(a.submittedAt));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
    );
    for (const a of list.body.items) assert.match(a.applicantName, /^李\*+$/);
    const mine = new Set(DEMO_APPLICATIONS.filter((d) => d.owner === 'demo-person').map((d) => d.number));
    const all = await api('GET', '/applications?pageSize=100', { token: tokens.person });
    assert.ok(all.body.items.every((a: any) => !DEMO_APPLICATIONS.some((d) => d.number === a.number) || mine.has(a.number)));
    const completed = await api('GET', '/applications?status=completed', { token: tokens.person });
    assert.ok(completed.body.items.length > 0);
    assert.ok(completed.body.items.every((a: any) => a.status === 'completed'));
    const page2 = await api('GET', '/applications?pageSize=5&page=2', { token: tokens.person });
    assert.notEqual(page2.body.items[0].number, list.body.items[0].number);
  });

  test('anyone with the number and query code sees the progress; a wrong code looks like an unknown number', async () => {
    const { number, queryCode } = await submit();
    const client = freshClient();
    const ok = await api('GET', `/applications/${number}/progress?queryCode=${queryCode}`, { client });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.equal(ok.body.applicantName, '李**');
    assert.equal(ok.body.canWithdraw, false, 'only the signed-in owner may withdraw');
    assert.equal(ok.body.delivery.recipient, '李**');
    assert.equal(ok.body.delivery.mobile, '138****1286');
    const wrong = await api('GET', `/applications/${number}/progress?queryCode=ZZZZZZ`, { client });
    const unknown = await api('GET', `/applications/YW2099010199999/progress?queryCode=${queryCode}`, { client });
    assertError(wrong, 404, 'NOT_FOUND');
    assertError(unknown, 404, 'NOT_FOUND');
    assert.equal(wrong.body.error.message, unknown.body.error.message);
    assertError(await api('GET', `/applications/${number}/progress`, { client }), 404, 'NOT_FOUND');
    const owner = await api('GET', `/applications/${number}/progress`, { token: tokens.person });
    assert.equal(owner.body.canWithdraw, true);
  });

  test('another signed-in user cannot read or change my application without the code', async () => {
    const { number, queryCode } = await submit();
    assertError(await api('GET', `/applications/${number}/progress`, { token: tokens.enterprise }), 404, 'NOT_FOUND');
    assertError(
      await api('POST', `/applications/${number}/withdraw`, { token: tokens.enterprise, body: { reason: '恶意撤回' } }),
      404,
      'NOT_FOUND',
    );
    assertError(await api('GET', `/applications/${number}/result`, { token: tokens.enterprise }), 404, 'NOT_FOUND');
    const withCode = await api('GET', `/applications/${number}/progress?queryCode=${queryCode}`, { token: tokens.enterprise });
    assert.equal(withCode.status, 200);
    assert.equal(withCode.body.canWithdraw, false);
  });

  test('more than 10 anonymous queries a minute are 429 with Retry-After', async () => {
    const demo = DEMO_APPLICATIONS[0]!;
    const client = freshClient();
    const statuses: number[] = [];
    let limited: Answer | undefined;
    // The window starts with the first query (http/rate-limit.ts), so exactly the 11th is refused.
    for (let i = 0; i < 11; i++) {
      const res = await api('GET', `/applications/${demo.number}/progress?queryCode=${demo.queryCode}`, { client });
      statuses.push(res.status);
      if (res.status === 429) limited ??= res;
    }
    assert.deepEqual(statuses, [...Array(10).fill(200), 429]);
    assert.ok(limited);
    assertError(limited, 429, 'RATE_LIMITED');
    assert.ok(Number(limited.headers.get('Retry-After')) >= 1);
    const other = await api('GET', `/applications/${demo.number}/progress?queryCode=${demo.queryCode}`, { client: freshClient() });
    assert.equal(other.status, 200, 'another client is not limited');
  });

  test('withdraw: possible until a decision, recorded, and only once', async () => {
    const { number } = await submit();
    await actOk(number, { action: 'prereview' });
    const res = await api('POST', `/applications/${number}/withdraw`, { token: tokens.person, body: { reason: '材料准备不全，重新申请' } });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.status, 'withdrawn');
    assert.equal(res.body.canWithdraw, false);
    assert.match(res.body.events.at(-1).message, /撤回.*材料准备不全/);
    assert.deepEqual(
      res.body.stages.map((s: any) => s.state),
      ['done', 'done', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped', 'skipped'],
    );
    assertError(
      await api('POST', `/applications/${number}/withdraw`, { token: tokens.person, body: { reason: '再撤一次' } }),
      409,
      'CONFLICT',
    );
    const decided = DEMO_APPLICATIONS.find((d) => d.status === 'decided')!;
    const owner = decided.owner === 'demo-person' ? tokens.person : tokens.enterprise;
    assertError(
      await api('POST', `/applications/${decided.number}/withdraw`, { token: owner, body: { reason: '不想要了' } }),
      409,
      'CONFLICT',
    );
  });

  test('every seeded demo application answers with its documented status and query code', async () => {
    const client = freshClient();
    for (const demo of DEMO_APPLICATIONS) {
      const res = await api('GET', `/applications/${demo.number}/progress?queryCode=${demo.queryCode}`, {
        client: `${client}-${demo.number}`,
      });
      assert.equal(res.status, 200, `${demo.number}: ${JSON.stringify(res.body)}`);
      assert.equal(res.body.status, demo.status, demo.number);
      // Events come sorted by time: a script that went back in time would show up here.
      assert.deepEqual(
        res.body.events.map((e: any) => e.from === null),
        res.body.events.map((_: unknown, i: number) => i === 0),
        `${demo.number} starts with its submission`,
      );
      const started = res.body.stages.filter((s: any) => s.startedAt).map((s: any) => Date.parse(s.startedAt));
      assert.deepEqual(
        started,
        [...started].sort((a, b) => a - b),
        `${demo.number} stages in order`,
      );
      assert.ok(Date.parse(res.body.events.at(-1).at) <= Date.now() + 1000, `${demo.number} nothing in the future`);
    }
    const byNote = (note: RegExp) => DEMO_APPLICATIONS.find((d) => note.test(d.note))!;
    const overdue = await api('GET', `/applications/${byNote(/overdue/).number}/progress?queryCode=${byNote(/overdue/).queryCode}`, {
      client: freshClient(),
    });
    assert.equal(overdue.body.deadline.overdue, true);
    const paused = byNote(/paused/);
    const p = await api('GET', `/applications/${paused.number}/progress?queryCode=${paused.queryCode}`, { client: freshClient() });
    assert.equal(p.body.deadline.paused, true);
    const ems = DEMO_APPLICATIONS[0]!;
    const e = await api('GET', `/applications/${ems.number}/progress?queryCode=${ems.queryCode}`, { client: freshClient() });
    assert.equal(e.body.delivery.carrier, 'EMS');
    assert.ok(e.body.delivery.events.length >= 3);
  });
});
