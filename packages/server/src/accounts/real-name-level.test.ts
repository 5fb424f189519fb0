// 实名认证等级 compared in the configured order (no server: the comparison alone).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { meetsRealNameLevel } from './real-name-level.ts';

const DEFAULT = ['L1', 'L2', 'L3', 'L4'];

test('a level meets the ones at or below it in the configured order, case aside', () => {
  assert.equal(meetsRealNameLevel(DEFAULT, 'L3', 'L3'), true);
  assert.equal(meetsRealNameLevel(DEFAULT, 'L3', 'l4'), true);
  assert.equal(meetsRealNameLevel(DEFAULT, 'L3', 'L2'), false);
  // A province's own codes, lowest first.
  const province = ['basic', 'verified', 'face'];
  assert.equal(meetsRealNameLevel(province, 'verified', 'face'), true);
  assert.equal(meetsRealNameLevel(province, 'face', 'verified'), false);
});

test('no level, or one the order does not know, meets nothing; an unknown requirement only itself', () => {
  assert.equal(meetsRealNameLevel(DEFAULT, 'L1', null), false);
  assert.equal(meetsRealNameLevel(DEFAULT, 'L1', undefined), false);
  assert.equal(meetsRealNameLevel(DEFAULT, 'L1', 'L9'), false);
  assert.equal(meetsRealNameLevel(DEFAULT, 'X', 'L4'), false);
  assert.equal(meetsRealNameLevel(DEFAULT, 'X', 'x'), true);
});
