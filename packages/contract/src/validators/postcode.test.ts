import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isValidPostcode } from './postcode.ts';

test('real postcodes are valid, including those starting with 0', () => {
  // 北京, 上海, 广州, 呼和浩特, 石家庄, 拉萨, 乌鲁木齐.
  for (const s of ['100000', '200000', '510000', '010000', '050000', '850000', '830000']) {
    assert.equal(isValidPostcode(s), true, s);
  }
});

test('a leading 9, 000000, wrong lengths and non-digits are rejected', () => {
  for (const s of ['900000', '999999', '000000', '', '10000', '1000000', '10000a', ' 100000', '１０００００', '10 000']) {
    assert.equal(isValidPostcode(s), false, JSON.stringify(s));
  }
});

test('over all one million 6-digit strings, exactly those starting 0-8 except 000000 are valid', () => {
  let valid = 0;
  for (let n = 0; n < 1_000_000; n++) {
    const s = String(n).padStart(6, '0');
    if (isValidPostcode(s)) {
      valid++;
      if (s[0] === '9' || s === '000000') assert.fail(`accepted ${s}`);
    }
  }
  assert.equal(valid, 900_000 - 1);
});
