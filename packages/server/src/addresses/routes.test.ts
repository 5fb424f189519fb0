import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertError, useServerApi } from '@yiwang/test/helpers/server-api';
import { MAX_ADDRESSES } from './routes.ts';

const testApi = useServerApi();
const { api, tokens } = testApi;

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

    const second = await api('POST', '/addresses', {
      token: tokens.person,
      body: input({ recipient: '李四', divisionCode: '110105', detail: '建国路88号', postcode: '100022' }),
    });
    assert.equal(second.status, 201);
    assert.equal(second.body.isDefault, false);
    assert.equal(second.body.postcode, '100022');

    const third = await api('POST', '/addresses', {
      token: tokens.person,
      body: input({ recipient: '王五', divisionCode: '410702003', isDefault: true }),
    });
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

    const updated = await api('PUT', `/addresses/${first.body.id}`, {
      token: tokens.person,
      body: input({ detail: '人民路14号', isDefault: true }),
    });
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
    assertError(
      await api('PUT', `/addresses/${mine.body.id}`, { token: tokens.enterprise, body: input({ recipient: '黑客' }) }),
      404,
      'NOT_FOUND',
    );
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
