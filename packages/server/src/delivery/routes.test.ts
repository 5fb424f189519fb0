import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { maskIdCard, maskMobile } from '@yiwang/contract';
import { startTestServer } from '@yiwang/test/helpers/test-server';
import type { TestServer } from '@yiwang/test/helpers/test-server';
import { createTokenSigner } from '../http/auth.ts';
import { MAX_ADDRESSES } from '../addresses/routes.ts';

let server: TestServer;
const tokens: Record<'person' | 'enterprise', string> = { person: '', enterprise: '' };

interface Answer {
  status: number;
  headers: Headers;
  // Test code reads whatever the answer holds.
  body: any;
}

async function api(method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers['Authorization'] = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${server.apiUrl}${path}`, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

async function signIn(userId: string): Promise<string> {
  const res = await api('POST', '/auth/demo-sign-in', { body: { userId } });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  return res.body.token;
}

interface StoredUser {
  id: string;
  kind: string;
  name: string;
  idCard?: string;
  mobile?: string;
  email?: string;
  enterprise?: { name: string; uscc: string; legalPerson: string };
}

async function storedUser(id: string): Promise<StoredUser> {
  const [row] = await server.services.db.query<{ data: StoredUser }>('SELECT data FROM users WHERE id = $1', [id]);
  assert.ok(row, `seeded user ${id}`);
  return row.data;
}

function assertError(res: Answer, status: number, code: string): void {
  assert.equal(res.status, status, JSON.stringify(res.body));
  assert.equal(res.body.error.code, code);
  assert.equal(typeof res.body.error.message, 'string');
  assert.equal(typeof res.body.error.requestId, 'string');
}

before(async () => {
  server = await startTestServer();
  tokens.person = await signIn('demo-person');
  tokens.enterprise = await signIn('demo-enterprise');
});

after(async () => {
  await server?.close();
});

describe('delivery coverage', () => {
  test('mainland divisions are covered, with days growing with distance', async () => {
    const days = async (code: string) => {
      const res = await api('GET', `/delivery/coverage?divisionCode=${code}`);
      assert.equal(res.status, 200, code);
      assert.equal(res.body.covered, true, code);
      assert.equal(res.body.carrier, 'EMS');
      return [res.body.estimatedDays.min, res.body.estimatedDays.max];
    };
    assert.deepEqual(await days('410702'), [1, 2]); // 新乡 itself
    assert.deepEqual(await days('410702003'), [1, 2]);
    assert.deepEqual(await days('410102'), [1, 3]); // 郑州, same province
    assert.deepEqual(await days('420102'), [2, 4]); // 武汉, neighbouring 湖北
    assert.deepEqual(await days('440106'), [3, 5]); // 广州
    assert.deepEqual(await days('650102'), [5, 8]); // 乌鲁木齐
  });

  test('Hong Kong, Macao and Taiwan are not covered, with a reason', async () => {
    for (const code of ['810000', '820000', '710000']) {
      const res = await api('GET', `/delivery/coverage?divisionCode=${code}`);
      assert.equal(res.status, 200);
      assert.equal(res.body.covered, false);
      assert.equal(res.body.estimatedDays, null);
      assert.match(res.body.message, /大陆/);
    }
    const en = await api('GET', '/delivery/coverage?divisionCode=810000', { headers: { 'Accept-Language': 'en' } });
    assert.match(en.body.message, /mainland/);
  });

  test('unknown codes are 404, malformed ones 400', async () => {
    assertError(await api('GET', '/delivery/coverage?divisionCode=410799'), 404, 'NOT_FOUND');
    assertError(await api('GET', '/delivery/coverage?divisionCode=12'), 400, 'VALIDATION_FAILED');
    assertError(await api('GET', '/delivery/coverage'), 400, 'VALIDATION_FAILED');
  });
});
