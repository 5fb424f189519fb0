// The server's route tests over real HTTP: `useServerApi()` starts one
// reference server for the test file (before its tests, closed after them),
// signs the two demo users in, and returns the calls the tests make. Each
// answer's body is whatever the server sent (JSON parsed where it is JSON).
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import type { ServerConfig } from '@yiwang/server';
import { startTestServer, TEST_OPERATOR_TOKEN } from './test-server.ts';
import type { TestServer } from './test-server.ts';
import { createBody, OPERATOR_PATH, pdf } from '../fixtures/applications.ts';
import type { OperatorStep } from '../fixtures/applications.ts';

export interface Answer {
  status: number;
  headers: Headers;
  // Test code reads whatever the answer holds.
  body: any;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** The client address the test server sees (rate limits are per client); `tests` unless given. */
  client?: string;
}

export interface ServerApi {
  /** The running server (set once the file's `before` hook has run). */
  readonly server: TestServer;
  /** Bearer tokens of `demo-person` and `demo-enterprise`. */
  readonly tokens: { person: string; enterprise: string };
  api(method: string, path: string, options?: CallOptions): Promise<Answer>;
  /** `POST /files` with one file. */
  upload(token: string, bytes: Uint8Array, name: string, type: string): Promise<Answer>;
  /** Uploads a small PDF; returns its file id. */
  uploadPdf(token: string, text?: string): Promise<string>;
  signIn(userId: string): Promise<string>;
  /** Submits a valid application (个体工商户设立登记) as demo-person; returns the receipt. */
  submit(overrides?: Record<string, unknown>): Promise<{ number: string; queryCode: string; fileId: string }>;
  /** An operator action on an application. */
  act(number: string, action: Record<string, unknown>): Promise<Answer>;
  /** An operator action that must succeed; returns the application. */
  actOk(number: string, action: Record<string, unknown>): Promise<any>;
  /**
   * Takes `submit()`'s application along OPERATOR_PATH (fixtures/applications.ts)
   * from the step `from` (the first by default) up to and including `to`; returns the application.
   */
  actAlong(number: string, to: OperatorStep, from?: OperatorStep): Promise<any>;
}

let clients = 0;
/** A fresh client address, so that one test's anonymous queries never count against another's. */
export const freshClient = (): string => `client-${++clients}`;

/** Asserts an error answer: its status, its code, and the envelope's message and requestId. */
export function assertError(res: Answer, status: number, code: string): void {
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.equal(res.body.error.code, code);
  assert.equal(typeof res.body.error.message, 'string');
  assert.equal(typeof res.body.error.requestId, 'string');
}

/**
 * `config` may be an async function, called when the server starts: for settings known
 * only once something else has started (an identity provider's issuer URL).
 */
export function useServerApi(config: Partial<ServerConfig> | (() => Promise<Partial<ServerConfig>>) = {}): ServerApi {
  let server: TestServer | undefined;
  const tokens = { person: '', enterprise: '' };

  const running = (): TestServer => {
    assert.ok(server, 'the test server starts in the before hook');
    return server;
  };

  const api = async (method: string, path: string, options: CallOptions = {}): Promise<Answer> => {
    const headers: Record<string, string> = { 'X-Test-Client': options.client ?? 'tests', ...options.headers };
    if (options.token) headers['Authorization'] = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(`${running().apiUrl}${path}`, {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // a binary or text answer stays as text
    }
    return { status: res.status, headers: res.headers, body };
  };

  const upload = async (token: string, bytes: Uint8Array, name: string, type: string): Promise<Answer> => {
    const form = new FormData();
    form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), name);
    const res = await fetch(`${running().apiUrl}/files`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form });
    return { status: res.status, headers: res.headers, body: await res.json() };
  };

  const uploadPdf = async (token: string, text?: string): Promise<string> => {
    const res = await upload(token, pdf(text), '租赁合同.pdf', 'application/pdf');
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id;
  };

  const signIn = async (userId: string): Promise<string> => {
    const res = await api('POST', '/auth/demo-sign-in', { body: { userId } });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.token;
  };

  const submit = async (overrides: Record<string, unknown> = {}) => {
    const fileId = await uploadPdf(tokens.person);
    const res = await api('POST', '/applications', { token: tokens.person, body: createBody(fileId, overrides) });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return { number: res.body.number as string, queryCode: res.body.queryCode as string, fileId };
  };

  const act = (number: string, action: Record<string, unknown>) =>
    api('POST', `/operator/applications/${number}/actions`, { token: TEST_OPERATOR_TOKEN, body: action });

  const actOk = async (number: string, action: Record<string, unknown>) => {
    const res = await act(number, action);
    assert.equal(res.status, 200, `${JSON.stringify(action)} → ${JSON.stringify(res.body)}`);
    return res.body;
  };

  const actAlong = async (number: string, to: OperatorStep, from: OperatorStep = OPERATOR_PATH[0].action) => {
    const steps = OPERATOR_PATH.map((step) => step.action);
    const [first, last] = [steps.indexOf(from), steps.indexOf(to)];
    assert.ok(first <= last, `${from} comes before ${to}`);
    let application: any;
    for (const step of OPERATOR_PATH.slice(first, last + 1)) application = await actOk(number, step);
    return application;
  };

  before(async () => {
    server = await startTestServer(typeof config === 'function' ? await config() : config);
    tokens.person = await signIn('demo-person');
    tokens.enterprise = await signIn('demo-enterprise');
  });

  after(async () => {
    await server?.close();
  });

  return {
    get server() {
      return running();
    },
    tokens,
    api,
    upload,
    uploadPdf,
    signIn,
    submit,
    act,
    actOk,
    actAlong,
  };
}
