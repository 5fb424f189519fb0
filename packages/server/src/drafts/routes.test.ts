// The drafts endpoints over real HTTP.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertError, useServerApi } from '@yiwang/test/helpers/server-api';

const MAX_UPLOAD = 64 * 1024;
const testApi = useServerApi({ maxUploadBytes: MAX_UPLOAD });
const { api, tokens } = testApi;

describe('drafts', () => {
  test('save, read back, save on the current version, and 409 on a stale one', async () => {
    const first = await api('PUT', '/drafts/form-scjg-001', { token: tokens.person, body: { data: { operatorName: '李文博' } } });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.version, 1);
    assert.match(first.body.updatedAt, /\+08:00$/);
    const second = await api('PUT', '/drafts/form-scjg-001', {
      token: tokens.person,
      body: { data: { operatorName: '李文博', industry: 'retail' }, baseVersion: 1 },
    });
    assert.equal(second.body.version, 2);
    const stale = await api('PUT', '/drafts/form-scjg-001', {
      token: tokens.person,
      body: { data: { operatorName: '别的标签页' }, baseVersion: 1 },
    });
    assertError(stale, 409, 'CONFLICT');
    const read = await api('GET', '/drafts/form-scjg-001', { token: tokens.person });
    assert.deepEqual(read.body.data, { operatorName: '李文博', industry: 'retail' });
    assert.equal(read.body.version, 2);
    const list = await api('GET', '/drafts', { token: tokens.person });
    assert.ok(list.body.items.some((d: any) => d.formId === 'form-scjg-001' && d.version === 2));
    const overwrite = await api('PUT', '/drafts/form-scjg-001', { token: tokens.person, body: { data: {} } });
    assert.equal(overwrite.body.version, 3, 'a save without baseVersion overwrites and still counts');
  });

  test('drafts are per user: another user sees none', async () => {
    await api('PUT', '/drafts/form-bdc-002', { token: tokens.person, body: { data: { applicantName: '李文博' } } });
    assertError(await api('GET', '/drafts/form-bdc-002', { token: tokens.enterprise }), 404, 'NOT_FOUND');
    const list = await api('GET', '/drafts', { token: tokens.enterprise });
    assert.ok(!list.body.items.some((d: any) => d.formId === 'form-bdc-002'));
    assertError(await api('DELETE', '/drafts/form-bdc-002', { token: tokens.enterprise }), 404, 'NOT_FOUND');
    assert.equal((await api('GET', '/drafts/form-bdc-002', { token: tokens.person })).status, 200);
  });

  test('discard, then 404; an unknown form is 404; no token is 401', async () => {
    await api('PUT', '/drafts/form-wjw-001', { token: tokens.person, body: { data: { a: 1 } } });
    assert.equal((await api('DELETE', '/drafts/form-wjw-001', { token: tokens.person })).status, 204);
    assertError(await api('GET', '/drafts/form-wjw-001', { token: tokens.person }), 404, 'NOT_FOUND');
    assertError(await api('PUT', '/drafts/form-nope', { token: tokens.person, body: { data: {} } }), 404, 'NOT_FOUND');
    assertError(await api('GET', '/drafts'), 401, 'UNAUTHORIZED');
  });
});
