// The framework's own promises: a bug answers 500 INTERNAL with a requestId and
// no stack; CORS follows the allow-list; errors speak the request's language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer } from '@yiwang/test/helpers/test-server';
import type { TestServer } from '@yiwang/test/helpers/test-server';

let server: TestServer;
before(async () => {
  server = await startTestServer({ corsOrigins: ['https://www.xinxiang.gov.cn'] });
});
after(async () => {
  await server?.close();
});

test('a thrown bug becomes 500 INTERNAL with a requestId and no stack trace', async (t) => {
  const index = server.services.catalog.index;
  const original = index.search;
  index.search = () => {
    throw new Error('boom: secret internals at /srv/app.ts:42');
  };
  t.after(() => {
    index.search = original;
  });
  const errors: unknown[] = [];
  t.mock.method(console, 'error', (...args: unknown[]) => errors.push(args));
  const response = await fetch(`${server.apiUrl}/items?q=x`);
  const text = await response.text();
  assert.equal(response.status, 500);
  const body = JSON.parse(text) as { error: { code: string; requestId: string; message: string } };
  assert.equal(body.error.code, 'INTERNAL');
  assert.match(body.error.requestId, /^[0-9a-f-]{36}$/);
  assert.equal(response.headers.get('x-request-id'), body.error.requestId, 'the id in the body is the one in the header');
  assert.doesNotMatch(text, /boom|secret|\.ts:|\bat /, 'nothing of the failure leaks to the client');
  assert.ok(errors.length > 0, 'the failure is logged on the server with the request id');
});

test('CORS answers only allow-listed origins', async () => {
  const allowed = await fetch(`${server.apiUrl}/departments`, { headers: { Origin: 'https://www.xinxiang.gov.cn' } });
  assert.equal(allowed.headers.get('access-control-allow-origin'), 'https://www.xinxiang.gov.cn');
  const other = await fetch(`${server.apiUrl}/departments`, { headers: { Origin: 'https://evil.example' } });
  assert.equal(other.headers.get('access-control-allow-origin'), null);
  const preflight = await fetch(`${server.apiUrl}/applications`, {
    method: 'OPTIONS',
    headers: {
      Origin: 'https://www.xinxiang.gov.cn',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'authorization, idempotency-key, content-type',
    },
  });
  assert.ok(preflight.status === 204 || preflight.status === 200);
  assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);
});

test('security headers on every answer, and no caching of personal data', async () => {
  const response = await fetch(`${server.apiUrl}/me`);
  assert.equal(response.status, 401);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(response.headers.get('x-frame-options'), 'DENY');
  assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
});

test('error messages follow Accept-Language', async () => {
  const zh = (await (await fetch(`${server.apiUrl}/items/nope`)).json()) as { error: { message: string } };
  const en = (await (await fetch(`${server.apiUrl}/items/nope`, { headers: { 'Accept-Language': 'en' } })).json()) as {
    error: { message: string };
  };
  assert.match(zh.error.message, /[\u4e00-\u9fff]/);
  assert.doesNotMatch(en.error.message, /[\u4e00-\u9fff]/);
});
