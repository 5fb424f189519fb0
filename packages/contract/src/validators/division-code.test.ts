import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PROVINCE_CODES, divisionLevel, isValidDivisionCode, parentDivisionCode } from './division-code.ts';

const NUM_RUNS = 300;
const LEVEL_DEPTH = { province: 0, city: 1, county: 2, township: 3 } as const;
const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const nonZero = (n: number) => digits(n).filter((s) => /[1-9]/.test(s));

const province = fc.constantFrom(...PROVINCE_CODES);
const provinceCode = province.map((p) => `${p}0000`);
const cityCode = fc.tuple(province, nonZero(2)).map(([p, c]) => `${p}${c}00`);
const countyCode = fc.tuple(province, digits(2), nonZero(2)).map(([p, c, x]) => p + c + x);
const townshipCode = fc.tuple(fc.oneof(cityCode, countyCode), nonZero(3)).map(([parent, t]) => parent + t);
const anyValidCode = fc.oneof(provinceCode, cityCode, countyCode, townshipCode);

describe('PROVINCE_CODES', () => {
  test('is exactly the GB/T 2260 province set', () => {
    const expected = [
      ...['11', '12', '13', '14', '15'],
      ...['21', '22', '23'],
      ...['31', '32', '33', '34', '35', '36', '37'],
      ...['41', '42', '43', '44', '45', '46'],
      ...['50', '51', '52', '53', '54'],
      ...['61', '62', '63', '64', '65'],
      ...['71', '81', '82'],
    ];
    assert.deepEqual([...PROVINCE_CODES].sort(), expected);
  });
});

describe('divisionLevel and isValidDivisionCode', () => {
  test('real codes get their level', () => {
    const cases = [
      ['110000', 'province'], // 北京市
      ['650000', 'province'], // 新疆维吾尔自治区
      ['820000', 'province'], // 澳门
      ['410700', 'city'], // 新乡市
      ['442000', 'city'], // 中山市
      ['410702', 'county'], // 新乡 红旗区
      ['429004', 'county'], // 仙桃市, 省直辖县级
      ['110101001', 'township'], // 东城区 东华门街道
      ['441900003', 'township'], // 东莞 东城街道, under a city without counties
    ] as const;
    for (const [code, level] of cases) {
      assert.equal(divisionLevel(code), level, code);
      assert.equal(isValidDivisionCode(code), true, code);
    }
  });

  test('malformed codes and unknown provinces are rejected', () => {
    const bad = [
      '',
      '000000',
      '990000',
      '100000',
      '000101',
      '1101',
      '11010',
      '1101011',
      '11010100',
      '1101010010',
      '110101000', // township part 000
      '110000001', // township directly under a province
      '990101001', // township under an unknown province
      'abcdef',
      '11010a',
      ' 110101',
      '１１０１０１',
    ];
    for (const code of bad) {
      assert.equal(divisionLevel(code), null, JSON.stringify(code));
      assert.equal(isValidDivisionCode(code), false, JSON.stringify(code));
    }
  });

  test('every generated code of each level is valid and gets that level', () => {
    const levelled = fc.oneof(
      provinceCode.map((c) => [c, 'province'] as const),
      cityCode.map((c) => [c, 'city'] as const),
      countyCode.map((c) => [c, 'county'] as const),
      townshipCode.map((c) => [c, 'township'] as const),
    );
    fc.assert(
      fc.property(levelled, ([code, level]) => {
        assert.equal(divisionLevel(code), level, code);
        assert.equal(isValidDivisionCode(code), true, code);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test('a 6-digit code is valid exactly when its first two digits are a province', () => {
    fc.assert(
      fc.property(digits(6), (code) => {
        assert.equal(isValidDivisionCode(code), PROVINCE_CODES.has(code.slice(0, 2)), code);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('parentDivisionCode', () => {
  test('real codes get their parent', () => {
    assert.equal(parentDivisionCode('110000'), null);
    assert.equal(parentDivisionCode('410700'), '410000');
    assert.equal(parentDivisionCode('410702'), '410700');
    assert.equal(parentDivisionCode('110101001'), '110101');
    assert.equal(parentDivisionCode('441900003'), '441900');
    // A county directly under a province-level unit skips the empty city level.
    assert.equal(parentDivisionCode('110001'), '110000');
  });

  test('invalid codes have no parent', () => {
    for (const code of ['', '990000', '110101000', 'abcdef']) assert.equal(parentDivisionCode(code), null, code);
  });

  test('climbing parents from any code reaches its province, one valid higher level at a time', () => {
    fc.assert(
      fc.property(anyValidCode, (code) => {
        let current = code;
        let steps = 0;
        for (let parent = parentDivisionCode(current); parent !== null; parent = parentDivisionCode(current)) {
          assert.equal(isValidDivisionCode(parent), true, `${current} → ${parent}`);
          assert.ok(LEVEL_DEPTH[divisionLevel(parent)!] < LEVEL_DEPTH[divisionLevel(current)!], `${current} → ${parent}`);
          assert.equal(parent.slice(0, 2), code.slice(0, 2));
          current = parent;
          assert.ok(++steps <= 3, code);
        }
        assert.equal(divisionLevel(current), 'province', code);
        assert.equal(current, `${code.slice(0, 2)}0000`);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
