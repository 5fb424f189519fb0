import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { idCardBirthDate, idCardCheckChar, idCardGender, isValidIdCard, normalizeIdCard } from './id-card.ts';
import { PROVINCE_CODES } from './division-code.ts';

// 2025-06-15 12:00 in Beijing: every date-dependent assertion is pinned to it.
const NOW = new Date('2025-06-15T04:00:00Z');
const DAY_MS = 86_400_000;
const NUM_RUNS = 300;

/**
 * Independent of the implementation's table: ISO 7064 MOD 11-2 defines the check c so that
 * sum(a_i * 2^(18-i)) + c ≡ 1 (mod 11) over positions i = 1..17, with 10 written as X.
 */
function referenceCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (2 ** (17 - i) % 11);
  const c = (((1 - sum) % 11) + 11) % 11;
  return c === 10 ? 'X' : String(c);
}

const withCheck = (body: string): string => body + referenceCheck(body);

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });

/** yyyymmdd of a UTC day in [1900-01-01, today in Beijing]. */
const birthDate = fc
  .integer({ min: Date.UTC(1900, 0, 1) / DAY_MS, max: Date.UTC(2025, 5, 15) / DAY_MS })
  .map((day) => new Date(day * DAY_MS).toISOString().slice(0, 10).replace(/-/g, ''));

const validIdCard = fc
  .tuple(fc.constantFrom(...PROVINCE_CODES), digits(4), birthDate, digits(3))
  .map(([province, county, date, sequence]) => withCheck(province + county + date + sequence));

describe('isValidIdCard: generated numbers', () => {
  test('every number built from a real province, a real past date and the check char is accepted', () => {
    fc.assert(
      fc.property(validIdCard, (id) => {
        assert.equal(isValidIdCard(id, NOW), true, id);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test('every single-character substitution is rejected, and changes the check char', () => {
    fc.assert(
      fc.property(validIdCard, (id) => {
        for (let i = 0; i < 18; i++) {
          const alphabet = i < 17 ? '0123456789' : '0123456789X';
          for (const c of alphabet) {
            if (c === id[i]) continue;
            const mutated = id.slice(0, i) + c + id.slice(i + 1);
            assert.equal(isValidIdCard(mutated, NOW), false, `${id} → ${mutated}`);
            // The check char alone catches it, whatever the date and province checks say.
            if (i < 17) assert.notEqual(idCardCheckChar(mutated.slice(0, 17)), id[17], mutated);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test('every transposition of two adjacent different digits changes the check char', () => {
    fc.assert(
      fc.property(validIdCard, (id) => {
        for (let i = 0; i < 16; i++) {
          if (id[i] === id[i + 1]) continue;
          const swapped = id.slice(0, i) + id[i + 1] + id[i] + id.slice(i + 2, 17);
          assert.notEqual(idCardCheckChar(swapped), id[17], `${id} swap at ${i}`);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test('idCardCheckChar agrees with the MOD 11-2 definition on any 17 digits', () => {
    fc.assert(
      fc.property(digits(17), (body) => {
        assert.equal(idCardCheckChar(body), referenceCheck(body));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test('birth date and gender are read from a valid number', () => {
    fc.assert(
      fc.property(validIdCard, (id) => {
        assert.equal(idCardBirthDate(id, NOW), `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`);
        assert.equal(idCardGender(id, NOW), Number(id[16]) % 2 === 1 ? 'male' : 'female');
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('isValidIdCard: examples', () => {
  test('the published sample 11010519491231002X is valid', () => {
    assert.equal(idCardCheckChar('11010519491231002'), 'X');
    assert.equal(isValidIdCard('11010519491231002X', NOW), true);
    assert.equal(idCardBirthDate('11010519491231002X', NOW), '1949-12-31');
    assert.equal(idCardGender('11010519491231002X', NOW), 'female');
  });

  test('a wrong check char is rejected', () => {
    assert.equal(isValidIdCard('110105194912310021', NOW), false);
    assert.equal(isValidIdCard('110105194912310020', NOW), false);
  });

  test('odd 17th digit is male', () => {
    const id = withCheck('44030119850704123');
    assert.equal(isValidIdCard(id, NOW), true);
    assert.equal(idCardGender(id, NOW), 'male');
  });

  test('29 February only in leap years (1900 is not one, 2000 is)', () => {
    assert.equal(isValidIdCard(withCheck('11010519000229001'), NOW), false);
    assert.equal(isValidIdCard(withCheck('11010520000229001'), NOW), true);
    assert.equal(isValidIdCard(withCheck('11010520240229001'), NOW), true);
    assert.equal(isValidIdCard(withCheck('11010520230229001'), NOW), false);
    assert.equal(idCardBirthDate(withCheck('11010520000229001'), NOW), '2000-02-29');
  });

  test('impossible months and days are rejected', () => {
    for (const date of ['19900001', '19901301', '19900100', '19900132', '19900431', '19901131']) {
      assert.equal(isValidIdCard(withCheck(`110105${date}001`), NOW), false, date);
    }
    for (const date of ['19900131', '19900430', '19901231']) {
      assert.equal(isValidIdCard(withCheck(`110105${date}001`), NOW), true, date);
    }
  });

  test('1900-01-01 is the earliest birth date', () => {
    assert.equal(isValidIdCard(withCheck('11010519000101001'), NOW), true);
    assert.equal(isValidIdCard(withCheck('11010518991231001'), NOW), false);
    assert.equal(isValidIdCard(withCheck('11010508001231001'), NOW), false);
  });

  test('future birth dates are rejected; today (in Beijing) is accepted', () => {
    assert.equal(isValidIdCard(withCheck('11010520250615001'), NOW), true);
    assert.equal(isValidIdCard(withCheck('11010520250616001'), NOW), false);
    assert.equal(isValidIdCard(withCheck('11010520260101001'), NOW), false);
    assert.equal(idCardBirthDate(withCheck('11010520250616001'), NOW), null);
  });

  test('"today" is the date in Beijing, not in UTC', () => {
    // 2025-06-14 16:30 UTC is already 2025-06-15 00:30 in Beijing.
    const justAfterMidnight = new Date('2025-06-14T16:30:00Z');
    assert.equal(isValidIdCard(withCheck('11010520250615001'), justAfterMidnight), true);
    // 2025-06-14 15:30 UTC is still 2025-06-14 23:30 in Beijing.
    const justBeforeMidnight = new Date('2025-06-14T15:30:00Z');
    assert.equal(isValidIdCard(withCheck('11010520250615001'), justBeforeMidnight), false);
  });

  test('now defaults to the current time', () => {
    assert.equal(isValidIdCard('11010519491231002X'), true);
    assert.equal(isValidIdCard(withCheck('11010530000101001')), false);
  });

  test('unknown province prefixes are rejected', () => {
    for (const province of ['00', '99', '10', '16', '20', '24', '30', '38', '40', '47', '55', '60', '66', '70', '72', '80', '83', '90']) {
      assert.equal(isValidIdCard(withCheck(`${province}010519491231002`), NOW), false, province);
    }
    for (const province of ['11', '15', '46', '54', '65', '71', '81', '82']) {
      assert.equal(isValidIdCard(withCheck(`${province}010519491231002`), NOW), true, province);
    }
  });

  test('wrong lengths and characters are rejected', () => {
    for (const s of [
      '',
      '11010519491231002',
      '11010519491231002X0',
      '110105491231002',
      'X1010519491231002X',
      '1101051949123100X2',
      ' 11010519491231002X',
      '11010519491231002Y',
    ]) {
      assert.equal(isValidIdCard(s, NOW), false, JSON.stringify(s));
    }
  });

  test('idCardCheckChar refuses anything but 17 digits', () => {
    assert.throws(() => idCardCheckChar('1101051949123100'), RangeError);
    assert.throws(() => idCardCheckChar('11010519491231002X'), RangeError);
    assert.throws(() => idCardCheckChar('1101051949123100a'), RangeError);
  });

  test('birth date and gender are null for invalid numbers', () => {
    assert.equal(idCardBirthDate('110105194912310021', NOW), null);
    assert.equal(idCardGender('110105194912310021', NOW), null);
    assert.equal(idCardGender('', NOW), null);
  });
});

describe('normalizeIdCard', () => {
  test('lowercase x is only valid after normalizing', () => {
    assert.equal(isValidIdCard('11010519491231002x', NOW), false);
    assert.equal(normalizeIdCard('11010519491231002x'), '11010519491231002X');
    assert.equal(isValidIdCard(normalizeIdCard('11010519491231002x'), NOW), true);
  });

  test('surrounding and grouping whitespace and full-width characters are removed or folded', () => {
    assert.equal(normalizeIdCard('  11010519491231002X\n'), '11010519491231002X');
    assert.equal(normalizeIdCard('110105 19491231 002X'), '11010519491231002X');
    assert.equal(normalizeIdCard('１１０１０５１９４９１２３１００２ｘ'), '11010519491231002X');
  });

  test('is idempotent and keeps valid numbers unchanged', () => {
    fc.assert(
      fc.property(validIdCard, fc.string(), (id, s) => {
        assert.equal(normalizeIdCard(id), id);
        assert.equal(normalizeIdCard(normalizeIdCard(s)), normalizeIdCard(s));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
