// The operator endpoints over real HTTP: an application through its whole lifecycle.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { startTestServer, TEST_OPERATOR_TOKEN } from '@yiwang/test/helpers/test-server';
import type { TestServer } from '@yiwang/test/helpers/test-server';
import { beijingDate } from '../domain/time.ts';
import { DEMO_APPLICATIONS } from '../seed/demo-applications.ts';

let server: TestServer;
let person = '';
let enterprise = '';
const MAX_UPLOAD = 64 * 1024;

interface Answer {
  status: number;
  headers: Headers;
  // Test code reads whatever the answer holds.
  body: any;
}

interface Options {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** The client address the test server sees (rate limits are per client). */
  client?: string;
}

let clients = 0;
/** A fresh client address, so one test's anonymous queries never count against another's. */
const freshClient = () => `client-${++clients}`;

async function api(method: string, path: string, options: Options = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'X-Test-Client': options.client ?? 'tests', ...options.headers };
  if (options.token) headers['Authorization'] = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${server.apiUrl}${path}`, { method, headers, ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}) });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // a binary or text answer stays as text
  }
  return { status: res.status, headers: res.headers, body };
}

async function upload(token: string, bytes: Uint8Array, name: string, type: string): Promise<Answer> {
  const form = new FormData();
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), name);
  const res = await fetch(`${server.apiUrl}/files`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

function assertError(res: Answer, status: number, code: string): void {
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.equal(res.body.error.code, code);
  assert.equal(typeof res.body.error.message, 'string');
}

const pdf = (text = 'material') => new TextEncoder().encode(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
const exe = () => new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);

async function uploadPdf(token: string, text?: string): Promise<string> {
  const res = await upload(token, pdf(text), '租赁合同.pdf', 'application/pdf');
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.id;
}

const ADDRESS = { recipient: '李文博', mobile: '13837351286', divisionCode: '410702001', detail: '人民路 12 号 3 单元 501 室' };

/** Valid form data of 个体工商户设立登记 (form-scjg-001) for demo-person. */
function personData(leaseFileId: string): Record<string, unknown> {
  return {
    operatorName: '李文博',
    operatorIdCard: '410721199005122355',
    operatorMobile: '13837351286',
    operatorIdLicense: 'lic-person-id-card',
    composition: 'individual',
    submitter: 'self',
    industry: 'retail',
    businessScope: ['daily-goods'],
    employees: 2,
    capital: 5,
    premisesAddress: { divisionCode: '410702001', detail: '人民路 12 号' },
    premisesType: 'lease',
    premisesLease: [leaseFileId],
    foodType: 'none',
    declaration: ['true'],
  };
}

function createBody(leaseFileId: string, overrides: Record<string, unknown> = {}) {
  return {
    itemId: 'scjg-001',
    formId: 'form-scjg-001',
    data: personData(leaseFileId),
    materials: [{ materialId: 'premises-lease', fileIds: [leaseFileId] }],
    channel: 'online',
    delivery: { method: 'express', address: ADDRESS },
    ...overrides,
  };
}

/** Submits a valid application as demo-person; returns the receipt. */
async function submit(overrides: Record<string, unknown> = {}): Promise<{ number: string; queryCode: string; fileId: string }> {
  const fileId = await uploadPdf(person);
  const res = await api('POST', '/applications', { token: person, body: createBody(fileId, overrides) });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return { number: res.body.number, queryCode: res.body.queryCode, fileId };
}

const act = (number: string, action: Record<string, unknown>) =>
  api('POST', `/operator/applications/${number}/actions`, { token: TEST_OPERATOR_TOKEN, body: action });

async function actOk(number: string, action: Record<string, unknown>): Promise<any> {
  const res = await act(number, action);
  assert.equal(res.status, 200, `${JSON.stringify(action)} → ${JSON.stringify(res.body)}`);
  return res.body;
}

async function signIn(userId: string): Promise<string> {
  const res = await api('POST', '/auth/demo-sign-in', { body: { userId } });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.token;
}

before(async () => {
  server = await startTestServer({ maxUploadBytes: MAX_UPLOAD });
  person = await signIn('demo-person');
  enterprise = await signIn('demo-enterprise');
});

after(async () => {
  await server?.close();
});

describe('the operator moves an application through its whole lifecycle', () => {
  test('supplement during parallel review, decision, EMS delivery, completion, result and one evaluation', async () => {
    const { number, queryCode } = await submit();
    const { calendar } = server.services;
    let p = await actOk(number, { action: 'prereview' });
    assert.equal(p.status, 'prereview');
    assert.equal(p.deadline, null);
    p = await actOk(number, { action: 'accept' });
    const today = beijingDate(await server.services.clock.now());
    assert.equal(p.deadline.startDate, today);
    assert.equal(p.deadline.dueDate, calendar.addWorkingDays(today, p.deadline.promisedDays));
    assert.equal(p.deadline.workingDaysLeft, p.deadline.promisedDays);
    assertError(await act(number, { action: 'decide', outcome: 'approved' }), 409, 'CONFLICT');

    const departments = ['新乡经济技术开发区市场监督管理局', '新乡经济技术开发区应急管理局'];
    p = await actOk(number, { action: 'start_review', departments });
    assert.deepEqual(p.tracks.map((t: any) => [t.department, t.state]), departments.map((d) => [d, 'in_progress']));
    assert.equal(p.stages.find((s: any) => s.key === 'reviewing').state, 'current');

    p = await actOk(number, { action: 'request_supplement', reason: '租赁合同缺少出租方签字页', materials: [{ materialId: 'premises-lease', note: '补充签字页' }] });
    assert.equal(p.status, 'supplement_requested');
    assert.equal(p.deadline.paused, true);
    assert.equal(p.supplement.materials[0].name.includes('租赁合同'), true);
    const wrongId = await api('POST', `/applications/${number}/supplement`, { token: person, body: { supplementId: 'sup-wrong', materials: [{ materialId: 'premises-lease', fileIds: ['f-x'] }] } });
    assertError(wrongId, 409, 'CONFLICT');
    const theirs = await uploadPdf(enterprise);
    const notMine = await api('POST', `/applications/${number}/supplement`, { token: person, body: { supplementId: p.supplement.id, materials: [{ materialId: 'premises-lease', fileIds: [theirs] }] } });
    assertError(notMine, 400, 'VALIDATION_FAILED');
    const signed = await uploadPdf(person, 'signed');
    const answered = await api('POST', `/applications/${number}/supplement`, {
      token: person,
      body: { supplementId: p.supplement.id, materials: [{ materialId: 'premises-lease', fileIds: [signed] }], note: '已补签字页' },
    });
    assert.equal(answered.status, 200, JSON.stringify(answered.body));
    assert.equal(answered.body.status, 'reviewing');
    assert.equal(answered.body.deadline.paused, false);
    assert.ok(answered.body.supplement.respondedAt);
    assertError(await api('DELETE', `/files/${signed}`, { token: person }), 409, 'CONFLICT');

    p = await actOk(number, { action: 'track_decision', department: departments[1], outcome: 'approved', opinion: '消防安全条件符合要求' });
    assert.deepEqual(p.tracks.map((t: any) => t.state), ['in_progress', 'approved']);
    assertError(await act(number, { action: 'decide', outcome: 'approved' }), 409, 'CONFLICT');
    p = await actOk(number, { action: 'advance' });
    assert.deepEqual(p.tracks.map((t: any) => t.state), ['approved', 'approved']);
    p = await actOk(number, { action: 'decide', outcome: 'approved' });
    assert.equal(p.status, 'decided');
    assertError(await api('GET', `/applications/${number}/result`, { token: person }), 404, 'NOT_FOUND');

    p = await actOk(number, { action: 'certify' });
    assert.equal(p.result.documentName, '营业执照');
    assert.ok(p.result.licenseId);
    const licenses = await server.services.db.query<{ id: string }>('SELECT id FROM licenses WHERE user_id = $1', ['demo-person']);
    assert.ok(licenses.some((l) => l.id === p.result.licenseId), 'the result e-license is issued to the applicant');

    p = await actOk(number, { action: 'ship' });
    assert.equal(p.status, 'delivering');
    assert.match(p.delivery.waybillNumber, /^\d{13}$/);
    assert.equal(p.delivery.status, 'in_transit');
    p = await actOk(number, { action: 'delivery_event', location: '新乡市', description: '【新乡市】离开新乡邮区中心局' });
    assert.equal(p.status, 'delivering');
    p = await actOk(number, { action: 'delivery_event', location: '红旗区', description: '【红旗区】已签收，签收人：本人', delivered: true });
    assert.equal(p.status, 'completed');
    assert.equal(p.delivery.status, 'delivered');
    assert.equal(p.delivery.events.length, 3);
    assert.deepEqual(p.delivery.divisionPath.map((d: any) => d.name), ['河南省', '新乡市', '红旗区', '西街街道']);
    assert.ok(p.stages.every((s: any) => s.state === 'done'), JSON.stringify(p.stages));
    assert.deepEqual(p.events.filter((e: any) => e.from !== e.to).map((e: any) => e.to), [
      'submitted', 'prereview', 'accepted', 'reviewing', 'supplement_requested', 'reviewing', 'decided', 'certifying', 'delivering', 'completed',
    ]);
    assert.equal(p.result.downloadPath, null, 'the operator view has no download link');
    assertError(await act(number, { action: 'advance' }), 409, 'CONFLICT');

    const mine = await api('GET', `/applications/${number}/progress`, { token: person });
    assert.equal(mine.body.result.downloadPath, `/applications/${number}/result`);
    assert.equal(mine.body.canEvaluate, true);
    const doc = await fetch(`${server.apiUrl}/applications/${number}/result`, { headers: { Authorization: `Bearer ${person}` } });
    assert.equal(doc.status, 200);
    assert.equal(doc.headers.get('Content-Type'), 'application/pdf');
    const text = new TextDecoder().decode(await doc.arrayBuffer());
    assert.ok(text.startsWith('%PDF-1.4') && text.trimEnd().endsWith('%%EOF'));
    const xref = Number(/startxref\n(\d+)/.exec(text)![1]);
    assert.equal(text.slice(xref, xref + 4), 'xref', 'the xref offset points at the table');

    const evaluation = { level: 5, indicators: { overall: 5, efficiency: 5, guideAccuracy: 4, convenience: 5, platformUsability: 5 }, tags: ['办事快捷'], comment: '很方便' };
    const first = await api('POST', `/applications/${number}/evaluation`, { token: person, body: evaluation });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(first.body.level, 5);
    assertError(await api('POST', `/applications/${number}/evaluation`, { token: person, body: evaluation }), 409, 'CONFLICT');
    const after = await api('GET', `/applications/${number}/progress?queryCode=${queryCode}`, { client: freshClient() });
    assert.equal(after.body.evaluation.comment, '很方便');
    assert.equal((await api('GET', `/applications/${number}/progress`, { token: person })).body.canEvaluate, false);
  });

  test('evaluation before completion is 409; a low rating needs a comment', async () => {
    const { number } = await submit();
    const body = { level: 4, indicators: { overall: 4, efficiency: 4, guideAccuracy: 4, convenience: 4, platformUsability: 4 }, tags: [] };
    assertError(await api('POST', `/applications/${number}/evaluation`, { token: person, body }), 409, 'CONFLICT');
    const low = await api('POST', `/applications/${number}/evaluation`, { token: person, body: { ...body, level: 1 } });
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
    const en = await api('POST', `/operator/applications/${number}/actions`, { token: TEST_OPERATOR_TOKEN, body: { action: 'ship' }, headers: { 'Accept-Language': 'en' } });
    assert.match(en.body.error.message, /submitted/);
    assertError(await api('POST', `/operator/applications/${number}/actions`, { token: person, body: { action: 'advance' } }), 401, 'UNAUTHORIZED');
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
});
