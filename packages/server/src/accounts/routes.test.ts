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

describe('auth and me', () => {
  test('demo sign-in issues a token that expires after the configured lifetime, with the profile', async () => {
    const res = await api('POST', '/auth/demo-sign-in', { body: { userId: 'demo-person' } });
    assert.equal(res.status, 200);
    assert.equal(res.body.user.id, 'demo-person');
    assert.equal(res.body.user.kind, 'person');
    const now = await server.services.clock.now();
    const expiresIn = (Date.parse(res.body.expiresAt) - now.getTime()) / 1000;
    assert.ok(Math.abs(expiresIn - server.services.config.tokenTtlSeconds) < 60, `expires in ${expiresIn}s`);
    assert.match(res.body.expiresAt, /\+08:00$/);
  });

  test('me of the person: identity numbers masked, real values only in prefill', async () => {
    const stored = await storedUser('demo-person');
    const res = await api('GET', '/me', { token: tokens.person });
    assert.equal(res.status, 200);
    const me = res.body;
    assert.equal(me.name, stored.name);
    assert.ok(stored.idCard && stored.mobile);
    assert.equal(me.idCardMasked, maskIdCard(stored.idCard));
    assert.equal(me.mobileMasked, maskMobile(stored.mobile));
    assert.ok(!me.idCardMasked.includes(stored.idCard.slice(6, 14)), 'birth date hidden');
    assert.equal(me.enterprise, null);
    assert.equal(me.prefill.name, stored.name);
    assert.equal(me.prefill.idCard, stored.idCard);
    assert.equal(me.prefill.mobile, stored.mobile);
    // Gender and birth date come from the 居民身份证 number (17th digit, digits 7–14).
    assert.equal(me.prefill.birthDate, `${stored.idCard.slice(6, 10)}-${stored.idCard.slice(10, 12)}-${stored.idCard.slice(12, 14)}`);
    assert.equal(me.prefill.gender, Number(stored.idCard[16]) % 2 === 1 ? 'male' : 'female');
    if (stored.email) assert.equal(me.prefill.email, stored.email);
  });

  test('me of the enterprise: 统一社会信用代码 masked, enterprise prefill', async () => {
    const stored = await storedUser('demo-enterprise');
    assert.ok(stored.enterprise);
    const res = await api('GET', '/me', { token: tokens.enterprise });
    assert.equal(res.status, 200);
    assert.equal(res.body.kind, 'enterprise');
    assert.equal(res.body.enterprise.name, stored.enterprise.name);
    assert.equal(res.body.enterprise.legalPerson, stored.enterprise.legalPerson);
    assert.equal(res.body.enterprise.usccMasked, maskIdCard(stored.enterprise.uscc));
    assert.notEqual(res.body.enterprise.usccMasked, stored.enterprise.uscc);
    assert.equal(res.body.prefill.enterpriseName, stored.enterprise.name);
    assert.equal(res.body.prefill.uscc, stored.enterprise.uscc);
    assert.equal(res.body.prefill.legalPerson, stored.enterprise.legalPerson);
    // The name that goes with the identity number (the legal representative's).
    assert.equal(res.body.prefill.name, stored.enterprise.legalPerson);
    if (stored.idCard) assert.equal(res.body.idCardMasked, maskIdCard(stored.idCard));
  });

  test('demo sign-in switched off answers 404 as if the route did not exist', async () => {
    const config = server.services.config;
    config.demoSignIn = false;
    try {
      const res = await api('POST', '/auth/demo-sign-in', { body: { userId: 'demo-person' } });
      assertError(res, 404, 'NOT_FOUND');
      assert.equal(res.body.user, undefined);
    } finally {
      config.demoSignIn = true;
    }
  });

  test('sign-in for a user that is not a demo user is a validation error', async () => {
    const res = await api('POST', '/auth/demo-sign-in', { body: { userId: 'admin' } });
    assertError(res, 400, 'VALIDATION_FAILED');
    assert.ok(res.body.error.details.some((d: { path: string }) => d.path === 'body.userId'));
  });

  test('missing, malformed, expired, forged tokens and tokens of unknown users are 401 UNAUTHORIZED', async () => {
    const now = Math.floor((await server.services.clock.now()).getTime() / 1000);
    const expired = await server.services.signer.sign({ sub: 'demo-person', exp: now - 10 });
    const forged = await (await createTokenSigner('not-the-server-secret')).sign({ sub: 'demo-person', exp: now + 3600 });
    const [body, sig] = tokens.person.split('.');
    const tampered = `${btoa(JSON.stringify({ sub: 'demo-enterprise', exp: now + 3600 })).replace(/=+$/, '')}.${sig}`;
    const ghost = await server.services.signer.sign({ sub: 'no-such-user', exp: now + 3600 });
    for (const token of [undefined, 'garbage', `${body}.`, expired, forged, tampered, ghost]) {
      const res = await api('GET', '/me', token === undefined ? {} : { token });
      assertError(res, 401, 'UNAUTHORIZED');
    }
  });
});

describe('licenses', () => {
  test('each user sees their own e-licenses only', async () => {
    const person = await api('GET', '/licenses', { token: tokens.person });
    const enterprise = await api('GET', '/licenses', { token: tokens.enterprise });
    assert.equal(person.status, 200);
    assert.equal(enterprise.status, 200);
    const [p] = await server.services.db.query<{ n: number }>("SELECT count(*)::int AS n FROM licenses WHERE user_id = 'demo-person'");
    assert.equal(person.body.items.length, p!.n);
    assert.ok(person.body.items.length > 0);
    assert.ok(person.body.items.some((l: { type: string }) => l.type === 'id_card'));
    assert.ok(enterprise.body.items.some((l: { type: string }) => l.type === 'business_license'));
    const personIds = new Set(person.body.items.map((l: { id: string }) => l.id));
    assert.ok(enterprise.body.items.every((l: { id: string }) => !personIds.has(l.id)));
  });

  test('licenses need a token', async () => {
    assertError(await api('GET', '/licenses'), 401, 'UNAUTHORIZED');
  });
});

describe('divisions', () => {
  test('provinces without a parent, then one level at a time', async () => {
    const provinces = await api('GET', '/divisions');
    assert.equal(provinces.status, 200);
    assert.equal(provinces.body.items.length, 34);
    const henan = provinces.body.items.find((d: { code: string }) => d.code === '410000');
    assert.equal(henan.name, '河南省');
    assert.equal(henan.level, 'province');
    assert.equal(henan.hasChildren, true);
    const cities = await api('GET', '/divisions?parent=410000');
    assert.ok(cities.body.items.some((d: { code: string; name: string }) => d.code === '410700' && d.name === '新乡市'));
    const counties = await api('GET', '/divisions?parent=410700');
    const hongqi = counties.body.items.find((d: { code: string }) => d.code === '410702');
    assert.equal(hongqi.name, '红旗区');
    assert.equal(hongqi.pinyin, 'hongqiqu');
    assert.equal(hongqi.initials, 'hqq');
  });

  test('path from the province down', async () => {
    const res = await api('GET', '/divisions/410702/path');
    assert.equal(res.status, 200);
    assert.deepEqual(
      res.body.items.map((d: { name: string }) => d.name),
      ['河南省', '新乡市', '红旗区'],
    );
  });

  test('search by pinyin and initials finds 新乡市; level and parent narrow it', async () => {
    for (const q of ['xinxiang', 'xx', '新乡']) {
      const res = await api('GET', `/divisions/search?q=${encodeURIComponent(q)}&level=city`);
      assert.equal(res.status, 200);
      assert.ok(res.body.items.some((d: { code: string }) => d.code === '410700'), q);
      assert.ok(res.body.items.every((d: { level: string }) => d.level === 'city'), q);
    }
    const under = await api('GET', '/divisions/search?q=hq&parent=410700&limit=5');
    assert.equal(under.body.items[0].code, '410702');
    // Hits name their ancestors (province first), so they can be shown and picked without another request.
    assert.deepEqual(under.body.items[0].ancestors, [
      { code: '410000', name: '河南省', level: 'province' },
      { code: '410700', name: '新乡市', level: 'city' },
    ]);
    assert.ok(under.body.items.length <= 5);
    assert.ok(under.body.items.every((d: { code: string }) => d.code.startsWith('4107')));
  });

  test('bad codes are 400, well-formed unknown codes 404', async () => {
    const bad = await api('GET', '/divisions/abc/path');
    assertError(bad, 400, 'VALIDATION_FAILED');
    assert.equal(bad.body.error.details[0].path, 'params.code');
    // 99 is no province: the code is malformed, not merely unknown.
    const badParent = await api('GET', '/divisions?parent=999999');
    assertError(badParent, 400, 'VALIDATION_FAILED');
    assert.equal(badParent.body.error.details[0].path, 'query.parent');
    assertError(await api('GET', '/divisions?parent=419999'), 404, 'NOT_FOUND');
    assertError(await api('GET', '/divisions/410799/path'), 404, 'NOT_FOUND');
    assertError(await api('GET', '/divisions/search?q=xx&parent=419999'), 404, 'NOT_FOUND');
    assertError(await api('GET', '/divisions/search?q='), 400, 'VALIDATION_FAILED');
  });
});

describe('addresses', () => {
  const input = (over: Record<string, unknown> = {}) => ({
    recipient: '张三',
    mobile: '13800000000',
    divisionCode: '410702',
    detail: '人民路12号',
    ...over,
  });

  async function clear(token: string): Promise<void> {
    const list = await api('GET', '/addresses', { token });
    for (const a of list.body.items) assert.equal((await api('DELETE', `/addresses/${a.id}`, { token })).status, 204);
  }

  test('create, list, update, delete with one default at all times', async () => {
    await clear(tokens.person);
    const first = await api('POST', '/addresses', { token: tokens.person, body: input({ mobile: '+86 138-0000-0000' }) });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(first.body.isDefault, true, 'the first address is the default');
    assert.equal(first.body.mobile, '13800000000');
    assert.deepEqual(
      first.body.divisionPath.map((d: { name: string; level: string }) => `${d.name}:${d.level}`),
      ['河南省:province', '新乡市:city', '红旗区:county'],
    );
    assert.equal(first.body.postcode, null);

    const second = await api('POST', '/addresses', { token: tokens.person, body: input({ recipient: '李四', divisionCode: '110105', detail: '建国路88号', postcode: '100022' }) });
    assert.equal(second.status, 201);
    assert.equal(second.body.isDefault, false);
    assert.equal(second.body.postcode, '100022');

    const third = await api('POST', '/addresses', { token: tokens.person, body: input({ recipient: '王五', divisionCode: '410702003', isDefault: true }) });
    assert.equal(third.body.isDefault, true);
    assert.equal(third.body.divisionPath.length, 4);

    let list = await api('GET', '/addresses', { token: tokens.person });
    assert.deepEqual(
      list.body.items.map((a: { id: string }) => a.id),
      [third.body.id, second.body.id, first.body.id],
      'default first, then newest',
    );
    assert.deepEqual(
      list.body.items.map((a: { isDefault: boolean }) => a.isDefault),
      [true, false, false],
    );

    const updated = await api('PUT', `/addresses/${first.body.id}`, { token: tokens.person, body: input({ detail: '人民路14号', isDefault: true }) });
    assert.equal(updated.status, 200);
    assert.equal(updated.body.detail, '人民路14号');
    assert.equal(updated.body.isDefault, true);
    assert.equal(updated.body.createdAt, first.body.createdAt);
    list = await api('GET', '/addresses', { token: tokens.person });
    assert.equal(list.body.items.filter((a: { isDefault: boolean }) => a.isDefault).length, 1);
    assert.equal(list.body.items[0].id, first.body.id);

    // Deleting the default hands it to the newest remaining address.
    assert.equal((await api('DELETE', `/addresses/${first.body.id}`, { token: tokens.person })).status, 204);
    list = await api('GET', '/addresses', { token: tokens.person });
    assert.deepEqual(
      list.body.items.map((a: { id: string; isDefault: boolean }) => [a.id, a.isDefault]),
      [
        [third.body.id, true],
        [second.body.id, false],
      ],
    );
    assertError(await api('DELETE', `/addresses/${first.body.id}`, { token: tokens.person }), 404, 'NOT_FOUND');

    // Unsetting the default hands it on; the only address left stays the default.
    const handed = await api('PUT', `/addresses/${third.body.id}`, { token: tokens.person, body: input({ isDefault: false }) });
    assert.equal(handed.body.isDefault, false);
    list = await api('GET', '/addresses', { token: tokens.person });
    assert.deepEqual(
      list.body.items.map((a: { id: string; isDefault: boolean }) => [a.id, a.isDefault]),
      [
        [second.body.id, true],
        [third.body.id, false],
      ],
    );
    assert.equal((await api('DELETE', `/addresses/${third.body.id}`, { token: tokens.person })).status, 204);
    const only = await api('PUT', `/addresses/${second.body.id}`, { token: tokens.person, body: input({ isDefault: false }) });
    assert.equal(only.body.isDefault, true);
  });

  test('the address book is bounded', async () => {
    await clear(tokens.enterprise);
    for (let i = 0; i < MAX_ADDRESSES; i++) {
      const res = await api('POST', '/addresses', { token: tokens.enterprise, body: input({ detail: `人民路${i + 1}号` }) });
      assert.equal(res.status, 201);
    }
    assertError(await api('POST', '/addresses', { token: tokens.enterprise, body: input() }), 409, 'CONFLICT');
    await clear(tokens.enterprise);
  });

  test('validation errors name the field', async () => {
    const badMobile = await api('POST', '/addresses', { token: tokens.person, body: input({ mobile: '12345' }) });
    assertError(badMobile, 400, 'VALIDATION_FAILED');
    assert.ok(badMobile.body.error.details.some((d: { path: string }) => d.path === 'body.mobile'));
    for (const divisionCode of ['410700', '410000', '410799']) {
      const res = await api('POST', '/addresses', { token: tokens.person, body: input({ divisionCode }) });
      assertError(res, 400, 'VALIDATION_FAILED');
      assert.deepEqual(
        res.body.error.details.map((d: { path: string }) => d.path),
        ['body.divisionCode'],
        divisionCode,
      );
    }
    const noDetail = await api('POST', '/addresses', { token: tokens.person, body: input({ detail: '   ' }) });
    assertError(noDetail, 400, 'VALIDATION_FAILED');
    assert.ok(noDetail.body.error.details.some((d: { path: string }) => d.path === 'body.detail'));
    assertError(await api('POST', '/addresses', { body: input() }), 401, 'UNAUTHORIZED');
  });

  test("another user's address is invisible and answers 404", async () => {
    const mine = await api('POST', '/addresses', { token: tokens.person, body: input({ recipient: '私人' }) });
    assert.equal(mine.status, 201);
    const theirs = await api('GET', '/addresses', { token: tokens.enterprise });
    assert.ok(theirs.body.items.every((a: { id: string; recipient: string }) => a.id !== mine.body.id && a.recipient !== '私人'));
    assertError(await api('PUT', `/addresses/${mine.body.id}`, { token: tokens.enterprise, body: input({ recipient: '黑客' }) }), 404, 'NOT_FOUND');
    assertError(await api('DELETE', `/addresses/${mine.body.id}`, { token: tokens.enterprise }), 404, 'NOT_FOUND');
    const still = await api('GET', '/addresses', { token: tokens.person });
    const kept = still.body.items.find((a: { id: string }) => a.id === mine.body.id);
    assert.equal(kept.recipient, '私人');
  });

  test('Idempotency-Key on create replays the first answer and creates one address', async () => {
    await clear(tokens.enterprise);
    const headers = { 'Idempotency-Key': `addr-${crypto.randomUUID()}` };
    const body = input({ recipient: '赵六', divisionCode: '441900003', detail: '东城大道1号' });
    const a = await api('POST', '/addresses', { token: tokens.enterprise, body, headers });
    const b = await api('POST', '/addresses', { token: tokens.enterprise, body, headers });
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    assert.equal(b.body.id, a.body.id);
    assert.equal(b.headers.get('Idempotency-Replayed'), 'true');
    const list = await api('GET', '/addresses', { token: tokens.enterprise });
    assert.equal(list.body.items.length, 1);
    const other = await api('POST', '/addresses', { token: tokens.enterprise, body: { ...body, detail: '东城大道2号' }, headers });
    assertError(other, 409, 'IDEMPOTENCY_MISMATCH');
  });

  test('parse splits a pasted line (no sign-in needed)', async () => {
    const res = await api('POST', '/addresses/parse', { body: { text: '河南省新乡市红旗区人民路12号 张三 13800000000' } });
    assert.equal(res.status, 200);
    assert.deepEqual(
      res.body.divisionPath.map((d: { code: string }) => d.code),
      ['410000', '410700', '410702'],
    );
    assert.equal(res.body.detail, '人民路12号');
    assert.equal(res.body.recipient, '张三');
    assert.equal(res.body.mobile, '13800000000');
    assertError(await api('POST', '/addresses/parse', { body: { text: '' } }), 400, 'VALIDATION_FAILED');
  });
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

describe('agency requests', () => {
  async function itemIds(agency: boolean): Promise<string[]> {
    const rows = await server.services.db.query<{ id: string }>(
      "SELECT id FROM items WHERE (data->>'agencyAvailable')::boolean = $1 ORDER BY position",
      [agency],
    );
    return rows.map((r) => r.id);
  }
  const request = (itemId: string) => ({
    itemId,
    contactName: '张三',
    mobile: '138 0000 1234',
    projectName: '新乡经开区智能装备产业园项目',
    description: '请协助准备备案材料',
    preferredContact: 'phone',
  });

  test('create numbers requests by day and masks the mobile; list is mine, newest first', async () => {
    const [itemId] = await itemIds(true);
    assert.ok(itemId, 'the seed has items with agency');
    const a = await api('POST', '/agency-requests', { token: tokens.person, body: request(itemId) });
    assert.equal(a.status, 201, JSON.stringify(a.body));
    assert.equal(a.body.status, 'submitted');
    assert.equal(a.body.mobile, '138****1234');
    assert.equal(a.body.itemId, itemId);
    assert.equal(a.body.itemName, server.services.catalog.item(itemId)?.name);
    assert.equal(a.body.agent, null);
    assert.match(a.body.number, /^DB\d{12}$/);
    const b = await api('POST', '/agency-requests', { token: tokens.person, body: request(itemId) });
    assert.equal(b.status, 201);
    assert.equal(Number(b.body.number.slice(10)), Number(a.body.number.slice(10)) + 1);
    assert.equal(b.body.number.slice(0, 10), a.body.number.slice(0, 10));

    const list = await api('GET', '/agency-requests', { token: tokens.person });
    assert.equal(list.status, 200);
    const numbers = list.body.items.map((r: { number: string }) => r.number);
    assert.ok(numbers.indexOf(b.body.number) < numbers.indexOf(a.body.number), 'newest first');
    assert.ok(list.body.items.every((r: { mobile: string }) => r.mobile.includes('****')));
    const theirs = await api('GET', '/agency-requests', { token: tokens.enterprise });
    assert.ok(theirs.body.items.every((r: { id: string }) => r.id !== a.body.id && r.id !== b.body.id));
  });

  test('an item without agency service is a 409 that says so; an unknown item 404', async () => {
    const [itemId] = await itemIds(false);
    assert.ok(itemId, 'the seed has items without agency');
    const res = await api('POST', '/agency-requests', { token: tokens.person, body: request(itemId) });
    assertError(res, 409, 'CONFLICT');
    assert.match(res.body.error.message, /代办/);
    assertError(await api('POST', '/agency-requests', { token: tokens.person, body: request('no-such-item') }), 404, 'NOT_FOUND');
  });
});
