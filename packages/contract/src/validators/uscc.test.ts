import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { USCC_ALPHABET, USCC_DEPARTMENT_CODES, isValidUscc, normalizeUscc, organizationCodeCheckChar, usccCheckChar } from './uscc.ts';
import { PROVINCE_CODES } from './division-code.ts';

const NUM_RUNS = 300;
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

// Registration department → organisation types, as published for GB 32100-2015.
const PUBLISHED_TYPES: Record<string, string> = {
  '1': '1239',
  '2': '19',
  '3': '123459',
  '4': '19',
  '5': '1239',
  '6': '129',
  '7': '129',
  '8': '19',
  '9': '123',
  A: '19',
  N: '1239',
  Y: '1',
};

/** Independent of the implementation: weights are 3^i mod 31, values are alphabet positions. */
function referenceCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(body[i]!) * (3 ** i % 31);
  return ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714-1997: C9 = 11 - sum(value * weight) mod 11 with A-Z valued 10-35; 10 is X, 11 is 0. */
function referenceOrgCheck(body: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const code = body.charCodeAt(i);
    sum += (code >= 65 ? code - 55 : code - 48) * weights[i]!;
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Completes 16 characters with the organisation check char and the USCC check char. */
function complete(first16: string): string {
  const body = first16 + referenceOrgCheck(first16.slice(8));
  return body + referenceCheck(body);
}

const chars = (alphabet: string, n: number) => fc.string({ unit: fc.constantFrom(...alphabet), minLength: n, maxLength: n });

const departmentAndType = fc
  .constantFrom(...Object.keys(PUBLISHED_TYPES))
  .chain((dept) => fc.constantFrom(...PUBLISHED_TYPES[dept]!).map((type) => dept + type));

const division = fc.oneof(
  fc.constant('100000'),
  fc.tuple(fc.constantFrom(...PROVINCE_CODES), chars('0123456789', 4)).map(([p, rest]) => p + rest),
);

const validUscc = fc.tuple(departmentAndType, division, chars(ALPHABET, 8)).map(([head, area, org]) => complete(head + area + org));

describe('isValidUscc: generated codes', () => {
  test('every code built from published parts with both check chars is accepted', () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        assert.equal(isValidUscc(code), true, code);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test('every single-character substitution over the alphabet is rejected, and changes the check char', () => {
    fc.assert(
      fc.property(validUscc, (code) => {
        for (let i = 0; i < 18; i++) {
          for (const c of ALPHABET) {
            if (c === code[i]) continue;
            const mutated = code.slice(0, i) + c + code.slice(i + 1);
            assert.equal(isValidUscc(mutated), false, `${code} → ${mutated}`);
            // MOD 31 alone catches it, whatever the structural checks say.
            if (i < 17) assert.notEqual(usccCheckChar(mutated.slice(0, 17)), code[17], mutated);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test('a wrong organisation check char is rejected even when position 18 is recomputed', () => {
    fc.assert(
      fc.property(validUscc, fc.constantFrom(...ALPHABET), (code, c) => {
        fc.pre(c !== code[16]);
        const body = code.slice(0, 16) + c;
        assert.equal(isValidUscc(body + referenceCheck(body)), false, body);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test('an unpublished department code is rejected even when the check chars are right', () => {
    const unpublished = [...ALPHABET].filter((c) => !'123456789ANY'.includes(c));
    fc.assert(
      fc.property(validUscc, fc.constantFrom(...unpublished), (code, dept) => {
        assert.equal(isValidUscc(complete(dept + code.slice(1, 16))), false);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test('a letter in the division code (positions 3-8) is rejected even when the check chars are right', () => {
    fc.assert(
      fc.property(validUscc, fc.integer({ min: 2, max: 7 }), fc.constantFrom(...ALPHABET.slice(10)), (code, i, letter) => {
        assert.equal(isValidUscc(complete(code.slice(0, i) + letter + code.slice(i + 1, 16))), false);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  test('the check-char functions agree with the definitions', () => {
    fc.assert(
      fc.property(chars(ALPHABET, 17), chars('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 8), (body, org) => {
        assert.equal(usccCheckChar(body), referenceCheck(body));
        assert.equal(organizationCodeCheckChar(org), referenceOrgCheck(org));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('isValidUscc: examples', () => {
  test('real-format samples are valid', () => {
    // 9 工商 / 1 企业 / 110000 北京 / 60003734-1.
    assert.equal(isValidUscc('91110000600037341L'), true);
    // 1 机构编制 / 2 事业单位 / 440600 佛山 / MB2C0754-9.
    assert.equal(isValidUscc('12440600MB2C07549J'), true);
    assert.equal(organizationCodeCheckChar('60003734'), '1');
    assert.equal(organizationCodeCheckChar('MB2C0754'), '9');
    assert.equal(usccCheckChar('91110000600037341'), 'L');
  });

  test('organisation check: remainder 1 gives X, remainder 0 gives 0, letters count from A = 10', () => {
    assert.equal(organizationCodeCheckChar('00000006'), 'X'); // 6 × 2 = 12 ≡ 1
    assert.equal(organizationCodeCheckChar('00000000'), '0');
    // J is 19 in GB 11714 (3 × 19 = 57 ≡ 2 → 9), not 18 as in the USCC alphabet (→ 1).
    assert.equal(organizationCodeCheckChar('J0000000'), '9');
  });

  test('a wrong check char is rejected', () => {
    assert.equal(isValidUscc('91110000600037341M'), false);
    assert.equal(isValidUscc('91110000600037342L'), false);
  });

  test('legacy codes that fail MOD 31 are rejected', () => {
    // Some codes issued in 厦门 before 2016 break the standard's check; they cannot be told apart
    // from typos, so they are rejected (documented limitation).
    assert.equal(isValidUscc('91350203M0001QKT19'), false);
  });

  test('wrong lengths, lowercase and the excluded letters I, O, S, V, Z are rejected', () => {
    for (const s of ['', '91110000600037341', '91110000600037341L0', '91110000600037341l', ' 91110000600037341L']) {
      assert.equal(isValidUscc(s), false, JSON.stringify(s));
    }
    for (const letter of 'IOSVZ') {
      assert.equal(isValidUscc(`9111000060003734${letter}L`), false, letter);
    }
  });

  test('the exported alphabet and department codes are the published ones', () => {
    assert.equal(USCC_ALPHABET, ALPHABET);
    assert.deepEqual([...USCC_DEPARTMENT_CODES].sort(), [...'123456789ANY'].sort());
  });

  test('the check-char functions refuse malformed bodies', () => {
    assert.throws(() => usccCheckChar('9111000060003734'), RangeError);
    assert.throws(() => usccCheckChar('9111000060003734I'), RangeError);
    assert.throws(() => organizationCodeCheckChar('6000373'), RangeError);
    assert.throws(() => organizationCodeCheckChar('6000373a'), RangeError);
  });
});

describe('normalizeUscc', () => {
  test('uppercases, removes whitespace and folds full-width characters', () => {
    assert.equal(normalizeUscc(' 91110000600037341l\t'), '91110000600037341L');
    assert.equal(normalizeUscc('9111 0000 6000 3734 1L'), '91110000600037341L');
    assert.equal(normalizeUscc('９１１１００００６０００３７３４１Ｌ'), '91110000600037341L');
    assert.equal(isValidUscc(normalizeUscc('91110000600037341l')), true);
  });

  test('keeps valid codes unchanged and is idempotent', () => {
    fc.assert(
      fc.property(validUscc, fc.string(), (code, s) => {
        assert.equal(normalizeUscc(code), code);
        assert.equal(normalizeUscc(normalizeUscc(s)), normalizeUscc(s));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
