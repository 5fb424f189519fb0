import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertError, useServerApi } from '@yiwang/test/helpers/server-api';

const testApi = useServerApi();
const { api } = testApi;

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
