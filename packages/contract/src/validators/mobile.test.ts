import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isValidMobile, normalizeMobile } from './mobile.ts';

const NUM_RUNS = 300;
const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const validMobile = fc.tuple(fc.constantFrom(...'3456789'), digits(9)).map(([second, rest]) => `1${second}${rest}`);

describe('isValidMobile', () => {
  test('accepts 1, then 3-9, then nine digits', () => {
    for (const s of ['13800138000', '14512345678', '15012345678', '16612345678', '17012345678', '18612345678', '19912345678']) {
      assert.equal(isValidMobile(s), true, s);
    }
  });

  test('rejects other prefixes, lengths and characters', () => {
    for (const s of [
      '',
      '10012345678',
      '11012345678',
      '12012345678',
      '23800138000',
      '1380013800',
      '138001380000',
      '1380013800a',
      '+8613800138000',
      '138 0013 8000',
      '１３８００１３８０００',
    ]) {
      assert.equal(isValidMobile(s), false, JSON.stringify(s));
    }
  });

  test('every generated mainland mobile number is accepted', () => {
    fc.assert(
      fc.property(validMobile, (s) => assert.equal(isValidMobile(s), true, s)),
      { numRuns: NUM_RUNS },
    );
  });

  test('a second digit 0-2 is rejected', () => {
    fc.assert(
      fc.property(fc.constantFrom(...'012'), digits(9), (second, rest) => {
        assert.equal(isValidMobile(`1${second}${rest}`), false);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test('a valid number cut or extended to any other length is rejected', () => {
    const length = fc.integer({ min: 0, max: 20 }).filter((n) => n !== 11);
    fc.assert(
      fc.property(validMobile, digits(9), length, (s, extra, n) => {
        assert.equal(isValidMobile((s + extra).slice(0, n)), false);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('normalizeMobile', () => {
  test('strips separators and the country code in its usual spellings', () => {
    for (const s of [
      '138 0013 8000',
      '138-0013-8000',
      '+86 138 0013 8000',
      '+86-13800138000',
      '008613800138000',
      '86 13800138000',
      '(+86) 138 0013 8000',
      '１３８００１３８０００',
      ' 13800138000 ',
    ]) {
      assert.equal(normalizeMobile(s), '13800138000', JSON.stringify(s));
    }
  });

  test('leaves an 86 that is not followed by exactly eleven digits alone', () => {
    assert.equal(normalizeMobile('86123456789'), '86123456789');
    assert.equal(normalizeMobile('+861380013800'), '+861380013800');
    assert.equal(isValidMobile(normalizeMobile('+861380013800')), false);
  });

  test('any formatting of a valid number normalizes back to it', () => {
    const prefix = fc.constantFrom('', '+86', '+86 ', '0086', '86', '86-', '(+86)');
    const separator = fc.constantFrom('', ' ', '-');
    fc.assert(
      fc.property(validMobile, prefix, separator, (s, p, sep) => {
        const formatted = `${p}${s.slice(0, 3)}${sep}${s.slice(3, 7)}${sep}${s.slice(7)}`;
        assert.equal(normalizeMobile(formatted), s, formatted);
        assert.equal(isValidMobile(normalizeMobile(formatted)), true);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
