import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { maskIdCard, maskMobile, maskName } from './mask.ts';

const NUM_RUNS = 300;
const codePoints = (s: string): number => Array.from(s).length;
const anyString = fc.string({ unit: 'binary', maxLength: 40 });

describe('maskIdCard', () => {
  test('keeps the first 4 and last 4 characters of an 18-character number', () => {
    assert.equal(maskIdCard('11010519491231002X'), '1101**********002X');
    assert.equal(maskIdCard('110105194912311234'), '1101**********1234');
  });

  test('masks the middle of a legacy 15-digit number too', () => {
    assert.equal(maskIdCard('110105491231002'), '1101*******1002');
  });

  test('masks input too short to hide at least 4 characters entirely', () => {
    assert.equal(maskIdCard(''), '');
    assert.equal(maskIdCard('1'), '*');
    assert.equal(maskIdCard('11010519'), '********');
    assert.equal(maskIdCard('11010519491'), '***********');
    assert.equal(maskIdCard('110105194912'), '1101****4912');
  });
});

describe('maskMobile', () => {
  test('keeps the first 3 and last 4 digits', () => {
    assert.equal(maskMobile('13812345678'), '138****5678');
  });

  test('masks input too short to hide at least 4 characters entirely', () => {
    assert.equal(maskMobile(''), '');
    assert.equal(maskMobile('1381234567'), '**********');
    assert.equal(maskMobile('138'), '***');
  });
});

describe('maskName', () => {
  test('keeps the first character only', () => {
    assert.equal(maskName('张三'), '张*');
    assert.equal(maskName('李小龙'), '李**');
    assert.equal(maskName('欧阳娜娜'), '欧***');
  });

  test('a one-character name is masked whole, an empty one stays empty', () => {
    assert.equal(maskName('张'), '*');
    assert.equal(maskName(''), '');
    assert.equal(maskName('   '), '');
  });

  test('trims, keeps separators visible, counts characters outside the BMP as one', () => {
    assert.equal(maskName('  张三 '), '张*');
    assert.equal(maskName('阿卜杜拉·买买提'), '阿***·***');
    assert.equal(maskName('John Smith'), 'J*** *****');
    assert.equal(maskName('𠮷野家'), '𠮷**');
  });

  test('never shows a character other than the first or a separator', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const masked = Array.from(maskName(s));
        const original = Array.from(s.trim());
        assert.equal(masked.length, original.length);
        masked.forEach((c, i) => {
          if (c !== '*') assert.ok((i === 0 && original.length > 1) || /[\s·•・]/.test(c), `${s} → ${masked.join('')}`);
        });
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('maskIdCard and maskMobile on any input', () => {
  const masks = [
    ['maskIdCard', maskIdCard, 4, 4],
    ['maskMobile', maskMobile, 3, 4],
  ] as const;
  for (const [name, mask, head, tail] of masks) {
    test(`${name} never throws, keeps the length, and hides at least 4 characters or all of them`, () => {
      fc.assert(
        fc.property(anyString, (s) => {
          const chars = Array.from(s);
          const masked = Array.from(mask(s));
          assert.equal(masked.length, chars.length);
          if (chars.length - head - tail < 4) {
            assert.equal(masked.join(''), '*'.repeat(chars.length));
          } else {
            assert.deepEqual(masked.slice(0, head), chars.slice(0, head));
            assert.deepEqual(masked.slice(-tail), chars.slice(-tail));
            assert.equal(masked.slice(head, -tail).join(''), '*'.repeat(chars.length - head - tail));
          }
          assert.equal(codePoints(mask(s)), codePoints(s));
        }),
        { numRuns: NUM_RUNS },
      );
    });
  }
});
