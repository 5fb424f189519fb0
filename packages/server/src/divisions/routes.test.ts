import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertError, useServerApi } from '@yiwang/test/helpers/server-api';

const testApi = useServerApi();
const { api } = testApi;

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
      assert.ok(
        res.body.items.some((d: { code: string }) => d.code === '410700'),
        q,
      );
      assert.ok(
        res.body.items.every((d: { level: string }) => d.level === 'city'),
        q,
      );
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
