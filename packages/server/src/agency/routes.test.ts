import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertError, useServerApi } from '@yiwang/test/helpers/server-api';

const testApi = useServerApi();
const { api, tokens } = testApi;

describe('agency requests', () => {
  async function itemIds(agency: boolean): Promise<string[]> {
    const rows = await testApi.server.services.db.query<{ id: string }>(
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
    assert.equal(a.body.itemName, testApi.server.services.catalog.item(itemId)?.name);
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
