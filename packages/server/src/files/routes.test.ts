// The files endpoints over real HTTP.
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

describe('files', () => {
  test('a PDF is stored with its SHA-256 and comes back byte for byte', async () => {
    const bytes = pdf('sha check');
    const res = await upload(person, bytes, '营业执照.pdf', 'application/pdf');
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.sha256, createHash('sha256').update(bytes).digest('hex'));
    assert.equal(res.body.size, bytes.length);
    assert.equal(res.body.contentType, 'application/pdf');
    assert.equal(res.body.name, '营业执照.pdf');
    const meta = await api('GET', `/files/${res.body.id}`, { token: person });
    assert.deepEqual(meta.body, res.body);
    const content = await fetch(`${server.apiUrl}/files/${res.body.id}/content`, { headers: { Authorization: `Bearer ${person}` } });
    assert.equal(content.status, 200);
    assert.equal(content.headers.get('Content-Type'), 'application/pdf');
    assert.match(content.headers.get('Content-Disposition') ?? '', /attachment/);
    assert.deepEqual(new Uint8Array(await content.arrayBuffer()), bytes);
  });

  test('a PNG without a declared type is recognised by its extension and content', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const res = await upload(person, png, 'photo.png', '');
    assert.equal(res.status, 201, JSON.stringify(res.body));
    assert.equal(res.body.contentType, 'image/png');
  });

  test('a disallowed type is 415, and so is an .exe renamed to .pdf', async () => {
    const typed = await upload(person, exe(), 'setup.exe', 'application/x-msdownload');
    assertError(typed, 415, 'UNSUPPORTED_MEDIA_TYPE');
    assert.match(typed.body.error.message, /PDF/);
    assertError(await upload(person, exe(), '身份证.pdf', 'application/pdf'), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  test('a file above the upload limit is 413', async () => {
    const big = new Uint8Array(MAX_UPLOAD + 1024);
    big.set(pdf());
    assertError(await upload(person, big, 'big.pdf', 'application/pdf'), 413, 'PAYLOAD_TOO_LARGE');
  });

  test("another user's file is 404 everywhere", async () => {
    const id = await uploadPdf(person);
    assertError(await api('GET', `/files/${id}`, { token: enterprise }), 404, 'NOT_FOUND');
    assertError(await api('GET', `/files/${id}/content`, { token: enterprise }), 404, 'NOT_FOUND');
    assertError(await api('DELETE', `/files/${id}`, { token: enterprise }), 404, 'NOT_FOUND');
    assert.equal((await api('GET', `/files/${id}`, { token: person })).status, 200);
  });

  test('a file of no application can be deleted; one attached to an application cannot', async () => {
    const loose = await uploadPdf(person);
    assert.equal((await api('DELETE', `/files/${loose}`, { token: person })).status, 204);
    assertError(await api('GET', `/files/${loose}`, { token: person }), 404, 'NOT_FOUND');
    const { fileId } = await submit();
    assertError(await api('DELETE', `/files/${fileId}`, { token: person }), 409, 'CONFLICT');
  });
});
