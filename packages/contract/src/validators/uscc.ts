/**
 * The 31 characters of GB 32100-2015 (digits and capitals without I, O, S, V, Z), in value order:
 * a character's index is its value in the check-character sum.
 */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/**
 * Registration-department codes (position 1) published for GB 32100-2015: 1 机构编制, 2 外交,
 * 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 工商/市场监管, A 中央军委改革和编制办公室,
 * N 农业农村, Y 其他.
 */
export const USCC_DEPARTMENT_CODES: ReadonlySet<string> = new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'N', 'Y']);

// Weight i is 3^i mod 31, so every single substitution changes the sum mod 31.
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
// GB 11714-1997 (组织机构代码) check over the 8-character body at positions 9-16.
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
// Position 2 (机构类别) is left to each department and may be a letter, so it only has to be in
// the alphabet; positions 3-8 are a GB/T 2260 code of the registering authority, or 100000
// for central ones, hence digits only.
const SHAPE = /^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/;
const BODY = /^[0-9A-HJ-NP-RTUW-Y]{17}$/;
const ORG_BODY = /^[0-9A-Z]{8}$/;

/** Trims, removes inner whitespace, folds full-width characters (from Chinese IMEs) and uppercases. */
export function normalizeUscc(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** The MOD 31 check character (position 18) for the first 17 characters; throws on anything else. */
export function usccCheckChar(body: string): string {
  if (!BODY.test(body)) throw new RangeError('usccCheckChar expects 17 characters of the USCC alphabet');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(body[i]!) * WEIGHTS[i]!;
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/**
 * The GB 11714-1997 organisation-code check character for an 8-character body (0-9, A-Z);
 * throws on anything else.
 */
export function organizationCodeCheckChar(body: string): string {
  if (!ORG_BODY.test(body)) throw new RangeError('organizationCodeCheckChar expects 8 characters 0-9 or A-Z');
  let sum = 0;
  // GB 11714 values letters A-Z as 10-35, unlike the USCC alphabet which skips I, O, S, V, Z.
  for (let i = 0; i < 8; i++) sum += parseInt(body[i]!, 36) * ORG_WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/**
 * True for an 18-character 统一社会信用代码 (GB 32100-2015) in normalized form: published
 * department code, alphabet and digit positions, organisation-code check (position 17) and
 * MOD 31 check (position 18).
 */
export function isValidUscc(s: string): boolean {
  return (
    SHAPE.test(s) &&
    USCC_DEPARTMENT_CODES.has(s[0]!) &&
    organizationCodeCheckChar(s.slice(8, 16)) === s[16] &&
    usccCheckChar(s.slice(0, 17)) === s[17]
  );
}
