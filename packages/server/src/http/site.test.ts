// The Node site's response headers, request ids, request logs and probes over
// real HTTP (createServer on a seeded in-memory PGlite), and which forwarding
// headers count (proxyTrust).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { seededPgliteDb } from '@yiwang/test/helpers/test-server';
import { createServer } from '../server.ts';
import type { YiwangServer } from '../server.ts';
import { trustProxy } from '../config.ts';
import { createLogger } from './log.ts';
import { proxyTrust } from './proxy.ts';

const SITE = 'https://zwfw.example.gov.cn';

describe('the Node site behind a trusted proxy', () => {
  let server: YiwangServer;
  let base = '';
  const lines: Array<Record<string, unknown>> = [];

  before(async () => {
    const log = createLogger({ level: 'info', format: 'json', write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) });
    server = await createServer({ corsOrigins: [SITE], trustProxy: true }, { db: await seededPgliteDb(), log });
    base = `http://127.0.0.1:${(await server.listen(0)).port}`;
  });
  after(() => server.close());

  test('every response carries the security headers: API, error, static file, probe', async () => {
    for (const path of ['/api/v1/departments', '/api/v1/no-such-endpoint', '/openapi.json', '/', '/no-such-page', '/healthz']) {
      const res = await fetch(`${base}${path}`);
      await res.arrayBuffer();
      assert.equal(res.headers.get('X-Content-Type-Options'), 'nosniff', path);
      assert.equal(res.headers.get('Referrer-Policy'), 'no-referrer', path);
      assert.match(res.headers.get('Permissions-Policy') ?? '', /camera=\(\), microphone=\(\), geolocation=\(\)/, path);
      assert.equal(res.headers.get('Strict-Transport-Security'), null, `${path}: no HSTS over plain http`);
      assert.match(res.headers.get('X-Request-Id') ?? '', /^[0-9a-f-]{36}$/, path);
    }
  });

  test("HSTS and the request id come from the trusted proxy's headers; the error envelope and the log carry the id", async () => {
    const res = await fetch(`${base}/api/v1/no-such-endpoint?secret=1`, {
      headers: { 'X-Forwarded-Proto': 'https', 'X-Request-Id': 'lb-7f3a9c' },
    });
    assert.equal(res.status, 404);
    assert.equal(res.headers.get('Strict-Transport-Security'), 'max-age=31536000');
    assert.equal(res.headers.get('X-Request-Id'), 'lb-7f3a9c');
    assert.equal(((await res.json()) as { error: { requestId: string } }).error.requestId, 'lb-7f3a9c');
    const line = lines.find((l) => l.requestId === 'lb-7f3a9c');
    assert.deepEqual(
      { ...line, time: undefined, durationMs: undefined },
      {
        time: undefined,
        level: 'info',
        msg: 'request',
        requestId: 'lb-7f3a9c',
        method: 'GET',
        path: '/api/v1/no-such-endpoint',
        status: 404,
        durationMs: undefined,
      },
    );
    assert.equal(typeof line!.durationMs, 'number');
    // A request id that could break a log line is replaced.
    const odd = await fetch(`${base}/healthz`, { headers: { 'X-Request-Id': 'id with spaces "quoted"' } });
    assert.match(odd.headers.get('X-Request-Id') ?? '', /^[0-9a-f-]{36}$/);
  });

  test('CORS answers the listed origin only', async () => {
    const listed = await fetch(`${base}/api/v1/departments`, { headers: { Origin: SITE } });
    await listed.arrayBuffer();
    assert.equal(listed.headers.get('Access-Control-Allow-Origin'), SITE);
    const other = await fetch(`${base}/api/v1/departments`, { headers: { Origin: 'https://elsewhere.example.com' } });
    await other.arrayBuffer();
    assert.equal(other.headers.get('Access-Control-Allow-Origin'), null);
  });

  test('probes: /healthz without the database, /readyz with it; probes are logged at debug only', async () => {
    const health = await fetch(`${base}/healthz`);
    assert.deepEqual(await health.json(), { status: 'ok' });
    assert.equal(health.headers.get('Cache-Control'), 'no-store');
    const ready = await fetch(`${base}/readyz`);
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { status: 'ready', catalog: { version: null } });
    assert.ok(!lines.some((l) => l.path === '/healthz' || l.path === '/readyz'));

    await server.db.close();
    const down = await fetch(`${base}/readyz`);
    assert.equal(down.status, 503);
    const reason = (await down.json()) as { status: string; reason: string };
    assert.equal(reason.status, 'unavailable');
    assert.equal(reason.reason, 'database');
    assert.equal((await fetch(`${base}/healthz`)).status, 200, 'the process is up all the same');
    assert.ok(lines.some((l) => l.level === 'warn' && l.msg === 'readiness: database unreachable'));
  });
});

test('proxyTrust: the client address is the nearest X-Forwarded-For entry that is not a trusted proxy', () => {
  const none = proxyTrust(trustProxy(undefined));
  assert.equal(none.trusts('10.0.0.2'), false);
  assert.equal(none.clientAddress('::ffff:10.0.0.2', '203.0.113.9'), '10.0.0.2', 'forwarding headers of an untrusted peer are ignored');

  const oneHop = proxyTrust(trustProxy('on'));
  assert.equal(oneHop.trusts('10.0.0.2'), true);
  // A client may send its own X-Forwarded-For; the proxy appends the address it saw, and that one counts.
  assert.equal(oneHop.clientAddress('10.0.0.2', '1.2.3.4, 203.0.113.9'), '203.0.113.9');
  assert.equal(oneHop.clientAddress('10.0.0.2', undefined), '10.0.0.2');
  assert.equal(proxyTrust(trustProxy('2')).clientAddress('10.0.0.2', '1.2.3.4, 203.0.113.9, 10.0.0.7'), '203.0.113.9');

  const listed = proxyTrust(trustProxy('10.0.0.0/8, 192.0.2.1'));
  assert.equal(listed.trusts('::ffff:10.1.2.3'), true);
  assert.equal(listed.trusts('198.51.100.4'), false);
  assert.equal(listed.clientAddress('192.0.2.1', '1.2.3.4, 203.0.113.9, 10.0.0.7'), '203.0.113.9');
  assert.equal(listed.clientAddress('198.51.100.4', '1.2.3.4'), '198.51.100.4');
  assert.throws(() => proxyTrust(trustProxy('proxy.internal')), /not an address/);
});
