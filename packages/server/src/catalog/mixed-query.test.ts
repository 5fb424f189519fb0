import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createMixedReader } from './mixed-query.ts';

const reader = createMixedReader(['营业执照', '身份证', '身份证丢了', '执照', '低保', '办理', 'ICP许可', '社保卡']);

describe('reading half-pinyin query words back into dictionary words', () => {
  test('letters in full pinyin or by initials, on either side of the Chinese', () => {
    for (const [typed, read] of [
      ['营业zhizhao', '营业执照'],
      ['yingye执照', '营业执照'],
      ['shenfen证', '身份证'],
      ['身份zheng', '身份证'],
      ['sfz丢了', '身份证丢了'],
      ['shenfz丢了', '身份证丢了'],
      ['banli营业zhizhao', '办理营业执照'],
      ['di保', '低保'],
      ['sbk补办', '社保卡补办'],
    ] as const)
      assert.equal(reader.readMixed(typed), read, typed);
  });
  test('characters typed as Chinese must be the word’s own; letters that spell no word leave the query as typed', () => {
    assert.equal(reader.readMixed('营业zhiqq'), null);
    assert.equal(reader.readMixed('qxz执照'), null);
    assert.equal(reader.readMixed('经营zhizhao'), '经营执照', 'zhizhao spells 执照 on its own');
    assert.equal(reader.readMixed('身份zh'), '身份证', 'an initial completes the word (the search box searches while one types)');
  });
  test('all-letters words read in full pinyin only, and homophones stay unread', () => {
    assert.equal(reader.readPinyin('yingyezhizhao'), '营业执照');
    assert.equal(reader.readPinyin('yyzz'), null, 'initials alone are too ambiguous');
    assert.equal(reader.readPinyin('zhizhao'), '执照');
    assert.equal(createMixedReader(['公示', '公式']).readPinyin('gongshi'), null, '公示 and 公式 are both gongshi');
  });
});
