// The operator endpoints over real HTTP: an application through its whole lifecycle.
// They are a development and test tool (the department's staff move real cases,
// staff/), off unless an operator token is configured.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, TEST_OPERATOR_TOKEN } from '@yiwang/test/helpers/test-server';
import { configFromEnv } from '../config.ts';
import { assertError, freshClient, useServerApi } from '@yiwang/test/helpers/server-api';
import { beijingDate } from '../domain/time.ts';

const MAX_UPLOAD = 64 * 1024;
const testApi = useServerApi({ maxUploadBytes: MAX_UPLOAD });
const { api, uploadPdf, submit, act, actOk, tokens } = testApi;

describe('the operator moves an application through its whole lifecycle', () => {
  test('supplement during parallel review, decision, EMS delivery, completion, result and one evaluation', async () => {
    const { number, queryCode } = await submit();
    const { calendar } = testApi.server.services;
    let p = await actOk(number, { action: 'prereview' });
    assert.equal(p.status, 'prereview');
    assert.equal(p.deadline, null);
    p = await actOk(number, { action: 'accept' });
    const today = beijingDate(await testApi.server.services.clock.now());
    assert.equal(p.deadline.startDate, today);
    assert.equal(p.deadline.dueDate, calendar.addWorkingDays(today, p.deadline.promisedDays));
    assert.equal(p.deadline.workingDaysLeft, p.deadline.promisedDays);
    assertError(await act(number, { action: 'decide', outcome: 'approved' }), 409, 'CONFLICT');

    const departments = ['新乡经济技术开发区市场监督管理局', '新乡经济技术开发区应急管理局'];
    p = await actOk(number, { action: 'start_review', departments });
    assert.deepEqual(
      p.tracks.map((t: any) => [t.department, t.state]),
      departments.map((d) => [d, 'in_progress']),
    );
    assert.equal(p.stages.find((s: any) => s.key === 'reviewing').state, 'current');

    p = await actOk(number, {
      action: 'request_supplement',
      reason: '租赁合同缺少出租方签字页',
      materials: [{ materialId: 'premises-lease', note: '补充签字页' }],
    });
    assert.equal(p.status, 'supplement_requested');
    assert.equal(p.deadline.paused, true);
    assert.equal(p.supplement.materials[0].name.includes('租赁合同'), true);
    const wrongId = await api('POST', `/applications/${number}/supplement`, {
      token: tokens.person,
      body: { supplementId: 'sup-wrong', materials: [{ materialId: 'premises-lease', fileIds: ['f-x'] }] },
    });
    assertError(wrongId, 409, 'CONFLICT');
    const theirs = await uploadPdf(tokens.enterprise);
    const notMine = await api('POST', `/applications/${number}/supplement`, {
      token: tokens.person,
      body: { supplementId: p.supplement.id, materials: [{ materialId: 'premises-lease', fileIds: [theirs] }] },
    });
    assertError(notMine, 400, 'VALIDATION_FAILED');
    const signed = await uploadPdf(tokens.person, 'signed');
    const answered = await api('POST', `/applications/${number}/supplement`, {
      token: tokens.person,
      body: { supplementId: p.supplement.id, materials: [{ materialId: 'premises-lease', fileIds: [signed] }], note: '已补签字页' },
    });
    assert.equal(answered.status, 200, JSON.stringify(answered.body));
    assert.equal(answered.body.status, 'reviewing');
    assert.equal(answered.body.deadline.paused, false);
    assert.ok(answered.body.supplement.respondedAt);
    assertError(await api('DELETE', `/files/${signed}`, { token: tokens.person }), 409, 'CONFLICT');

    p = await actOk(number, { action: 'track_decision', department: departments[1], outcome: 'approved', opinion: '消防安全条件符合要求' });
    assert.deepEqual(
      p.tracks.map((t: any) => t.state),
      ['in_progress', 'approved'],
    );
    assertError(await act(number, { action: 'decide', outcome: 'approved' }), 409, 'CONFLICT');
    p = await actOk(number, { action: 'advance' });
    assert.deepEqual(
      p.tracks.map((t: any) => t.state),
      ['approved', 'approved'],
    );
    p = await actOk(number, { action: 'decide', outcome: 'approved' });
    assert.equal(p.status, 'decided');
    assertError(await api('GET', `/applications/${number}/result`, { token: tokens.person }), 404, 'NOT_FOUND');

    p = await actOk(number, { action: 'certify' });
    assert.equal(p.result.documentName, '营业执照');
    assert.ok(p.result.licenseId);
    const licenses = await testApi.server.services.db.query<{ id: string }>('SELECT id FROM licenses WHERE user_id = $1', ['demo-person']);
    assert.ok(
      licenses.some((l) => l.id === p.result.licenseId),
      'the result e-license is issued to the applicant',
    );

    p = await actOk(number, { action: 'ship' });
    assert.equal(p.status, 'delivering');
    assert.match(p.delivery.waybillNumber, /^\d{13}$/);
    assert.equal(p.delivery.status, 'in_transit');
    p = await actOk(number, { action: 'delivery_event', location: '新乡市', description: '【新乡市】离开新乡邮区中心局' });
    assert.equal(p.status, 'delivering');
    p = await actOk(number, {
      action: 'delivery_event',
      location: '红旗区',
      description: '【红旗区】已签收，签收人：本人',
      delivered: true,
    });
    assert.equal(p.status, 'completed');
    assert.equal(p.delivery.status, 'delivered');
    assert.equal(p.delivery.events.length, 3);
    assert.deepEqual(
      p.delivery.divisionPath.map((d: any) => d.name),
      ['河南省', '新乡市', '红旗区', '西街街道'],
    );
    assert.ok(
      p.stages.every((s: any) => s.state === 'done'),
      JSON.stringify(p.stages),
    );
    assert.deepEqual(
      p.events.filter((e: any) => e.from !== e.to).map((e: any) => e.to),
      [
        'submitted',
        'prereview',
        'accepted',
        'reviewing',
        'supplement_requested',
        'reviewing',
        'decided',
        'certifying',
        'delivering',
        'completed',
      ],
    );
    assert.equal(p.result.downloadPath, null, 'the operator view has no download link');
    assertError(await act(number, { action: 'advance' }), 409, 'CONFLICT');

    const mine = await api('GET', `/applications/${number}/progress`, { token: tokens.person });
    assert.equal(mine.body.result.downloadPath, `/applications/${number}/result`);
    assert.equal(mine.body.canEvaluate, true);
    const doc = await fetch(`${testApi.server.apiUrl}/applications/${number}/result`, {
      headers: { Authorization: `Bearer ${tokens.person}` },
    });
    assert.equal(doc.status, 200);
    assert.equal(doc.headers.get('Content-Type'), 'application/pdf');
    // The operator's certify does not seal, but the download seals an approved result it finds unsealed
    // (the test server has a sealer): the signed PDF (seal.test.ts checks its signature).
    assert.equal(doc.headers.get('Yiwang-Result-Seal'), 'signed');
    const text = Buffer.from(await doc.arrayBuffer()).toString('latin1');
    assert.ok(text.startsWith('%PDF-1.7') && text.trimEnd().endsWith('%%EOF'));
    assert.match(text, /\/SubFilter\s*\/ETSI\.CAdES\.detached/);

    const evaluation = {
      level: 5,
      indicators: { overall: 5, efficiency: 5, guideAccuracy: 4, convenience: 5, platformUsability: 5 },
      tags: ['办事快捷'],
      comment: '很方便',
    };
    const first = await api('POST', `/applications/${number}/evaluation`, { token: tokens.person, body: evaluation });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(first.body.level, 5);
    assertError(await api('POST', `/applications/${number}/evaluation`, { token: tokens.person, body: evaluation }), 409, 'CONFLICT');
    const after = await api('GET', `/applications/${number}/progress?queryCode=${queryCode}`, { client: freshClient() });
    assert.equal(after.body.evaluation.comment, '很方便');
    assert.equal((await api('GET', `/applications/${number}/progress`, { token: tokens.person })).body.canEvaluate, false);
  });

  test('evaluation before completion is 409; a low rating needs a comment', async () => {
    const { number } = await submit();
    const body = { level: 4, indicators: { overall: 4, efficiency: 4, guideAccuracy: 4, convenience: 4, platformUsability: 4 }, tags: [] };
    assertError(await api('POST', `/applications/${number}/evaluation`, { token: tokens.person, body }), 409, 'CONFLICT');
    const low = await api('POST', `/applications/${number}/evaluation`, { token: tokens.person, body: { ...body, level: 1 } });
    assertError(low, 400, 'VALIDATION_FAILED');
  });

  test('advance walks a pickup application to completion', async () => {
    const { number } = await submit({ delivery: { method: 'pickup' } });
    let p: any;
    for (let i = 0; i < 12; i++) {
      p = await actOk(number, { action: 'advance' });
      if (p.status === 'completed') break;
    }
    assert.equal(p.status, 'completed');
    assert.equal(p.delivery.method, 'pickup');
    assert.match(p.delivery.pickupPlace, /窗口/);
    assert.ok(p.events.some((e: any) => /领取/.test(e.message)));
  });

  test('an action the state does not allow is 409 with a message; a bad token 401; an unknown number 404', async () => {
    const { number } = await submit();
    const res = await act(number, { action: 'ship' });
    assertError(res, 409, 'CONFLICT');
    assert.match(res.body.error.message, /已提交/);
    const en = await api('POST', `/operator/applications/${number}/actions`, {
      token: TEST_OPERATOR_TOKEN,
      body: { action: 'ship' },
      headers: { 'Accept-Language': 'en' },
    });
    assert.match(en.body.error.message, /submitted/);
    assertError(
      await api('POST', `/operator/applications/${number}/actions`, { token: tokens.person, body: { action: 'advance' } }),
      401,
      'UNAUTHORIZED',
    );
    assertError(await act('YW2099010199999', { action: 'advance' }), 404, 'NOT_FOUND');
  });

  test('the simulated clock moves a running deadline to overdue, and back', async () => {
    const { number, queryCode } = await submit();
    await actOk(number, { action: 'prereview' });
    await actOk(number, { action: 'accept' });
    const real = await api('GET', '/operator/clock', { token: TEST_OPERATOR_TOKEN });
    assert.equal(real.body.simulated, false);
    const later = new Date(Date.parse(real.body.now) + 30 * 86_400_000).toISOString();
    try {
      const set = await api('PUT', '/operator/clock', { token: TEST_OPERATOR_TOKEN, body: { now: later } });
      assert.equal(set.status, 200);
      assert.equal(set.body.simulated, true);
      assert.ok(Math.abs(Date.parse(set.body.now) - Date.parse(later)) < 60_000);
      const p = await api('GET', `/applications/${number}/progress?queryCode=${queryCode}`, { client: freshClient() });
      assert.equal(p.body.deadline.overdue, true);
      assert.ok(p.body.deadline.workingDaysLeft < 0);
    } finally {
      const reset = await api('PUT', '/operator/clock', { token: TEST_OPERATOR_TOKEN, body: { now: null } });
      assert.equal(reset.body.simulated, false);
    }
    const p = await api('GET', `/applications/${number}/progress?queryCode=${queryCode}`, { client: freshClient() });
    assert.equal(p.body.deadline.overdue, false);
  });

  test('off unless YIWANG_OPERATOR_TOKEN is set: without a token every operator endpoint is 403, whatever the caller sends', async () => {
    assert.equal(configFromEnv({}).operatorToken, null);
    assert.equal(configFromEnv({ YIWANG_OPERATOR_TOKEN: '' }).operatorToken, null);
    const { app, db, services } = await createTestApp({ operatorToken: null });
    try {
      const headers = { Authorization: `Bearer ${TEST_OPERATOR_TOKEN}`, 'Content-Type': 'application/json' };
      for (const [method, path, body] of [
        ['POST', '/api/v1/operator/applications/YW2026110300002/actions', { action: 'advance' }],
        ['GET', '/api/v1/operator/clock', undefined],
        ['PUT', '/api/v1/operator/clock', { now: null }],
      ] as const) {
        const res = await app.request(path, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
        assert.equal(res.status, 403, `${method} ${path}`);
        assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'FORBIDDEN');
      }
    } finally {
      await services.close();
      await db.close();
    }
  });
});
