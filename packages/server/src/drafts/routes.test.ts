// The drafts endpoints over real HTTP.
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

describe('drafts', () => {
  test('save, read back, save on the current version, and 409 on a stale one', async () => {
    const first = await api('PUT', '/drafts/form-scjg-001', { token: person, body: { data: { operatorName: '李文博' } } });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.version, 1);
    assert.match(first.body.updatedAt, /\+08:00$/);
    const second = await api('PUT', '/drafts/form-scjg-001', { token: person, body: { data: { operatorName: '李文博', industry: 'retail' }, baseVersion: 1 } });
    assert.equal(second.body.version, 2);
    const stale = await api('PUT', '/drafts/form-scjg-001', { token: person, body: { data: { operatorName: '别的标签页' }, baseVersion: 1 } });
    assertError(stale, 409, 'CONFLICT');
    const read = await api('GET', '/drafts/form-scjg-001', { token: person });
    assert.deepEqual(read.body.data, { operatorName: '李文博', industry: 'retail' });
    assert.equal(read.body.version, 2);
    const list = await api('GET', '/drafts', { token: person });
    assert.ok(list.body.items.some((d: any) => d.formId === 'form-scjg-001' && d.version === 2));
    const overwrite = await api('PUT', '/drafts/form-scjg-001', { token: person, body: { data: {} } });
    assert.equal(overwrite.body.version, 3, 'a save without baseVersion overwrites and still counts');
  });

  test('drafts are per user: another user sees none', async () => {
    await api('PUT', '/drafts/form-bdc-002', { token: person, body: { data: { applicantName: '李文博' } } });
    assertError(await api('GET', '/drafts/form-bdc-002', { token: enterprise }), 404, 'NOT_FOUND');
    const list = await api('GET', '/drafts', { token: enterprise });
    assert.ok(!list.body.items.some((d: any) => d.formId === 'form-bdc-002'));
    assertError(await api('DELETE', '/drafts/form-bdc-002', { token: enterprise }), 404, 'NOT_FOUND');
    assert.equal((await api('GET', '/drafts/form-bdc-002', { token: person })).status, 200);
  });

  test('discard, then 404; an unknown form is 404; no token is 401', async () => {
    await api('PUT', '/drafts/form-wjw-001', { token: person, body: { data: { a: 1 } } });
    assert.equal((await api('DELETE', '/drafts/form-wjw-001', { token: person })).status, 204);
    assertError(await api('GET', '/drafts/form-wjw-001', { token: person }), 404, 'NOT_FOUND');
    assertError(await api('PUT', '/drafts/form-nope', { token: person, body: { data: {} } }), 404, 'NOT_FOUND');
    assertError(await api('GET', '/drafts'), 401, 'UNAUTHORIZED');
  });
});
